// Sapha — the conflicts a merge by element left in a document (sdk xml_merge.hpp), as people see them:
// where (the element's label and the field) and each side's value; and keeping them through a save, so
// that editing a document does not quietly drop a choice still to be made.
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <sapha/element_info.hpp>
#include <sapha/xml_merge.hpp>

#include "workspace/workspace.hpp"

namespace sapha::host {

// "ระเบียบวาระที่ 1 — title", "องค์ประกอบที่ 2 — @weight"; the element id when it has no label.
std::string conflictPlace(const xml::MergeConflict& conflict, const ElementList& elements, std::string_view language);

// One side's value as text to read: a field's text, an attribute's value, a whole element's words, or
// "(removed)" / "(ลบออก)" when that side has none.
std::string conflictValue(const xml::MergeConflict& conflict, const std::optional<std::string>& value, std::string_view language);

// `content` (a document without records, as an editor writes it) with the records of the working file
// at `path` that still apply to it.
std::string keepingConflictRecords(const Workspace& workspace, std::string_view path, std::string content);

} // namespace sapha::host
