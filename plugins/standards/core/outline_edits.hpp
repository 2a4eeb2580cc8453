// Sapha standards — the outline editor's operations on the model, kept apart from the widgets so that
// they are tested on their own: add after the selection, move (an indicator crosses into the next or
// previous component at the ends), duplicate with new ids, remove.
// SPDX-License-Identifier: MIT
#pragma once

#include "core/standards_export.h"

#include <string>

#include "core/standard.hpp"

namespace sapha::standards {

// Adds a new indicator after the indicator `selectedId` (or last in the component `selectedId`, or in
// the last component when nothing is selected). Returns its id; empty when there is no component.
SAPHA_STANDARDS_EXPORT std::string addIndicatorAfter(Standard& standard, const std::string& selectedId);
// Adds a new component after the one that is or holds `selectedId` (last when none). Returns its id.
SAPHA_STANDARDS_EXPORT std::string addComponentAfter(Standard& standard, const std::string& selectedId);
// Moves the node one place up (-1) or down (+1). An indicator at the top or bottom of its component
// moves into the previous or next component. Returns whether anything moved.
SAPHA_STANDARDS_EXPORT bool moveNode(Standard& standard, const std::string& id, int delta);
// Puts a copy of the node after it, with new ids (its comments are not copied). Returns the copy's id.
SAPHA_STANDARDS_EXPORT std::string duplicateNode(Standard& standard, const std::string& id);
// Removes the node. Returns the id to select next: the neighbour, or the component that held it.
SAPHA_STANDARDS_EXPORT std::string removeNode(Standard& standard, const std::string& id);

} // namespace sapha::standards
