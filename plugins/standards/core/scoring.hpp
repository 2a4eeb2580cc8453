// Sapha standards — scores: an indicator's from what the assessor recorded, the weighted mean of a
// component or the whole standard, and the band it falls in. The rules are the document's data
// (schemes, weights, bands), never code per framework.
// SPDX-License-Identifier: MIT
#pragma once

#include "core/standards_export.h"

#include <optional>
#include <string_view>
#include <vector>

#include <sapha/status.hpp>

#include "core/standard.hpp"

namespace sapha::standards {

// What an assessor recorded for one indicator; which field counts depends on the scheme.
struct IndicatorResult {
    std::optional<int> level;    // rubric: the score of the level reached
    std::optional<int> done;     // checklist: how many practices are done
    std::optional<double> ratio; // threshold: the ratio achieved (0.75)
    std::optional<bool> met;     // binary
};

// The indicator's score on a scale of 0..maxScore; nothing when the result for its scheme is not
// recorded yet; an error when the result cannot be (a level the rubric does not have, more practices
// done than listed, a negative ratio), its message in `language` (for those who read it).
SAPHA_STANDARDS_EXPORT Result<std::optional<double>> scoreOf(
    const Indicator& indicator, const IndicatorResult& result, double maxScore, std::string_view language = "en");

struct WeightedScore {
    double score = 0;
    double weight = 0;
};
// Σ score·weight / Σ weight; nothing when there is nothing to weigh.
SAPHA_STANDARDS_EXPORT std::optional<double> weightedMean(const std::vector<WeightedScore>& scores);

// The band `score` falls in (compared at two decimals, as the bands are written); null when none.
SAPHA_STANDARDS_EXPORT const Band* bandOf(const std::vector<Band>& bands, double score);

// The bands' own problems: a band whose end is before its start, bands that overlap, a gap between
// two bands. Each message names the bands (for `check`), in `language`.
SAPHA_STANDARDS_EXPORT std::vector<std::string> bandProblems(const std::vector<Band>& bands, std::string_view language);

} // namespace sapha::standards
