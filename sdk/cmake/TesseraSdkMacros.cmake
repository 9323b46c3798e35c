# tessera_add_plugin(<target>
#     MANIFEST <plugin.json>
#     SOURCES <file>...
#     [QML_FILES <file>...]        QML pages and cards, compiled into the library
#     [RESOURCES <file>...]        icons, articles (Markdown) and other files for the QML module
#     [TRANSLATIONS <id>_<lang>.ts...]  the module's translations (Qt Linguist): lupdate fills them
#                                  from SOURCES and QML_FILES (target <target>_lupdate, or
#                                  update_translations for all), lrelease builds them into the
#                                  library, and the host installs the one for the client's language
#     [OUTPUT_DIRECTORY <dir>]     where <id>/plugin.json and <id>/lib<id>.so go
#                                  (default: <build>/plugins, or the host's
#                                  plugin folder when built inside Tessera)
#     [INSTALL_DIRECTORY <dir>]    install destination (default: lib/tessera/plugins)
#     [NO_INSTALL]
#     [SKIP_SDK_CHECK]             for Tessera's own tests of a host refusing a module
#                                  built for another SDK; never in a real module
#     [SKIP_QML_CHECK])            for Tessera's own test modules whose pages are never
#                                  shown; never in a real module
#
# Builds a Tessera module: a shared library named after the manifest's "id",
# linked to Tessera::Sdk, placed with its manifest in a folder <id>/ that
# the host discovers. QML files become the QML module
# "Tessera.Plugins.<Id>" under qrc:/qt/qml/Tessera/Plugins/<Id>/, which is
# what the manifest's page and card URLs point at.
#
# At configure time it checks the manifest's "sdkVersion" ("major.minor")
# against the SDK being built against: the same major and a minor no newer
# than the SDK's, else a configure error (rather than a module the host
# refuses at run time). It passes the manifest's id to the compiler as
# TESSERA_PLUGIN_ID, which TESSERA_PLUGIN() writes into the library, so the
# host can refuse a library whose manifest was swapped. And it checks that
# every page and card URL in the manifest is qrc:/qt/qml/Tessera/Plugins/<Id>/
# followed by the name of one of QML_FILES.
include_guard(GLOBAL)

# The manifest's keys, as the host reads them (core/plugins/manifest.cpp), in
# <out_var>; tests/sdk/manifest_keys.cmake checks every bundled manifest with it.
function(tessera_manifest_keys out_var)
    set(${out_var} id name description version sdkVersion minHostVersion icon color kinds reads pages
        dependencies articles mark settings PARENT_SCOPE)
endfunction()

