// Sapha standards — a standard taking an outline from another kind (sapha/outline_exchange.hpp): each
// heading becomes a component, each item a candidate indicator whose source links back to the idea.
// SPDX-License-Identifier: MIT
#pragma once

#include "core/standards_export.h"

#include <sapha/outline_exchange.hpp>

#include "core/standard.hpp"

namespace sapha::standards {

// Adds the outline to `standard` (after its components). Candidate indicators start with the default
// rubric, no criteria yet (check says so), and a note of the votes they had.
SAPHA_STANDARDS_EXPORT void addOutline(Standard& standard, const Outline& outline);

} // namespace sapha::standards
