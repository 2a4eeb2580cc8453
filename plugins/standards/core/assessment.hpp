// Sapha standards — the assessment model: one organisation assessed against one version of a standard.
// The indicators are copied from that version when the assessment is made, so that the assessment
// stays what it was (scores, weights, bands) whatever the standard becomes later.
// SPDX-License-Identifier: MIT
#pragma once

#include "core/standards_export.h"

#include <optional>
#include <string>
#include <vector>

#include <sapha/document_kind.hpp>

#include "core/scoring.hpp"
#include "core/standard.hpp"

namespace sapha::standards {

struct AssessedIndicator {
    Indicator indicator; // as in the version assessed against
    std::string label;   // "1.2", from its place in that version
    IndicatorResult result;
    std::string note;    // the evidence seen, remarks
};

struct AssessedComponent {
    std::string id;
    std::string label; // "1"
    std::string title;
    std::vector<AssessedIndicator> indicators;
};

class SAPHA_STANDARDS_EXPORT Assessment : public IDocument {
public:
    std::string language = "th";
    bool thaiDigits = false;
    std::string standardPath;    // workspace-relative
    std::string standardVersion; // the named version (or revision) assessed against
    std::string standardTitle;
    std::string organisation;
    std::string assessor;
    std::string date; // ISO
    double maxScore = 5;
    std::vector<Band> bands;
    std::vector<AssessedComponent> components;
};

// The copy of a standard's version an assessment starts from: every indicator, unscored.
SAPHA_STANDARDS_EXPORT Assessment assessmentOf(const Standard& standard, const std::string& path, const std::string& version);

// A weighted score and the band it falls in; `scored` of `total` indicators have a score.
struct Summary {
    std::optional<double> score;
    const Band* band = nullptr;
    int scored = 0;
    int total = 0;
};
// Scores a component, or (with every component) the whole assessment. Results that cannot be scored
// (a level the rubric lacks) count as unscored here; `check` reports them.
SAPHA_STANDARDS_EXPORT Summary summarize(const Assessment& assessment, const std::vector<const AssessedComponent*>& components);
SAPHA_STANDARDS_EXPORT Summary summarizeComponent(const Assessment& assessment, const AssessedComponent& component);
SAPHA_STANDARDS_EXPORT Summary summarizeAll(const Assessment& assessment);

} // namespace sapha::standards
