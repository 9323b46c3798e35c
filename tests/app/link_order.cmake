# Issue 30: tessera names the C++ and C runtimes and Qt's core libraries first
# among the libraries it needs, so the dynamic loader finds most symbols in the
# first few it asks (core/CMakeLists.txt). Fails when a change to the link
# line puts them back behind the others. Run as:
#   cmake -DPROGRAM=<tessera> -DREADELF=<readelf> -P link_order.cmake
execute_process(COMMAND ${READELF} -d ${PROGRAM} OUTPUT_VARIABLE dynamic RESULT_VARIABLE failed)
if(failed)
    message(FATAL_ERROR "${READELF} -d ${PROGRAM} failed")
endif()
string(REGEX MATCHALL "Shared library: \\[[^]]+\\]" needed "${dynamic}")
list(TRANSFORM needed REPLACE "Shared library: \\[([^]]+)\\]" "\\1")
message(STATUS "${PROGRAM} needs, in order: ${needed}")
set(first libstdc++.so.6 libc.so.6 libQt6Core.so.6 libQt6Gui.so.6 libQt6Qml.so.6 libQt6Quick.so.6)
set(position 0)
foreach(library IN LISTS first)
    list(FIND needed ${library} at)
    if(NOT at EQUAL position)
        message(FATAL_ERROR "${library} is needed at position ${at}, expected ${position}: the most used libraries "
                            "first (core/CMakeLists.txt, issue 30); the order is ${needed}")
    endif()
    math(EXPR position "${position} + 1")
endforeach()
