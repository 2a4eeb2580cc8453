# Sapha — sapha_add_plugin(): the only way to declare a plugin.
#
#   sapha_add_plugin(<id> CORE_SOURCES ... [UI_SOURCES ...] [OUTPUT_DIR dir])
#
# Builds lib/<triplet>/sapha/plugins/<id>/libsapha_<id>_core.so (shared: the UI module and the
# tests link the same model code), the UI module libsapha_<id>_ui.so when the GUI is
# built, and generates plugin.json from plugin.json.in so that the SDK API version
# is written in one place only.
include(GenerateExportHeader)

function(sapha_add_plugin id)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "OUTPUT_DIR" "CORE_SOURCES;UI_SOURCES")
    if(arg_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "sapha_add_plugin(${id}): unknown arguments: ${arg_UNPARSED_ARGUMENTS}")
    endif()
    if(NOT arg_CORE_SOURCES)
        message(FATAL_ERROR "sapha_add_plugin(${id}): CORE_SOURCES is required")
    endif()
    set(out "${SAPHA_PLUGIN_OUTPUT_DIR}/${id}")
    if(arg_OUTPUT_DIR)
        set(out "${arg_OUTPUT_DIR}")
    endif()

    add_library(sapha_${id}_core SHARED ${arg_CORE_SOURCES})
    target_link_libraries(sapha_${id}_core PUBLIC sapha::sdk)
    string(TOUPPER "${id}" upper)
    generate_export_header(sapha_${id}_core
        BASE_NAME sapha_${id}
        EXPORT_MACRO_NAME SAPHA_${upper}_EXPORT
        EXPORT_FILE_NAME "${CMAKE_CURRENT_BINARY_DIR}/include/core/${id}_export.h")
    target_include_directories(sapha_${id}_core PUBLIC "${CMAKE_CURRENT_SOURCE_DIR}" "${CMAKE_CURRENT_BINARY_DIR}/include")
    target_link_options(sapha_${id}_core PRIVATE ${SAPHA_NO_UNDEFINED})
    set_target_properties(sapha_${id}_core PROPERTIES
        LIBRARY_OUTPUT_DIRECTORY "${out}"
        BUILD_RPATH "$ORIGIN:$ORIGIN/../.."
        INSTALL_RPATH "$ORIGIN:$ORIGIN/../..")
    set(SAPHA_PLUGIN_CORE_FILE "libsapha_${id}_core.so")
    set(SAPHA_PLUGIN_UI_FILE "")

    if(SAPHA_BUILD_GUI AND arg_UI_SOURCES)
        add_library(sapha_${id}_ui MODULE ${arg_UI_SOURCES})
        target_link_libraries(sapha_${id}_ui PRIVATE sapha_${id}_core sapha::sdk_ui)
        target_link_options(sapha_${id}_ui PRIVATE ${SAPHA_NO_UNDEFINED})
        set_target_properties(sapha_${id}_ui PROPERTIES
            LIBRARY_OUTPUT_DIRECTORY "${out}"
            PREFIX "lib"
            BUILD_RPATH "$ORIGIN:$ORIGIN/../.."
            INSTALL_RPATH "$ORIGIN:$ORIGIN/../..")
        set(SAPHA_PLUGIN_UI_FILE "libsapha_${id}_ui.so")
    endif()

    configure_file("${CMAKE_CURRENT_SOURCE_DIR}/plugin.json.in" "${out}/plugin.json" @ONLY)

    # Installed when built into Sapha's own plugin folder (the shipped plugins and those of
    # SAPHA_EXTRA_PLUGIN_DIRS); the tests' example and fixtures stay in the build tree.
    if(out STREQUAL "${SAPHA_OUTPUT_DIR}/${SAPHA_PLUGIN_DIR}/${id}")
        install(TARGETS sapha_${id}_core LIBRARY DESTINATION "${SAPHA_PLUGIN_DIR}/${id}")
        if(TARGET sapha_${id}_ui)
            install(TARGETS sapha_${id}_ui LIBRARY DESTINATION "${SAPHA_PLUGIN_DIR}/${id}")
        endif()
        install(FILES "${out}/plugin.json" DESTINATION "${SAPHA_PLUGIN_DIR}/${id}")
        set_property(GLOBAL APPEND PROPERTY SAPHA_INSTALLED_PLUGIN_TARGETS sapha_${id}_core)
        # Its document kinds, for the desktop integration (MIME types, the desktop entry):
        # "suffix|Thai name|English name" in the global property SAPHA_INSTALLED_DOCUMENT_KINDS.
        file(READ "${out}/plugin.json" manifest)
        string(JSON count ERROR_VARIABLE no_kinds LENGTH "${manifest}" documentKinds)
        if(NOT no_kinds AND count GREATER 0)
            math(EXPR last "${count} - 1")
            foreach(i RANGE ${last})
                string(JSON suffix GET "${manifest}" documentKinds ${i} suffix)
                string(JSON name_th GET "${manifest}" documentKinds ${i} name th)
                string(JSON name_en GET "${manifest}" documentKinds ${i} name en)
                set_property(GLOBAL APPEND PROPERTY SAPHA_INSTALLED_DOCUMENT_KINDS "${suffix}|${name_th}|${name_en}")
            endforeach()
        endif()
    endif()
endfunction()
