// Sapha tests — minutes across a committee: the roster kind, a new meeting started from the roster and
// the earlier meetings (number, attendance, quorum rule, agenda template, previous minutes to certify,
// open action items carried over), the action view, and the checks a secretary relies on.
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <map>

#include <sapha/export/document.hpp>
#include <sapha/message_language.hpp>

#include "core/actions_command.hpp"
#include "core/certification.hpp"
#include "core/certify_command.hpp"
#include "core/committee_meetings.hpp"
#include "core/meeting_kind.hpp"
#include "core/roster_kind.hpp"
#include "english_words.hpp"
#include "files_in_memory.hpp"

using namespace sapha;
using namespace sapha::minutes;

namespace {

using sapha::test::FilesInMemory;

Roster chiangRaiRoster()
{
    Roster roster;
    roster.committee = "คณะอนุกรรมการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย";
    roster.members = {
        { "m-chair", "นายภาสกร บุญญลักษม์", "รองผู้ว่าราชการจังหวัดเชียงราย", "ประธานอนุกรรมการ" },
        { "m-1", "นางสาวหนึ่ง ใจงาม", "ผู้แทนสำนักงานสาธารณสุขจังหวัดเชียงราย", "อนุกรรมการ" },
        { "m-2", "นายสอง รักงาน", "ผู้แทนตำรวจภูธรจังหวัดเชียงราย", "อนุกรรมการ" },
        { "m-sec", "นางเลขา ช่วยงาน", "พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดเชียงราย", "อนุกรรมการและเลขานุการ" },
    };
    roster.agendaTemplate = defaultAgendaTemplate("th");
    return roster;
}

std::string xmlOf(const IDocumentKind& kind, const IDocument& document)
{
    Result<std::string> xml = kind.save(document);
    REQUIRE(xml);
    return xml.value();
}

Meeting newMeeting(const FilesInMemory& files, const std::string& date, const std::string& roster = {})
{
    NewDocumentOptions options;
    options.date = date;
    options.workspace = &files;
    if (!roster.empty())
        options.parameters["committee"] = roster;
    auto created = MeetingKind().create(options);
    REQUIRE(created);
    return MeetingKind::model(*created.value());
}

bool hasFinding(const Findings& findings, const std::string& part)
{
    for (const Finding& finding : findings) {
        if (finding.message.find(part) != std::string::npos)
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("roster: round trip, quorum rule, checks")
{
    RosterKind kind;
    Roster roster = chiangRaiRoster();
    roster.quorumNumerator = 2;
    roster.quorumDenominator = 3;
    const std::string xml = xmlOf(kind, roster);
    Result<Roster> back = kind.parse(xml, "c.roster.xml");
    REQUIRE(back);
    CHECK(back.value().members.size() == 4);
    CHECK(back.value().members[3].role == "อนุกรรมการและเลขานุการ");
    CHECK(back.value().agendaTemplate.size() == 6);
    CHECK(back.value().quorumOf(4) == 3); // two thirds of 4, rounded up
    CHECK(chiangRaiRoster().quorumOf(4) == 2);
    CHECK(chiangRaiRoster().quorumOf(5) == 3);

    Roster noChair = chiangRaiRoster();
    noChair.members.erase(noChair.members.begin());
    noChair.members[0].name.clear();
    const Findings findings = kind.validate(noChair, "en");
    CHECK(hasFinding(findings, "no member is the chair"));
    CHECK(hasFinding(findings, "a member without a name"));

    std::string bad = xml;
    bad.replace(bad.find("numerator=\"2\""), 13, "numerator=\"5\"");
    Result<Roster> refused = kind.parse(bad, "c.roster.xml");
    REQUIRE_FALSE(refused);
    CHECK(refused.error().describe().find("c.roster.xml:") != std::string::npos);
}

TEST_CASE("committee: a new meeting starts from the roster, numbered after the previous one, with open actions carried over")
{
    FilesInMemory files;
    files.files["committee/chiangrai.roster.xml"] = xmlOf(RosterKind(), chiangRaiRoster());

    // The first meeting: the only roster of the workspace is used without being named.
    Meeting first = newMeeting(files, "2020-08-17");
    CHECK(first.roster == "committee/chiangrai.roster.xml");
    CHECK(first.committee == "คณะอนุกรรมการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย");
    CHECK(first.number == 1);
    CHECK(first.year == 2563);
    REQUIRE(first.people.size() == 4);
    CHECK(first.people[0].memberId == "m-chair");
    CHECK(first.people[0].attendance == Attendance::Present);
    REQUIRE(first.agenda.size() == 6);
    CHECK(first.agenda[1].title == "เรื่องรับรองรายงานการประชุม");

    AgendaItem& consider = first.agenda[4];
    consider.actions.push_back({ "a-plan", "จัดทำแผนปฏิบัติการคุ้มครองคนไร้ที่พึ่ง ประจำปี 2563", "ฝ่ายเลขานุการ", "2020-09-30", "open", {} });
    consider.actions.push_back({ "a-told", "แจ้งหน่วยงานภาคีเครือข่าย", "ฝ่ายเลขานุการ", "", "done", {} });
    files.files["minutes/1-2563.meeting.xml"] = xmlOf(MeetingKind(), first);

    // The first meeting's minutes-taker and checker are the second's, to be changed when they are not.
    CHECK(first.recorder.name.empty());
    first.recorder = { "นางเลขา ช่วยงาน", "พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดเชียงราย" };
    first.checker = { "นายภาสกร บุญญลักษม์", "รองผู้ว่าราชการจังหวัดเชียงราย" };
    files.files["minutes/1-2563.meeting.xml"] = xmlOf(MeetingKind(), first);

    Meeting second = newMeeting(files, "2020-10-05", "committee/chiangrai.roster.xml");
    CHECK(second.number == 2);
    CHECK(second.recorder.name == "นางเลขา ช่วยงาน");
    CHECK(second.recorder.position == "พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดเชียงราย");
    CHECK(second.checker.name == "นายภาสกร บุญญลักษม์");
    CHECK(second.agenda[1].title == "เรื่องรับรองรายงานการประชุม ครั้งที่ 1/2563");
    const AgendaItem& arising = second.agenda[2];
    REQUIRE(arising.actions.size() == 1); // the done one stays behind
    CHECK(arising.actions[0].task == "จัดทำแผนปฏิบัติการคุ้มครองคนไร้ที่พึ่ง ประจำปี 2563");
    CHECK(arising.actions[0].origin == "minutes/1-2563.meeting.xml#a-plan");
    CHECK(arising.actions[0].id != "a-plan");

    // Closing it where it was carried closes it everywhere: the third meeting carries nothing.
    Meeting closed = second;
    closed.agenda[2].actions[0].status = "done";
    files.files["minutes/2-2563.meeting.xml"] = xmlOf(MeetingKind(), closed);
    const std::vector<TrackedAction> tracked
        = trackActions(meetingsOfCommittee(files, "committee/chiangrai.roster.xml", ""));
    REQUIRE(tracked.size() == 2);
    CHECK(tracked[0].origin == "minutes/1-2563.meeting.xml#a-plan");
    CHECK(tracked[0].action.status == "done");
    CHECK(tracked[0].lastRecordedIn == "minutes/2-2563.meeting.xml");
    Meeting third = newMeeting(files, "2020-12-01");
    CHECK(third.number == 3);
    CHECK(third.agenda[2].actions.empty());
    CHECK(third.agenda[2].text == "ไม่มีเรื่องสืบเนื่อง");

    // A new Buddhist-Era year starts again at 1.
    CHECK(newMeeting(files, "2021-01-15").number == 1);

    // A roster that is not there is named in the error.
    NewDocumentOptions options;
    options.workspace = &files;
    options.parameters["committee"] = "committee/missing.roster.xml";
    auto refused = MeetingKind().create(options);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().describe().find("committee/missing.roster.xml") != std::string::npos);
}

TEST_CASE("committee: a meeting's digest numbers the next meeting and carries its actions as the whole file does")
{
    FilesInMemory whole;
    whole.files["committee/chiangrai.roster.xml"] = xmlOf(RosterKind(), chiangRaiRoster());
    Meeting first = newMeeting(whole, "2020-08-17");
    first.venue = "ห้องพวงแสด ศาลากลางจังหวัดเชียงราย";
    first.agenda[3].text = "ที่ประชุมหารือแนวทางการจัดทำแผน";
    first.agenda[3].resolution = "มอบหมายฝ่ายเลขานุการ";
    first.agenda[3].actions.push_back({ "a-plan", "จัดทำแผนปฏิบัติการ & ติดตาม <ภายใน 30 วัน>", "ฝ่ายเลขานุการ", "2020-09-30", "open", {} });
    first.agenda[3].links.push_back({ "approves", "plans/p.plan.xml", "เสนอ" });
    whole.files["minutes/1-2563.meeting.xml"] = xmlOf(MeetingKind(), first);

    const std::string digest = MeetingKind().digest(first);
    CHECK(digest.find("<number>1</number>") != std::string::npos);
    CHECK(digest.find("a-plan") != std::string::npos);
    CHECK(digest.find("plans/p.plan.xml") != std::string::npos);
    for (const std::string& left : { first.people[0].name, first.venue, first.agenda[3].text, first.agenda[3].resolution, first.agenda[3].title })
        CHECK(digest.find(left) == std::string::npos);
    CHECK(digest.size() * 2 < whole.files["minutes/1-2563.meeting.xml"].size());

    FilesInMemory digested = whole;
    digested.files["minutes/1-2563.meeting.xml"] = digest;
    const Meeting fromWhole = newMeeting(whole, "2020-10-05");
    const Meeting fromDigest = newMeeting(digested, "2020-10-05");
    CHECK(fromDigest.number == 2);
    CHECK(fromDigest.agenda[1].title == fromWhole.agenda[1].title);
    REQUIRE(fromDigest.agenda[2].actions.size() == 1);
    CHECK(fromDigest.agenda[2].actions[0].task == "จัดทำแผนปฏิบัติการ & ติดตาม <ภายใน 30 วัน>");
    CHECK(fromDigest.agenda[2].actions[0].due == "2020-09-30");
    CHECK(fromDigest.agenda[2].actions[0].origin == fromWhole.agenda[2].actions[0].origin);
}

TEST_CASE("committee: the actions command lists open, overdue and done items with where they were decided")
{
    FilesInMemory files;
    files.files["c.roster.xml"] = xmlOf(RosterKind(), chiangRaiRoster());
    Meeting first = newMeeting(files, "2020-08-17");
    first.agenda[3].actions.push_back({ "a-late", "รายงานผลการดำเนินงาน", "ฝ่ายเลขานุการ", "2020-09-30", "open", {} });
    first.agenda[3].actions.push_back({ "a-future", "ประชุมภาคีเครือข่าย", "ศูนย์คุ้มครองคนไร้ที่พึ่ง", "2999-01-01", "open", {} });
    first.agenda[3].actions.push_back({ "a-done", "แจ้งมติ", "ฝ่ายเลขานุการ", "", "done", {} });
    files.files["m1.meeting.xml"] = xmlOf(MeetingKind(), first);

    CommandOutput all = runActionsCommand({}, files, "en");
    CHECK(all.exitCode == 0);
    CHECK(all.out.find("overdue\t2020-09-30\tฝ่ายเลขานุการ\tรายงานผลการดำเนินงาน") != std::string::npos);
    CHECK(all.out.find("open\t2999-01-01") != std::string::npos);
    CHECK(all.out.find("done\t-\tฝ่ายเลขานุการ\tแจ้งมติ") != std::string::npos);
    CommandOutput open = runActionsCommand({ "--open", "--json" }, files, "en");
    CHECK(open.out.find("\"state\": \"overdue\"") != std::string::npos);
    CHECK(open.out.find("แจ้งมติ") == std::string::npos);
    CHECK(open.out.find("\"decided\": \"m1.meeting.xml#a-late\"") != std::string::npos);
    CHECK(runActionsCommand({ "--later" }, files, "en").exitCode == 2);
    CHECK(runActionsCommand({}, files, "th").out.find("เลยกำหนด") != std::string::npos);
}

TEST_CASE("meeting checks: statistics that do not add up, the regulation's words, decisions without resolution, quorum, votes")
{
    FilesInMemory files;
    files.files["c.roster.xml"] = xmlOf(RosterKind(), chiangRaiRoster());
    Meeting meeting = newMeeting(files, "2020-08-17");
    meeting.recorder = { "นางเลขา ช่วยงาน", "พัฒนาสังคมฯ" };
    // The seed's figures as printed: 66 served, 48 + 18 by type, 49 + 32 by sex.
    StatTable served { "t-served", "ผลการให้บริการคนไร้ที่พึ่ง", "ราย", 66,
        { { "ประเภท", { { "คนไร้ที่พึ่ง", 48 }, { "จิตเวช", 18 } } }, { "เพศ", { { "ชาย", 49 }, { "หญิง", 32 } } } } };
    meeting.agenda[0].tables.push_back(served);
    meeting.agenda[0].text = "ประธานกล่าวเปิดประชุมเวลา 09.30 น. บันทึกการประชุมครั้งนี้";
    meeting.agenda[4].children.push_back({ "item-41", "การจัดทำแผน", "", {}, "", std::nullopt, {}, {}, {}, {} });
    meeting.agenda[4].children.push_back({ "item-42", "การติดตาม", "", {}, "เห็นชอบ", Vote { 9, 0, 0 }, {}, {}, {}, {} });
    const Findings findings = MeetingKind().validate(meeting, "en");
    CHECK(hasFinding(findings, "\"เพศ\" adds up to 81, not the total 66"));
    CHECK_FALSE(hasFinding(findings, "\"ประเภท\" adds up"));
    CHECK(hasFinding(findings, "write \"รายงานการประชุม\", not \"บันทึกการประชุม\""));
    CHECK(hasFinding(findings, "write \"เริ่มประชุมเวลา\", not \"เปิดประชุมเวลา\""));
    CHECK_FALSE(hasFinding(findings, "not \"ปิดประชุมเวลา\"")); // only inside เปิดประชุมเวลา
    CHECK(hasFinding(findings, "5.1 is for decision but has no resolution"));
    CHECK_FALSE(hasFinding(findings, "5.2 is for decision"));
    CHECK(hasFinding(findings, "5.2: 9 votes, but only 4 members are present"));
    CHECK_FALSE(hasFinding(findings, "no quorum"));
    // The same findings for a Thai reader, in Thai, the items named as the document names them.
    const Findings inThai = MeetingKind().validate(meeting, "th");
    CHECK(inThai.size() == findings.size());
    CHECK(hasFinding(inThai, "ระเบียบวาระที่ 1 ตาราง \"ผลการให้บริการคนไร้ที่พึ่ง\": \"เพศ\" รวมได้ 81 ไม่ตรงกับยอดรวม 66"));
    CHECK(hasFinding(inThai, "ใช้คำว่า \"รายงานการประชุม\" แทน \"บันทึกการประชุม\" (ระเบียบงานสารบรรณ)"));
    CHECK(hasFinding(inThai, "ระเบียบวาระที่ 5.1 เป็นเรื่องเพื่อพิจารณาแต่ยังไม่มีมติที่ประชุม"));
    CHECK(hasFinding(inThai, "ระเบียบวาระที่ 5.2: ลงคะแนน 9 เสียง แต่มีกรรมการมาประชุมเพียง 4 คน"));
    for (const Finding& finding : inThai)
        CHECK_MESSAGE(test::englishWordsIn(finding.message).empty(), finding.message);

    for (int i = 0; i < 3; ++i) {
        meeting.people[i].attendance = Attendance::Absent;
        meeting.people[i].absenceReason = i == 0 ? "ติดราชการ" : "";
    }
    const Findings absent = MeetingKind().validate(meeting, "en");
    CHECK(hasFinding(absent, "no quorum: 1 of 4 members present, at least 2 needed"));
    CHECK(hasFinding(MeetingKind().validate(meeting, "th"), "ไม่ครบองค์ประชุม: กรรมการมาประชุม 1 จาก 4 คน ต้องมีอย่างน้อย 2 คน"));
    CHECK(hasFinding(absent, "นางสาวหนึ่ง ใจงาม is absent without a reason"));
    CHECK_FALSE(hasFinding(absent, "นายภาสกร บุญญลักษม์ is absent without a reason"));

    // A substitute present for an absent member counts as that member.
    Person substitute;
    substitute.id = "p-sub";
    substitute.name = "นายแทน ชั่วคราว";
    substitute.memberId = "m-1";
    substitute.substituteFor = "นางสาวหนึ่ง ใจงาม";
    meeting.people.push_back(substitute);
    CHECK(meeting.memberCount() == 4);
    CHECK(meeting.membersPresent() == 2);
    CHECK(meeting.hasQuorum());
}

TEST_CASE("meeting: the new fields survive a round trip, and the paper states quorum, figures and votes")
{
    FilesInMemory files;
    files.files["c.roster.xml"] = xmlOf(RosterKind(), chiangRaiRoster());
    Meeting meeting = newMeeting(files, "2020-08-17");
    meeting.status = MinutesStatus::Circulated;
    meeting.agenda[3].resolution = "เห็นชอบ";
    meeting.agenda[3].vote = Vote { 3, 0, 1 };
    meeting.agenda[3].tables.push_back({ "t1", "ผลการให้บริการ", "ราย", 66, { { "ประเภท", { { "คนไร้ที่พึ่ง", 48 }, { "จิตเวช", 18 } } } } });
    meeting.agenda[2].actions.push_back({ "a1", "จัดทำแผน", "ฝ่ายเลขานุการ", "", "open", "m0.meeting.xml#a0" });
    MeetingKind kind;
    auto back = kind.load(xmlOf(kind, meeting), "m.meeting.xml");
    REQUIRE(back);
    const Meeting& read = MeetingKind::model(*back.value());
    CHECK(read.status == MinutesStatus::Circulated);
    CHECK(read.roster == "c.roster.xml");
    CHECK(read.people[1].memberId == "m-1");
    REQUIRE(read.agenda[3].vote);
    CHECK(read.agenda[3].vote->abstaining == 1);
    REQUIRE(read.agenda[3].tables.size() == 1);
    CHECK(read.agenda[3].tables[0].breakdowns[0].rows[1] == std::pair<std::string, long> { "จิตเวช", 18 });
    CHECK(read.agenda[2].actions[0].origin == "m0.meeting.xml#a0");

    auto paper = kind.exportDocument(*back.value());
    REQUIRE(paper);
    std::string text;
    for (const exporting::Block& block : paper.value().blocks) {
        if (const auto* paragraph = std::get_if<exporting::Paragraph>(&block))
            text += exporting::plainText(paragraph->runs) + "\n";
        if (const auto* table = std::get_if<exporting::Table>(&block)) {
            for (const auto& row : table->rows)
                for (const auto& cell : row)
                    text += exporting::plainText(cell.runs) + "|";
            text += "\n";
        }
    }
    CHECK(text.find("ครบองค์ประชุม (มาประชุม 4 คน จากทั้งหมด 4 คน)") != std::string::npos);
    CHECK(text.find("ด้วยคะแนนเสียงเห็นชอบ 3 เสียง ไม่เห็นชอบ 0 เสียง งดออกเสียง 1 เสียง") != std::string::npos);
    CHECK(text.find("รวมทั้งสิ้น|66|จำแนกตามประเภท|") != std::string::npos);

    std::string bad = xmlOf(kind, meeting);
    bad.replace(bad.find("status=\"circulated\""), 19, "status=\"approved\"");
    auto refused = kind.load(bad, "m.meeting.xml");
    REQUIRE_FALSE(refused);
    CHECK(refused.error().describe().find("m.meeting.xml:2") != std::string::npos);
}

TEST_CASE("lifecycle: frozen minutes change only with a reason, other statuses change freely")
{
    FilesInMemory files;
    Meeting meeting = newMeeting(files, "2020-08-17");
    meeting.committee = "คณะอนุกรรมการ";
    MeetingKind kind;
    Meeting circulated = meeting;
    circulated.status = MinutesStatus::Circulated;
    Meeting corrected = circulated;
    corrected.agenda[0].text = "แก้ไขตามที่อนุกรรมการแจ้ง";
    CHECK(kind.reviewChange(&circulated, corrected, {}).protection.empty());

    Meeting frozen = circulated;
    frozen.status = MinutesStatus::Frozen;
    CHECK(kind.reviewChange(&frozen, frozen, {}).protection.empty());
    Meeting changed = frozen;
    changed.agenda[0].text = "แก้ไขหลังรับรอง";
    const std::string protection = kind.reviewChange(&frozen, changed, {}).protection;
    CHECK(protection.find("frozen") != std::string::npos);
    Meeting unfrozen = frozen;
    unfrozen.status = MinutesStatus::Certified;
    CHECK_FALSE(kind.reviewChange(&frozen, unfrozen, {}).protection.empty());
}

TEST_CASE("lifecycle: each step forward is a milestone named after the meeting, a step back names nothing")
{
    FilesInMemory files;
    Meeting meeting = newMeeting(files, "2020-08-17");
    meeting.committee = "คณะอนุกรรมการ";
    MeetingKind kind;
    CHECK_FALSE(kind.reviewChange(&meeting, meeting, {}).milestone);
    Meeting circulated = meeting;
    circulated.status = MinutesStatus::Circulated;
    auto step = kind.reviewChange(&meeting, circulated, {}).milestone;
    REQUIRE(step);
    CHECK(step->name == "รายงานการประชุมคณะอนุกรรมการ ครั้งที่ 1/2563 — เวียนให้ตรวจแก้ไข");
    Meeting certified = circulated;
    certified.status = MinutesStatus::Certified;
    REQUIRE(kind.reviewChange(&circulated, certified, {}).milestone);
    CHECK(kind.reviewChange(&circulated, certified, {}).milestone->name.ends_with("— รับรองแล้ว"));
    Meeting frozen = certified;
    frozen.status = MinutesStatus::Frozen;
    CHECK(kind.reviewChange(&meeting, frozen, {}).milestone->name.ends_with("— ฉบับสมบูรณ์")); // draft straight to final
    CHECK_FALSE(kind.reviewChange(&frozen, circulated, {}).milestone);
    Meeting corrected = circulated;
    corrected.agenda[0].text = "แก้ไข";
    CHECK_FALSE(kind.reviewChange(&circulated, corrected, {}).milestone);
    Meeting english = certified;
    english.language = "en";
    CHECK(kind.reviewChange(&circulated, english, {}).milestone->name == "Minutes of the คณะอนุกรรมการ, meeting 1/2563 — certified");
}

TEST_CASE("attachments: referred to by file, version or web address, kept through save and load, listed as references")
{
    FilesInMemory files;
    Meeting meeting = newMeeting(files, "2020-08-17");
    meeting.committee = "คณะอนุกรรมการ";
    meeting.agenda[3].attachments = { { "แผนปฏิบัติการ ปี 2563", "attachments/plan-2563.pdf" },
        { "ร่างมาตรฐาน", "standards/centre.standard.xml@เสนอคณะอนุกรรมการ" },
        { "ประกาศกระทรวง", "https://www.m-society.go.th/" }, { "", "attachments/untitled.pdf" } };
    MeetingKind kind;
    const std::string xml = xmlOf(kind, meeting);
    CHECK(xml.find("<attachment href=\"attachments/plan-2563.pdf\">แผนปฏิบัติการ ปี 2563</attachment>") != std::string::npos);
    auto loaded = kind.load(xml, "m.meeting.xml");
    REQUIRE(loaded);
    const Meeting& again = static_cast<const Meeting&>(*loaded.value());
    REQUIRE(again.agenda[3].attachments.size() == 4);
    CHECK(again.agenda[3].attachments[1].reference == "standards/centre.standard.xml@เสนอคณะอนุกรรมการ");
    CHECK(xmlOf(kind, again) == xml);

    // Files of the workspace are references the host checks; a web address is not.
    const std::vector<DocumentReference> references = kind.references(again);
    std::vector<DocumentReference> attached;
    for (const DocumentReference& reference : references) {
        if (reference.relation == "attaches")
            attached.push_back(reference);
    }
    REQUIRE(attached.size() == 3);
    CHECK(attached[0].path == "attachments/plan-2563.pdf");
    CHECK(attached[0].version.empty());
    CHECK(attached[1].path == "standards/centre.standard.xml");
    CHECK(attached[1].version == "เสนอคณะอนุกรรมการ");
    CHECK(attached[0].label == "เอกสารประกอบระเบียบวาระที่ 4");

    // An attachment without a title is a warning; the paper lists each under its item.
    bool untitled = false;
    for (const Finding& finding : kind.validate(again, "en"))
        untitled = untitled || finding.message.find("attachments/untitled.pdf has no title") != std::string::npos;
    CHECK(untitled);
    std::string bad = xml;
    bad.replace(bad.find("href=\"attachments/plan-2563.pdf\""), 32, "href=\"\"");
    auto refused = kind.load(bad, "m.meeting.xml");
    REQUIRE_FALSE(refused);
    CHECK(refused.error().describe().find("href") != std::string::npos);
}

TEST_CASE("roster template: sub-items as indented lines, ids kept by position through an edit")
{
    const std::vector<TemplateItem> before = parseTemplateOutline(
        "ก่อนวาระการประชุม\nเรื่องที่ประธานแจ้งให้ที่ประชุมทราบ\n    เรื่องที่ประธานแจ้ง\n    เรื่องที่เลขานุการแจ้ง\n"
        "เรื่องรับรองรายงานการประชุม\n\n\t\tลึกเกินไป\n",
        {});
    REQUIRE(before.size() == 3);
    CHECK(before[0].title == "ก่อนวาระการประชุม");
    REQUIRE(before[1].children.size() == 2);
    CHECK(before[1].children[1].title == "เรื่องที่เลขานุการแจ้ง");
    REQUIRE(before[2].children.size() == 1); // two levels deeper than its parent: one level below it
    CHECK(before[2].children[0].title == "ลึกเกินไป");
    CHECK(templateOutline(before)
        == "ก่อนวาระการประชุม\nเรื่องที่ประธานแจ้งให้ที่ประชุมทราบ\n    เรื่องที่ประธานแจ้ง\n    เรื่องที่เลขานุการแจ้ง\n"
           "เรื่องรับรองรายงานการประชุม\n    ลึกเกินไป\n");

    // A heading reworded keeps its id; the outline read back is the same tree.
    std::string edited = templateOutline(before);
    edited.replace(edited.find("เรื่องที่เลขานุการแจ้ง"), std::string("เรื่องที่เลขานุการแจ้ง").size(), "เรื่องที่ฝ่ายเลขานุการแจ้ง");
    const std::vector<TemplateItem> after = parseTemplateOutline(edited, before);
    CHECK(after[1].children[1].id == before[1].children[1].id);
    CHECK(after[1].children[1].title == "เรื่องที่ฝ่ายเลขานุการแจ้ง");
    CHECK(after[2].id == before[2].id);

    // The template's sub-items become the new meeting's sub-items.
    const std::vector<AgendaItem> agenda = agendaFromTemplate(after);
    REQUIRE(agenda[1].children.size() == 2);
    CHECK(agenda[1].children[0].title == "เรื่องที่ประธานแจ้ง");
}

namespace {

// Saves into the in-memory files, naming a milestone as the host would (by asking the kind).
class SavesInMemory final : public IWorkspaceChanges {
public:
    explicit SavesInMemory(FilesInMemory& files) : m_files(files) { }
    Result<SavedVersion> save(std::string_view path, std::string_view content, std::string_view message) noexcept override
    {
        const MeetingKind kind;
        std::string named;
        auto before = kind.load(m_files.files[std::string(path)], path);
        auto after = kind.load(content, path);
        if (!after)
            return after.error();
        if (before)
            if (std::optional<Milestone> milestone = kind.reviewChange(before.value().get(), *after.value(), {}).milestone)
                named = milestone->name;
        m_files.files[std::string(path)] = std::string(content);
        messages.push_back(std::string(message));
        return SavedVersion { "rev-" + std::to_string(messages.size()), named };
    }
    Result<std::string> lastRevision(std::string_view) noexcept override { return std::string("rev-0"); }
    Result<std::string> privateDirectory(std::string_view) noexcept override { return Error { "not here" }; }
    std::vector<std::string> messages;

private:
    FilesInMemory& m_files;
};

} // namespace

TEST_CASE("certification: the next meeting certifies the minutes, links to the named version, states the resolution")
{
    FilesInMemory files;
    Meeting first = newMeeting(files, "2020-08-17");
    first.committee = "คณะอนุกรรมการ";
    first.status = MinutesStatus::Circulated;
    files.files["m1.meeting.xml"] = xmlOf(MeetingKind(), first);
    Meeting second = newMeeting(files, "2020-10-05");
    second.committee = "คณะอนุกรรมการ";
    second.number = 2;
    files.files["m2.meeting.xml"] = xmlOf(MeetingKind(), second);
    Meeting other = second;
    other.committee = "คณะอื่น";
    files.files["other.meeting.xml"] = xmlOf(MeetingKind(), other);

    SavesInMemory changes(files);
    // Refused, and nothing saved: another committee, the wrong order, a missing file.
    CHECK(runCertifyCommand({ "m1.meeting.xml", "--at", "other.meeting.xml" }, files, changes, "th").exitCode == 1);
    CHECK(runCertifyCommand({ "m2.meeting.xml", "--at", "m1.meeting.xml" }, files, changes, "th").exitCode == 1);
    CHECK(runCertifyCommand({ "none.meeting.xml", "--at", "m2.meeting.xml" }, files, changes, "th").exitCode == 1);
    CHECK(runCertifyCommand({ "m1.meeting.xml" }, files, changes, "th").exitCode == 2);
    CHECK(changes.messages.empty());

    const CommandOutput certified = runCertifyCommand({ "m1.meeting.xml", "--at", "m2.meeting.xml" }, files, changes, "th");
    INFO(certified.err);
    REQUIRE(certified.exitCode == 0);
    REQUIRE(changes.messages.size() == 2);
    CHECK(changes.messages[0] == "ที่ประชุมครั้งที่ 2/2563 รับรองรายงานการประชุมครั้งนี้");
    auto minutes = MeetingKind().load(files.files["m1.meeting.xml"], "m1");
    CHECK(MeetingKind::model(*minutes.value()).status == MinutesStatus::Certified);
    auto next = MeetingKind().load(files.files["m2.meeting.xml"], "m2");
    const Meeting& at = MeetingKind::model(*next.value());
    const AgendaItem& item = at.agenda[1];
    REQUIRE(item.links.size() == 1);
    CHECK(item.links[0].relation == "certifies");
    CHECK(item.links[0].document == "m1.meeting.xml");
    CHECK(item.links[0].version == "รายงานการประชุมคณะอนุกรรมการ ครั้งที่ 1/2563 — รับรองแล้ว");
    CHECK(item.resolution == "ที่ประชุมมีมติรับรองรายงานการประชุม ครั้งที่ 1/2563");
    // Once certified, not again.
    CHECK(runCertifyCommand({ "m1.meeting.xml", "--at", "m2.meeting.xml" }, files, changes, "th").err.find("already certified")
        != std::string::npos);
}

TEST_CASE("certification: the minutes a meeting may certify are its committee's earlier ones not yet certified, latest first")
{
    FilesInMemory files;
    const auto meetingNumbered = [&](const std::string& path, const std::string& committee, int number, MinutesStatus status) {
        Meeting meeting = newMeeting(files, "2020-08-17");
        meeting.committee = committee;
        meeting.number = number;
        meeting.status = status;
        files.files[path] = xmlOf(MeetingKind(), meeting);
        return meeting;
    };
    meetingNumbered("m1.meeting.xml", "คณะอนุกรรมการ", 1, MinutesStatus::Certified);
    const Meeting second = meetingNumbered("m2.meeting.xml", "คณะอนุกรรมการ", 2, MinutesStatus::Circulated);
    meetingNumbered("m3.meeting.xml", "คณะอนุกรรมการ", 3, MinutesStatus::Draft);
    meetingNumbered("other.meeting.xml", "คณะอื่น", 1, MinutesStatus::Draft);
    Meeting fourth = meetingNumbered("m4.meeting.xml", "คณะอนุกรรมการ", 4, MinutesStatus::Draft);

    CHECK(minutesAwaitingCertification(files, fourth) == std::vector<std::string> { "m3.meeting.xml", "m2.meeting.xml" });
    Meeting third = fourth;
    third.number = 3;
    CHECK(minutesAwaitingCertification(files, third) == std::vector<std::string> { "m2.meeting.xml" });

    // The reasons a certification is refused, each naming the document it is about.
    setMessageLanguage("th");
    Meeting itself = second;
    CHECK(certificationRefusal(second, "m2.meeting.xml", itself, "m2.meeting.xml").find("ของตัวเอง") != std::string::npos);
    CHECK(certificationRefusal(second, "m2.meeting.xml", fourth, "m4.meeting.xml").empty());
    Meeting withoutItem = fourth;
    withoutItem.agenda.erase(withoutItem.agenda.begin() + 1); // no "เรื่องรับรองรายงานการประชุม"
    CHECK(certificationRefusal(second, "m2.meeting.xml", withoutItem, "m4.meeting.xml").find("m4.meeting.xml: ไม่มีระเบียบวาระรับรอง")
        == 0);
    setMessageLanguage("en");
    CHECK(certifiesMinutes(fourth.agenda[1]));
    CHECK(!certifiesMinutes(fourth.agenda[0]));
}

TEST_CASE("roster: a new committee's agenda template follows the official order, matters for information included")
{
    std::vector<std::string> titles;
    for (const TemplateItem& item : defaultAgendaTemplate("th"))
        titles.push_back(item.title);
    CHECK(titles == std::vector<std::string> { "เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ", "เรื่องรับรองรายงานการประชุม", "เรื่องสืบเนื่อง",
        "เรื่องเพื่อทราบ", "เรื่องเพื่อพิจารณา", "เรื่องอื่น ๆ" });
    CHECK(defaultAgendaTemplate("en")[3].title == "Matters for information");
}

TEST_CASE("committee: with two committees a new meeting asks which, and is refused unnamed rather than given the wrong one")
{
    FilesInMemory files;
    files.files["committees/chiangrai.roster.xml"] = xmlOf(RosterKind(), chiangRaiRoster());
    Roster begging = chiangRaiRoster();
    begging.committee = "คณะอนุกรรมการควบคุมการขอทานจังหวัดเชียงราย";
    files.files["committees/begging.roster.xml"] = xmlOf(RosterKind(), begging);

    // What the GUI asks before making the meeting: the committees, by name.
    const std::vector<NewDocumentQuestion> questions = MeetingKind().newDocumentQuestions(files, "th");
    REQUIRE(questions.size() == 1);
    CHECK(questions[0].parameter == "committee");
    CHECK(questions[0].prompt.in("th") == "รายงานการประชุมของคณะกรรมการใด");
    REQUIRE(questions[0].choices.size() == 2);
    CHECK(questions[0].choices[0].value == "committees/begging.roster.xml");
    CHECK(questions[0].choices[0].label == "คณะอนุกรรมการควบคุมการขอทานจังหวัดเชียงราย");
    CHECK(questions[0].choices[1].label == "คณะอนุกรรมการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย");

    // Not named: refused, naming both (it used to have no committee at all, or the wrong one).
    NewDocumentOptions unnamed;
    unnamed.workspace = &files;
    auto refused = MeetingKind().create(unnamed);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.find("committees/begging.roster.xml") != std::string::npos);
    CHECK(refused.error().message.find("committees/chiangrai.roster.xml") != std::string::npos);

    // Named: that committee's, its name from the roster even when a title was typed.
    NewDocumentOptions named;
    named.workspace = &files;
    named.title = "ประชุมครั้งแรก";
    named.parameters["committee"] = "committees/begging.roster.xml";
    auto created = MeetingKind().create(named);
    REQUIRE(created);
    CHECK(MeetingKind::model(*created.value()).committee == "คณะอนุกรรมการควบคุมการขอทานจังหวัดเชียงราย");

    // One committee, or none: nothing to ask.
    files.files.erase("committees/begging.roster.xml");
    CHECK(MeetingKind().newDocumentQuestions(files, "th").empty());
}

TEST_CASE("committee: a plan drafted for an action reports under the next meeting's matters arising, and its adoption closes the action")
{
    FilesInMemory files;
    files.files["committee/chiangrai.roster.xml"] = xmlOf(RosterKind(), chiangRaiRoster());
    Meeting first = newMeeting(files, "2020-08-17");
    first.agenda[3].actions.push_back({ "a-plan", "จัดทำแผนปฏิบัติการ ประจำปี 2563", "ฝ่ายเลขานุการ", "", "open", {} });
    first.agenda[3].actions.push_back({ "a-other", "แจ้งหน่วยงาน", "ฝ่ายเลขานุการ", "", "open", {} });
    files.files["minutes/1-2563.meeting.xml"] = xmlOf(MeetingKind(), first);
    // The plan (of another plugin) carries on a-plan and reports its latest quarter.
    files.followUpsOf["minutes/1-2563.meeting.xml#a-plan"]
        = { FollowUp { "plans/p.plan.xml", "แผนปฏิบัติการ ประจำปี 2563", "ผลการดำเนินงานไตรมาสที่ 4 บรรลุค่าเป้าหมาย 3 จาก 8 ตัวชี้วัด" } };

    Meeting second = newMeeting(files, "2020-10-20");
    const AgendaItem& arising = second.agenda[2];
    REQUIRE(arising.actions.size() == 2);
    CHECK(arising.text == "ผลการดำเนินงานไตรมาสที่ 4 บรรลุค่าเป้าหมาย 3 จาก 8 ตัวชี้วัด");
    REQUIRE(arising.attachments.size() == 1);
    CHECK(arising.attachments[0].reference == "plans/p.plan.xml");
    CHECK(arising.attachments[0].title == "แผนปฏิบัติการ ประจำปี 2563");

    // Meeting 2 adopts the plan by a resolution that approves its named version.
    second.agenda[3].resolution = "เห็นชอบแผนปฏิบัติการ";
    second.agenda[3].links.push_back({ "approves", "plans/p.plan.xml", "เสนอคณะอนุกรรมการ" });
    files.files["minutes/2-2563.meeting.xml"] = xmlOf(MeetingKind(), second);
    std::vector<MeetingOnDisk> meetings = meetingsOfCommittee(files, "committee/chiangrai.roster.xml", "");
    std::vector<TrackedAction> tracked = trackActions(meetings);
    closeAdoptedActions(tracked, meetings, files, "th");
    REQUIRE(tracked.size() == 2);
    CHECK(tracked[0].origin == "minutes/1-2563.meeting.xml#a-plan");
    CHECK(tracked[0].action.status == "done");
    CHECK(tracked[0].closedBy == "plans/p.plan.xml");
    CHECK(tracked[1].action.status == "open");
    // Meeting 2 carried the other action on, as the host reports (its reference "continues" it): a meeting
    // is the action's own record, not a document drafted for it, and is not attached.
    files.followUpsOf["minutes/1-2563.meeting.xml#a-other"]
        = { FollowUp { "minutes/2-2563.meeting.xml", "รายงานการประชุม ครั้งที่ 2/2563", "" } };
    // The third meeting carries only the other action, and no longer reads the plan's report.
    Meeting third = newMeeting(files, "2020-12-01");
    REQUIRE(third.agenda[2].actions.size() == 1);
    CHECK(third.agenda[2].actions[0].task == "แจ้งหน่วยงาน");
    CHECK(third.agenda[2].attachments.empty());
    const CommandOutput open = runActionsCommand({ "--open" }, files, "th");
    CHECK(open.out.find("จัดทำแผนปฏิบัติการ") == std::string::npos);
    CHECK(open.out.find("แจ้งหน่วยงาน") != std::string::npos);
}
