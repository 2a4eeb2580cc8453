// Sapha minutes — the meeting kind: reading and writing the XML, the five-item template, checks.
// SPDX-License-Identifier: MIT
#include "core/meeting_kind.hpp"

#include "core/committee_meetings.hpp"
#include "core/meeting_paper.hpp"
#include "core/quorum_rule.hpp"
#include "core/roster_kind.hpp"

#include <sstream>
#include <stdexcept>

#include <sapha/localized_text.hpp>
#include <sapha/message_language.hpp>
#include <sapha/thai_text.hpp>
#include <sapha/typed_date.hpp>
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

// Attendance and an action's status as a reader of `language` says them (the file keeps the codes).
std::string attendanceInWords(Attendance attendance, const std::string& language)
{
    const bool thai = language != "en";
    switch (attendance) {
    case Attendance::Absent:
        return thai ? "ไม่มาประชุม" : "absent";
    case Attendance::Attending:
        return thai ? "ผู้เข้าร่วมประชุม" : "attending";
    case Attendance::Present:
    case Attendance::None:
        break;
    }
    return thai ? "มาประชุม" : "present";
}

std::string actionStatusInWords(const std::string& status, const std::string& language)
{
    const bool thai = language != "en";
    if (status == "open")
        return thai ? "ยังไม่แล้วเสร็จ" : "open";
    if (status == "done")
        return thai ? "แล้วเสร็จ" : "done";
    return status;
}

Result<Attendance> parseAttendance(std::string_view text)
{
    if (text.empty() || text == "present")
        return Attendance::Present;
    if (text == "absent")
        return Attendance::Absent;
    if (text == "attending")
        return Attendance::Attending;
    return Error { localized("การมาประชุมต้องเป็น \"present\", \"absent\" หรือ \"attending\" ไม่ใช่ \"" + std::string(text) + "\"",
                       "attendance must be present, absent or attending, not \"" + std::string(text) + "\""),
        {} };
}

// Words the regulation on correspondence replaces (DOMAIN.md): what is written, what to write.
struct Replacement {
    const char* found;
    const char* use;
    const char* unlessAfter; // not a finding when the match ends a longer correct phrase
};
constexpr Replacement kReplacements[] = {
    { "บันทึกการประชุม", "รายงานการประชุม", nullptr },
    { "เปิดประชุมเวลา", "เริ่มประชุมเวลา", nullptr },
    { "ปิดประชุมเวลา", "เลิกประชุมเวลา", "เ" }, // not the end of "เปิดประชุมเวลา"
    { "ผู้บันทึกรายงานการประชุม", "ผู้จดรายงานการประชุม", nullptr },
    { "ผู้ที่ไม่เข้าประชุม", "ผู้ไม่มาประชุม", nullptr },
    { "วาระการประชุม", "ระเบียบวาระการประชุม", "ระเบียบ" },
};

// A warning for each word of `text` the regulation replaces, located at `where`.
void checkWording(const std::string& text, const std::string& where, std::string_view language, Findings& findings)
{
    for (const Replacement& replacement : kReplacements) {
        const std::string found = replacement.found;
        for (std::size_t at = text.find(found); at != std::string::npos; at = text.find(found, at + found.size())) {
            if (replacement.unlessAfter) {
                const std::string before = replacement.unlessAfter;
                if (at >= before.size() && text.compare(at - before.size(), before.size(), before) == 0)
                    continue;
            }
            const std::string use = replacement.use;
            findings.push_back({ Severity::Warning, where,
                inLanguage(language, "ใช้คำว่า \"" + use + "\" แทน \"" + found + "\" (ระเบียบงานสารบรรณ)",
                    "write \"" + use + "\", not \"" + found + "\" (ระเบียบงานสารบรรณ)"),
                0 });
            break;
        }
    }
}

// Items under "เรื่องเพื่อพิจารณา" are decided: each needs a resolution.
bool isForDecision(const std::string& title)
{
    return title.find("เพื่อพิจารณา") != std::string::npos || title.find("onsideration") != std::string::npos;
}

