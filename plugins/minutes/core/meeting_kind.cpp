// Sapha minutes — the meeting kind: reading and writing the XML, the five-item template, checks.
// SPDX-License-Identifier: MIT
#include "core/meeting_kind.hpp"

#include "core/meeting_paper.hpp"

#include <stdexcept>

#include <sapha/thai_text.hpp>
#include <sapha/xml_io.hpp>

namespace sapha::minutes {

namespace {

constexpr int kFormatVersion = 1;

const char* attendanceName(Attendance attendance)
{
    switch (attendance) {
    case Attendance::Absent:
        return "absent";
    case Attendance::Attending:
        return "attending";
    case Attendance::Present:
    case Attendance::None:
        break;
    }
    return "present";
}

Result<Attendance> parseAttendance(std::string_view text)
{
    if (text.empty() || text == "present")
        return Attendance::Present;
    if (text == "absent")
        return Attendance::Absent;
    if (text == "attending")
        return Attendance::Attending;
    return Error { "attendance must be present, absent or attending, not \"" + std::string(text) + "\"", {} };
}

// The default agenda: the five items of common practice (DOMAIN.md).
std::vector<AgendaItem> defaultAgenda(const std::string& language)
{
    static const char* const kThai[] = { "เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ", "เรื่องรับรองรายงานการประชุม",
        "เรื่องสืบเนื่อง", "เรื่องเพื่อพิจารณา", "เรื่องอื่น ๆ" };
    static const char* const kEnglish[] = { "Announcements from the chair", "Adoption of the previous minutes",
        "Matters arising", "Matters for consideration", "Other matters" };
    std::vector<AgendaItem> agenda;
    for (int i = 0; i < 5; ++i) {
        AgendaItem item;
        item.id = xml::newElementId("item");
        item.title = language == "en" ? kEnglish[i] : kThai[i];
        agenda.push_back(std::move(item));
    }
    return agenda;
}

void writeText(pugi::xml_node& parent, const char* name, const std::string& text)
{
    if (!text.empty())
        xml::setChildText(parent, name, text);
}

void writeItem(pugi::xml_node& parent, const AgendaItem& item)
{
    pugi::xml_node node = parent.append_child("item");
    node.append_attribute("id").set_value(item.id.c_str());
    writeText(node, "title", item.title);
    writeText(node, "text", item.text);
    writeText(node, "resolution", item.resolution);
    for (const ActionItem& action : item.actions) {
        pugi::xml_node a = node.append_child("action");
        a.append_attribute("id").set_value(action.id.c_str());
        a.append_attribute("status").set_value(action.status.c_str());
        if (!action.due.empty())
            a.append_attribute("due").set_value(action.due.c_str());
        writeText(a, "task", action.task);
        writeText(a, "assignee", action.assignee);
    }
    for (const AgendaItem& child : item.children)
        writeItem(node, child);
}

Status readItem(const pugi::xml_node& node, const xml::Source& source, AgendaItem& item)
{
    if (Status hasId = source.requireAttribute(node, "id"); !hasId)
        return hasId;
    item.id = node.attribute("id").value();
    item.title = xml::childText(node, "title");
    item.text = xml::childText(node, "text");
    item.resolution = xml::childText(node, "resolution");
    for (pugi::xml_node a : node.children("action")) {
        if (Status hasId = source.requireAttribute(a, "id"); !hasId)
            return hasId;
        ActionItem action;
        action.id = a.attribute("id").value();
        action.status = a.attribute("status").as_string("open");
        action.due = a.attribute("due").value();
        action.task = xml::childText(a, "task");
        action.assignee = xml::childText(a, "assignee");
        item.actions.push_back(std::move(action));
    }
    for (pugi::xml_node child : node.children("item")) {
        AgendaItem sub;
        if (Status read = readItem(child, source, sub); !read)
            return read;
        item.children.push_back(std::move(sub));
    }
    return Status::ok();
}

void collectItems(const std::vector<AgendaItem>& items, const std::string& parentId, std::vector<int>& path,
    const std::string& language, ElementList& out)
{
    for (std::size_t i = 0; i < items.size(); ++i) {
        path.push_back(static_cast<int>(i) + 1);
        const AgendaItem& item = items[i];
        // Labels are bare numbers ("4.3"): the term in the reader's language goes before them.
        const std::string number = MeetingKind::numberLabel(path, "number");
        out.push_back({ item.id, parentId, "agenda item", number, item.title + "\n" + item.text, "ระเบียบวาระ" });
        if (!item.resolution.empty())
            out.push_back({ item.id + "/resolution", item.id, "resolution", number, item.resolution, "มติวาระ" });
        for (const ActionItem& action : item.actions)
            out.push_back({ action.id, item.id, "action item", action.assignee,
                action.task + "\n" + action.assignee + "\n" + action.due + "\n" + action.status, "งานที่มอบหมาย" });
        collectItems(item.children, item.id, path, language, out);
        path.pop_back();
    }
}

} // namespace

std::string MeetingKind::id() const noexcept
{
    return kId;
}

LocalizedText MeetingKind::displayName() const noexcept
{
    return { "รายงานการประชุม", "Minutes" };
}

std::string MeetingKind::fileSuffix() const noexcept
{
    return kSuffix;
}

std::string_view MeetingKind::rootElement() const
{
    return "meeting";
}

int MeetingKind::formatVersion() const
{
    return kFormatVersion;
}

std::string MeetingKind::numberLabel(const std::vector<int>& path, const std::string& language)
{
    std::string number;
    for (std::size_t i = 0; i < path.size(); ++i)
        number += (i ? "." : "") + std::to_string(path[i]);
    if (path.size() > 1 || language == "number")
        return number;
    return (language == "en" ? "Item " : "ระเบียบวาระที่ ") + number;
}

Meeting MeetingKind::makeNew(const NewDocumentOptions& options) const
{
    Meeting meeting;
    meeting.language = options.language == "en" ? "en" : "th";
    meeting.committee = options.title;
    thai::Date date = thai::today();
    if (!options.date.empty()) {
        Result<thai::Date> parsed = thai::parseIsoDate(options.date);
        if (!parsed)
            throw std::runtime_error(parsed.error().describe());
        date = parsed.value();
    }
    meeting.date = thai::toIsoDate(date);
    meeting.year = thai::buddhistYear(date.year);
    meeting.startTime = "09.30";
    meeting.agenda = defaultAgenda(meeting.language);
    return meeting;
}

Status MeetingKind::readModel(
    const pugi::xml_document& xml, std::string_view text, std::string_view sourceName, Meeting& meeting) const
{
    const xml::Source source { text, sourceName };
    const pugi::xml_node root = xml.document_element();
    meeting.language = root.attribute("language").as_string("th");
    meeting.thaiDigits = std::string_view(root.attribute("digits").as_string("arabic")) == "thai";
    meeting.committee = xml::childText(root, "committee");
    meeting.number = root.child("number").text().as_int(1);
    meeting.year = root.child("year").text().as_int(0);
    meeting.date = xml::childText(root, "date");
    meeting.venue = xml::childText(root, "venue");
    meeting.startTime = xml::childText(root, "start");
    meeting.endTime = xml::childText(root, "end");
    for (pugi::xml_node node : root.child("people").children("person")) {
        if (Status hasId = source.requireAttribute(node, "id"); !hasId)
            return hasId;
        Person person;
        person.id = node.attribute("id").value();
        Result<Attendance> attendance = parseAttendance(node.attribute("attendance").value());
        if (!attendance)
            return source.failureAt(node, attendance.error().message);
        person.attendance = attendance.value();
        person.role = node.attribute("role").value();
        person.name = xml::childText(node, "name");
        person.position = xml::childText(node, "position");
        person.absenceReason = xml::childText(node, "reason");
        person.substituteFor = xml::childText(node, "substitute-for");
        meeting.people.push_back(std::move(person));
    }
    for (pugi::xml_node node : root.child("agenda").children("item")) {
        AgendaItem item;
        if (Status read = readItem(node, source, item); !read)
            return read;
        meeting.agenda.push_back(std::move(item));
    }
    const pugi::xml_node signatures = root.child("signatures");
    meeting.recorder = { xml::childText(signatures.child("recorder"), "name"),
        xml::childText(signatures.child("recorder"), "position") };
    meeting.checker = { xml::childText(signatures.child("checker"), "name"),
        xml::childText(signatures.child("checker"), "position") };
    return Status::ok();
}

void MeetingKind::writeModel(const Meeting& meeting, pugi::xml_node& root) const
{
    root.append_attribute("language").set_value(meeting.language.c_str());
    root.append_attribute("digits").set_value(meeting.thaiDigits ? "thai" : "arabic");
    xml::setChildText(root, "committee", meeting.committee);
    xml::setChildText(root, "number", std::to_string(meeting.number));
    xml::setChildText(root, "year", std::to_string(meeting.year));
    xml::setChildText(root, "date", meeting.date);
    writeText(root, "venue", meeting.venue);
    writeText(root, "start", meeting.startTime);
    writeText(root, "end", meeting.endTime);
    pugi::xml_node people = root.append_child("people");
    for (const Person& person : meeting.people) {
        pugi::xml_node node = people.append_child("person");
        node.append_attribute("id").set_value(person.id.c_str());
        node.append_attribute("attendance").set_value(attendanceName(person.attendance));
        if (!person.role.empty())
            node.append_attribute("role").set_value(person.role.c_str());
        writeText(node, "name", person.name);
        writeText(node, "position", person.position);
        writeText(node, "reason", person.absenceReason);
        writeText(node, "substitute-for", person.substituteFor);
    }
    pugi::xml_node agenda = root.append_child("agenda");
    for (const AgendaItem& item : meeting.agenda)
        writeItem(agenda, item);
    pugi::xml_node signatures = root.append_child("signatures");
    pugi::xml_node recorder = signatures.append_child("recorder");
    writeText(recorder, "name", meeting.recorder.name);
    writeText(recorder, "position", meeting.recorder.position);
    pugi::xml_node checker = signatures.append_child("checker");
    writeText(checker, "name", meeting.checker.name);
    writeText(checker, "position", meeting.checker.position);
}

Findings MeetingKind::check(const Meeting& meeting) const
{
    Findings findings;
    if (meeting.committee.empty())
        findings.push_back({ Severity::Error, {}, "the committee name is missing", 0 });
    if (!thai::parseIsoDate(meeting.date))
        findings.push_back({ Severity::Error, {}, "the meeting date \"" + meeting.date + "\" is not a date (YYYY-MM-DD)", 0 });
    if (meeting.year <= 2400)
        findings.push_back({ Severity::Error, {}, "the year of the meeting number must be Buddhist Era (e.g. 2563)", 0 });
    if (meeting.agenda.empty())
        findings.push_back({ Severity::Warning, {}, "the meeting has no agenda items", 0 });
    for (const Person& person : meeting.people) {
        if (person.name.empty())
            findings.push_back({ Severity::Error, person.id, "a person without a name", 0 });
        if (person.attendance == Attendance::Absent && person.absenceReason.empty())
            findings.push_back({ Severity::Warning, person.id, person.name + " is absent without a reason", 0 });
    }
    if (meeting.recorder.name.empty())
        findings.push_back({ Severity::Warning, {}, "the minutes-taker (ผู้จดรายงานการประชุม) is not named", 0 });
    return findings;
}

std::string MeetingKind::titleOf(const Meeting& meeting) const
{
    return meeting.heading();
}

ElementList MeetingKind::elementsOf(const Meeting& meeting) const
{
    ElementList elements;
    // The heading fields as one element, so that a change to them is summarised too.
    elements.push_back({ "meeting", {}, "meeting details", {},
        meeting.committee + "\n" + std::to_string(meeting.number) + "/" + std::to_string(meeting.year) + "\n" + meeting.date
            + "\n" + meeting.venue + "\n" + meeting.startTime + "\n" + meeting.endTime + "\n" + meeting.recorder.name + "\n"
            + meeting.recorder.position + "\n" + meeting.checker.name + "\n" + meeting.checker.position,
        "รายละเอียดการประชุม" });
    for (const Person& person : meeting.people)
        elements.push_back({ person.id, {}, "person", person.name,
            person.name + "\n" + person.position + "\n" + person.role + "\n" + attendanceName(person.attendance) + "\n"
                + person.absenceReason,
            "ผู้เข้าประชุม" });
    std::vector<int> path;
    collectItems(meeting.agenda, {}, path, meeting.language, elements);
    return elements;
}

exporting::Document MeetingKind::buildExport(const Meeting& meeting) const
{
    return meetingPaper(meeting);
}

} // namespace sapha::minutes
