// Sapha standards — an assessment on paper: the form (a table per component: indicator, criteria,
// evidence, result, score — blank where not scored yet, so a new assessment prints as the blank
// self-assessment form), then the summary with a chart of the scores per component.
// SPDX-License-Identifier: MIT
#pragma once

#include "core/standards_export.h"

#include <sapha/export/document.hpp>

#include "core/assessment.hpp"

namespace sapha::standards {

SAPHA_STANDARDS_EXPORT exporting::Document assessmentPaper(const Assessment& assessment);

} // namespace sapha::standards
