// Sapha plans — a plan's report to the meeting that follows up its action item.
// SPDX-License-Identifier: MIT
#include "core/plan_follow_up.hpp"

namespace sapha::plans {

std::string planFollowUp(const Plan& plan, const std::string& language)
{
    const bool english = language == "en";
    std::size_t projects = 0;
    for (const Strategy& strategy : plan.strategies)
        projects += strategy.projects.size();
    const std::size_t indicators = plan.indicatorCount();
    std::string report = english
        ? plan.title + ": " + std::to_string(plan.strategies.size()) + " directions, " + std::to_string(projects)
            + " projects, a budget of " + formatBaht(plan.budgetTotal()) + " baht."
        : plan.title + " มี " + std::to_string(plan.strategies.size()) + " แนวทาง " + std::to_string(projects)
            + " โครงการ งบประมาณ " + formatBaht(plan.budgetTotal()) + " บาท";
    const ProgressReport* latest = plan.latestProgress();
    if (!latest)
        return report + (english ? " No quarter reported yet." : " ยังไม่มีการรายงานผลการดำเนินงาน");

    const std::size_t reached = plan.targetsReached(*latest);
    const long long spent = plan.spentBy(latest->quarter);
    const std::string quarter = quarterLabel(plan.fiscalYear, latest->quarter, language);
    const std::string when = latest->reported.empty() ? std::string() : dateInWords(latest->reported, language);
    if (english) {
        report += " Progress, " + quarter + (when.empty() ? "" : ", reported " + when) + ": " + std::to_string(reached)
            + " of " + std::to_string(indicators) + " targets reached, " + formatBaht(spent) + " baht spent so far.";
        if (!latest->problems.empty())
            report += " Problems: " + latest->problems;
        if (!latest->nextSteps.empty())
            report += " Next: " + latest->nextSteps;
        return report;
    }
    report += " ผลการดำเนินงาน" + quarter + (when.empty() ? "" : " รายงาน ณ วันที่ " + when) + " บรรลุค่าเป้าหมาย "
        + std::to_string(reached) + " จาก " + std::to_string(indicators) + " ตัวชี้วัด ใช้งบประมาณแล้ว " + formatBaht(spent) + " บาท";
    if (!latest->problems.empty())
        report += " ปัญหาอุปสรรค: " + latest->problems;
    if (!latest->nextSteps.empty())
        report += " แนวทางดำเนินการต่อไป: " + latest->nextSteps;
    return report;
}

} // namespace sapha::plans
