// Sapha standards — the assessment model.
// SPDX-License-Identifier: MIT
#include "core/assessment.hpp"

#include "core/numbering.hpp"

namespace sapha::standards {

Assessment assessmentOf(const Standard& standard, const std::string& path, const std::string& version)
{
    Assessment assessment;
    assessment.language = standard.language;
    assessment.thaiDigits = standard.thaiDigits;
    assessment.standardPath = path;
    assessment.standardVersion = version;
    assessment.standardTitle = standard.title;
    assessment.maxScore = standard.maxScore;
    assessment.bands = standard.bands;
    for (std::size_t c = 0; c < standard.components.size(); ++c) {
        const Component& component = standard.components[c];
        AssessedComponent assessed { component.id, std::to_string(c + 1), component.title, {} };
        for (std::size_t i = 0; i < component.indicators.size(); ++i) {
            AssessedIndicator indicator;
            indicator.indicator = component.indicators[i];
            indicator.indicator.comments.clear(); // the drafting discussion is not part of the form
            indicator.label = indicatorNumber(component, static_cast<int>(c) + 1, i);
            assessed.indicators.push_back(std::move(indicator));
        }
        assessment.components.push_back(std::move(assessed));
    }
    return assessment;
}

Summary summarize(const Assessment& assessment, const std::vector<const AssessedComponent*>& components)
{
    Summary summary;
    std::vector<WeightedScore> scores;
    for (const AssessedComponent* component : components) {
        for (const AssessedIndicator& each : component->indicators) {
            ++summary.total;
            Result<std::optional<double>> score = scoreOf(each.indicator, each.result, assessment.maxScore);
            if (!score || !score.value())
                continue;
            ++summary.scored;
            scores.push_back({ *score.value(), each.indicator.weight });
        }
    }
    summary.score = weightedMean(scores);
    if (summary.score)
        summary.band = bandOf(assessment.bands, *summary.score);
    return summary;
}

Summary summarizeComponent(const Assessment& assessment, const AssessedComponent& component)
{
    return summarize(assessment, { &component });
}

Summary summarizeAll(const Assessment& assessment)
{
    std::vector<const AssessedComponent*> all;
    for (const AssessedComponent& component : assessment.components)
        all.push_back(&component);
    return summarize(assessment, all);
}

} // namespace sapha::standards
