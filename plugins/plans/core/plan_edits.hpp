// Sapha plans — the operations of the plan editor's outline, on the model: add after the selected
// element, remove it, find an element by id. Kept apart from the widgets so that they are tested alone.
// SPDX-License-Identifier: MIT
#pragma once

#include "core/plans_export.h"

#include <string>

#include "core/plan.hpp"

namespace sapha::plans {

// Where an element id is in the plan (null pointers for the levels it is not in).
struct PlanPlace {
    Strategy* strategy = nullptr;
    Project* project = nullptr;
    Indicator* indicator = nullptr;
    Step* step = nullptr;
    ProgressReport* report = nullptr;
};

SAPHA_PLANS_EXPORT PlanPlace findInPlan(Plan& plan, const std::string& id);

// Each adds after the selected element of its level (or at the end) and returns the new element's id.
SAPHA_PLANS_EXPORT std::string addStrategy(Plan& plan, const std::string& selectedId);
// Into the selected strategy, or the selected project's; empty when no strategy is selected or exists.
SAPHA_PLANS_EXPORT std::string addProject(Plan& plan, const std::string& selectedId);
// Into the selected project, or the selected indicator's; empty when none is selected.
SAPHA_PLANS_EXPORT std::string addIndicator(Plan& plan, const std::string& selectedId);
SAPHA_PLANS_EXPORT std::string addStep(Plan& plan, const std::string& selectedId);
// A report of the first quarter not reported yet (none when all four are), dated `today`.
SAPHA_PLANS_EXPORT std::string addProgressReport(Plan& plan, const std::string& today);
// Moves the element one place up (`delta` -1) or down (+1) among its siblings; false when it cannot.
SAPHA_PLANS_EXPORT bool moveInPlan(Plan& plan, const std::string& id, int delta);
// Removes the element and what it holds; the id to select next (its neighbour or parent), or empty.
SAPHA_PLANS_EXPORT std::string removeFromPlan(Plan& plan, const std::string& id);

} // namespace sapha::plans
