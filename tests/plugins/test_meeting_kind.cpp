// Sapha tests — minutes meeting kind: template, round trip, numbering, checks, broken files.
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include "core/meeting_kind.hpp"
#include "core/minutes_plugin.hpp"
#include "core/roster_kind.hpp"

using namespace sapha;
using namespace sapha::minutes;

namespace {

const Meeting& asMeeting(const IDocument& document)
{
    return MeetingKind::model(document);
}

} // namespace

TEST_CASE("meeting_kind: a new meeting has the six-item official agenda and a Buddhist-Era number")
{
    MeetingKind kind;
    NewDocumentOptions options;
    options.title = "คณะอนุกรรมการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย";
    options.date = "2020-08-17";
    auto created = kind.create(options);
    REQUIRE(created.isOk());
    const Meeting& meeting = asMeeting(*created.value());
    CHECK(meeting.year == 2563);
    REQUIRE(meeting.agenda.size() == 6);
    CHECK(meeting.agenda[0].title == "เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ");
    CHECK(meeting.agenda[3].title == "เรื่องเพื่อทราบ");
    CHECK(meeting.agenda[5].title == "เรื่องอื่น ๆ");
    CHECK(kind.title(*created.value()) == "รายงานการประชุมคณะอนุกรรมการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย ครั้งที่ 1/2563");

    options.language = "en";
    auto english = kind.create(options);
    CHECK(asMeeting(*english.value()).agenda[1].title == "Adoption of the previous minutes");

    options.date = "2020-13-01";
    CHECK_FALSE(kind.create(options).isOk());
}

TEST_CASE("meeting_kind: the demo meeting survives save and load unchanged")
{
    MeetingKind kind;
    auto revisions = chiangRaiDemo(kind, RosterKind());
    REQUIRE(revisions.size() == 3); // the roster, meeting 1/2563, meeting 2/2563
    revisions.erase(revisions.begin()); // the roster comes first
    REQUIRE(revisions[0].revisions.size() == 4); // agenda, minutes, corrections, certified
    REQUIRE(revisions[1].revisions.size() == 2);
    for (const DemoRevision& revision : revisions[1].revisions) {
        auto loaded = kind.load(revision.xml, "demo");
        REQUIRE(loaded.isOk());
        auto saved = kind.save(*loaded.value());
        REQUIRE(saved.isOk());
        CHECK(saved.value() == revision.xml);
    }
    for (const DemoRevision& revision : revisions[0].revisions) {
        auto loaded = kind.load(revision.xml, "demo");
        REQUIRE(loaded.isOk());
        auto saved = kind.save(*loaded.value());
        REQUIRE(saved.isOk());
        CHECK(saved.value() == revision.xml);
    }
    auto finalMeeting = kind.load(revisions[0].revisions[2].xml, "demo");
    const Meeting& meeting = asMeeting(*finalMeeting.value());
    CHECK(meeting.agenda[3].children.size() == 3);
    CHECK(meeting.agenda[3].children[1].text.find("66 ราย") != std::string::npos);
    CHECK(meeting.agenda[3].children[1].text.find("เป็นชาย 49 ราย เป็นหญิง 32 ราย") != std::string::npos);
    CHECK(meeting.agenda[3].children[0].actions.at(0).assignee == "ฝ่ายเลขานุการ");
    CHECK(meeting.people[0].name == "นายภาสกร บุญญลักษม์");
    CHECK_FALSE(hasErrors(kind.validate(*finalMeeting.value(), "en")));
}

