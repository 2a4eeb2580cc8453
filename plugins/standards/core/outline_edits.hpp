// Sapha standards — the outline editor's operations on the model, kept apart from the widgets so that
// they are tested on their own: add after the selection, move (an indicator crosses into the next or
// previous group — section or component — at the ends), indent into a section and outdent out of it,
// duplicate with new ids, remove.
// SPDX-License-Identifier: MIT
#pragma once

#include "core/standards_export.h"

#include <string>

#include "core/standard.hpp"

namespace sapha::standards {

// Adds a new indicator after the indicator `selectedId` (in its section), last in the section or among
// the component's own indicators when one of those is selected, or in the last component when nothing
// is. Returns its id; empty when there is no component.
SAPHA_STANDARDS_EXPORT std::string addIndicatorAfter(Standard& standard, const std::string& selectedId);
// Adds a new component after the one that is or holds `selectedId` (last when none). Returns its id.
SAPHA_STANDARDS_EXPORT std::string addComponentAfter(Standard& standard, const std::string& selectedId);
// Adds a new section (มาตรฐานที่ …) after the selected one, after the selected indicator's section, or
// last in the selected component. Returns its id; empty when there is no component.
SAPHA_STANDARDS_EXPORT std::string addSectionAfter(Standard& standard, const std::string& selectedId);
// An indicator directly under its component goes into the component's first section (made when there
// is none), at its start. Returns whether anything moved.
SAPHA_STANDARDS_EXPORT bool indentNode(Standard& standard, const std::string& id);
// An indicator in a section goes directly under its component, last among those. Returns whether it moved.
SAPHA_STANDARDS_EXPORT bool outdentNode(Standard& standard, const std::string& id);
// Moves the node one place up (-1) or down (+1). An indicator at the top or bottom of its group moves
// into the previous or next group (a section, the component's own indicators, the next component). Returns whether anything moved.
SAPHA_STANDARDS_EXPORT bool moveNode(Standard& standard, const std::string& id, int delta);
// Puts a copy of the node after it, with new ids (its comments are not copied). Returns the copy's id.
SAPHA_STANDARDS_EXPORT std::string duplicateNode(Standard& standard, const std::string& id);
// Removes the node (a section or component with its indicators). Returns the id to select next: the
// neighbour, or what held it.
SAPHA_STANDARDS_EXPORT std::string removeNode(Standard& standard, const std::string& id);

} // namespace sapha::standards
