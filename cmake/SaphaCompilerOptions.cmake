# Sapha — compiler and output layout shared by every target.
set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_POSITION_INDEPENDENT_CODE ON)
set(CMAKE_CXX_VISIBILITY_PRESET hidden)
set(CMAKE_VISIBILITY_INLINES_HIDDEN ON)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
    set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "Build type" FORCE)
endif()

find_program(SAPHA_CCACHE ccache)
if(SAPHA_CCACHE)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${SAPHA_CCACHE}")
endif()

add_compile_options(-Wall -Wextra -Wno-unused-parameter)
# Sapha's aggregates give every member a default (std::optional, empty strings), and initialising only
# the leading ones is how they are meant to be used; -Wextra reported each such place (some sixty) and
# buried warnings that matter, such as a dropped Status.
add_compile_options(-Wno-missing-field-initializers)
# GCC 12 reports std::variant and std::string internals at -O2 as "maybe uninitialized" and
# "overlapping memcpy" (GCC bugs 105562 and 105329): noise that would hide real warnings.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    add_compile_options(-Wno-maybe-uninitialized -Wno-restrict)
endif()

# Debian's hardening, as dpkg-buildflags gives it: stack protection, fortified libc calls (they need
# optimisation, so not in Debug builds), a read-only relocation table. Not in the fuzzing build.
if(NOT SAPHA_FUZZ)
    add_compile_options(-fstack-protector-strong $<$<NOT:$<CONFIG:Debug>>:-D_FORTIFY_SOURCE=2>)
    add_link_options(LINKER:-z,relro)
endif()

# The build tree is laid out like the installation: bin/, lib/<triplet>/sapha/ (the private
# libraries), lib/<triplet>/sapha/plugins/<id>/, share/locale/, share/man/ — so `make run` needs no
# install step and what the tests run is what a package installs. <triplet> is Debian's multiarch
# name (x86_64-linux-gnu); the libraries are Sapha's own, not for other programs, hence their folder.
if(CMAKE_LIBRARY_ARCHITECTURE)
    set(SAPHA_LIB_DIR "lib/${CMAKE_LIBRARY_ARCHITECTURE}/sapha")
else()
    set(SAPHA_LIB_DIR "lib/sapha")
endif()
set(SAPHA_PLUGIN_DIR "${SAPHA_LIB_DIR}/plugins")
set(SAPHA_OUTPUT_DIR "${CMAKE_BINARY_DIR}/stage")
set(CMAKE_RUNTIME_OUTPUT_DIRECTORY "${SAPHA_OUTPUT_DIR}/bin")
set(CMAKE_LIBRARY_OUTPUT_DIRECTORY "${SAPHA_OUTPUT_DIR}/${SAPHA_LIB_DIR}")
set(CMAKE_ARCHIVE_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/archive")
set(SAPHA_PLUGIN_OUTPUT_DIR "${SAPHA_OUTPUT_DIR}/${SAPHA_PLUGIN_DIR}")

# Programs find the private libraries from bin/; the libraries find each other beside themselves
# (sapha_private_library()); plugins two folders up (SaphaPlugin.cmake).
set(CMAKE_BUILD_RPATH_USE_ORIGIN ON)
set(CMAKE_INSTALL_RPATH "$ORIGIN/../${SAPHA_LIB_DIR}")
set(CMAKE_BUILD_WITH_INSTALL_RPATH ON)

# A shared library of Sapha's own: built into and installed in SAPHA_LIB_DIR.
function(sapha_private_library target)
    set_target_properties(${target} PROPERTIES INSTALL_RPATH "$ORIGIN")
    install(TARGETS ${target} LIBRARY DESTINATION "${SAPHA_LIB_DIR}")
endfunction()

# A missing symbol must fail the link, not the plugin load at run time. (Not in the fuzzing build:
# clang's sanitizer runtime is linked into the programs only, so its libraries leave those symbols to them.)
if(SAPHA_FUZZ)
    set(SAPHA_NO_UNDEFINED "")
else()
    set(SAPHA_NO_UNDEFINED "LINKER:--no-undefined")
endif()
