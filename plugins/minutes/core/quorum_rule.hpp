// Sapha minutes — the quorum rule shared by a roster and its meetings: at least numerator/denominator of
// the members present, and its <quorum numerator="" denominator=""> element.
// SPDX-License-Identifier: MIT
#pragma once

#include "core/minutes_export.h"

#include <sapha/status.hpp>
#include <sapha/xml_io.hpp>

namespace sapha::minutes {

// How many of `members` must be present: the smallest count whose share reaches the fraction.
SAPHA_MINUTES_EXPORT int quorumCount(int members, int numerator, int denominator);

// Reads `parent`'s <quorum> when there is one (else leaves the values as they are); the error names
// the line when the fraction is not between 0 and 1.
Status readQuorumRule(const pugi::xml_node& parent, const xml::Source& source, int& numerator, int& denominator);
void writeQuorumRule(pugi::xml_node& parent, int numerator, int denominator);

} // namespace sapha::minutes