TEST_CASE("meeting_kind: the demo's other committees: one met first that morning in the same room, one adopts the standard")
{
    const MeetingKind kind;
    const RosterKind rosterKind;
    const auto latest = [&](const DemoDocument& document) {
        for (const DemoRevision& revision : document.revisions) { // every revision is what the kind writes
            auto loaded = kind.load(revision.xml, document.path);
            REQUIRE(loaded.isOk());
            CHECK(kind.save(*loaded.value()).value() == revision.xml);
            CHECK_FALSE(hasErrors(kind.validate(*loaded.value(), "en")));
        }
        auto loaded = kind.load(document.revisions.back().xml, document.path);
        return Meeting(asMeeting(*loaded.value()));
    };
    const std::vector<DemoDocument> begging = beggingControlDemo(kind, rosterKind);
    REQUIRE(begging.size() == 2); // its roster, meeting 1/2563
    CHECK(rosterKind.load(begging[0].revisions[0].xml, begging[0].path).isOk());
    const Meeting first = latest(begging[1]);
    auto homeless = kind.load(chiangRaiDemo(kind, rosterKind)[1].revisions.back().xml, "demo");
    const Meeting& second = asMeeting(*homeless.value());
    CHECK(first.date == second.date);
    CHECK(first.venue == second.venue);
    CHECK(first.endTime < second.startTime); // back to back: it ended before the other began
    CHECK(first.roster != second.roster);
    CHECK(first.agenda[3].title == "เรื่องเพื่อทราบ");

    const std::vector<DemoDocument> national = nationalSubcommitteeDemo(kind, rosterKind);
    REQUIRE(national.size() == 2);
    const Meeting adoption = latest(national[1]);
    const AgendaItem& standard = adoption.agenda[4].children.at(0);
    REQUIRE(standard.links.size() == 1);
    CHECK(standard.links[0].relation == "approves");
    CHECK(standard.links[0].document == "standards/homeless-protection-centre.standard.xml");
    CHECK(standard.links[0].version == "เสนอคณะอนุกรรมการ"); // the standards demo's named version
    CHECK(standard.vote.has_value());
    CHECK(adoption.hasQuorum());
}

TEST_CASE("meeting_kind: numbering is derived from order")
{
    CHECK(MeetingKind::numberLabel({ 3 }, "th") == "ระเบียบวาระที่ 3");
    CHECK(MeetingKind::numberLabel({ 4, 2 }, "th") == "4.2");
    CHECK(MeetingKind::numberLabel({ 1 }, "en") == "Item 1");
    MeetingKind kind;
    auto loaded = kind.load(chiangRaiDemo(kind, RosterKind())[1].revisions[2].xml, "demo");
    const ElementList elements = kind.elements(*loaded.value());
    bool found = false;
    for (const ElementInfo& element : elements) {
        if (element.id == "item-4-3") {
            CHECK(element.label == "4.3");
            CHECK(element.parentId == "item-4");
            found = true;
        }
    }
    CHECK(found);
}

TEST_CASE("meeting_kind: the change summary names what changed")
{
    MeetingKind kind;
    const auto demo = chiangRaiDemo(kind, RosterKind());
    auto taken = kind.load(demo[1].revisions[1].xml, "r2");
    auto corrected = kind.load(demo[1].revisions[2].xml, "r3");
    const std::string summary = kind.reviewChange(taken.value().get(), *corrected.value(), ReviewOptions { "en", true }).summary;
    CHECK(summary.find("added agenda item 4.3") != std::string::npos);
    CHECK(summary.find("changed person") != std::string::npos);
}

TEST_CASE("meeting_kind: checks find a missing committee and an absence without reason")
{
    MeetingKind kind;
    const std::string xml = R"(<?xml version="1.0"?>
<meeting format="1" language="th">
  <committee></committee>
  <number>2</number>
  <year>2563</year>
  <date>2020-09-14</date>
  <people>
    <person id="p1" attendance="absent"><name>นายสมชาย</name></person>
  </people>
  <agenda/>
</meeting>
)";
    auto loaded = kind.load(xml, "m.meeting.xml");
    REQUIRE(loaded.isOk());
    const Findings findings = kind.validate(*loaded.value(), "en");
    CHECK(hasErrors(findings));
    bool absentWarning = false;
    for (const Finding& finding : findings)
        absentWarning = absentWarning || (finding.elementId == "p1" && finding.severity == Severity::Warning);
    CHECK(absentWarning);
}

