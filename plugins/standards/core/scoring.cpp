// Sapha standards — scores.
// SPDX-License-Identifier: MIT
#include "core/scoring.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <sapha/localized_text.hpp>

namespace sapha::standards {

namespace {

double twoDecimals(double value)
{
    return std::round(value * 100.0) / 100.0;
}

std::string number(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", value);
    return buffer;
}

} // namespace

Result<std::optional<double>> scoreOf(
    const Indicator& indicator, const IndicatorResult& result, double maxScore, std::string_view language)
{
    switch (indicator.scheme) {
    case Scheme::Rubric: {
        if (!result.level)
            return std::optional<double>();
        int top = 0;
        bool known = false;
        for (const Level& level : indicator.levels) {
            top = std::max(top, level.score);
            known = known || level.score == *result.level;
        }
        if (!known)
            return Error { inLanguage(language, "ระดับ " + std::to_string(*result.level) + " ไม่ใช่ระดับหนึ่งของตัวชี้วัดนี้",
                               "level " + std::to_string(*result.level) + " is not one of the indicator's levels"),
                indicator.id };
        // A rubric of another top score (1–4) is brought to the standard's scale.
        return std::optional<double>(top > 0 ? *result.level * maxScore / top : 0.0);
    }
    case Scheme::Checklist: {
        if (!result.done)
            return std::optional<double>();
        const int listed = static_cast<int>(indicator.practices.size());
        if (*result.done < 0 || *result.done > listed)
            return Error { inLanguage(language,
                               "ทำได้ " + std::to_string(*result.done) + " ข้อ แต่รายการตรวจสอบมี " + std::to_string(listed) + " ข้อ",
                               std::to_string(*result.done) + " practices done, but the checklist lists " + std::to_string(listed)),
                indicator.id };
        if (indicator.rules.empty())
            return std::optional<double>(listed > 0 ? maxScore * *result.done / listed : 0.0);
        double score = 0;
        for (const ChecklistRule& rule : indicator.rules) { // ascending: the last rule reached counts
            if (*result.done >= rule.done)
                score = rule.score;
        }
        return std::optional<double>(score);
    }
    case Scheme::Threshold: {
        if (!result.ratio)
            return std::optional<double>();
        if (*result.ratio < 0 || !std::isfinite(*result.ratio))
            return Error { inLanguage(language, "สัดส่วนที่ทำได้ติดลบไม่ได้", "the ratio achieved cannot be negative"), indicator.id };
        const double target = indicator.target > 0 ? indicator.target : 1.0;
        return std::optional<double>(maxScore * std::min(1.0, *result.ratio / target));
    }
    case Scheme::Binary:
        if (!result.met)
            return std::optional<double>();
        return std::optional<double>(*result.met ? (indicator.points > 0 ? indicator.points : maxScore) : 0.0);
    }
    return std::optional<double>();
}

std::optional<double> weightedMean(const std::vector<WeightedScore>& scores)
{
    double sum = 0;
    double weights = 0;
    for (const WeightedScore& each : scores) {
        sum += each.score * each.weight;
        weights += each.weight;
    }
    if (weights <= 0)
        return std::nullopt;
    return sum / weights;
}

const Band* bandOf(const std::vector<Band>& bands, double score)
{
    const double rounded = twoDecimals(score);
    for (const Band& band : bands) {
        if (rounded >= twoDecimals(band.from) && rounded <= twoDecimals(band.to))
            return &band;
    }
    return nullptr;
}

std::vector<std::string> bandProblems(const std::vector<Band>& bands, std::string_view language)
{
    const bool inThai = language == "th";
    auto nameOf = [&](const Band& band) {
        return (inThai ? "ช่วงระดับ \"" : "band \"") + band.label + "\" (" + number(band.from) + "–" + number(band.to) + ")";
    };
    std::vector<std::string> problems;
    std::vector<Band> sorted = bands;
    std::sort(sorted.begin(), sorted.end(), [](const Band& a, const Band& b) { return a.from < b.from; });
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        const Band& band = sorted[i];
        const std::string name = nameOf(band);
        if (band.to < band.from)
            problems.push_back(name + (inThai ? " สิ้นสุดก่อนเริ่มต้น" : " ends before it starts"));
        if (i == 0)
            continue;
        const Band& before = sorted[i - 1];
        const std::string beforeName = nameOf(before);
        if (twoDecimals(band.from) <= twoDecimals(before.to))
            problems.push_back(name + (inThai ? " ทับซ้อนกับ " : " overlaps ") + beforeName);
        else if (twoDecimals(band.from) - twoDecimals(before.to) > 0.011)
            problems.push_back(inThai ? "คะแนนระหว่าง " + beforeName + " กับ " + name + " ไม่อยู่ในช่วงระดับใด"
                                      : "scores between " + beforeName + " and " + name + " fall in no band");
    }
    return problems;
}

} // namespace sapha::standards
