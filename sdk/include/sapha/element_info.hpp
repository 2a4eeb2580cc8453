// Sapha — the structural elements of a document as the host sees them: for outlines, change summaries,
// structural diff and merge.
// SPDX-License-Identifier: MIT
#pragma once

#include <sapha/localized_text.hpp>
#include <sapha/sdk_export.h>

#include <string>
#include <string_view>
#include <vector>

namespace sapha {

// One named part of an element's text ("รหัส" / "Code": "HP-1.2"), so that a reader comparing two
// versions sees which field changed under the name the editor gives it, not a bare value.
struct ElementField {
    LocalizedText label;
    std::string value;

    bool operator==(const ElementField&) const = default;
};

// One structural element (agenda item, indicator, idea, ...). `id` is stable across
// reordering and renumbering; `label` is the derived, human numbering
// ("ระเบียบวาระที่ 3", "ตัวชี้วัดที่ 2.4"); `type` is the plugin's term ("indicator").
struct ElementInfo {
    std::string id;
    std::string parentId;
    std::string type;
    std::string label;
    std::string text;
    std::string thaiTerm; // `type` in Thai ("ตัวชี้วัด"), for summaries in Thai; `type` when empty
    // The labelled parts of `text`, when the plugin names them (labelledElement makes both at once);
    // empty: the compare view shows `text` whole.
    std::vector<ElementField> fields;

    bool operator==(const ElementInfo&) const = default;
};

using ElementList = std::vector<ElementInfo>;

// An element made of labelled fields; its `text` is their values, one per line, in order, so that
// the structural diff, summaries and `sapha-cli diff` see every field.
SAPHA_SDK_EXPORT ElementInfo labelledElement(std::string id, std::string parentId, std::string type, std::string label,
    std::string thaiTerm, std::vector<ElementField> fields);

// A one-line, human summary of what changed between two element lists, in the
// plugin's own terms and in `language` ("th" or "en"): "added indicator 2.4; changed
// criterion 3.1" / "เพิ่มตัวชี้วัดที่ 2.4; แก้ไขเกณฑ์ที่ 3.1". Says so when the lists are equal.
SAPHA_SDK_EXPORT std::string summarizeElementChanges(
    const ElementList& before, const ElementList& after, std::string_view language = "en");

} // namespace sapha
