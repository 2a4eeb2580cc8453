// Sapha — a one-line summary of structural change, computed from element ids.
// SPDX-License-Identifier: MIT
#include <sapha/element_info.hpp>

#include <map>

namespace sapha {

namespace {

std::string describe(const ElementInfo& element)
{
    std::string name = element.type;
    if (!element.label.empty())
        name += " " + element.label;
    return name;
}

void appendPart(std::string& summary, const std::string& part)
{
    if (!summary.empty())
        summary += "; ";
    summary += part;
}

} // namespace

std::string summarizeElementChanges(const ElementList& before, const ElementList& after)
{
    std::map<std::string, const ElementInfo*> oldById;
    for (const ElementInfo& element : before)
        oldById[element.id] = &element;

    std::string summary;
    constexpr std::size_t kMaxParts = 6;
    std::size_t parts = 0;
    std::size_t omitted = 0;
    auto add = [&](const std::string& part) {
        if (parts++ < kMaxParts)
            appendPart(summary, part);
        else
            ++omitted;
    };

    std::map<std::string, bool> seen;
    for (const ElementInfo& element : after) {
        seen[element.id] = true;
        auto old = oldById.find(element.id);
        if (old == oldById.end()) {
            add("added " + describe(element));
            continue;
        }
        const ElementInfo& previous = *old->second;
        if (previous.text != element.text)
            add("changed " + describe(element));
        else if (previous.parentId != element.parentId)
            add("moved " + describe(element));
    }
    for (const ElementInfo& element : before) {
        if (!seen.count(element.id))
            add("removed " + describe(element));
    }
    if (omitted > 0)
        appendPart(summary, "and " + std::to_string(omitted) + " more");
    return summary.empty() ? "no structural change" : summary;
}

} // namespace sapha
