// Sapha standards — numbers derived from order: "2" for a component, "2.3" for an indicator directly
// under it, "2.4" for its sections (after its direct indicators), "2.4.1" for an indicator in a section.
// Nothing stores these numbers; every label, check and paper asks here.
// SPDX-License-Identifier: MIT
#pragma once

#include "core/standards_export.h"

#include <string>

#include "core/standard.hpp"

namespace sapha::standards {

// Puts the component's indicators in outline order (direct ones first, then each section's, in section
// order), keeping their order within each group. An indicator naming no existing section is direct.
SAPHA_STANDARDS_EXPORT void normalizeOrder(Component& component);

// The number of the indicator at `index` of `component`, the component being number `componentNumber`.
SAPHA_STANDARDS_EXPORT std::string indicatorNumber(const Component& component, int componentNumber, std::size_t index);
// The number of the section at `sectionIndex`.
SAPHA_STANDARDS_EXPORT std::string sectionNumber(const Component& component, int componentNumber, std::size_t sectionIndex);
// How many indicators sit directly under the component.
SAPHA_STANDARDS_EXPORT std::size_t directIndicatorCount(const Component& component);

} // namespace sapha::standards
