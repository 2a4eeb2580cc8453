// Sapha — the structural elements of a document as the host sees them: for outlines, change summaries,
// structural diff and merge.
// SPDX-License-Identifier: MIT
#pragma once

#include <sapha/sdk_export.h>

#include <string>
#include <string_view>
#include <vector>

namespace sapha {

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

    bool operator==(const ElementInfo&) const = default;
};

using ElementList = std::vector<ElementInfo>;

// A one-line, human summary of what changed between two element lists, in the
// plugin's own terms and in `language` ("th" or "en"): "added indicator 2.4; changed
// criterion 3.1" / "เพิ่มตัวชี้วัดที่ 2.4; แก้ไขเกณฑ์ที่ 3.1". Says so when the lists are equal.
SAPHA_SDK_EXPORT std::string summarizeElementChanges(
    const ElementList& before, const ElementList& after, std::string_view language = "en");

} // namespace sapha
