cmake_minimum_required(VERSION 3.25)
# The app and tessera-cli export none of the host's code: a module (untrusted)
# looking a symbol up by name finds nothing of the host's libraries, spdlog's
# or fmt's in the program (core/CMakeLists.txt: --exclude-libs, since the host's
# libraries keep the default visibility for the tests' shared copy). Allowed:
# the linker's own symbols and libstdc++'s type information (namespace std),
# which a program exports so that it and libstdc++ agree on one copy. Run as:
#   cmake -DPROGRAM=<program> -DREADELF=<readelf> -P exports.cmake
execute_process(COMMAND ${READELF} --dyn-syms -W ${PROGRAM} OUTPUT_VARIABLE table RESULT_VARIABLE failed)
if(failed)
    message(FATAL_ERROR "${READELF} --dyn-syms ${PROGRAM} failed")
endif()
string(REPLACE "\n" ";" lines "${table}")
set(defined "")
set(unexpected "")
foreach(line IN LISTS lines)
    if(NOT line MATCHES "^ *[0-9]+: " OR line MATCHES " UND ")
        continue()
    endif()
    string(REGEX MATCH "[^ ]+$" name "${line}")
    list(APPEND defined ${name})
    if(NOT name MATCHES "^(_edata|_end|__bss_start|_ZT[ISV]N?St.*|_ZZ?N?St.*)$")
        list(APPEND unexpected ${name})
    endif()
endforeach()
list(LENGTH defined count)
message(STATUS "${PROGRAM} exports ${count} symbols: ${defined}")
if(unexpected)
    message(FATAL_ERROR "${PROGRAM} exports symbols of its own code: ${unexpected}")
endif()
