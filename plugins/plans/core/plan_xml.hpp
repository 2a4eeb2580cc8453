// Sapha plans — the plan's XML (docs/formats/plans.md): read with errors that say where, written stably.
// SPDX-License-Identifier: MIT
#pragma once

#include <sapha/xml_io.hpp>

#include "core/plan.hpp"

namespace sapha::plans {

Status readPlan(const pugi::xml_node& root, const xml::Source& source, Plan& plan);
void writePlan(const Plan& plan, pugi::xml_node& root);

} // namespace sapha::plans
