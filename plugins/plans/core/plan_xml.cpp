// Sapha plans — reading and writing the plan's XML.
// SPDX-License-Identifier: MIT
#include "core/plan_xml.hpp"

#include <charconv>
#include <cstdlib>
#include <sstream>

#include <sapha/message_language.hpp>

namespace sapha::plans {

namespace {

void writeText(pugi::xml_node& parent, const char* name, const std::string& text)
{
    if (!text.empty())
        xml::setChildText(parent, name, text);
}

// A whole number of baht, `text` read from `node` (what is called `what`): empty is 0; anything but digits
// is refused, so that a mistyped amount is not read as nothing.
Status readAmountText(std::string_view text, const pugi::xml_node& node, const std::string& what,
    const xml::Source& source, long long& out)
{
    out = 0;
    if (text.empty())
        return Status::ok();
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
    if (error != std::errc() || end != text.data() + text.size() || out < 0)
        return source.failureAt(node, localized(what + " ต้องเป็นจำนวนเต็มบาท ไม่ใช่ \"" + std::string(text) + "\"",
                                          what + " must be a whole number of baht, not \"" + std::string(text) + "\""));
    return Status::ok();
}

Status readAmount(const pugi::xml_node& node, const char* name, const xml::Source& source, long long& out)
{
    return readAmountText(node.attribute(name).value(), node, name, source, out);
}

// A number (a target, a result) in attribute `name`: absent is 0.
Status readNumber(const pugi::xml_node& node, const char* name, const xml::Source& source, double& out)
{
    const std::string text = node.attribute(name).value();
    out = 0;
    if (text.empty())
        return Status::ok();
    char* end = nullptr;
    out = std::strtod(text.c_str(), &end);
    if (end != text.c_str() + text.size() || out < 0)
        return source.failureAt(node, localized(std::string(name) + " ต้องเป็นจำนวนตั้งแต่ศูนย์ขึ้นไป ไม่ใช่ \"" + text + "\"",
                                          std::string(name) + " must be a number of zero or more, not \"" + text + "\""));
    return Status::ok();
}

std::string numberText(double value)
{
    return formatNumber(value);
}

Status readMonths(const pugi::xml_node& node, const xml::Source& source, std::vector<int>& months)
{
    std::istringstream words(node.text().get());
    std::string word;
    while (words >> word) {
        int month = 0;
        const auto [end, error] = std::from_chars(word.data(), word.data() + word.size(), month);
        if (error != std::errc() || end != word.data() + word.size() || month < 1 || month > 12)
            return source.failureAt(node, localized("เดือนเป็นตัวเลข 1 ถึง 12 ไม่ใช่ \"" + word + "\"", "months are numbers from 1 to 12, not \"" + word + "\""));
        months.push_back(month);
    }
    return Status::ok();
}

Status readProject(const pugi::xml_node& node, const xml::Source& source, Project& project)
{
    if (Status hasId = source.requireAttribute(node, "id"); !hasId)
        return hasId;
    project.id = node.attribute("id").value();
    project.title = xml::childText(node, "title");
    project.objective = xml::childText(node, "objective");
    project.targetGroup = xml::childText(node, "target-group");
    project.responsible = xml::childText(node, "responsible");
    for (pugi::xml_node i : node.children("indicator")) {
        if (Status hasId = source.requireAttribute(i, "id"); !hasId)
            return hasId;
        Indicator indicator;
        indicator.id = i.attribute("id").value();
        indicator.kind = i.attribute("kind").as_string("output");
        if (indicator.kind != "output" && indicator.kind != "outcome")
            return source.failureAt(i, localized("ชนิดของตัวชี้วัดเป็น \"output\" หรือ \"outcome\" ไม่ใช่ \"" + indicator.kind + "\"",
                                       "an indicator's kind is output or outcome, not \"" + indicator.kind + "\""));
        if (Status target = readNumber(i, "target", source, indicator.target); !target)
            return target;
        indicator.unit = i.attribute("unit").value();
        indicator.standardIndicator = i.attribute("standard").value();
        indicator.text = i.text().get();
        project.indicators.push_back(std::move(indicator));
    }
    for (pugi::xml_node s : node.children("supporting"))
        project.supporting.emplace_back(s.text().get());
    for (pugi::xml_node b : node.children("budget")) {
        BudgetLine line { b.attribute("source").value(), 0 };
        if (Status amount = readAmount(b, "amount", source, line.amount); !amount)
            return amount;
        project.budget.push_back(std::move(line));
    }
    if (pugi::xml_node months = node.child("months"))
        return readMonths(months, source, project.months);
    return Status::ok();
}

Status readProgress(const pugi::xml_node& node, const xml::Source& source, ProgressReport& report)
{
    if (Status hasId = source.requireAttribute(node, "id"); !hasId)
        return hasId;
    report.id = node.attribute("id").value();
    report.quarter = node.attribute("quarter").as_int(0);
    if (report.quarter < 1 || report.quarter > 4)
        return source.failureAt(node, localized("ไตรมาสของรายงานผลเป็น 1, 2, 3 หรือ 4 ไม่ใช่ \"" + std::string(node.attribute("quarter").value()) + "\"",
                                          "a progress report's quarter is 1, 2, 3 or 4, not \"" + std::string(node.attribute("quarter").value()) + "\""));
    report.reported = node.attribute("reported").value();
    for (pugi::xml_node r : node.children("result")) {
        IndicatorResult result { r.attribute("indicator").value(), 0, r.text().get() };
        if (result.indicator.empty())
            return source.failureAt(r, localized("ผลต้องระบุตัวชี้วัดที่รายงาน (indicator=\"…\")", "a result names the indicator it reports on (indicator=\"…\")"));
        if (Status value = readNumber(r, "value", source, result.value); !value)
            return value;
        report.results.push_back(std::move(result));
    }
    for (pugi::xml_node s : node.children("spent")) {
        Spending spending { s.attribute("project").value(), 0 };
        if (spending.project.empty())
            return source.failureAt(s, localized("การใช้จ่ายต้องระบุโครงการที่ใช้ (project=\"…\")", "spending names the project it was spent on (project=\"…\")"));
        if (Status amount = readAmount(s, "amount", source, spending.amount); !amount)
            return amount;
        report.spending.push_back(std::move(spending));
    }
    report.problems = xml::childText(node, "problems");
    report.nextSteps = xml::childText(node, "next");
    return Status::ok();
}

} // namespace

Status readPlan(const pugi::xml_node& root, const xml::Source& source, Plan& plan)
{
    plan.language = root.attribute("language").as_string("th");
    plan.thaiDigits = std::string_view(root.attribute("digits").as_string("arabic")) == "thai";
    plan.title = xml::childText(root, "title");
    plan.fiscalYear = root.child("fiscal-year").text().as_int(0);
    plan.committee = xml::childText(root, "committee");
    plan.roster = root.child("committee").attribute("roster").value();
    plan.origin = root.child("origin").attribute("action").value();
    plan.originTask = xml::childText(root, "origin");
    if (pugi::xml_node budget = root.child("budget"); budget) {
        if (Status amount = readAmountText(budget.text().get(), budget, "the plan's budget", source, plan.budget); !amount)
            return amount;
    }
    for (pugi::xml_node s : root.child("strategies").children("strategy")) {
        if (Status hasId = source.requireAttribute(s, "id"); !hasId)
            return hasId;
        Strategy strategy;
        strategy.id = s.attribute("id").value();
        strategy.title = xml::childText(s, "title");
        if (Status amount = readAmount(s, "budget", source, strategy.budget); !amount)
            return amount;
        for (pugi::xml_node p : s.children("project")) {
            Project project;
            if (Status read = readProject(p, source, project); !read)
                return read;
            strategy.projects.push_back(std::move(project));
        }
        plan.strategies.push_back(std::move(strategy));
    }
    for (pugi::xml_node s : root.child("steps").children("step")) {
        if (Status hasId = source.requireAttribute(s, "id"); !hasId)
            return hasId;
        plan.steps.push_back({ s.attribute("id").value(), xml::childText(s, "title"), xml::childText(s, "who") });
    }
    for (pugi::xml_node p : root.children("progress")) {
        ProgressReport report;
        if (Status read = readProgress(p, source, report); !read)
            return read;
        plan.progress.push_back(std::move(report));
    }
    return Status::ok();
}

void writePlan(const Plan& plan, pugi::xml_node& root)
{
    root.append_attribute("language").set_value(plan.language.c_str());
    root.append_attribute("digits").set_value(plan.thaiDigits ? "thai" : "arabic");
    xml::setChildText(root, "title", plan.title);
    xml::setChildText(root, "fiscal-year", std::to_string(plan.fiscalYear));
    xml::setChildText(root, "committee", plan.committee);
    if (!plan.roster.empty())
        root.child("committee").append_attribute("roster").set_value(plan.roster.c_str());
    if (!plan.origin.empty()) {
        xml::setChildText(root, "origin", plan.originTask);
        root.child("origin").append_attribute("action").set_value(plan.origin.c_str());
    }
    if (plan.budget > 0)
        xml::setChildText(root, "budget", std::to_string(plan.budget));
    pugi::xml_node strategies = root.append_child("strategies");
    for (const Strategy& strategy : plan.strategies) {
        pugi::xml_node s = strategies.append_child("strategy");
        s.append_attribute("id").set_value(strategy.id.c_str());
        if (strategy.budget > 0)
            s.append_attribute("budget").set_value(static_cast<long long>(strategy.budget));
        writeText(s, "title", strategy.title);
        for (const Project& project : strategy.projects) {
            pugi::xml_node p = s.append_child("project");
            p.append_attribute("id").set_value(project.id.c_str());
            writeText(p, "title", project.title);
            writeText(p, "objective", project.objective);
            writeText(p, "target-group", project.targetGroup);
            for (const Indicator& indicator : project.indicators) {
                pugi::xml_node i = p.append_child("indicator");
                i.append_attribute("id").set_value(indicator.id.c_str());
                i.append_attribute("kind").set_value(indicator.kind.c_str());
                i.append_attribute("target").set_value(numberText(indicator.target).c_str());
                if (!indicator.unit.empty())
                    i.append_attribute("unit").set_value(indicator.unit.c_str());
                if (!indicator.standardIndicator.empty())
                    i.append_attribute("standard").set_value(indicator.standardIndicator.c_str());
                i.text().set(indicator.text.c_str());
            }
            writeText(p, "responsible", project.responsible);
            for (const std::string& agency : project.supporting)
                p.append_child("supporting").text().set(agency.c_str());
            for (const BudgetLine& line : project.budget) {
                pugi::xml_node b = p.append_child("budget");
                b.append_attribute("source").set_value(line.source.c_str());
                b.append_attribute("amount").set_value(static_cast<long long>(line.amount));
            }
            if (!project.months.empty()) {
                std::string months;
                for (int month : project.months)
                    months += (months.empty() ? "" : " ") + std::to_string(month);
                xml::setChildText(p, "months", months);
            }
        }
    }
    pugi::xml_node steps = root.append_child("steps");
    for (const Step& step : plan.steps) {
        pugi::xml_node s = steps.append_child("step");
        s.append_attribute("id").set_value(step.id.c_str());
        writeText(s, "title", step.title);
        writeText(s, "who", step.who);
    }
    for (const ProgressReport& report : plan.progress) {
        pugi::xml_node p = root.append_child("progress");
        p.append_attribute("id").set_value(report.id.c_str());
        p.append_attribute("quarter").set_value(report.quarter);
        if (!report.reported.empty())
            p.append_attribute("reported").set_value(report.reported.c_str());
        for (const IndicatorResult& result : report.results) {
            pugi::xml_node r = p.append_child("result");
            r.append_attribute("indicator").set_value(result.indicator.c_str());
            r.append_attribute("value").set_value(numberText(result.value).c_str());
            if (!result.note.empty())
                r.text().set(result.note.c_str());
        }
        for (const Spending& spending : report.spending) {
            pugi::xml_node s = p.append_child("spent");
            s.append_attribute("project").set_value(spending.project.c_str());
            s.append_attribute("amount").set_value(static_cast<long long>(spending.amount));
        }
        writeText(p, "problems", report.problems);
        writeText(p, "next", report.nextSteps);
    }
}

} // namespace sapha::plans
