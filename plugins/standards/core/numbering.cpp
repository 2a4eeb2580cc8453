// Sapha standards — numbers derived from order.
// SPDX-License-Identifier: MIT
#include "core/numbering.hpp"

#include <algorithm>

namespace sapha::standards {

namespace {

// Where an indicator's group comes: 0 for direct, 1 + the section's index.
std::size_t groupOf(const Component& component, const Indicator& indicator)
{
    for (std::size_t s = 0; s < component.sections.size(); ++s) {
        if (component.sections[s].id == indicator.section)
            return s + 1;
    }
    return 0;
}

} // namespace

void normalizeOrder(Component& component)
{
    for (Indicator& indicator : component.indicators) {
        if (groupOf(component, indicator) == 0)
            indicator.section.clear();
    }
    std::stable_sort(component.indicators.begin(), component.indicators.end(),
        [&](const Indicator& a, const Indicator& b) { return groupOf(component, a) < groupOf(component, b); });
}

std::size_t directIndicatorCount(const Component& component)
{
    return static_cast<std::size_t>(std::count_if(component.indicators.begin(), component.indicators.end(),
        [&](const Indicator& indicator) { return groupOf(component, indicator) == 0; }));
}

std::string sectionNumber(const Component& component, int componentNumber, std::size_t sectionIndex)
{
    return std::to_string(componentNumber) + "." + std::to_string(directIndicatorCount(component) + sectionIndex + 1);
}

std::string indicatorNumber(const Component& component, int componentNumber, std::size_t index)
{
    const Indicator& indicator = component.indicators.at(index);
    const std::size_t group = groupOf(component, indicator);
    // Its place among the indicators of its group, counted in the component's order.
    std::size_t place = 0;
    for (std::size_t i = 0; i <= index; ++i) {
        if (groupOf(component, component.indicators[i]) == group)
            ++place;
    }
    if (group == 0)
        return std::to_string(componentNumber) + "." + std::to_string(place);
    return sectionNumber(component, componentNumber, group - 1) + "." + std::to_string(place);
}

} // namespace sapha::standards
