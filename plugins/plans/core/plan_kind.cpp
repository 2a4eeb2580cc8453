// Sapha plans — the plan kind: its template, questions, elements and links (the XML in plan_xml.cpp,
// the checks in plan_checks.cpp, the paper in plan_paper.cpp).
// SPDX-License-Identifier: MIT
#include "core/plan_kind.hpp"
#include <sapha/message_language.hpp>

#include <map>
#include <regex>
#include <stdexcept>

#include "core/action_source.hpp"
#include "core/plan_checks.hpp"
#include "core/plan_follow_up.hpp"
#include "core/plan_paper.hpp"
#include "core/plan_xml.hpp"

namespace sapha::plans {

namespace {

constexpr int kFormatVersion = 1;

// The fiscal year a title names ("… ประจำปี 2563", "ปีงบประมาณ พ.ศ. 2564"), 0 when it names none.
int fiscalYearInTitle(const std::string& title)
{
    static const std::regex year("(?:ประจำปี|ปีงบประมาณ)\\s*(?:พ\\.ศ\\.)?\\s*(2[4-9][0-9][0-9])");
    std::smatch match;
    if (std::regex_search(title, match, year))
        return std::stoi(match[1].str());
    return 0;
}

// The template a new plan starts from: one direction with one activity, filled in by the secretariat.
void fillTemplate(Plan& plan)
{
    const bool english = plan.language == "en";
    Strategy strategy { xml::newElementId("str"), english ? "Direction 1" : "แนวทางที่ 1", 0, {} };
    Project project;
    project.id = xml::newElementId("prj");
    project.title = english ? "Activity 1" : "กิจกรรมที่ 1";
    project.indicators.push_back({ xml::newElementId("ind"), "output", "", 0, english ? "people" : "คน", {} });
    project.months = fiscalMonths();
    strategy.projects.push_back(std::move(project));
    plan.strategies.push_back(std::move(strategy));
}

} // namespace

std::string PlanKind::id() const noexcept
{
    return kId;
}

LocalizedText PlanKind::displayName() const noexcept
{
    return { "แผนปฏิบัติการ", "Action plan" };
}

std::string PlanKind::fileSuffix() const noexcept
{
    return kSuffix;
}

std::string_view PlanKind::rootElement() const
{
    return "plan";
}

int PlanKind::formatVersion() const
{
    return kFormatVersion;
}

std::string PlanKind::numberLabel(const std::vector<int>& path)
{
    std::string number;
    for (std::size_t i = 0; i < path.size(); ++i)
        number += (i ? "." : "") + std::to_string(path[i]);
    return number;
}

std::vector<NewDocumentQuestion> PlanKind::newDocumentQuestions(
    const IWorkspaceView& workspace, std::string_view /*language: the prompt carries both*/) const noexcept
{
    try {
        const std::vector<ActionItemSource> actions = openActionItems(workspace);
        if (actions.empty())
            return {};
        NewDocumentQuestion question;
        question.parameter = "from";
        question.prompt = { "แผนนี้จัดทำตามงานที่ที่ประชุมมอบหมายเรื่องใด",
            "Which action item of a meeting does the plan answer?" };
        for (const ActionItemSource& action : actions) {
            std::string label = action.task + " — " + action.committee + " ครั้งที่ " + action.meetingNumber;
            // An item a plan already answers says so: a second plan for it is seldom meant.
            for (const FollowUp& followUp : workspace.followUps(action.meetingPath, action.actionId, "th"))
                label += " (มีแผนแล้ว: " + followUp.title + ")";
            question.choices.push_back({ action.reference, std::move(label) });
        }
        question.choices.push_back({ "", "ไม่ได้จัดทำตามงานที่มอบหมาย / not from an action item" });
        return { question };
    } catch (const std::exception&) {
        return {};
    }
}

Plan PlanKind::makeNew(const NewDocumentOptions& options) const
{
    Plan plan;
    plan.language = options.language == "en" ? "en" : "th";
    plan.title = options.title;
    thai::Date date = thai::today();
    if (!options.date.empty()) {
        sapha::Result<thai::Date> parsed = thai::parseIsoDate(options.date);
        if (!parsed)
            throw std::runtime_error(parsed.error().describe());
        date = parsed.value();
    }
    plan.fiscalYear = fiscalYearOf(date);
    if (auto from = options.parameters.find("from"); from != options.parameters.end() && !from->second.empty()) {
        if (!options.workspace)
            throw std::runtime_error(localized("แผนที่ทำจากงานที่มอบหมายต้องมีพื้นที่ทำงานที่เก็บการประชุมนั้น",
                "a plan made from an action item needs the workspace that holds its meeting"));
        sapha::Result<ActionItemSource> action = readActionItem(*options.workspace, from->second);
        if (!action)
            throw std::runtime_error(action.error().describe());
        plan.origin = action.value().reference;
        plan.originTask = action.value().task;
        plan.committee = action.value().committee;
        plan.roster = action.value().roster;
        if (plan.title.empty())
            plan.title = planTitleFromTask(action.value().task);
    }
    if (int named = fiscalYearInTitle(plan.title))
        plan.fiscalYear = named;
    fillTemplate(plan);
    return plan;
}

Status PlanKind::readModel(
    const pugi::xml_document& xml, std::string_view text, std::string_view sourceName, Plan& plan) const
{
    return readPlan(xml.document_element(), xml::Source { text, sourceName }, plan);
}

void PlanKind::writeModel(const Plan& plan, pugi::xml_node& root) const
{
    writePlan(plan, root);
}

Findings PlanKind::check(const Plan& plan, std::string_view language) const
{
    return checkPlan(plan, thai::toIsoDate(thai::today()), language);
}

std::string PlanKind::titleOf(const Plan& plan) const
{
    return plan.title;
}

ElementList PlanKind::elementsOf(const Plan& plan) const
{
    ElementList elements;
    const bool thai = plan.language != "en";
    elements.push_back(labelledElement("plan", {}, "plan details", {}, "รายละเอียดแผน",
        { { { "ชื่อแผน", "Plan" }, plan.title }, { { "ปีงบประมาณ", "Fiscal year" }, std::to_string(plan.fiscalYear) },
            { { "คณะกรรมการ", "Committee" }, plan.committee }, { { "ตามงานที่มอบหมาย", "Carries on" }, plan.origin },
            { { "งบประมาณ (บาท)", "Budget (baht)" }, plan.budget > 0 ? formatBaht(plan.budget) : std::string() } }));
    // A quarter's results name indicators and projects by id: the reader knows them by number.
    std::map<std::string, std::string> numberOf;
    for (std::size_t s = 0; s < plan.strategies.size(); ++s) {
        const Strategy& strategy = plan.strategies[s];
        std::vector<ElementField> fields { { { "แนวทาง", "Strategy" }, strategy.title } };
        if (strategy.budget > 0)
            fields.push_back({ { "งบประมาณ (บาท)", "Budget (baht)" }, formatBaht(strategy.budget) });
        elements.push_back(labelledElement(strategy.id, {}, "strategy", numberLabel({ int(s + 1) }), "แนวทาง", std::move(fields)));
        for (std::size_t p = 0; p < strategy.projects.size(); ++p) {
            const Project& project = strategy.projects[p];
            numberOf[project.id] = (thai ? "โครงการ " : "project ") + numberLabel({ int(s + 1), int(p + 1) });
            std::vector<ElementField> projectFields { { { "ชื่อโครงการ", "Project" }, project.title },
                { { "วัตถุประสงค์", "Objective" }, project.objective }, { { "กลุ่มเป้าหมาย", "Target group" }, project.targetGroup },
                { { "ผู้รับผิดชอบ", "Responsible" }, project.responsible } };
            std::string supporting;
            for (const std::string& agency : project.supporting)
                supporting += (supporting.empty() ? "" : "\n") + agency;
            if (!supporting.empty())
                projectFields.push_back({ { "หน่วยงานสนับสนุน", "Supported by" }, supporting });
            std::string budget;
            for (const BudgetLine& line : project.budget)
                budget += (budget.empty() ? "" : "\n") + line.source + " " + formatBaht(line.amount);
            if (!budget.empty())
                projectFields.push_back({ { "งบประมาณ", "Budget" }, budget });
            std::string months;
            for (int month : project.months)
                months += (months.empty() ? "" : " ") + monthAbbreviation(month, plan.language);
            projectFields.push_back({ { "ระยะเวลาดำเนินการ", "Months" }, months });
            elements.push_back(labelledElement(project.id, strategy.id, "project", numberLabel({ int(s + 1), int(p + 1) }),
                "โครงการ", std::move(projectFields)));
            for (std::size_t i = 0; i < project.indicators.size(); ++i) {
                const Indicator& indicator = project.indicators[i];
                const std::string number = numberLabel({ int(s + 1), int(p + 1), int(i + 1) });
                numberOf[indicator.id] = (thai ? "ตัวชี้วัด " : "indicator ") + number;
                std::vector<ElementField> indicatorFields { { { "ตัวชี้วัด", "Indicator" }, indicator.text },
                    { { "ประเภท", "Type" }, indicator.kind == "outcome" ? (thai ? "ผลลัพธ์" : "outcome") : (thai ? "ผลผลิต" : "output") },
                    { { "ค่าเป้าหมาย", "Target" }, formatNumber(indicator.target) + " " + indicator.unit } };
                if (!indicator.standardIndicator.empty())
                    indicatorFields.push_back({ { "ตัวชี้วัดของมาตรฐาน", "Standard's indicator" }, indicator.standardIndicator });
                elements.push_back(labelledElement(indicator.id, project.id, "indicator", number, "ตัวชี้วัด", std::move(indicatorFields)));
            }
        }
    }
    for (std::size_t i = 0; i < plan.steps.size(); ++i)
        elements.push_back(labelledElement(plan.steps[i].id, {}, "step", std::to_string(i + 1), "ขั้นตอน",
            { { { "ขั้นตอน", "Step" }, plan.steps[i].title }, { { "ผู้ดำเนินการ", "By" }, plan.steps[i].who } }));
    auto named = [&numberOf](const std::string& id) {
        auto found = numberOf.find(id);
        return found == numberOf.end() ? id : found->second;
    };
    for (const ProgressReport& report : plan.progress) {
        std::vector<ElementField> fields { { { "วันที่รายงาน", "Reported on" }, report.reported },
            { { "ปัญหาอุปสรรค", "Problems" }, report.problems }, { { "แนวทางดำเนินการต่อไป", "Next steps" }, report.nextSteps } };
        std::string results;
        for (const IndicatorResult& result : report.results)
            results += (results.empty() ? "" : "\n") + named(result.indicator) + ": " + formatNumber(result.value)
                + (result.note.empty() ? "" : " " + result.note);
        if (!results.empty())
            fields.push_back({ { "ผลตามตัวชี้วัด", "Results" }, results });
        std::string spent;
        for (const Spending& spending : report.spending)
            spent += (spent.empty() ? "" : "\n") + named(spending.project) + ": " + formatBaht(spending.amount);
        if (!spent.empty())
            fields.push_back({ { "ใช้งบประมาณ (บาท)", "Spent (baht)" }, spent });
        elements.push_back(labelledElement(report.id, {}, "progress report", std::to_string(report.quarter),
            "ผลการดำเนินงานไตรมาส", std::move(fields)));
    }
    return elements;
}

std::vector<DocumentReference> PlanKind::references(const IDocument& document) const noexcept
{
    try {
        const Plan& plan = model(document);
        std::vector<DocumentReference> out;
        // The plan carries on the action item the meeting gave the secretariat.
        if (const std::size_t hash = plan.origin.find('#'); hash != std::string::npos) {
            DocumentReference origin { "plan", "แผนปฏิบัติการตามงานที่มอบหมาย", "continues", plan.origin.substr(0, hash), {} };
            origin.targetElementId = plan.origin.substr(hash + 1);
            out.push_back(std::move(origin));
        }
        // An indicator measures a standard's indicator: made from it.
        for (std::size_t s = 0; s < plan.strategies.size(); ++s)
            for (std::size_t p = 0; p < plan.strategies[s].projects.size(); ++p)
                for (std::size_t i = 0; i < plan.strategies[s].projects[p].indicators.size(); ++i) {
                    const Indicator& indicator = plan.strategies[s].projects[p].indicators[i];
                    const std::size_t hash = indicator.standardIndicator.find('#');
                    if (hash == std::string::npos)
                        continue;
                    DocumentReference source { indicator.id,
                        "ตัวชี้วัดที่ " + numberLabel({ int(s + 1), int(p + 1), int(i + 1) }), "source",
                        indicator.standardIndicator.substr(0, hash), {} };
                    source.targetElementId = indicator.standardIndicator.substr(hash + 1);
                    out.push_back(std::move(source));
                }
        return out;
    } catch (...) {
        return {};
    }
}

std::string PlanKind::followUpOf(const Plan& plan, std::string_view language) const
{
    return planFollowUp(plan, std::string(language));
}

exporting::Document PlanKind::buildExport(const Plan& plan) const
{
    return planPaper(plan);
}

std::vector<ExportPart> PlanKind::exportPartsOf(const Plan& plan) const
{
    return quarterReportParts(plan);
}

exporting::Document PlanKind::buildPartExport(const Plan& plan, const std::string& partId) const
{
    return quarterReportPaper(plan, partId);
}

} // namespace sapha::plans