// The item is named as the document names it (`documentLanguage`); the findings' messages are in the
// reader's `language`.
void checkItem(const AgendaItem& item, std::vector<int>& path, bool forDecision, std::string_view documentLanguage,
    std::string_view language, int membersPresent, Findings& findings)
{
    const bool inThai = language == "th";
    const std::string label = (documentLanguage == "en" ? "Item " : "ระเบียบวาระที่ ") + MeetingKind::numberLabel(path, "number");
    if (forDecision && item.children.empty() && item.resolution.empty())
        findings.push_back({ Severity::Warning, item.id,
            inThai ? label + " เป็นเรื่องเพื่อพิจารณาแต่ยังไม่มีมติที่ประชุม" : label + " is for decision but has no resolution (มติที่ประชุม)", 0 });
    for (const Attachment& attachment : item.attachments) {
        if (attachment.title.empty())
            findings.push_back({ Severity::Warning, item.id,
                inThai ? label + ": สิ่งที่ส่งมาด้วย " + attachment.reference + " ไม่มีชื่อเรื่อง"
                     : label + ": the attachment " + attachment.reference + " has no title",
                0 });
    }
    for (const StatTable& table : item.tables) {
        for (const Breakdown& breakdown : table.breakdowns) {
            if (breakdown.sum() != table.total) {
                const std::string sum = std::to_string(breakdown.sum());
                const std::string total = std::to_string(table.total);
                findings.push_back({ Severity::Warning, table.id,
                    inThai ? label + " ตาราง \"" + table.title + "\": \"" + breakdown.name + "\" รวมได้ " + sum
                            + " ไม่ตรงกับยอดรวม " + total
                         : label + ", table \"" + table.title + "\": \"" + breakdown.name + "\" adds up to " + sum
                            + ", not the total " + total,
                    0 });
            }
        }
    }
    for (const ActionItem& action : item.actions) {
        if (std::optional<std::string> problem = action.due.empty() ? std::nullopt : thai::storedDateProblem(action.due, language))
            findings.push_back({ Severity::Error, action.id,
                inThai ? label + ": วันครบกำหนด \"" + action.due + "\" ของงาน \"" + action.task + "\" " + *problem
                     : label + ": the due date \"" + action.due + "\" of \"" + action.task + "\" " + *problem,
                0 });
    }
    if (item.vote && item.resolution.empty())
        findings.push_back({ Severity::Warning, item.id,
            inThai ? label + " มีผลการลงคะแนนแต่ไม่มีมติ" : label + " records a vote but no resolution", 0 });
    if (item.vote && membersPresent > 0) {
        const int voters = item.vote->inFavour + item.vote->against + item.vote->abstaining;
        if (voters > membersPresent)
            findings.push_back({ Severity::Warning, item.id,
                inThai ? label + ": ลงคะแนน " + std::to_string(voters) + " เสียง แต่มีกรรมการมาประชุมเพียง "
                        + std::to_string(membersPresent) + " คน"
                     : label + ": " + std::to_string(voters) + " votes, but only " + std::to_string(membersPresent)
                        + " members are present",
                0 });
    }
    checkWording(item.title, item.id, language, findings);
    checkWording(item.text, item.id, language, findings);
    checkWording(item.resolution, item.id, language, findings);
    for (std::size_t i = 0; i < item.children.size(); ++i) {
        path.push_back(static_cast<int>(i) + 1);
        checkItem(item.children[i], path, forDecision, documentLanguage, language, membersPresent, findings);
        path.pop_back();
    }
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
    for (const Attachment& attachment : item.attachments) {
        pugi::xml_node a = node.append_child("attachment");
        a.append_attribute("href").set_value(attachment.reference.c_str());
        a.text().set(attachment.title.c_str());
    }
    writeText(node, "resolution", item.resolution);
    if (item.vote) {
        pugi::xml_node resolution = node.child("resolution") ? node.child("resolution") : node.append_child("resolution");
        resolution.append_attribute("for").set_value(item.vote->inFavour);
        resolution.append_attribute("against").set_value(item.vote->against);
        resolution.append_attribute("abstain").set_value(item.vote->abstaining);
    }
    for (const ItemLink& link : item.links) {
        pugi::xml_node l = node.append_child("link");
        l.append_attribute("relation").set_value(link.relation.c_str());
        l.append_attribute("document").set_value(link.document.c_str());
        l.append_attribute("version").set_value(link.version.c_str());
    }
    for (const StatTable& table : item.tables) {
        pugi::xml_node t = node.append_child("table");
        t.append_attribute("id").set_value(table.id.c_str());
        t.append_attribute("total").set_value(static_cast<long long>(table.total));
        if (!table.unit.empty())
            t.append_attribute("unit").set_value(table.unit.c_str());
        writeText(t, "title", table.title);
        for (const Breakdown& breakdown : table.breakdowns) {
            pugi::xml_node b = t.append_child("breakdown");
            b.append_attribute("name").set_value(breakdown.name.c_str());
            for (const auto& [label, value] : breakdown.rows) {
                pugi::xml_node row = b.append_child("row");
                row.append_attribute("label").set_value(label.c_str());
                row.append_attribute("value").set_value(static_cast<long long>(value));
            }
        }
    }
    for (const ActionItem& action : item.actions) {
        pugi::xml_node a = node.append_child("action");
        a.append_attribute("id").set_value(action.id.c_str());
        a.append_attribute("status").set_value(action.status.c_str());
        if (!action.due.empty())
            a.append_attribute("due").set_value(action.due.c_str());
        if (!action.origin.empty())
            a.append_attribute("origin").set_value(action.origin.c_str());
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
    if (pugi::xml_node resolution = node.child("resolution"); resolution && resolution.attribute("for")) {
        item.vote = Vote { resolution.attribute("for").as_int(), resolution.attribute("against").as_int(),
            resolution.attribute("abstain").as_int() };
        if (item.vote->inFavour < 0 || item.vote->against < 0 || item.vote->abstaining < 0)
            return source.failureAt(resolution, localized("จำนวนเสียงติดลบไม่ได้", "a vote count cannot be negative"));
    }
    for (pugi::xml_node a : node.children("attachment")) {
        Attachment attachment { a.text().get(), a.attribute("href").value() };
        if (attachment.reference.empty())
            return source.failureAt(a, localized("สิ่งที่แนบต้องมี href: แฟ้ม ฉบับ หรือที่อยู่เว็บที่อ้างถึง",
                                       "an attachment needs href: the file, version or web address it refers to"));
        item.attachments.push_back(std::move(attachment));
    }
    for (pugi::xml_node l : node.children("link")) {
        ItemLink link { l.attribute("relation").value(), l.attribute("document").value(), l.attribute("version").value() };
        if (link.relation != "approves" && link.relation != "certifies")
            return source.failureAt(l, localized("ความสัมพันธ์ของลิงก์ต้องเป็น \"approves\" หรือ \"certifies\" ไม่ใช่ \"" + link.relation + "\"",
                                       "a link's relation must be approves or certifies, not \"" + link.relation + "\""));
        if (link.document.empty() || link.version.empty())
            return source.failureAt(l, localized("ลิงก์ต้องระบุเอกสารและฉบับที่อ้างถึง", "a link needs the document and the version it refers to"));
        item.links.push_back(std::move(link));
    }
    for (pugi::xml_node t : node.children("table")) {
        if (Status hasId = source.requireAttribute(t, "id"); !hasId)
            return hasId;
        StatTable table;
        table.id = t.attribute("id").value();
        table.total = t.attribute("total").as_llong(0);
        table.unit = t.attribute("unit").value();
        table.title = xml::childText(t, "title");
        for (pugi::xml_node b : t.children("breakdown")) {
            Breakdown breakdown;
            breakdown.name = b.attribute("name").value();
            for (pugi::xml_node row : b.children("row"))
                breakdown.rows.emplace_back(row.attribute("label").value(), row.attribute("value").as_llong(0));
            table.breakdowns.push_back(std::move(breakdown));
        }
        item.tables.push_back(std::move(table));
    }
    for (pugi::xml_node a : node.children("action")) {
        if (Status hasId = source.requireAttribute(a, "id"); !hasId)
            return hasId;
        ActionItem action;
        action.id = a.attribute("id").value();
        action.status = a.attribute("status").as_string("open");
        action.due = a.attribute("due").value();
        action.origin = a.attribute("origin").value();
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
        std::vector<ElementField> fields { { { "เรื่อง", "Title" }, item.title }, { { "รายละเอียด", "Discussion" }, item.text } };
        if (!item.attachments.empty()) {
            std::string attachments;
            for (const Attachment& attachment : item.attachments)
                attachments += (attachments.empty() ? "" : "\n") + attachment.title + " <" + attachment.reference + ">";
            fields.push_back({ { "สิ่งที่ส่งมาด้วย", "Attachments" }, attachments });
        }
        out.push_back(labelledElement(item.id, parentId, "agenda item", number, "ระเบียบวาระ", std::move(fields)));
        if (!item.resolution.empty() || !item.links.empty()) {
            std::vector<ElementField> decided { { { "มติ", "Resolution" }, item.resolution } };
            std::string links;
            for (const ItemLink& link : item.links)
                links += (links.empty() ? "" : "\n") + link.relation + " " + link.document + " @ " + link.version;
            if (!links.empty())
                decided.push_back({ { "เอกสารที่เกี่ยวข้อง", "Documents" }, links });
            out.push_back(labelledElement(item.id + "/resolution", item.id, "resolution", number, "มติวาระ", std::move(decided)));
        }
        for (const ActionItem& action : item.actions)
            out.push_back(labelledElement(action.id, item.id, "action item", action.assignee, "งานที่มอบหมาย",
                { { { "งาน", "Task" }, action.task }, { { "ผู้รับผิดชอบ", "Assignee" }, action.assignee },
                    { { "กำหนดเสร็จ", "Due" }, action.due },
                    { { "สถานะ", "Status" }, actionStatusInWords(action.status, language) } }));
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

std::vector<NewDocumentQuestion> MeetingKind::newDocumentQuestions(
    const IWorkspaceView& workspace, std::string_view /*language: the prompt carries both*/) const noexcept
{
    try {
        const std::vector<std::string> rosters = workspace.documents(RosterKind::kSuffix);
        if (rosters.size() < 2)
            return {}; // none: a meeting of no roster; one: that committee's
        NewDocumentQuestion question;
        question.parameter = "committee";
        question.prompt = { "รายงานการประชุมของคณะกรรมการใด", "Which committee is the meeting of?" };
        for (const std::string& path : rosters)
            question.choices.push_back({ path, committeeNameOf(workspace, path) });
        return { question };
    } catch (const std::exception&) {
        return {};
    }
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
    meeting.agenda = agendaFromTemplate(defaultAgendaTemplate(meeting.language));
    if (options.workspace) {
        auto committee = options.parameters.find("committee");
        startFromCommittee(meeting, *options.workspace, committee == options.parameters.end() ? "" : committee->second);
    }
    return meeting;
}

Status MeetingKind::readModel(
    const pugi::xml_document& xml, std::string_view text, std::string_view sourceName, Meeting& meeting) const
{
    const xml::Source source { text, sourceName };
    const pugi::xml_node root = xml.document_element();
    meeting.language = root.attribute("language").as_string("th");
    meeting.thaiDigits = std::string_view(root.attribute("digits").as_string("arabic")) == "thai";
    const std::optional<MinutesStatus> status = parseStatus(root.attribute("status").as_string("draft"));
    if (!status)
        return source.failureAt(root, localized("สถานะต้องเป็น \"draft\", \"circulated\", \"certified\" หรือ \"frozen\"", "status must be draft, circulated, certified or frozen"));
    meeting.status = *status;
    meeting.committee = xml::childText(root, "committee");
    meeting.roster = root.child("committee").attribute("roster").value();
    if (Status quorum = readQuorumRule(root, source, meeting.quorumNumerator, meeting.quorumDenominator); !quorum)
        return quorum;
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
        person.memberId = node.attribute("member").value();
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
    root.append_attribute("status").set_value(statusName(meeting.status));
    xml::setChildText(root, "committee", meeting.committee);
    if (!meeting.roster.empty())
        root.child("committee").append_attribute("roster").set_value(meeting.roster.c_str());
    writeQuorumRule(root, meeting.quorumNumerator, meeting.quorumDenominator);
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
        if (!person.memberId.empty())
            node.append_attribute("member").set_value(person.memberId.c_str());
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

Findings MeetingKind::check(const Meeting& meeting, std::string_view language) const
{
    const bool inThai = language == "th";
    Findings findings;
    if (meeting.committee.empty())
        findings.push_back({ Severity::Error, {}, inLanguage(language, "ยังไม่มีชื่อคณะกรรมการ", "the committee name is missing"), 0 });
    if (std::optional<std::string> problem = thai::storedDateProblem(meeting.date, language))
        findings.push_back({ Severity::Error, {},
            inLanguage(language, "วันที่ประชุม \"" + meeting.date + "\" " + *problem, "the meeting date \"" + meeting.date + "\" " + *problem), 0 });
    if (meeting.year <= 2400)
        findings.push_back({ Severity::Error, {},
            inLanguage(language, "ปีของครั้งที่ประชุมต้องเป็นพุทธศักราช (เช่น 2563)", "the year of the meeting number must be Buddhist Era (e.g. 2563)"), 0 });
    if (meeting.agenda.empty())
        findings.push_back({ Severity::Warning, {}, inLanguage(language, "ยังไม่มีระเบียบวาระการประชุม", "the meeting has no agenda items"), 0 });
    for (const Person& person : meeting.people) {
        if (person.name.empty())
            findings.push_back({ Severity::Error, person.id, inLanguage(language, "มีผู้ประชุมที่ไม่มีชื่อ", "a person without a name"), 0 });
        if (person.attendance == Attendance::Absent && person.absenceReason.empty())
            findings.push_back({ Severity::Warning, person.id,
                inThai ? person.name + " ไม่มาประชุมโดยไม่ระบุเหตุผล" : person.name + " is absent without a reason", 0 });
    }
    if (meeting.recorder.name.empty())
        findings.push_back({ Severity::Warning, {},
            inLanguage(language, "ยังไม่ระบุผู้จดรายงานการประชุม", "the minutes-taker (ผู้จดรายงานการประชุม) is not named"), 0 });
    if (meeting.memberCount() > 0 && !meeting.hasQuorum()) {
        const std::string present = std::to_string(meeting.membersPresent());
        const std::string members = std::to_string(meeting.memberCount());
        const std::string needed = std::to_string(meeting.quorum());
        findings.push_back({ Severity::Warning, {},
            inThai ? "ไม่ครบองค์ประชุม: กรรมการมาประชุม " + present + " จาก " + members + " คน ต้องมีอย่างน้อย " + needed + " คน"
                 : "no quorum: " + present + " of " + members + " members present, at least " + needed + " needed",
            0 });
    }
    std::vector<int> path;
    for (std::size_t i = 0; i < meeting.agenda.size(); ++i) {
        path.assign(1, static_cast<int>(i) + 1);
        const AgendaItem& item = meeting.agenda[i];
        checkItem(item, path, isForDecision(item.title), meeting.language, language, meeting.membersPresent(), findings);
    }
    checkWording(meeting.committee, "meeting", language, findings);
    checkWording(meeting.venue, "meeting", language, findings);
    return findings;
}

namespace {

void collectReferences(const std::vector<AgendaItem>& items, std::vector<int>& path, std::vector<DocumentReference>& out)
{
    for (std::size_t i = 0; i < items.size(); ++i) {
        path.push_back(static_cast<int>(i) + 1);
        for (const ItemLink& link : items[i].links)
            out.push_back({ items[i].id, "มติระเบียบวาระที่ " + MeetingKind::numberLabel(path, "number"), link.relation,
                link.document, link.version });
        // A file of the workspace attached to the item: the host checks that it is there (at that version).
        for (const Attachment& attachment : items[i].attachments) {
            if (attachment.isWebAddress())
                continue;
            const std::size_t at = attachment.reference.rfind('@');
            out.push_back({ items[i].id, "เอกสารประกอบระเบียบวาระที่ " + MeetingKind::numberLabel(path, "number"), "attaches",
                attachment.reference.substr(0, at), at == std::string::npos ? std::string() : attachment.reference.substr(at + 1) });
        }
        // An action carried over from an earlier meeting carries on that meeting's action.
        for (const ActionItem& action : items[i].actions) {
            const std::size_t hash = action.origin.find('#');
            if (hash == std::string::npos)
                continue;
            DocumentReference carried { action.id, "งานที่มอบหมายในระเบียบวาระที่ " + MeetingKind::numberLabel(path, "number"),
                "continues", action.origin.substr(0, hash), {} };
            carried.targetElementId = action.origin.substr(hash + 1);
            out.push_back(std::move(carried));
        }
        collectReferences(items[i].children, path, out);
        path.pop_back();
    }
}

} // namespace

namespace {

// An agenda without what no later meeting reads: titles, the discussion, papers, resolutions' text, votes,
// tables.
void keepDecisionsOnly(std::vector<AgendaItem>& items)
{
    for (AgendaItem& item : items) {
        item.title.clear();
        item.text.clear();
        item.attachments.clear();
        item.resolution.clear();
        item.vote.reset();
        item.tables.clear();
        keepDecisionsOnly(item.children);
    }
}

} // namespace

std::string MeetingKind::digest(const IDocument& document) const noexcept
{
    try {
        Meeting kept = static_cast<const Meeting&>(document);
        kept.people.clear();
        kept.venue.clear();
        kept.startTime.clear();
        kept.endTime.clear();
        kept.recorder = {};
        kept.checker = {};
        keepDecisionsOnly(kept.agenda);
        Result<std::string> text = save(kept);
        if (!text)
            return {};
        // Without the indentation (a third of it): read back, the lines between elements are dropped and
        // every value kept byte for byte.
        pugi::xml_document xml;
        if (!xml.load_buffer(text.value().data(), text.value().size()))
            return {};
        std::ostringstream compact;
        xml.save(compact, "", pugi::format_raw);
        return compact.str();
    } catch (const std::exception&) {
        return {}; // out of memory: no digest, the meeting is left out of its committee's history
    }
}

std::vector<DocumentReference> MeetingKind::references(const IDocument& document) const noexcept
{
    try {
        std::vector<DocumentReference> out;
        std::vector<int> path;
        collectReferences(model(document).agenda, path, out);
        return out;
    } catch (...) {
        return {};
    }
}

std::string MeetingKind::protectionOf(const Meeting& before, const Meeting& after) const
{
    if (before.status != MinutesStatus::Frozen)
        return {};
    Result<std::string> was = save(before);
    Result<std::string> now = save(after);
    if (was && now && was.value() == now.value())
        return {};
    return "these minutes were certified and frozen: a correction needs its reason as the commit message";
}

std::optional<Milestone> MeetingKind::milestoneOf(const Meeting& before, const Meeting& now) const
{
    if (static_cast<int>(now.status) <= static_cast<int>(before.status))
        return std::nullopt; // only a step forward; a step back (certified in error) names nothing
    const bool english = now.language == "en";
    switch (now.status) {
    case MinutesStatus::Circulated:
        return Milestone { now.heading() + (english ? " — circulated for corrections" : " — เวียนให้ตรวจแก้ไข"),
            english ? "The draft minutes were circulated to the members for corrections."
                    : "เวียนร่างรายงานการประชุมให้ผู้เข้าประชุมตรวจแก้ไข" };
    case MinutesStatus::Certified:
        return Milestone { now.heading() + (english ? " — certified" : " — รับรองแล้ว"),
            english ? "The minutes were certified by the committee." : "ที่ประชุมรับรองรายงานการประชุมแล้ว" };
    case MinutesStatus::Frozen:
        return Milestone { now.heading() + (english ? " — final" : " — ฉบับสมบูรณ์"),
            english ? "The certified minutes are final: a later correction needs its reason."
                    : "รายงานการประชุมฉบับที่รับรองแล้ว การแก้ไขภายหลังต้องระบุเหตุผล" };
    case MinutesStatus::Draft:
        break;
    }
    return std::nullopt;
}

std::string MeetingKind::titleOf(const Meeting& meeting) const
{
    return meeting.heading();
}

ElementList MeetingKind::elementsOf(const Meeting& meeting) const
{
    ElementList elements;
    // The heading fields as one element, so that a change to them is summarised too.
    elements.push_back(labelledElement("meeting", {}, "meeting details", {}, "รายละเอียดการประชุม",
        { { { "คณะกรรมการ", "Committee" }, meeting.committee },
            { { "ครั้งที่", "Meeting" }, std::to_string(meeting.number) + "/" + std::to_string(meeting.year) },
            { { "วันที่", "Date" }, meeting.date }, { { "สถานที่", "Venue" }, meeting.venue },
            { { "เริ่มประชุมเวลา", "Opened at" }, meeting.startTime }, { { "เลิกประชุมเวลา", "Closed at" }, meeting.endTime },
            { { "ผู้จดรายงานการประชุม", "Minutes taken by" }, meeting.recorder.name },
            { { "ตำแหน่งผู้จด", "Their position" }, meeting.recorder.position },
            { { "ผู้ตรวจรายงานการประชุม", "Minutes checked by" }, meeting.checker.name },
            { { "ตำแหน่งผู้ตรวจ", "Their position" }, meeting.checker.position } }));
    for (const Person& person : meeting.people)
        elements.push_back(labelledElement(person.id, {}, "person", person.name, "ผู้เข้าประชุม",
            { { { "ชื่อ", "Name" }, person.name }, { { "ตำแหน่ง", "Position" }, person.position },
                { { "ในคณะ", "Role" }, person.role },
                { { "การเข้าประชุม", "Attendance" }, attendanceInWords(person.attendance, meeting.language) },
                { { "เหตุที่ไม่มา", "Reason for absence" }, person.absenceReason } }));
    std::vector<int> path;
    collectItems(meeting.agenda, {}, path, meeting.language, elements);
    return elements;
}

exporting::Document MeetingKind::buildExport(const Meeting& meeting) const
{
    return meetingPaper(meeting);
}

} // namespace sapha::minutes
