// Sapha — an outline one kind of document gives and another takes, so that plugins work together
// through the SDK and never through each other's internals: a brainstorm session's clusters and ideas
// become a standard's components and candidate indicators (`sapha-cli send SESSION --to STANDARD`).
// SPDX-License-Identifier: MIT
#pragma once

#include <sapha/sdk_export.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <sapha/document_kind.hpp>

namespace sapha {

// One line under a heading (an idea), with where it came from.
struct OutlineItem {
    std::string text;
    std::string source; // "<document path>#<element id>", so that the taker can link back
    int weight = 0;     // how much it counted where it came from (its votes); 0 when nothing counted
};

// A heading (a cluster) and its items, most weighty first.
struct OutlineHeading {
    std::string title;
    std::string source;
    std::vector<OutlineItem> items;
};

struct Outline {
    std::string title;
    std::string sourcePath;
    std::vector<OutlineHeading> headings;
};

// A plugin whose documents can give an outline; reached with queryInterface(kInterfaceId).
class SAPHA_SDK_EXPORT IOutlineSource {
public:
    static constexpr std::string_view kInterfaceId = "sapha.outline-source/1";
    virtual ~IOutlineSource();
    // Whether documents of `kindId` give one.
    virtual bool givesOutline(std::string_view kindId) const noexcept = 0;
    virtual Result<Outline> outlineOf(const IDocument& document, std::string_view path) const noexcept = 0;
};

// A plugin whose documents can take one; reached with queryInterface(kInterfaceId).
class SAPHA_SDK_EXPORT IOutlineTarget {
public:
    static constexpr std::string_view kInterfaceId = "sapha.outline-target/1";
    virtual ~IOutlineTarget();
    virtual bool takesOutline(std::string_view kindId) const noexcept = 0;
    // `existing` (null: a new document, made with `options`) with the outline added; the document given
    // is not changed.
    virtual Result<std::unique_ptr<IDocument>> withOutline(
        const IDocument* existing, const Outline& outline, const NewDocumentOptions& options) const noexcept = 0;
};

} // namespace sapha
