// Sapha plans — the plan table as CSV.
// SPDX-License-Identifier: MIT
#include "core/plan_csv.hpp"

#include "core/plan_kind.hpp"

namespace sapha::plans {

namespace {

// A field quoted when it holds a comma, a quote or a line break; a leading =, +, - or @ is prefixed with
// a quote mark so that a spreadsheet shows it as text instead of running it as a formula.
std::string field(std::string text)
{
    if (!text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@'))
        text.insert(0, "'");
    if (text.find_first_of(",\"\r\n") == std::string::npos)
        return text;
    std::string quoted = "\"";
    for (char c : text)
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

std::string line(const std::vector<std::string>& fields)
{
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i)
        out += (i ? "," : "") + field(fields[i]);
    return out + "\r\n";
}

} // namespace

std::string planCsv(const Plan& plan)
{
    const bool english = plan.language == "en";
    std::vector<std::string> head { english ? "No." : "ลำดับ", english ? "Direction" : "แนวทาง",
        english ? "Project" : "โครงการ/กิจกรรม", english ? "Objective" : "วัตถุประสงค์",
        english ? "Target group" : "กลุ่มเป้าหมาย", english ? "Indicators" : "ตัวชี้วัด/ค่าเป้าหมาย",
        english ? "Budget (baht)" : "งบประมาณ (บาท)", english ? "Budget sources" : "แหล่งงบประมาณ",
        english ? "Responsible" : "หน่วยงานรับผิดชอบ", english ? "Supporting" : "หน่วยงานสนับสนุน" };
    for (int month : fiscalMonths())
        head.push_back(monthAbbreviation(month, plan.language));
    std::string out = "\xEF\xBB\xBF" + line(head);
    for (std::size_t s = 0; s < plan.strategies.size(); ++s) {
        const Strategy& strategy = plan.strategies[s];
        for (std::size_t p = 0; p < strategy.projects.size(); ++p) {
            const Project& project = strategy.projects[p];
            std::string indicators;
            for (const Indicator& indicator : project.indicators)
                indicators += (indicators.empty() ? "" : "\n") + indicator.text + " " + formatNumber(indicator.target) + " " + indicator.unit;
            std::string sources;
            for (const BudgetLine& budget : project.budget)
                sources += (sources.empty() ? "" : "\n") + budget.source + " " + std::to_string(budget.amount);
            std::string supporting;
            for (const std::string& agency : project.supporting)
                supporting += (supporting.empty() ? "" : "\n") + agency;
            std::vector<std::string> row { PlanKind::numberLabel({ int(s + 1), int(p + 1) }), strategy.title, project.title,
                project.objective, project.targetGroup, indicators, std::to_string(project.budgetTotal()), sources,
                project.responsible, supporting };
            for (int month : fiscalMonths())
                row.push_back(project.worksIn(month) ? "x" : "");
            out += line(row);
        }
    }
    return out;
}

} // namespace sapha::plans
