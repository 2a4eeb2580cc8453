// Sapha plans — the plan's checks.
// SPDX-License-Identifier: MIT
#include "core/plan_checks.hpp"

#include <map>
#include <set>

#include <sapha/typed_date.hpp>

#include "core/plan_kind.hpp"

namespace sapha::plans {

namespace {

void add(Findings& findings, Severity severity, const std::string& elementId, std::string message)
{
    findings.push_back({ severity, elementId, std::move(message), 0 });
}

void checkProject(const Project& project, const std::string& label, Findings& findings)
{
    const std::string name = "project " + label + (project.title.empty() ? "" : " \"" + project.title + "\"");
    if (project.title.empty())
        add(findings, Severity::Error, project.id, "project " + label + " has no title");
    if (project.responsible.empty())
        add(findings, Severity::Error, project.id, name + " has no responsible agency (หน่วยงานรับผิดชอบ)");
    if (project.indicators.empty())
        add(findings, Severity::Warning, project.id, name + " has no indicator: how will its result be measured?");
    for (const Indicator& indicator : project.indicators) {
        if (indicator.text.empty())
            add(findings, Severity::Error, indicator.id, name + ": an indicator has no text");
        if (indicator.unit.empty())
            add(findings, Severity::Error, indicator.id,
                name + ": the target of \"" + indicator.text + "\" has no unit (คน, ครั้ง, ร้อยละ …)");
        if (indicator.target <= 0)
            add(findings, Severity::Warning, indicator.id, name + ": \"" + indicator.text + "\" has no target");
        if (!indicator.standardIndicator.empty() && indicator.standardIndicator.find('#') == std::string::npos)
            add(findings, Severity::Error, indicator.id,
                name + ": the standard's indicator is named as STANDARD#INDICATOR, not \"" + indicator.standardIndicator + "\"");
    }
    for (const BudgetLine& line : project.budget) {
        if (line.source.empty())
            add(findings, Severity::Warning, project.id, name + ": " + formatBaht(line.amount) + " baht without its source (แหล่งงบประมาณ)");
    }
    if (project.months.empty())
        add(findings, Severity::Warning, project.id, name + " has no months of work");
    std::set<int> seen;
    for (int month : project.months) {
        if (!seen.insert(month).second)
            add(findings, Severity::Warning, project.id, name + ": month " + std::to_string(month) + " is given twice");
    }
}

void checkBudgets(const Plan& plan, Findings& findings)
{
    if (plan.budget > 0 && plan.budgetTotal() != plan.budget)
        add(findings, Severity::Error, "plan",
            "the budget does not add up: the strategies' projects total " + formatBaht(plan.budgetTotal())
                + " baht, the plan's budget is " + formatBaht(plan.budget));
    for (std::size_t s = 0; s < plan.strategies.size(); ++s) {
        const Strategy& strategy = plan.strategies[s];
        if (strategy.budget > 0 && strategy.budgetTotal() != strategy.budget)
            add(findings, Severity::Error, strategy.id,
                "strategy " + std::to_string(s + 1) + ": its projects total " + formatBaht(strategy.budgetTotal())
                    + " baht, its budget is " + formatBaht(strategy.budget));
    }
}

void checkProgress(const Plan& plan, const std::string& today, Findings& findings)
{
    std::set<int> quarters;
    std::map<std::string, long long> spentByProject;
    for (const ProgressReport& report : plan.progress) {
        const std::string name = "the report of quarter " + std::to_string(report.quarter);
        if (!quarters.insert(report.quarter).second)
            add(findings, Severity::Error, report.id, "quarter " + std::to_string(report.quarter) + " is reported twice");
        if (plan.fiscalYear > 2400) {
            const std::string start = quarterStart(plan.fiscalYear, report.quarter);
            if (start > today)
                add(findings, Severity::Error, report.id,
                    name + " reports on a period not yet begun (it starts " + start + ")");
            if (!report.reported.empty() && report.reported < start)
                add(findings, Severity::Error, report.id,
                    name + " is dated " + report.reported + ", before its quarter began (" + start + ")");
        }
        if (!report.reported.empty()) {
            if (std::optional<std::string> problem = thai::storedDateProblem(report.reported))
                add(findings, Severity::Error, report.id, name + ": the date \"" + report.reported + "\" " + *problem);
            else if (report.reported > today)
                add(findings, Severity::Error, report.id, name + " is dated " + report.reported + ", after today");
        }
        for (const IndicatorResult& result : report.results) {
            if (!plan.findIndicator(result.indicator))
                add(findings, Severity::Error, report.id, name + " reports on an indicator the plan has not: " + result.indicator);
        }
        for (const Spending& spending : report.spending) {
            const Project* project = plan.findProject(spending.project);
            if (!project) {
                add(findings, Severity::Error, report.id, name + " records spending on a project the plan has not: " + spending.project);
                continue;
            }
            spentByProject[spending.project] += spending.amount;
            if (spentByProject[spending.project] > project->budgetTotal())
                add(findings, Severity::Warning, report.id,
                    name + ": \"" + project->title + "\" has spent " + formatBaht(spentByProject[spending.project])
                        + " baht of its budget of " + formatBaht(project->budgetTotal()));
        }
    }
}

} // namespace

Findings checkPlan(const Plan& plan, const std::string& today)
{
    Findings findings;
    if (plan.title.empty())
        add(findings, Severity::Error, "plan", "the plan has no title");
    if (plan.fiscalYear < 2400 || plan.fiscalYear > 2800)
        add(findings, Severity::Error, "plan",
            "the fiscal year " + std::to_string(plan.fiscalYear) + " is not a Buddhist-Era year (2563 runs from October 2562 to September 2563)");
    if (plan.committee.empty())
        add(findings, Severity::Warning, "plan", "the plan names no committee");
    if (plan.origin.empty())
        add(findings, Severity::Warning, "plan",
            "the plan answers no resolution: name the meeting's action item it was drafted for");
    if (plan.strategies.empty())
        add(findings, Severity::Warning, "plan", "the plan has no strategy (ยุทธศาสตร์/แนวทาง)");
    for (std::size_t s = 0; s < plan.strategies.size(); ++s) {
        const Strategy& strategy = plan.strategies[s];
        if (strategy.title.empty())
            add(findings, Severity::Error, strategy.id, "strategy " + std::to_string(s + 1) + " has no title");
        if (strategy.projects.empty())
            add(findings, Severity::Warning, strategy.id, "strategy " + std::to_string(s + 1) + " has no project");
        for (std::size_t p = 0; p < strategy.projects.size(); ++p)
            checkProject(strategy.projects[p], PlanKind::numberLabel({ int(s + 1), int(p + 1) }), findings);
    }
    checkBudgets(plan, findings);
    for (const Step& step : plan.steps) {
        if (step.who.empty())
            add(findings, Severity::Warning, step.id, "the step \"" + step.title + "\" says nobody who does it");
    }
    checkProgress(plan, today, findings);
    return findings;
}

} // namespace sapha::plans
