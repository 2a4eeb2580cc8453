// Sapha plans — the plan's checks.
// SPDX-License-Identifier: MIT
#include "core/plan_checks.hpp"

#include <map>
#include <set>

#include <sapha/typed_date.hpp>

#include "core/plan_kind.hpp"

namespace sapha::plans {

namespace {

// The plan's findings, each message written in both languages and kept in the reader's.
struct PlanFindings {
    explicit PlanFindings(std::string_view language)
        : inThai(language == "th")
    {
    }
    void add(Severity severity, const std::string& elementId, const std::string& thai, const std::string& english)
    {
        findings.push_back({ severity, elementId, inThai ? thai : english, 0 });
    }
    const bool inThai;
    Findings findings;
};

void checkProject(const Project& project, const std::string& label, PlanFindings& out)
{
    const std::string title = project.title.empty() ? "" : " \"" + project.title + "\"";
    const std::string name = (out.inThai ? "โครงการ " : "project ") + label + title;
    if (project.title.empty())
        out.add(Severity::Error, project.id, "โครงการ " + label + " ยังไม่มีชื่อ", "project " + label + " has no title");
    if (project.responsible.empty())
        out.add(Severity::Error, project.id, name + " ยังไม่มีหน่วยงานรับผิดชอบ", name + " has no responsible agency (หน่วยงานรับผิดชอบ)");
    if (project.indicators.empty())
        out.add(Severity::Warning, project.id, name + " ยังไม่มีตัวชี้วัด: จะวัดผลสำเร็จอย่างไร",
            name + " has no indicator: how will its result be measured?");
    for (const Indicator& indicator : project.indicators) {
        const std::string text = "\"" + indicator.text + "\"";
        if (indicator.text.empty())
            out.add(Severity::Error, indicator.id, name + ": มีตัวชี้วัดที่ยังไม่มีข้อความ", name + ": an indicator has no text");
        if (indicator.unit.empty())
            out.add(Severity::Error, indicator.id, name + ": ค่าเป้าหมายของ " + text + " ยังไม่มีหน่วยนับ (คน ครั้ง ร้อยละ …)",
                name + ": the target of " + text + " has no unit (คน, ครั้ง, ร้อยละ …)");
        if (indicator.target <= 0)
            out.add(Severity::Warning, indicator.id, name + ": " + text + " ยังไม่มีค่าเป้าหมาย", name + ": " + text + " has no target");
        if (!indicator.standardIndicator.empty() && indicator.standardIndicator.find('#') == std::string::npos)
            out.add(Severity::Error, indicator.id,
                name + ": ตัวชี้วัดของมาตรฐานต้องอ้างในรูป มาตรฐาน#ตัวชี้วัด (STANDARD#INDICATOR) ไม่ใช่ \"" + indicator.standardIndicator + "\"",
                name + ": the standard's indicator is named as STANDARD#INDICATOR, not \"" + indicator.standardIndicator + "\"");
    }
    for (const BudgetLine& line : project.budget) {
        if (line.source.empty())
            out.add(Severity::Warning, project.id, name + ": งบประมาณ " + formatBaht(line.amount) + " บาท ยังไม่ระบุแหล่งงบประมาณ",
                name + ": " + formatBaht(line.amount) + " baht without its source (แหล่งงบประมาณ)");
    }
    if (project.months.empty())
        out.add(Severity::Warning, project.id, name + " ยังไม่มีเดือนที่ดำเนินงาน", name + " has no months of work");
    std::set<int> seen;
    for (int month : project.months) {
        if (!seen.insert(month).second)
            out.add(Severity::Warning, project.id, name + ": เดือนที่ " + std::to_string(month) + " ระบุซ้ำ",
                name + ": month " + std::to_string(month) + " is given twice");
    }
}

void checkBudgets(const Plan& plan, PlanFindings& out)
{
    if (plan.budget > 0 && plan.budgetTotal() != plan.budget) {
        const std::string total = formatBaht(plan.budgetTotal());
        const std::string budget = formatBaht(plan.budget);
        out.add(Severity::Error, "plan",
            "งบประมาณไม่ตรงกัน: โครงการของทุกยุทธศาสตร์รวมได้ " + total + " บาท แต่งบประมาณของแผนคือ " + budget + " บาท",
            "the budget does not add up: the strategies' projects total " + total + " baht, the plan's budget is " + budget);
    }
    for (std::size_t s = 0; s < plan.strategies.size(); ++s) {
        const Strategy& strategy = plan.strategies[s];
        if (strategy.budget > 0 && strategy.budgetTotal() != strategy.budget) {
            const std::string number = std::to_string(s + 1);
            const std::string total = formatBaht(strategy.budgetTotal());
            const std::string budget = formatBaht(strategy.budget);
            out.add(Severity::Error, strategy.id,
                "ยุทธศาสตร์ที่ " + number + ": โครงการรวมได้ " + total + " บาท แต่งบประมาณของยุทธศาสตร์คือ " + budget + " บาท",
                "strategy " + number + ": its projects total " + total + " baht, its budget is " + budget);
        }
    }
}

void checkProgress(const Plan& plan, const std::string& today, std::string_view language, PlanFindings& out)
{
    std::set<int> quarters;
    std::map<std::string, long long> spentByProject;
    for (const ProgressReport& report : plan.progress) {
        const std::string quarter = std::to_string(report.quarter);
        const std::string name = (out.inThai ? "รายงานไตรมาสที่ " : "the report of quarter ") + quarter;
        if (!quarters.insert(report.quarter).second)
            out.add(Severity::Error, report.id, "ไตรมาสที่ " + quarter + " รายงานซ้ำ", "quarter " + quarter + " is reported twice");
        if (plan.fiscalYear > 2400) {
            const std::string start = quarterStart(plan.fiscalYear, report.quarter);
            if (start > today)
                out.add(Severity::Error, report.id, name + " รายงานช่วงเวลาที่ยังไม่เริ่ม (เริ่ม " + start + ")",
                    name + " reports on a period not yet begun (it starts " + start + ")");
            if (!report.reported.empty() && report.reported < start)
                out.add(Severity::Error, report.id, name + " ลงวันที่ " + report.reported + " ก่อนไตรมาสเริ่ม (" + start + ")",
                    name + " is dated " + report.reported + ", before its quarter began (" + start + ")");
        }
        if (!report.reported.empty()) {
            if (std::optional<std::string> problem = thai::storedDateProblem(report.reported, language))
                out.add(Severity::Error, report.id, name + ": วันที่ \"" + report.reported + "\" " + *problem,
                    name + ": the date \"" + report.reported + "\" " + *problem);
            else if (report.reported > today)
                out.add(Severity::Error, report.id, name + " ลงวันที่ " + report.reported + " ซึ่งยังมาไม่ถึง",
                    name + " is dated " + report.reported + ", after today");
        }
        for (const IndicatorResult& result : report.results) {
            if (!plan.findIndicator(result.indicator))
                out.add(Severity::Error, report.id, name + " รายงานตัวชี้วัดที่ไม่มีในแผน: " + result.indicator,
                    name + " reports on an indicator the plan has not: " + result.indicator);
        }
        for (const Spending& spending : report.spending) {
            const Project* project = plan.findProject(spending.project);
            if (!project) {
                out.add(Severity::Error, report.id, name + " บันทึกการใช้จ่ายของโครงการที่ไม่มีในแผน: " + spending.project,
                    name + " records spending on a project the plan has not: " + spending.project);
                continue;
            }
            spentByProject[spending.project] += spending.amount;
            if (spentByProject[spending.project] > project->budgetTotal()) {
                const std::string spent = formatBaht(spentByProject[spending.project]);
                const std::string budget = formatBaht(project->budgetTotal());
                out.add(Severity::Warning, report.id,
                    name + ": \"" + project->title + "\" ใช้จ่ายไปแล้ว " + spent + " บาท เกินงบประมาณ " + budget + " บาท",
                    name + ": \"" + project->title + "\" has spent " + spent + " baht of its budget of " + budget);
            }
        }
    }
}

} // namespace

Findings checkPlan(const Plan& plan, const std::string& today, std::string_view language)
{
    PlanFindings out(language);
    if (plan.title.empty())
        out.add(Severity::Error, "plan", "แผนยังไม่มีชื่อ", "the plan has no title");
    if (plan.fiscalYear < 2400 || plan.fiscalYear > 2800) {
        const std::string year = std::to_string(plan.fiscalYear);
        out.add(Severity::Error, "plan", "ปีงบประมาณ " + year + " ไม่ใช่ปีพุทธศักราช (ปีงบประมาณ 2563 คือตุลาคม 2562 ถึงกันยายน 2563)",
            "the fiscal year " + year + " is not a Buddhist-Era year (2563 runs from October 2562 to September 2563)");
    }
    if (plan.committee.empty())
        out.add(Severity::Warning, "plan", "แผนยังไม่ระบุคณะกรรมการ", "the plan names no committee");
    if (plan.origin.empty())
        out.add(Severity::Warning, "plan", "แผนยังไม่อ้างถึงมติใด: ระบุงานที่มอบหมายในรายงานการประชุมที่ให้จัดทำแผนนี้",
            "the plan answers no resolution: name the meeting's action item it was drafted for");
    if (plan.strategies.empty())
        out.add(Severity::Warning, "plan", "แผนยังไม่มียุทธศาสตร์/แนวทาง", "the plan has no strategy (ยุทธศาสตร์/แนวทาง)");
    for (std::size_t s = 0; s < plan.strategies.size(); ++s) {
        const Strategy& strategy = plan.strategies[s];
        const std::string number = std::to_string(s + 1);
        if (strategy.title.empty())
            out.add(Severity::Error, strategy.id, "ยุทธศาสตร์ที่ " + number + " ยังไม่มีชื่อ", "strategy " + number + " has no title");
        if (strategy.projects.empty())
            out.add(Severity::Warning, strategy.id, "ยุทธศาสตร์ที่ " + number + " ยังไม่มีโครงการ", "strategy " + number + " has no project");
        for (std::size_t p = 0; p < strategy.projects.size(); ++p)
            checkProject(strategy.projects[p], PlanKind::numberLabel({ int(s + 1), int(p + 1) }), out);
    }
    checkBudgets(plan, out);
    for (const Step& step : plan.steps) {
        if (step.who.empty())
            out.add(Severity::Warning, step.id, "ขั้นตอน \"" + step.title + "\" ยังไม่ระบุผู้ปฏิบัติ",
                "the step \"" + step.title + "\" says nobody who does it");
    }
    checkProgress(plan, today, language, out);
    return std::move(out.findings);
}

} // namespace sapha::plans
