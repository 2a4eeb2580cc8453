// Sapha — merging two people's edits of one document by element, and the conflicts a person settles.
//
// Sapha's documents are XML whose structural elements carry a stable `id` (agenda items, indicators,
// ideas); everything else is a field of the element it sits in (a title, a resolution, an attribute).
// A three-way merge matches elements by id (wherever they moved) and fields by name, so that edits of
// different elements, and of different fields of one element, both stay. The same field changed
// differently on both sides is a conflict: the merged document holds this side's value, and a record
// after the root element keeps both values (and the base) until a person chooses. The records are XML
// processing instructions, which a kind's loader skips, so the document still opens.
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <sapha/sdk_export.h>
#include <sapha/status.hpp>

namespace sapha::xml {

struct MergeConflict {
    enum class Kind {
        Text,      // the text of a field (<title>…</title>)
        Attribute, // an attribute (weight="2"); `path` ends in "@name"
        Element,   // a whole element removed on one side and changed on the other; values are its XML
    };
    Kind kind = Kind::Text;
    std::string element; // the id of the element the field belongs to; empty: the document's root
    std::string path;    // below that element: "title", "levels/level[2]", "@weight"; empty: the element itself
    // Each side's value; nothing when that side has no such field or element.
    std::optional<std::string> base;
    std::optional<std::string> ours;
    std::optional<std::string> theirs;

    bool operator==(const MergeConflict&) const = default;
};

struct MergeOutcome {
    std::string xml; // the merged document (without records), holding this side's value where they conflict
    std::vector<MergeConflict> conflicts;
};

// Merges `ours` and `theirs`, both edited from `base` (empty when both added the document). Fails,
// saying why, where it cannot merge without picking a side silently: text that does not parse, an
// element moved to different places on both sides, children put in different orders on both sides.
SAPHA_SDK_EXPORT Result<MergeOutcome> mergeThreeWay(std::string_view base, std::string_view ours, std::string_view theirs);

// The records that keep conflicts in a document's file: one line each, after the root element. Only a
// line that starts with a record is one: the same characters elsewhere (in a comment) are text.
SAPHA_SDK_EXPORT std::string conflictRecords(const std::vector<MergeConflict>& conflicts);
SAPHA_SDK_EXPORT std::vector<MergeConflict> readConflictRecords(std::string_view text);
SAPHA_SDK_EXPORT bool hasConflictRecords(std::string_view text);
// `text` followed by the records of `conflicts`, each on a line of its own.
SAPHA_SDK_EXPORT std::string withConflictRecords(std::string_view text, const std::vector<MergeConflict>& conflicts);
// `text` with its conflict record lines taken out.
SAPHA_SDK_EXPORT std::string withoutConflictRecords(std::string_view text);

enum class Side { Ours, Theirs };

// `xml` (a document without records) with `side`'s value of `conflict` put in. Fails when the field's
// element is no longer there.
SAPHA_SDK_EXPORT Result<std::string> applyChoice(std::string_view xml, const MergeConflict& conflict, Side side);

// Whether `conflict`'s element (or field's element) is still in `xml`: a record whose element was
// deleted since has nothing left to choose.
SAPHA_SDK_EXPORT bool conflictStillApplies(std::string_view xml, const MergeConflict& conflict);

} // namespace sapha::xml
