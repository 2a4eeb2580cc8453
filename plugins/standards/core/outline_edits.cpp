// Sapha standards — the outline editor's operations on the model.
// SPDX-License-Identifier: MIT
#include "core/outline_edits.hpp"

#include <sapha/xml_io.hpp>

namespace sapha::standards {

namespace {

struct Place {
    std::size_t component = 0;
    std::size_t indicator = 0;
    bool isIndicator = false;
    bool found = false;
};

Place find(const Standard& standard, const std::string& id)
{
    for (std::size_t c = 0; c < standard.components.size(); ++c) {
        if (standard.components[c].id == id)
            return { c, 0, false, true };
        const auto& indicators = standard.components[c].indicators;
        for (std::size_t i = 0; i < indicators.size(); ++i) {
            if (indicators[i].id == id)
                return { c, i, true, true };
        }
    }
    return {};
}

Indicator newIndicator(const Standard& standard)
{
    Indicator indicator;
    indicator.id = xml::newElementId("ind");
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

} // namespace

std::string addIndicatorAfter(Standard& standard, const std::string& selectedId)
{
    if (standard.components.empty())
        return {};
    const Place place = find(standard, selectedId);
    Component& component = standard.components[place.found ? place.component : standard.components.size() - 1];
    const std::size_t at = place.found && place.isIndicator ? place.indicator + 1 : component.indicators.size();
    Indicator indicator = newIndicator(standard);
    const std::string id = indicator.id;
    component.indicators.insert(component.indicators.begin() + static_cast<long>(at), std::move(indicator));
    return id;
}

std::string addComponentAfter(Standard& standard, const std::string& selectedId)
{
    const Place place = find(standard, selectedId);
    Component component;
    component.id = xml::newElementId("comp");
    component.title = standard.language == "en" ? "New component" : "องค์ประกอบใหม่";
    const std::string id = component.id;
    const std::size_t at = place.found ? place.component + 1 : standard.components.size();
    standard.components.insert(standard.components.begin() + static_cast<long>(at), std::move(component));
    return id;
}

bool moveNode(Standard& standard, const std::string& id, int delta)
{
    const Place place = find(standard, id);
    if (!place.found || (delta != -1 && delta != 1))
        return false;
    auto& components = standard.components;
    if (!place.isIndicator) {
        const long target = static_cast<long>(place.component) + delta;
        if (target < 0 || target >= static_cast<long>(components.size()))
            return false;
        std::swap(components[place.component], components[static_cast<std::size_t>(target)]);
        return true;
    }
    auto& indicators = components[place.component].indicators;
    const long target = static_cast<long>(place.indicator) + delta;
    if (target >= 0 && target < static_cast<long>(indicators.size())) {
        std::swap(indicators[place.indicator], indicators[static_cast<std::size_t>(target)]);
        return true;
    }
    // Past the end of its component: into the neighbouring component, at the near end.
    const long neighbour = static_cast<long>(place.component) + delta;
    if (neighbour < 0 || neighbour >= static_cast<long>(components.size()))
        return false;
    Indicator moving = std::move(indicators[place.indicator]);
    indicators.erase(indicators.begin() + static_cast<long>(place.indicator));
    auto& into = components[static_cast<std::size_t>(neighbour)].indicators;
    into.insert(delta < 0 ? into.end() : into.begin(), std::move(moving));
    return true;
}

std::string duplicateNode(Standard& standard, const std::string& id)
{
    const Place place = find(standard, id);
    if (!place.found)
        return {};
    if (place.isIndicator) {
        auto& indicators = standard.components[place.component].indicators;
        Indicator copy = copyOf(indicators[place.indicator]);
        const std::string copyId = copy.id;
        indicators.insert(indicators.begin() + static_cast<long>(place.indicator) + 1, std::move(copy));
        return copyId;
    }
    Component copy = standard.components[place.component];
    copy.id = xml::newElementId("comp");
    copy.comments.clear();
    for (Indicator& indicator : copy.indicators)
        indicator = copyOf(indicator);
    const std::string copyId = copy.id;
    standard.components.insert(standard.components.begin() + static_cast<long>(place.component) + 1, std::move(copy));
    return copyId;
}

std::string removeNode(Standard& standard, const std::string& id)
{
    const Place place = find(standard, id);
    if (!place.found)
        return {};
    auto& components = standard.components;
    if (!place.isIndicator) {
        components.erase(components.begin() + static_cast<long>(place.component));
        if (components.empty())
            return {};
        return components[std::min(place.component, components.size() - 1)].id;
    }
    auto& indicators = components[place.component].indicators;
    indicators.erase(indicators.begin() + static_cast<long>(place.indicator));
    if (indicators.empty())
        return components[place.component].id;
    return indicators[std::min(place.indicator, indicators.size() - 1)].id;
}

} // namespace sapha::standards
