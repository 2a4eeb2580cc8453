# Sapha — text files compiled into a library: a page's HTML, CSS and JavaScript are kept as real files
# (edited, linted and reviewed as what they are) and embedded at build time, so the program needs nothing
# beside it at run time.
#
# sapha_embed_text(TARGET target NAMESPACE ns ENTRIES name=relative/file ...)
# adds to `target` a generated source defining, in `ns`, `extern const unsigned char name[]` (the file's bytes,
# NUL-terminated) and `extern const std::size_t name_size`. The source is made again when a file changes.
set(SAPHA_EMBED_SCRIPT "${CMAKE_CURRENT_LIST_DIR}/embed_text.cmake")

function(sapha_embed_text)
    cmake_parse_arguments(arg "" "TARGET;NAMESPACE" "ENTRIES" ${ARGN})
    set(output "${CMAKE_CURRENT_BINARY_DIR}/${arg_TARGET}_embedded.cpp")
    set(entries)
    set(files)
    foreach(entry IN LISTS arg_ENTRIES)
        string(REPLACE "=" ";" parts "${entry}")
        list(GET parts 0 name)
        list(GET parts 1 file)
        list(APPEND entries "${name}=${CMAKE_CURRENT_SOURCE_DIR}/${file}")
        list(APPEND files "${CMAKE_CURRENT_SOURCE_DIR}/${file}")
    endforeach()
    string(REPLACE ";" "|" packed "${entries}")
    add_custom_command(OUTPUT "${output}"
        COMMAND "${CMAKE_COMMAND}" "-DOUTPUT=${output}" "-DNAMESPACE=${arg_NAMESPACE}" "-DENTRIES=${packed}"
                -P "${SAPHA_EMBED_SCRIPT}"
        DEPENDS ${files} "${SAPHA_EMBED_SCRIPT}"
        COMMENT "Embedding ${arg_ENTRIES}"
        VERBATIM)
    target_sources(${arg_TARGET} PRIVATE "${output}")
endfunction()
