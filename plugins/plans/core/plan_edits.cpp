// Sapha plans — the plan editor's outline operations.
// SPDX-License-Identifier: MIT
#include "core/plan_edits.hpp"

#include <algorithm>

#include <sapha/xml_io.hpp>

namespace sapha::plans {

namespace {

// Inserts `element` after the one whose id is `afterId` (at the end when none is) and returns its id.
template <typename Element>
std::string insertAfter(std::vector<Element>& elements, const std::string& afterId, Element element)
{
    auto at = std::find_if(elements.begin(), elements.end(), [&](const Element& e) { return e.id == afterId; });
    const std::string id = element.id;
    elements.insert(at == elements.end() ? elements.end() : at + 1, std::move(element));
    return id;
}

// Removes the element `id` from `elements`; the id of the one now in its place, or before it, or `parentId`.
template <typename Element>
bool eraseFrom(std::vector<Element>& elements, const std::string& id, const std::string& parentId, std::string& next)
{
    auto at = std::find_if(elements.begin(), elements.end(), [&](const Element& e) { return e.id == id; });
    if (at == elements.end())
        return false;
    const std::size_t index = static_cast<std::size_t>(at - elements.begin());
    elements.erase(at);
    next = index < elements.size() ? elements[index].id : index > 0 ? elements[index - 1].id : parentId;
    return true;
}

// Swaps the element `id` with its neighbour `delta` away; false when it is not in `elements` or at the end.
template <typename Element>
bool moveWithin(std::vector<Element>& elements, const std::string& id, int delta, bool& found)
{
    auto at = std::find_if(elements.begin(), elements.end(), [&](const Element& e) { return e.id == id; });
    if (at == elements.end())
        return false;
    found = true;
    const long index = at - elements.begin();
    const long target = index + delta;
    if (target < 0 || target >= static_cast<long>(elements.size()))
        return false;
    std::swap(elements[static_cast<std::size_t>(index)], elements[static_cast<std::size_t>(target)]);
    return true;
}

} // namespace

PlanPlace findInPlan(Plan& plan, const std::string& id)
{
    for (Strategy& strategy : plan.strategies) {
        if (strategy.id == id)
            return { &strategy };
        for (Project& project : strategy.projects) {
            if (project.id == id)
                return { &strategy, &project };
            for (Indicator& indicator : project.indicators)
                if (indicator.id == id)
                    return { &strategy, &project, &indicator };
        }
    }
    for (Step& step : plan.steps)
        if (step.id == id)
            return { nullptr, nullptr, nullptr, &step };
    for (ProgressReport& report : plan.progress)
        if (report.id == id)
            return { nullptr, nullptr, nullptr, nullptr, &report };
    return {};
}

std::string addStrategy(Plan& plan, const std::string& selectedId)
{
    const PlanPlace place = findInPlan(plan, selectedId);
    const bool english = plan.language == "en";
    Strategy strategy { xml::newElementId("str"),
        (english ? "Direction " : "แนวทางที่ ") + std::to_string(plan.strategies.size() + 1), 0, {} };
    return insertAfter(plan.strategies, place.strategy ? place.strategy->id : std::string(), std::move(strategy));
}

std::string addProject(Plan& plan, const std::string& selectedId)
{
    const PlanPlace place = findInPlan(plan, selectedId);
    Strategy* strategy = place.strategy ? place.strategy : plan.strategies.empty() ? nullptr : &plan.strategies.back();
    if (!strategy)
        return {};
    Project project;
    project.id = xml::newElementId("prj");
    project.title = (plan.language == "en" ? "Activity " : "กิจกรรมที่ ") + std::to_string(strategy->projects.size() + 1);
    project.months = fiscalMonths();
    return insertAfter(strategy->projects, place.project ? place.project->id : std::string(), std::move(project));
}

std::string addIndicator(Plan& plan, const std::string& selectedId)
{
    const PlanPlace place = findInPlan(plan, selectedId);
    if (!place.project)
        return {};
    Indicator indicator { xml::newElementId("ind"), "output", {}, 0, plan.language == "en" ? "people" : "คน", {} };
    return insertAfter(place.project->indicators, place.indicator ? place.indicator->id : std::string(), std::move(indicator));
}

std::string addStep(Plan& plan, const std::string& selectedId)
{
    const PlanPlace place = findInPlan(plan, selectedId);
    return insertAfter(plan.steps, place.step ? place.step->id : std::string(), Step { xml::newElementId("step"), {}, {} });
}

std::string addProgressReport(Plan& plan, const std::string& today)
{
    for (int quarter = 1; quarter <= 4; ++quarter) {
        const bool reported = std::any_of(plan.progress.begin(), plan.progress.end(),
            [&](const ProgressReport& report) { return report.quarter == quarter; });
        if (reported)
            continue;
        ProgressReport report;
        report.id = xml::newElementId("prg");
        report.quarter = quarter;
        report.reported = today;
        plan.progress.push_back(report);
        return report.id;
    }
    return {};
}

bool moveInPlan(Plan& plan, const std::string& id, int delta)
{
    bool found = false;
    bool moved = moveWithin(plan.strategies, id, delta, found);
    if (!found)
        moved = moveWithin(plan.steps, id, delta, found);
    for (std::size_t s = 0; !found && s < plan.strategies.size(); ++s) {
        Strategy& strategy = plan.strategies[s];
        moved = moveWithin(strategy.projects, id, delta, found);
        for (std::size_t p = 0; !found && p < strategy.projects.size(); ++p)
            moved = moveWithin(strategy.projects[p].indicators, id, delta, found);
    }
    return moved;
}

std::string removeFromPlan(Plan& plan, const std::string& id)
{
    std::string next;
    if (eraseFrom(plan.strategies, id, {}, next) || eraseFrom(plan.steps, id, {}, next)
        || eraseFrom(plan.progress, id, {}, next))
        return next;
    for (Strategy& strategy : plan.strategies) {
        if (eraseFrom(strategy.projects, id, strategy.id, next))
            return next;
        for (Project& project : strategy.projects)
            if (eraseFrom(project.indicators, id, project.id, next))
                return next;
    }
    return {};
}

} // namespace sapha::plans
