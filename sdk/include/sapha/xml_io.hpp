// Sapha — reading and writing document XML the way every kind does: errors with file and line,
// pretty-printed output with one element per line, format versions, stable element ids.
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include <pugixml.hpp>

#include <sapha/sdk_export.h>
#include <sapha/status.hpp>

namespace sapha::xml {

// Parses `text`; on failure the error's `where` is "sourceName:line" and its message
// pugixml's reason. Never throws.
SAPHA_SDK_EXPORT Result<std::unique_ptr<pugi::xml_document>> parse(std::string_view text, std::string_view sourceName);

// Checks that the root element is `rootName` and that its `format` attribute is a
// version this code reads (1..maxVersion). A newer file is refused, never rewritten.
SAPHA_SDK_EXPORT Status checkRoot(const pugi::xml_document& document, std::string_view text, std::string_view rootName,
    int maxVersion, std::string_view sourceName);

// Serialises with a declaration, two-space indentation, one element per line, LF endings.
SAPHA_SDK_EXPORT std::string write(const pugi::xml_document& document);

// 1-based line of a byte offset in `text`.
SAPHA_SDK_EXPORT int lineAt(std::string_view text, std::ptrdiff_t offset);

// The 1-based line of `node` in the text it was parsed from (0 when unknown).
SAPHA_SDK_EXPORT int lineOf(const pugi::xml_node& node, std::string_view text);

// The text a document was parsed from and its name, for errors that say where:
// "minutes/m.meeting.xml:12: <item> has no id attribute".
struct SAPHA_SDK_EXPORT Source {
    std::string_view text;
    std::string_view name;

    // "name:line" of `node`.
    std::string at(const pugi::xml_node& node) const;
    // Fails, naming the node's line, when `node` lacks attribute `attribute` or it is empty.
    Status requireAttribute(const pugi::xml_node& node, const char* attribute) const;
    // A failure located at `node`.
    Status failureAt(const pugi::xml_node& node, std::string message) const;
};

// A new element id: `prefix` + '-' + 8 random hex digits ("ind-3fa94c0e").
SAPHA_SDK_EXPORT std::string newElementId(std::string_view prefix);

// Helpers that read a child's text or an attribute as UTF-8 std::string.
SAPHA_SDK_EXPORT std::string childText(const pugi::xml_node& node, const char* childName);
SAPHA_SDK_EXPORT void setChildText(pugi::xml_node& node, const char* childName, std::string_view text);

} // namespace sapha::xml
