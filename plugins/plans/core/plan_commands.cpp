// Sapha plans — `sapha-cli progress` and `sapha-cli plan-csv`.
// SPDX-License-Identifier: MIT
#include "core/plan_commands.hpp"

#include <charconv>
#include <cstdlib>

#include <sapha/typed_date.hpp>
#include <sapha/xml_io.hpp>

#include "core/plan_csv.hpp"
#include "core/plan_kind.hpp"

namespace sapha::plans {

namespace {

constexpr const char* kProgressUsage = "progress PLAN --quarter N [--date D] [--result INDICATOR=VALUE]... "
                                       "[--spent PROJECT=BAHT]... [--problems TEXT] [--next TEXT]";

struct LoadedPlan {
    std::unique_ptr<IDocument> document;
    Plan& plan() { return PlanKind::model(*document); }
};

sapha::Result<LoadedPlan> loadPlan(const IWorkspaceView& workspace, const std::string& path, std::string_view language)
{
    if (!path.ends_with(PlanKind::kSuffix))
        return Error { inLanguage(language, "ไม่ใช่แผนปฏิบัติการ (แฟ้มที่ลงท้ายด้วย .plan.xml)", "not an action plan (a file ending in .plan.xml)"), path };
    sapha::Result<std::string> text = workspace.read(path);
    if (!text)
        return text.error();
    const PlanKind kind;
    sapha::Result<std::unique_ptr<IDocument>> loaded = kind.load(text.value(), path);
    if (!loaded)
        return loaded.error();
    return LoadedPlan { std::move(loaded.value()) };
}

// An indicator or project named by its number as the paper shows it ("1.2.1") or by its id.
std::string indicatorIdOf(const Plan& plan, const std::string& name)
{
    for (std::size_t s = 0; s < plan.strategies.size(); ++s)
        for (std::size_t p = 0; p < plan.strategies[s].projects.size(); ++p)
            for (std::size_t i = 0; i < plan.strategies[s].projects[p].indicators.size(); ++i) {
                const Indicator& indicator = plan.strategies[s].projects[p].indicators[i];
                if (indicator.id == name || PlanKind::numberLabel({ int(s + 1), int(p + 1), int(i + 1) }) == name)
                    return indicator.id;
            }
    return {};
}

std::string projectIdOf(const Plan& plan, const std::string& name)
{
    for (std::size_t s = 0; s < plan.strategies.size(); ++s)
        for (std::size_t p = 0; p < plan.strategies[s].projects.size(); ++p) {
            const Project& project = plan.strategies[s].projects[p];
            if (project.id == name || PlanKind::numberLabel({ int(s + 1), int(p + 1) }) == name)
                return project.id;
        }
    return {};
}

// "NAME=NUMBER" split; false when it is not that.
bool splitAssignment(const std::string& text, std::string& name, double& value)
{
    const std::size_t equals = text.find('=');
    if (equals == std::string::npos || equals == 0)
        return false;
    name = text.substr(0, equals);
    const std::string number = text.substr(equals + 1);
    char* end = nullptr;
    value = std::strtod(number.c_str(), &end);
    return !number.empty() && end == number.c_str() + number.size() && value >= 0;
}

CommandOutput usage(std::string problem, std::string_view language)
{
    return { 2, {}, problem + inLanguage(language, "\nวิธีใช้: ", "\nusage: ") + kProgressUsage };
}

} // namespace

CommandOutput runProgressCommand(const std::vector<std::string>& arguments, const IWorkspaceView& workspace,
    IWorkspaceChanges& changes, std::string_view language)
{
    std::string path;
    ProgressReport report;
    report.quarter = 0;
    std::vector<std::pair<std::string, double>> results;
    std::vector<std::pair<std::string, double>> spent;
    bool hasProblems = false;
    bool hasNext = false;
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string& argument = arguments[i];
        const bool hasValue = i + 1 < arguments.size();
        if (argument == "--quarter" && hasValue) {
            const std::string& text = arguments[++i];
            if (text.size() != 1 || text[0] < '1' || text[0] > '4')
                return usage(inLanguage(language, "ไตรมาสคือ 1, 2, 3 หรือ 4 (1 = ตุลาคม–ธันวาคม) ไม่ใช่ \"" + text + "\"",
                                 "the quarter is 1, 2, 3 or 4 (1 = October–December), not \"" + text + "\""),
                    language);
            report.quarter = text[0] - '0';
        } else if (argument == "--date" && hasValue) {
            const thai::TypedDate typed = thai::parseTypedDate(arguments[++i]);
            if (typed.problem != thai::DateProblem::None)
                return usage(inLanguage(language, "ไม่ใช่วันที่: \"" + arguments[i] + "\" (เขียนแบบ 5/10/2563 หรือ 2020-10-05)",
                                 "not a date: \"" + arguments[i] + "\" (write 5/10/2563 or 2020-10-05)"),
                    language);
            report.reported = thai::toIsoDate(typed.date);
        } else if ((argument == "--result" || argument == "--spent") && hasValue) {
            std::string name;
            double value = 0;
            if (!splitAssignment(arguments[++i], name, value))
                return usage(inLanguage(language, argument + " รับค่าแบบ ชื่อ=จำนวน ไม่ใช่ \"" + arguments[i] + "\"",
                                 argument + " takes NAME=NUMBER, not \"" + arguments[i] + "\""),
                    language);
            (argument == "--result" ? results : spent).emplace_back(name, value);
        } else if (argument == "--problems" && hasValue) {
            report.problems = arguments[++i];
            hasProblems = true;
        } else if (argument == "--next" && hasValue) {
            report.nextSteps = arguments[++i];
            hasNext = true;
        } else if (!argument.starts_with("--") && path.empty()) {
            path = argument;
        } else {
            return usage(inLanguage(language, "ไม่รู้จักอาร์กิวเมนต์หรือขาดค่า \"" + argument + "\"",
                             "unknown or incomplete argument \"" + argument + "\""),
                language);
        }
    }
    if (path.empty() || report.quarter == 0)
        return usage(inLanguage(language, "ต้องระบุแผนและไตรมาส", "the plan and the quarter are needed"), language);

