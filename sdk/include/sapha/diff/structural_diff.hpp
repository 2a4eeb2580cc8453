// Sapha — structural difference of two versions of a document, by element id: which elements were
// added, removed, moved or changed, in the plugin's own terms, with a word diff of changed text.
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include <sapha/diff/word_diff.hpp>
#include <sapha/element_info.hpp>
#include <sapha/sdk_export.h>

namespace sapha::diff {

enum class ChangeKind { None, Added, Removed, Moved, Changed, MovedAndChanged };

SAPHA_SDK_EXPORT const char* changeKindName(ChangeKind kind);

struct ElementChange {
    ChangeKind kind = ChangeKind::None;
    ElementInfo before; // empty for Added
    ElementInfo after;  // empty for Removed
    Segments words;     // the text's word diff, for Changed and MovedAndChanged
};

// The changes in document order (the new version's, with removed elements where they stood).
// Unchanged elements are left out.
SAPHA_SDK_EXPORT std::vector<ElementChange> diffElements(const ElementList& before, const ElementList& after);

// One field of a changed element, before and after (ElementInfo::fields).
struct FieldChange {
    LocalizedText label;
    ChangeKind kind = ChangeKind::None; // None: the same in both; Added/Removed: empty on one side
    std::string before;
    std::string after;
    Segments words; // for Changed
};

// The change field by field, in the newer version's order (a field only the older one had where it
// stood), matched by label. Empty when neither version names its fields: show the text whole.
SAPHA_SDK_EXPORT std::vector<FieldChange> diffFields(const ElementChange& change);

} // namespace sapha::diff