function(tessera_add_plugin target)
    cmake_parse_arguments(PARSE_ARGV 1 ARG "NO_INSTALL;SKIP_SDK_CHECK;SKIP_QML_CHECK"
        "MANIFEST;OUTPUT_DIRECTORY;INSTALL_DIRECTORY" "SOURCES;QML_FILES;RESOURCES;TRANSLATIONS")
    if(NOT ARG_MANIFEST)
        message(FATAL_ERROR "tessera_add_plugin(${target}): MANIFEST plugin.json is required")
    endif()
    if(NOT ARG_SOURCES)
        message(FATAL_ERROR "tessera_add_plugin(${target}): SOURCES is required")
    endif()
    get_filename_component(manifest "${ARG_MANIFEST}" ABSOLUTE)
    file(READ "${manifest}" manifest_json)
    # Not JSON at all (a stray comma) said as such, before any key is looked for.
    string(JSON manifest_type ERROR_VARIABLE json_error TYPE "${manifest_json}")
    if(json_error)
        message(FATAL_ERROR "tessera_add_plugin(${target}): ${manifest} is not valid JSON: ${json_error}")
    endif()
    if(NOT manifest_type STREQUAL "OBJECT")
        message(FATAL_ERROR "tessera_add_plugin(${target}): ${manifest} must be a JSON object ({...})")
    endif()
    # Keys the host does not know are ignored there, so a misspelt one ("crad" for a
    # kind's "card") is said here (and by `tessera-cli plugins check`, with the key
    # most likely meant). Keys starting with "$" are for editors and tools.
    tessera_manifest_keys(known_top)
    set(known_kinds name schemaVersion title card page)
    set(known_pages id title icon url)
    set(known_dependencies id version)
    string(JSON member_count LENGTH "${manifest_json}")
    if(member_count GREATER 0)
        math(EXPR last_member "${member_count} - 1")
        foreach(m RANGE ${last_member})
            string(JSON key MEMBER "${manifest_json}" ${m})
            if(NOT key IN_LIST known_top AND NOT key MATCHES "^\\$")
                list(JOIN known_top ", " known_text)
                message(WARNING "tessera_add_plugin(${target}): ${manifest}: \"${key}\" is not a manifest key, so "
                    "Tessera ignores it (known: ${known_text})")
            endif()
        endforeach()
    endif()
    foreach(array kinds pages dependencies)
        string(JSON count ERROR_VARIABLE json_error LENGTH "${manifest_json}" ${array})
        if(json_error OR NOT count GREATER 0)
            continue()
        endif()
        math(EXPR last "${count} - 1")
        foreach(i RANGE ${last})
            string(JSON item_type ERROR_VARIABLE json_error TYPE "${manifest_json}" ${array} ${i})
            if(json_error OR NOT item_type STREQUAL "OBJECT")
                continue() # (the host refuses it, naming it)
            endif()
            string(JSON item_members LENGTH "${manifest_json}" ${array} ${i})
            if(NOT item_members GREATER 0)
                continue()
            endif()
            math(EXPR last_item_member "${item_members} - 1")
            foreach(m RANGE ${last_item_member})
                string(JSON key MEMBER "${manifest_json}" ${array} ${i} ${m})
                if(NOT key IN_LIST known_${array} AND NOT key MATCHES "^\\$")
                    list(JOIN known_${array} ", " known_text)
                    message(WARNING "tessera_add_plugin(${target}): ${manifest}: \"${array}[${i}].${key}\" is not a "
                        "manifest key, so Tessera ignores it (known there: ${known_text})")
                endif()
            endforeach()
            if(array STREQUAL "kinds")
                string(JSON kind_name ERROR_VARIABLE json_error GET "${manifest_json}" kinds ${i} name)
                if(json_error OR NOT kind_name MATCHES "^[a-z0-9][a-z0-9-]*$")
                    message(FATAL_ERROR "tessera_add_plugin(${target}): ${manifest}: kinds[${i}].name must be "
                        "lowercase letters, digits and '-', e.g. \"three-things\" (found: \"${kind_name}\")")
                endif()
            endif()
        endforeach()
    endforeach()

    string(JSON plugin_id ERROR_VARIABLE json_error GET "${manifest_json}" id)
    if(json_error)
        message(FATAL_ERROR "tessera_add_plugin(${target}): ${manifest}: no \"id\": give the module's id, e.g. "
            "\"org.example.sleep\"")
    endif()
    if(NOT plugin_id MATCHES "^[a-z0-9][a-z0-9.-]*$")
        message(FATAL_ERROR "tessera_add_plugin(${target}): ${manifest}: id \"${plugin_id}\" must match ^[a-z0-9][a-z0-9.-]*$")
    endif()

    string(JSON manifest_sdk ERROR_VARIABLE json_error GET "${manifest_json}" sdkVersion)
    if(json_error)
        string(REGEX MATCH "^[0-9]+\\.[0-9]+" this_sdk "${TESSERA_SDK_VERSION}")
        message(FATAL_ERROR "tessera_add_plugin(${target}): ${manifest} has no \"sdkVersion\": give the SDK it is "
            "built against as \"major.minor\", \"${this_sdk}\" for this SDK")
    endif()
    if(NOT manifest_sdk MATCHES "^([0-9]+)\\.([0-9]+)$")
        message(FATAL_ERROR "tessera_add_plugin(${target}): ${manifest}: \"sdkVersion\" must be \"major.minor\", "
            "the SDK it is built against, for example \"2.0\" (found: \"${manifest_sdk}\")")
    endif()
    set(manifest_major "${CMAKE_MATCH_1}")
    set(manifest_minor "${CMAKE_MATCH_2}")
    if(NOT TESSERA_SDK_VERSION MATCHES "^([0-9]+)\\.([0-9]+)")
        message(FATAL_ERROR "tessera_add_plugin(${target}): TESSERA_SDK_VERSION is not set; use find_package(TesseraSdk)")
    endif()
    set(sdk_major "${CMAKE_MATCH_1}")
    set(sdk_minor "${CMAKE_MATCH_2}")
    if(NOT ARG_SKIP_SDK_CHECK AND (NOT manifest_major EQUAL sdk_major OR manifest_minor GREATER sdk_minor))
        message(FATAL_ERROR "tessera_add_plugin(${target}): ${manifest} says \"sdkVersion\": \"${manifest_sdk}\", "
            "but this is SDK ${sdk_major}.${sdk_minor}. A module runs on the SDK major it names, at that minor or "
            "newer: set \"sdkVersion\" to \"${sdk_major}.${sdk_minor}\" (a library built for another major is "
            "refused by every SDK ${sdk_major}.x host).")
    endif()

    if(ARG_OUTPUT_DIRECTORY)
        set(out_root "${ARG_OUTPUT_DIRECTORY}")
    elseif(DEFINED TESSERA_PLUGIN_BUILD_DIR)
        set(out_root "${TESSERA_PLUGIN_BUILD_DIR}")
    else()
        set(out_root "${CMAKE_BINARY_DIR}/plugins")
    endif()
    set(out_dir "${out_root}/${plugin_id}")

    add_library(${target} SHARED ${ARG_SOURCES})
    target_link_libraries(${target} PRIVATE Tessera::Sdk)
    target_compile_definitions(${target} PRIVATE "TESSERA_PLUGIN_ID=\"${plugin_id}\"")
    set_target_properties(${target} PROPERTIES
        AUTOMOC ON
        OUTPUT_NAME "${plugin_id}"
        PREFIX "lib"
        NO_SONAME ON
        LIBRARY_OUTPUT_DIRECTORY "${out_dir}"
        CXX_VISIBILITY_PRESET hidden
        VISIBILITY_INLINES_HIDDEN ON
        INSTALL_RPATH "$ORIGIN/../../.."
        # Built with the installed search path: no empty entry, which the
        # dynamic loader would read as the app's current folder.
        BUILD_WITH_INSTALL_RPATH ON)
    configure_file("${manifest}" "${out_dir}/plugin.json" COPYONLY)

    # Tessera.Plugins.<Id>: "sleep-diary" -> "SleepDiary", "org.x.y" -> "OrgXY".
    string(REGEX REPLACE "[.-]" ";" parts "${plugin_id}")
    set(uri_name "")
    foreach(part IN LISTS parts)
        string(SUBSTRING "${part}" 0 1 first)
        string(TOUPPER "${first}" first)
        string(SUBSTRING "${part}" 1 -1 rest)
        string(APPEND uri_name "${first}${rest}")
    endforeach()
    # Every page URL and card URL in the manifest names one of QML_FILES: a misspelt
    # file name, or a page left out of QML_FILES, built without a word and was only
    # found when the page would not open (a plugin author's try).
    set(qml_names "")
    foreach(file IN LISTS ARG_QML_FILES)
        get_filename_component(name "${file}" NAME)
        list(APPEND qml_names "${name}")
    endforeach()
    foreach(array_field "pages;url" "kinds;card")
        if(ARG_SKIP_QML_CHECK)
            break()
        endif()
        list(GET array_field 0 array)
        list(GET array_field 1 field)
        string(JSON count ERROR_VARIABLE json_error LENGTH "${manifest_json}" ${array})
        if(json_error OR count EQUAL 0)
            continue()
        endif()
        math(EXPR last "${count} - 1")
        foreach(i RANGE ${last})
            string(JSON url ERROR_VARIABLE json_error GET "${manifest_json}" ${array} ${i} ${field})
            if(json_error OR url STREQUAL "")
                continue() # (a kind without a card; the host refuses a page without a URL, naming it)
            endif()
            set(expected "qrc:/qt/qml/Tessera/Plugins/${uri_name}/<File>.qml")
            if(NOT url MATCHES "^qrc:/qt/qml/Tessera/Plugins/${uri_name}/([^/]+\\.qml)$")
                message(FATAL_ERROR "tessera_add_plugin(${target}): ${manifest}: ${array}[${i}].${field} must be "
                    "\"${expected}\", one of QML_FILES (found: \"${url}\")")
            endif()
            if(NOT CMAKE_MATCH_1 IN_LIST qml_names)
                message(FATAL_ERROR "tessera_add_plugin(${target}): ${manifest}: ${array}[${i}].${field} names "
                    "${CMAKE_MATCH_1}, which is not among QML_FILES (${qml_names}): add the file to QML_FILES, "
                    "or correct the name")
            endif()
        endforeach()
    endforeach()

    if(ARG_QML_FILES)
        # Files keep only their names in the module (qml/Page.qml -> .../<Id>/Page.qml),
        # so manifest URLs do not depend on the source layout.
        foreach(file IN LISTS ARG_QML_FILES ARG_RESOURCES)
            get_filename_component(name "${file}" NAME)
            set_source_files_properties("${file}" PROPERTIES QT_RESOURCE_ALIAS "${name}")
        endforeach()
        # Learn (issue 25): every article the manifest lists is one of RESOURCES
        # (qrc:/qt/qml/Tessera/Plugins/<Id>/<name>.md) and at most 64 KB, the
        # most the app reads: checked here, where the files are.
        string(JSON article_count ERROR_VARIABLE json_error LENGTH "${manifest_json}" articles)
        if(NOT json_error AND article_count GREATER 0)
            math(EXPR last_article "${article_count} - 1")
            foreach(i RANGE ${last_article})
                string(JSON article_url ERROR_VARIABLE json_error GET "${manifest_json}" articles ${i} file)
                if(json_error OR NOT article_url MATCHES "^qrc:/qt/qml/Tessera/Plugins/${uri_name}/([^/]+\\.md)$")
                    message(FATAL_ERROR "tessera_add_plugin(${target}): ${manifest}: articles[${i}].file must be "
                        "\"qrc:/qt/qml/Tessera/Plugins/${uri_name}/<name>.md\" (found: \"${article_url}\")")
                endif()
                set(article_name "${CMAKE_MATCH_1}")
                set(article_path "")
                foreach(file IN LISTS ARG_RESOURCES)
                    get_filename_component(name "${file}" NAME)
                    if(name STREQUAL article_name)
                        get_filename_component(article_path "${file}" ABSOLUTE)
                    endif()
                endforeach()
                if(NOT article_path OR NOT EXISTS "${article_path}")
                    message(FATAL_ERROR "tessera_add_plugin(${target}): ${manifest}: articles[${i}].file names "
                        "${article_name}, which is not among RESOURCES (or the file is missing)")
                endif()
                file(SIZE "${article_path}" article_size)
                if(article_size GREATER 65536 OR article_size EQUAL 0)
                    message(FATAL_ERROR "tessera_add_plugin(${target}): ${article_path} (articles[${i}]) is "
                        "${article_size} bytes; an article is 1 byte to 64 KB")
                endif()
                set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${article_path}")
            endforeach()
        endif()
        qt_add_qml_module(${target}
            URI "Tessera.Plugins.${uri_name}"
            VERSION 1.0
            RESOURCE_PREFIX /qt/qml
            NO_PLUGIN
            NO_GENERATE_QMLTYPES
            ${TESSERA_QML_NO_CACHEGEN}
            OUTPUT_DIRECTORY "${CMAKE_CURRENT_BINARY_DIR}/qml/Tessera/Plugins/${uri_name}"
            QML_FILES ${ARG_QML_FILES}
            RESOURCES ${ARG_RESOURCES})
    endif()

    # Translations (SDK 2.6, issue 29): <id>_<lang>.ts, built into the library as
    # :/tessera/i18n/<id>/<id>_<lang>.qm, which the host loads for the client's
    # language when it loads the module. Module text the host shows (manifest
    # names, reports) and the module's own QML and C++ (qsTr(), QCoreApplication::
    # translate()) both come from it; the host's own text always wins.
    if(ARG_TRANSLATIONS)
        find_package(Qt6 REQUIRED COMPONENTS LinguistTools)
        foreach(ts IN LISTS ARG_TRANSLATIONS)
            get_filename_component(ts_name "${ts}" NAME)
            if(NOT ts_name MATCHES "^${plugin_id}_[a-z][a-z][a-z]?(_[A-Z][A-Z])?\\.ts$")
                message(FATAL_ERROR "tessera_add_plugin(${target}): translation ${ts} must be named "
                    "${plugin_id}_<language>.ts, for example ${plugin_id}_es.ts or ${plugin_id}_pt_BR.ts")
            endif()
        endforeach()
        # The manifest's own text (name, description, page and kind titles) for lupdate:
        # a source file only lupdate reads, one QT_TRANSLATE_NOOP3 per text.
        set(manifest_text "// Generated from ${manifest} for lupdate; never compiled.\n")
        # Appended one by one (not through a CMake list, which would split a text at ';').
        set(manifest_paths "name" "description")
        foreach(array pages kinds)
            string(JSON count ERROR_VARIABLE json_error LENGTH "${manifest_json}" ${array})
            if(NOT json_error AND count GREATER 0)
                math(EXPR last "${count} - 1")
                foreach(i RANGE ${last})
                    list(APPEND manifest_paths "${array}|${i}|title")
                endforeach()
            endif()
        endforeach()
        foreach(path IN LISTS manifest_paths)
            string(REPLACE "|" ";" path_parts "${path}")
            string(JSON value ERROR_VARIABLE json_error GET "${manifest_json}" ${path_parts})
            if(json_error)
                continue()
            endif()
            string(REPLACE "\\" "\\\\" value "${value}")
            string(REPLACE "\"" "\\\"" value "${value}")
            string(APPEND manifest_text "QT_TRANSLATE_NOOP3(\"Manifest\", \"${value}\", \"${plugin_id}\");\n")
        endforeach()
        set(manifest_text_file "${CMAKE_CURRENT_BINARY_DIR}/${target}_manifest_text.cpp")
        file(GENERATE OUTPUT "${manifest_text_file}" CONTENT "${manifest_text}")
        qt_add_translations(${target}
            TS_FILES ${ARG_TRANSLATIONS}
            SOURCES ${ARG_SOURCES} ${ARG_QML_FILES} "${manifest_text_file}"
            RESOURCE_PREFIX "/tessera/i18n/${plugin_id}"
            LUPDATE_OPTIONS -no-obsolete -locations none -silent)
    endif()

    # Tessera's own build signs its bundled modules (plugins/CMakeLists.txt
    # sets TESSERA_SIGN_BUNDLED_MODULES) with the build's key: plugin.sig is
    # remade whenever the library, the manifest, the key or the tool changes, and again
    # after installing (installing rewrites the library's RPATH). Modules
    # built elsewhere are signed by whoever vouches for them, with
    # `tessera-cli plugins sign`.
    if(TESSERA_SIGN_BUNDLED_MODULES)
        if(NOT TARGET tessera-module-sign OR NOT TESSERA_BUNDLED_SIGNING_KEY)
            message(FATAL_ERROR "tessera_add_plugin(${target}): TESSERA_SIGN_BUNDLED_MODULES is for Tessera's own build")
        endif()
        add_custom_command(OUTPUT "${out_dir}/plugin.sig"
            COMMAND tessera-module-sign sign "${out_dir}" "${TESSERA_BUNDLED_SIGNING_KEY}"
            DEPENDS ${target} tessera-module-sign "${out_dir}/plugin.json" "${TESSERA_BUNDLED_SIGNING_KEY}"
            COMMENT "Signing the bundled module ${plugin_id}"
            VERBATIM)
        add_custom_target(${target}_signature ALL DEPENDS "${out_dir}/plugin.sig")
        add_dependencies(${target}_signature tessera_bundled_key)
        if(TARGET tessera_bundled_signatures)
            add_dependencies(tessera_bundled_signatures ${target}_signature)
        endif()
    endif()

    if(NOT ARG_NO_INSTALL)
        if(ARG_INSTALL_DIRECTORY)
            set(install_dir "${ARG_INSTALL_DIRECTORY}")
        elseif(DEFINED TESSERA_PLUGIN_INSTALL_DIR)
            set(install_dir "${TESSERA_PLUGIN_INSTALL_DIR}")
        else()
            set(install_dir "${CMAKE_INSTALL_LIBDIR}/tessera/plugins")
        endif()
        install(TARGETS ${target} LIBRARY DESTINATION "${install_dir}/${plugin_id}")
        install(FILES "${manifest}" DESTINATION "${install_dir}/${plugin_id}" RENAME plugin.json)
        if(TESSERA_SIGN_BUNDLED_MODULES)
            if(IS_ABSOLUTE "${install_dir}")
                set(installed "\$ENV{DESTDIR}${install_dir}/${plugin_id}")
            else()
                set(installed "\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${install_dir}/${plugin_id}")
            endif()
            install(CODE "
                execute_process(COMMAND \"$<TARGET_FILE:tessera-module-sign>\" sign \"${installed}\" \"${TESSERA_BUNDLED_SIGNING_KEY}\"
                    RESULT_VARIABLE tessera_sign_result)
                if(NOT tessera_sign_result EQUAL 0)
                    message(FATAL_ERROR \"Signing the installed module ${plugin_id} failed\")
                endif()")
        endif()
    endif()
endfunction()
