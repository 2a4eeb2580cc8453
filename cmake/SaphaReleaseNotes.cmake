# Sapha — the release notes of this version, read from docs/changes.md (one source for the package's
# changelog and the AppStream entry).
#
#   sapha_release_notes(<out-var>)   the "- " lines under "## <PROJECT_VERSION> (<SAPHA_RELEASE_DATE>)"
function(sapha_release_notes out)
    file(STRINGS "${PROJECT_SOURCE_DIR}/docs/changes.md" lines ENCODING UTF-8)
    set(notes)
    set(inside FALSE)
    set(found FALSE)
    foreach(line IN LISTS lines)
        if(line MATCHES "^## ")
            set(inside FALSE)
            if(line STREQUAL "## ${PROJECT_VERSION} (${SAPHA_RELEASE_DATE})")
                set(inside TRUE)
                set(found TRUE)
            endif()
        elseif(inside AND line MATCHES "^- (.+)$")
            list(APPEND notes "${CMAKE_MATCH_1}")
        endif()
    endforeach()
    if(NOT found OR NOT notes)
        message(FATAL_ERROR "docs/changes.md: no notes under \"## ${PROJECT_VERSION} (${SAPHA_RELEASE_DATE})\"; "
            "write what this version changes there (the package's changelog is made from it)")
    endif()
    set(${out} "${notes}" PARENT_SCOPE)
endfunction()

# `text` with &, < and > escaped for XML.
function(sapha_xml_escape out text)
    string(REPLACE "&" "&amp;" text "${text}")
    string(REPLACE "<" "&lt;" text "${text}")
    string(REPLACE ">" "&gt;" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()
