// Sapha standards — the outline editor's operations on the model.
// SPDX-License-Identifier: MIT
#include "core/outline_edits.hpp"

#include <algorithm>
#include <map>

#include <sapha/xml_io.hpp>

#include "core/numbering.hpp"

namespace sapha::standards {

namespace {

enum class Kind { None, Component, Section, Indicator };

struct Place {
    Kind kind = Kind::None;
    std::size_t component = 0;
    std::size_t index = 0; // in sections or indicators
};

Place find(const Standard& standard, const std::string& id)
{
    for (std::size_t c = 0; c < standard.components.size(); ++c) {
        const Component& component = standard.components[c];
        if (component.id == id)
            return { Kind::Component, c, 0 };
        for (std::size_t s = 0; s < component.sections.size(); ++s) {
            if (component.sections[s].id == id)
                return { Kind::Section, c, s };
        }
        for (std::size_t i = 0; i < component.indicators.size(); ++i) {
            if (component.indicators[i].id == id)
                return { Kind::Indicator, c, i };
        }
    }
    return {};
}

Indicator newIndicator(const Standard& standard, const std::string& section)
{
    Indicator indicator;
    indicator.id = xml::newElementId("ind");
    indicator.section = section;
    indicator.levels = defaultLevels(standard.language);
    return indicator;
}

Indicator copyOf(const Indicator& indicator)
{
    Indicator copy = indicator;
    copy.id = xml::newElementId("ind");
    copy.code.clear(); // codes are unique: the copy gets its own
    copy.comments.clear();
    return copy;
}

// The groups an indicator can be in, in outline order: each component's direct group, then its sections.
struct Group {
    std::size_t component;
    std::string section;
};

std::vector<Group> groupsOf(const Standard& standard)
{
    std::vector<Group> groups;
    for (std::size_t c = 0; c < standard.components.size(); ++c) {
        groups.push_back({ c, {} });
        for (const Section& section : standard.components[c].sections)
            groups.push_back({ c, section.id });
    }
    return groups;
}

// Takes the indicator out of its component and puts it in `target` at the start or the end of its group.
void place(Standard& standard, const Place& from, const Group& target, bool atStart)
{
    Indicator moving = std::move(standard.components[from.component].indicators[from.index]);
    auto& source = standard.components[from.component].indicators;
    source.erase(source.begin() + static_cast<long>(from.index));
    moving.section = target.section;
    Component& component = standard.components[target.component];
    auto& into = component.indicators;
    // The group's first or last position in the flat (normalized) list.
    std::size_t at = atStart ? into.size() : 0;
    bool seen = false;
    for (std::size_t i = 0; i < into.size(); ++i) {
        if (into[i].section != target.section)
            continue;
        if (atStart && !seen)
            at = i;
        if (!atStart)
            at = i + 1;
        seen = true;
    }
    if (!seen) // an empty group: its place comes from normalizing
        at = into.size();
    into.insert(into.begin() + static_cast<long>(at), std::move(moving));
    normalizeOrder(component);
}

} // namespace

std::string addIndicatorAfter(Standard& standard, const std::string& selectedId)
{
    if (standard.components.empty())
        return {};
    const Place found = find(standard, selectedId);
    const std::size_t c = found.kind == Kind::None ? standard.components.size() - 1 : found.component;
    Component& component = standard.components[c];
    std::string section;
    std::size_t at = component.indicators.size();
    if (found.kind == Kind::Indicator) {
        section = component.indicators[found.index].section;
        at = found.index + 1;
    } else if (found.kind == Kind::Section) {
        section = component.sections[found.index].id;
    } else if (found.kind == Kind::Component) {
        at = directIndicatorCount(component); // last among the component's own indicators
    }
    Indicator indicator = newIndicator(standard, section);
    const std::string id = indicator.id;
    component.indicators.insert(component.indicators.begin() + static_cast<long>(at), std::move(indicator));
    normalizeOrder(component);
    return id;
}

std::string addComponentAfter(Standard& standard, const std::string& selectedId)
{
    const Place found = find(standard, selectedId);
    Component component;
    component.id = xml::newElementId("comp");
    component.title = standard.language == "en" ? "New component" : "องค์ประกอบใหม่";
    const std::string id = component.id;
    const std::size_t at = found.kind != Kind::None ? found.component + 1 : standard.components.size();
    standard.components.insert(standard.components.begin() + static_cast<long>(at), std::move(component));
    return id;
}

std::string addSectionAfter(Standard& standard, const std::string& selectedId)
{
    if (standard.components.empty())
        return {};
    const Place found = find(standard, selectedId);
    Component& component = standard.components[found.kind == Kind::None ? standard.components.size() - 1 : found.component];
    std::size_t at = component.sections.size();
    if (found.kind == Kind::Section) {
        at = found.index + 1;
    } else if (found.kind == Kind::Indicator) {
        const std::string& in = component.indicators[found.index].section;
        for (std::size_t s = 0; s < component.sections.size(); ++s) {
            if (component.sections[s].id == in)
                at = s + 1;
        }
        if (in.empty())
            at = 0;
    }
    Section section;
    section.id = xml::newElementId("sect");
    section.title = standard.language == "en" ? "New standard" : "มาตรฐานใหม่";
    const std::string id = section.id;
    component.sections.insert(component.sections.begin() + static_cast<long>(at), std::move(section));
    normalizeOrder(component);
    return id;
}

bool moveNode(Standard& standard, const std::string& id, int delta)
{
    const Place found = find(standard, id);
    if (found.kind == Kind::None || (delta != -1 && delta != 1))
        return false;
    auto& components = standard.components;
    if (found.kind == Kind::Component) {
        const long target = static_cast<long>(found.component) + delta;
        if (target < 0 || target >= static_cast<long>(components.size()))
            return false;
        std::swap(components[found.component], components[static_cast<std::size_t>(target)]);
        return true;
    }
    Component& component = components[found.component];
    if (found.kind == Kind::Section) {
        const long target = static_cast<long>(found.index) + delta;
        if (target < 0 || target >= static_cast<long>(component.sections.size()))
            return false;
        std::swap(component.sections[found.index], component.sections[static_cast<std::size_t>(target)]);
        normalizeOrder(component);
        return true;
    }
    // An indicator: past its neighbour in the same group, else into the neighbouring group.
    auto& indicators = component.indicators;
    const std::string& section = indicators[found.index].section;
    const long neighbour = static_cast<long>(found.index) + delta;
    if (neighbour >= 0 && neighbour < static_cast<long>(indicators.size())
        && indicators[static_cast<std::size_t>(neighbour)].section == section) {
        std::swap(indicators[found.index], indicators[static_cast<std::size_t>(neighbour)]);
        return true;
    }
    const std::vector<Group> groups = groupsOf(standard);
    std::size_t mine = 0;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        if (groups[g].component == found.component && groups[g].section == section)
            mine = g;
    }
    const long target = static_cast<long>(mine) + delta;
    if (target < 0 || target >= static_cast<long>(groups.size()))
        return false;
    place(standard, found, groups[static_cast<std::size_t>(target)], delta > 0);
    return true;
}

