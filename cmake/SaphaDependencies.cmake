# Sapha — every dependency comes from Debian's packages; nothing is downloaded.
find_package(PkgConfig REQUIRED)
pkg_check_modules(LIBGIT2 REQUIRED IMPORTED_TARGET libgit2>=1.5)
pkg_check_modules(QRENCODE REQUIRED IMPORTED_TARGET libqrencode>=4.1) # the brainstorm join code
find_package(Poco 1.11 REQUIRED COMPONENTS Foundation Util JSON Net)
find_package(pugixml 1.13 REQUIRED)
find_package(ICU 72 REQUIRED COMPONENTS uc i18n)
find_package(doctest REQUIRED)
find_package(Threads REQUIRED)
find_package(ZLIB REQUIRED) # the pack writer; libgit2 and Poco already depend on it

if(SAPHA_BUILD_GUI)
    find_package(wxWidgets 3.2 REQUIRED COMPONENTS core base aui)
    # CMake 3.25's FindwxWidgets defines no imported target: wrap what it found.
    add_library(sapha_wx INTERFACE)
    add_library(sapha::wx ALIAS sapha_wx)
    target_include_directories(sapha_wx SYSTEM INTERFACE ${wxWidgets_INCLUDE_DIRS})
    target_compile_definitions(sapha_wx INTERFACE ${wxWidgets_DEFINITIONS} wxNO_IMPLICIT_WXSTRING_ENCODING)
    target_compile_options(sapha_wx INTERFACE ${wxWidgets_CXX_FLAGS})
    target_link_libraries(sapha_wx INTERFACE ${wxWidgets_LIBRARIES})
endif()
