// Sapha standards — a standard taking an outline.
// SPDX-License-Identifier: MIT
#include "core/standard_from_outline.hpp"

#include <sapha/xml_io.hpp>

namespace sapha::standards {

void addOutline(Standard& standard, const Outline& outline)
{
    const bool english = standard.language == "en";
    for (const OutlineHeading& heading : outline.headings) {
        Component component;
        component.id = xml::newElementId("comp");
        component.title = heading.title;
        // Printed under the component's title in every export: where it came from in words a committee
        // reads (each indicator keeps the link itself, as its source).
        component.description = english ? "From the brainstorm \u201c" + outline.title + "\u201d"
                                         : "จากการระดมความคิด \u201c" + outline.title + "\u201d";
        for (const OutlineItem& item : heading.items) {
            Indicator indicator;
            indicator.id = xml::newElementId("ind");
            indicator.statement = item.text;
            indicator.source = item.source;
            indicator.levels = defaultLevels(standard.language);
            if (item.weight > 0)
                indicator.notes = english ? "Candidate: " + std::to_string(item.weight) + " votes in the session"
                                          : "ข้อเสนอจากการระดมความคิด ได้ " + std::to_string(item.weight) + " คะแนนโหวต";
            component.indicators.push_back(std::move(indicator));
        }
        standard.components.push_back(std::move(component));
    }
}

} // namespace sapha::standards