bool indentNode(Standard& standard, const std::string& id)
{
    const Place found = find(standard, id);
    if (found.kind != Kind::Indicator)
        return false;
    Component& component = standard.components[found.component];
    if (!component.indicators[found.index].section.empty())
        return false; // already in a section: three levels are the most
    if (component.sections.empty()) {
        Section section;
        section.id = xml::newElementId("sect");
        section.title = standard.language == "en" ? "New standard" : "มาตรฐานใหม่";
        component.sections.push_back(std::move(section));
    }
    place(standard, found, { found.component, component.sections.front().id }, true);
    return true;
}

bool outdentNode(Standard& standard, const std::string& id)
{
    const Place found = find(standard, id);
    if (found.kind != Kind::Indicator || standard.components[found.component].indicators[found.index].section.empty())
        return false;
    place(standard, found, { found.component, {} }, false);
    return true;
}

std::string duplicateNode(Standard& standard, const std::string& id)
{
    const Place found = find(standard, id);
    if (found.kind == Kind::None)
        return {};
    if (found.kind == Kind::Indicator) {
        auto& indicators = standard.components[found.component].indicators;
        Indicator copy = copyOf(indicators[found.index]);
        const std::string copyId = copy.id;
        indicators.insert(indicators.begin() + static_cast<long>(found.index) + 1, std::move(copy));
        return copyId;
    }
    if (found.kind == Kind::Section) {
        Component& component = standard.components[found.component];
        Section copy = component.sections[found.index];
        copy.id = xml::newElementId("sect");
        copy.comments.clear();
        std::vector<Indicator> copies;
        for (const Indicator& indicator : component.indicators) {
            if (indicator.section == component.sections[found.index].id) {
                copies.push_back(copyOf(indicator));
                copies.back().section = copy.id;
            }
        }
        const std::string copyId = copy.id;
        component.sections.insert(component.sections.begin() + static_cast<long>(found.index) + 1, std::move(copy));
        component.indicators.insert(component.indicators.end(), copies.begin(), copies.end());
        normalizeOrder(component);
        return copyId;
    }
    Component copy = standard.components[found.component];
    copy.id = xml::newElementId("comp");
    copy.comments.clear();
    std::map<std::string, std::string> sectionIds;
    for (Section& section : copy.sections) {
        const std::string fresh = xml::newElementId("sect");
        sectionIds[section.id] = fresh;
        section.id = fresh;
        section.comments.clear();
    }
    for (Indicator& indicator : copy.indicators) {
        indicator = copyOf(indicator);
        if (!indicator.section.empty())
            indicator.section = sectionIds[indicator.section];
    }
    const std::string copyId = copy.id;
    standard.components.insert(standard.components.begin() + static_cast<long>(found.component) + 1, std::move(copy));
    return copyId;
}

std::string removeNode(Standard& standard, const std::string& id)
{
    const Place found = find(standard, id);
    auto& components = standard.components;
    switch (found.kind) {
    case Kind::None:
        return {};
    case Kind::Component:
        components.erase(components.begin() + static_cast<long>(found.component));
        if (components.empty())
            return {};
        return components[std::min(found.component, components.size() - 1)].id;
    case Kind::Section: {
        // A section goes with its indicators, as a component does.
        Component& component = components[found.component];
        const std::string gone = component.sections[found.index].id;
        std::erase_if(component.indicators, [&](const Indicator& indicator) { return indicator.section == gone; });
        component.sections.erase(component.sections.begin() + static_cast<long>(found.index));
        if (component.sections.empty())
            return component.id;
        return component.sections[std::min(found.index, component.sections.size() - 1)].id;
    }
    case Kind::Indicator:
        break;
    }
    Component& component = components[found.component];
    auto& indicators = component.indicators;
    const std::string section = indicators[found.index].section;
    indicators.erase(indicators.begin() + static_cast<long>(found.index));
    // The next indicator of the same group, else the previous, else what held it.
    for (std::size_t i = found.index; i < indicators.size(); ++i) {
        if (indicators[i].section == section)
            return indicators[i].id;
    }
    for (std::size_t i = found.index; i-- > 0;) {
        if (indicators[i].section == section)
            return indicators[i].id;
    }
    return section.empty() ? component.id : section;
}

} // namespace sapha::standards