TEST_CASE("meeting_kind: broken files are refused with file, line and reason")
{
    MeetingKind kind;
    auto noId = kind.load("<meeting format=\"1\">\n<agenda>\n<item><title>x</title></item>\n</agenda>\n</meeting>", "m.xml");
    REQUIRE_FALSE(noId.isOk());
    CHECK(noId.error().where == "m.xml:3");
    CHECK(noId.error().message.find("id") != std::string::npos);

    auto badAttendance = kind.load(
        "<meeting format=\"1\">\n<people>\n<person id=\"a\" attendance=\"maybe\"/>\n</people>\n</meeting>", "m.xml");
    REQUIRE_FALSE(badAttendance.isOk());
    CHECK(badAttendance.error().where == "m.xml:3");

    auto wrongKind = kind.load("<standard format=\"1\"/>", "m.xml");
    REQUIRE_FALSE(wrongKind.isOk());
    auto truncated = kind.load("<meeting format=\"1\"><committee>ค", "m.xml");
    CHECK_FALSE(truncated.isOk());
}

TEST_CASE("meeting_kind: a date kept in the Buddhist Era is an error naming the Gregorian date it means")
{
    // The PDF of such a meeting said "17 สิงหาคม 3106", and a due date of 2563-09-30 was never overdue.
    MeetingKind kind;
    const std::string xml = R"(<?xml version="1.0"?>
<meeting format="1" language="th">
  <committee>คณะอนุกรรมการ</committee>
  <number>1</number>
  <year>2563</year>
  <date>2563-08-17</date>
  <agenda>
    <item id="item-1">
      <title>เรื่องเพื่อพิจารณา</title>
      <resolution>มอบหมาย</resolution>
      <action id="act-1" status="open" due="2563-09-30"><task>จัดทำแผน</task></action>
      <action id="act-2" status="open" due="2020-09-30"><task>ติดตามผล</task></action>
    </item>
  </agenda>
</meeting>
)";
    auto loaded = kind.load(xml, "m.meeting.xml");
    REQUIRE(loaded.isOk());
    std::string meetingDate;
    std::string due;
    for (const Finding& finding : kind.validate(*loaded.value(), "en")) {
        if (finding.severity != Severity::Error)
            continue;
        if (finding.message.find("meeting date") != std::string::npos)
            meetingDate = finding.message;
        if (finding.elementId == "act-1")
            due = finding.message;
        CHECK(finding.elementId != "act-2");
    }
    CHECK(meetingDate.find("Buddhist-Era") != std::string::npos);
    CHECK(meetingDate.find("2020-08-17") != std::string::npos);
    CHECK(due.find("2020-09-30") != std::string::npos);
}

TEST_CASE("meeting_kind: the paper of a meeting not yet finished has the closing time and both signatures to fill in")
{
    MeetingKind kind;
    NewDocumentOptions options;
    options.title = "คณะอนุกรรมการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย";
    options.date = "2020-08-17";
    auto created = kind.create(options);
    REQUIRE(created.isOk());
    auto paper = kind.exportDocument(*created.value());
    REQUIRE(paper.isOk());
    std::string text;
    std::vector<exporting::Signatory> signatories;
    for (const exporting::Block& block : paper.value().blocks) {
        if (const auto* paragraph = std::get_if<exporting::Paragraph>(&block))
            text += exporting::plainText(paragraph->runs) + "\n";
        if (const auto* signature = std::get_if<exporting::SignatureBlock>(&block))
            signatories = signature->signatories;
    }
    CHECK(text.find("เลิกประชุมเวลา .......... น.") != std::string::npos);
    REQUIRE(signatories.size() == 2);
    CHECK(signatories[0].role == "ผู้จดรายงานการประชุม");
    CHECK(signatories[1].role == "ผู้ตรวจรายงานการประชุม");
    CHECK(signatories[0].name == "..............................");
    const std::vector<std::string> lines = exporting::signatureLines(paper.value(), signatories[1]);
    CHECK(lines[1] == "(..............................)");
}