    sapha::Result<LoadedPlan> loaded = loadPlan(workspace, path, language);
    if (!loaded)
        return { 1, {}, loaded.error().describe() };
    Plan& plan = loaded.value().plan();
    if (report.reported.empty())
        report.reported = thai::toIsoDate(thai::today());

    // A quarter already reported is updated: what is given replaces, what is not stays.
    ProgressReport* target = nullptr;
    for (ProgressReport& existing : plan.progress)
        if (existing.quarter == report.quarter)
            target = &existing;
    if (!target) {
        report.id = xml::newElementId("prg");
        plan.progress.push_back(report);
        target = &plan.progress.back();
    } else {
        target->reported = report.reported;
        if (hasProblems)
            target->problems = report.problems;
        if (hasNext)
            target->nextSteps = report.nextSteps;
    }
    for (const auto& [name, value] : results) {
        const std::string id = indicatorIdOf(plan, name);
        if (id.empty())
            return { 2, {}, inLanguage(language, "แผนไม่มีตัวชี้วัด \"" + name + "\" (ระบุเลขที่ เช่น 1.1.1 หรือรหัส)",
                                     "the plan has no indicator \"" + name + "\" (give its number, 1.1.1, or its id)") };
        std::erase_if(target->results, [&](const IndicatorResult& r) { return r.indicator == id; });
        target->results.push_back({ id, value, {} });
    }
    for (const auto& [name, value] : spent) {
        const std::string id = projectIdOf(plan, name);
        if (id.empty())
            return { 2, {}, inLanguage(language, "แผนไม่มีโครงการ \"" + name + "\" (ระบุเลขที่ เช่น 1.1 หรือรหัส)",
                                     "the plan has no project \"" + name + "\" (give its number, 1.1, or its id)") };
        std::erase_if(target->spending, [&](const Spending& s) { return s.project == id; });
        target->spending.push_back({ id, static_cast<long long>(value) });
    }

    // The report is checked before it is saved: a quarter not yet begun is refused.
    const PlanKind kind;
    for (const Finding& finding : kind.validate(*loaded.value().document, language)) {
        if (finding.severity == Severity::Error && finding.elementId == target->id)
            return { 1, {}, path + ": " + finding.message };
    }
    sapha::Result<std::string> text = kind.save(*loaded.value().document);
    if (!text)
        return { 1, {}, text.error().describe() };
    const std::string label = quarterLabel(plan.fiscalYear, target->quarter, std::string(language));
    const std::string message = (language == "en" ? "Progress report, " : "รายงานผลการดำเนินงาน ") + label;
    sapha::Result<SavedVersion> saved = changes.save(path, text.value(), message);
    if (!saved)
        return { 1, {}, saved.error().describe() };
    return { 0, message + "\n", {} };
}

CommandOutput runPlanCsvCommand(
    const std::vector<std::string>& arguments, const IWorkspaceView& workspace, std::string_view language)
{
    if (arguments.size() != 1 || arguments[0].starts_with("--"))
        return { 2, {}, inLanguage(language, "วิธีใช้: ", "usage: ") + "plan-csv PLAN" };
    sapha::Result<LoadedPlan> loaded = loadPlan(workspace, arguments[0], language);
    if (!loaded)
        return { 1, {}, loaded.error().describe() };
    return { 0, planCsv(loaded.value().plan()), {} };
}

} // namespace sapha::plans
