// Sapha minutes — the pieces every demo committee is built of.
// SPDX-License-Identifier: MIT
#include "core/demo_meetings.hpp"

#include <stdexcept>

namespace sapha::minutes {

std::vector<Person> attendanceFrom(const Roster& roster)
{
    std::vector<Person> people;
    for (const Member& member : roster.members) {
        Person person;
        person.id = "p-" + member.id.substr(2);
        person.memberId = member.id;
        person.name = member.name;
        person.position = member.position;
        person.role = member.role;
        people.push_back(std::move(person));
    }
    return people;
}

AgendaItem demoItem(std::string id, std::string title)
{
    AgendaItem item;
    item.id = std::move(id);
    item.title = std::move(title);
    return item;
}

std::vector<TemplateItem> officialAgendaTemplate()
{
    return {
        { "tpl-1", "เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ", {} },
        { "tpl-2", "เรื่องรับรองรายงานการประชุม", {} },
        { "tpl-3", "เรื่องสืบเนื่อง", {} },
        { "tpl-4", "เรื่องเพื่อทราบ", {} },
        { "tpl-5", "เรื่องเพื่อพิจารณา", {} },
        { "tpl-6", "เรื่องอื่น ๆ", {} },
    };
}

DemoRevision demoRevision(const IDocumentKind& kind, const IDocument& document, std::string message,
    const DemoSecretariat& secretariat, std::string isoTime)
{
    Result<std::string> xml = kind.save(document);
    if (!xml)
        throw std::runtime_error(xml.error().describe());
    return DemoRevision { xml.value(), std::move(message), secretariat.name, secretariat.email, std::move(isoTime) };
}

} // namespace sapha::minutes
