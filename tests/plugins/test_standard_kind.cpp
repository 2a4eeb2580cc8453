// Sapha tests — standards kind: template, round trip, numbering, checks, broken files.
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <algorithm>

#include "core/assessment_kind.hpp"
#include "core/criteria_text.hpp"
#include "core/numbering.hpp"
#include "core/outline_edits.hpp"
#include "core/standard_kind.hpp"
#include "core/standards_plugin.hpp"

using namespace sapha;
using namespace sapha::standards;

TEST_CASE("standard_kind: a new standard has a component with a five-level indicator")
{
    StandardKind kind;
    NewDocumentOptions options;
    options.title = "มาตรฐานศูนย์คุ้มครองคนไร้ที่พึ่ง";
    auto created = kind.create(options);
    REQUIRE(created.isOk());
    const Standard& standard = StandardKind::model(*created.value());
    REQUIRE(standard.components.size() == 1);
    REQUIRE(standard.components[0].indicators.size() == 1);
    REQUIRE(standard.components[0].indicators[0].levels.size() == 5);
    CHECK(standard.components[0].indicators[0].levels[4].label == "ดีเลิศ");
    // The empty statement of the new indicator is reported, not invented.
    CHECK(hasErrors(kind.validate(*created.value(), "en")));
}

TEST_CASE("standard_kind: every demo revision round-trips and the final one has no errors")
{
    StandardKind kind;
    const auto demo = homelessCentreDemo(kind, AssessmentKind());
    REQUIRE(demo.size() == 2); // the draft, and an example assessment against it
    for (const DemoRevision& revision : demo[0].revisions) {
        auto loaded = kind.load(revision.xml, "demo");
        REQUIRE(loaded.isOk());
        CHECK(kind.save(*loaded.value()).value() == revision.xml);
    }
    auto proposed = kind.load(demo[0].revisions.back().xml, "demo");
    CHECK_FALSE(hasErrors(kind.validate(*proposed.value(), "en")));
    CHECK(kind.title(*proposed.value()) == "มาตรฐานศูนย์คุ้มครองคนไร้ที่พึ่ง (ร่างที่ 2)");
    const auto tags = homelessCentreDemoTags();
    REQUIRE(tags.size() == 2);
    CHECK(tags[1].revisionIndex == 2);
}

TEST_CASE("standard_kind: labels and change summaries follow order")
{
    CHECK(StandardKind::indicatorLabel(2, 3, "th") == "ตัวชี้วัดที่ 2.3");
    CHECK(StandardKind::componentLabel(1, "en") == "Component 1");
    StandardKind kind;
    const auto demo = homelessCentreDemo(kind, AssessmentKind());
    auto before = kind.load(demo[0].revisions[1].xml, "r2");
    auto after = kind.load(demo[0].revisions[2].xml, "r3");
    const std::string summary = kind.reviewChange(before.value().get(), *after.value(), ReviewOptions { "en", true }).summary;
    CHECK(summary.find("changed indicator 1.2") != std::string::npos);
    CHECK(summary.find("added indicator 3.2") != std::string::npos);
}

TEST_CASE("standard_kind: checks catch bad weights, unordered levels and missing criteria")
{
    StandardKind kind;
    const std::string xml = R"(<?xml version="1.0"?>
<standard format="1">
  <title>ทดสอบ</title>
  <component id="c1">
    <title>องค์ประกอบ</title>
    <indicator id="i1" type="process" weight="0">
      <statement>ตัวชี้วัด</statement>
      <levels>
        <level score="2" label="b">ข</level>
        <level score="1" label="a"></level>
      </levels>
    </indicator>
  </component>
</standard>
)";
    auto loaded = kind.load(xml, "s.standard.xml");
    REQUIRE(loaded.isOk());
    std::string all;
    for (const Finding& finding : kind.validate(*loaded.value(), "en"))
        all += finding.message + "|";
    CHECK(all.find("weight that is not positive") != std::string::npos);
    CHECK(all.find("out of order") != std::string::npos);
    CHECK(all.find("no criterion yet for level 1") != std::string::npos);
}

TEST_CASE("standard_kind: a wrong indicator type is refused with its line")
{
    StandardKind kind;
    auto loaded = kind.load("<standard format=\"1\">\n<component id=\"c\">\n<indicator id=\"i\" type=\"vibes\"/>\n</component>\n</standard>",
        "s.xml");
    REQUIRE_FALSE(loaded.isOk());
    CHECK(loaded.error().where == "s.xml:3");
}

TEST_CASE("standard_kind: every scoring scheme, code, owner, guidance, source and comment survive save and load")
{
    StandardKind kind;
    NewDocumentOptions options;
    options.title = "มาตรฐาน";
    auto created = kind.create(options);
    Standard standard = StandardKind::model(*created.value());
    standard.legalBasis = "พระราชบัญญัติคุ้มครองคนไร้ที่พึ่ง พ.ศ. 2557";
    standard.definitions = { { "คนไร้ที่พึ่ง", "ผู้ไม่มีที่อยู่อาศัย" } };
    standard.weightTotal = 4;
    Indicator& rubric = standard.components[0].indicators[0];
    rubric.statement = "มีแผน";
    rubric.code = "มคร. 1.1";
    rubric.owner = "หัวหน้าศูนย์";
    rubric.guidance = "ดูแผนฉบับลงนาม";
    rubric.source = "brainstorm/workshop.session.xml#cluster-plan";
    rubric.comments.push_back({ "comment-1", "กลุ่มที่ 1", "2018-08-16", "ควรระบุรอบปี", false });
    Indicator checklist;
    checklist.id = "ind-check";
    checklist.statement = "บุคลากรได้รับการพัฒนา";
    checklist.scheme = Scheme::Checklist;
    checklist.practices = { "มีแผนพัฒนา", "มีการอบรม", "มีการประชุมกรณี" };
    checklist.rules = { { 1, 2 }, { 3, 5 } };
    Indicator threshold;
    threshold.id = "ind-ratio";
    threshold.statement = "ร้อยละที่คืนสู่สังคม";
    threshold.scheme = Scheme::Threshold;
    threshold.target = 0.6;
    Indicator binary;
    binary.id = "ind-yes";
    binary.statement = "มีคู่มือ";
    binary.scheme = Scheme::Binary;
    standard.components[0].indicators.push_back(checklist);
    standard.components[0].indicators.push_back(threshold);
    standard.components[0].indicators.push_back(binary);
    standard.components[0].comments.push_back({ "comment-2", "ประธาน", "2018-09-05", "เห็นด้วย", true });
    for (Level& level : standard.components[0].indicators[0].levels)
        level.descriptor = "เกณฑ์ " + std::to_string(level.score);

    const std::string xml = kind.save(standard).value();
    CHECK(xml.find("<standard format=\"2\"") != std::string::npos);
    CHECK(xml.find("scheme=\"checklist\"") != std::string::npos);
    CHECK(xml.find("<rule done=\"3\" score=\"5\">") != std::string::npos);
    CHECK(xml.find("<threshold target=\"0.6\">") != std::string::npos);
    CHECK(xml.find("<band from=\"4.51\" to=\"5.00\">ยอดเยี่ยม</band>") != std::string::npos);
    auto loaded = kind.load(xml, "s.standard.xml");
    REQUIRE(loaded.isOk());
    CHECK(kind.save(*loaded.value()).value() == xml);
    const Standard& again = StandardKind::model(*loaded.value());
    CHECK(again.components[0].indicators[1].practices.size() == 3);
    CHECK(again.components[0].indicators[0].comments[0].text == "ควรระบุรอบปี");
    CHECK(again.components[0].comments[0].resolved);
    CHECK(again.definitions[0].term == "คนไร้ที่พึ่ง");
    CHECK_FALSE(hasErrors(kind.validate(*loaded.value(), "en")));

    // A comment is a change of its own in the summary.
    Standard commented = again;
    commented.components[0].indicators[2].comments.push_back({ "comment-3", "กลุ่มที่ 2", "2018-08-16", "ค่าเป้าหมายสูงไป", false });
    CHECK(kind.reviewChange(&again, commented, ReviewOptions { "th", true }).summary.find("ความเห็น") != std::string::npos);
}

TEST_CASE("standard_kind: checks catch weights against the declared total, duplicate codes, empty checklists, bad targets and bands")
{
    StandardKind kind;
    const std::string xml = R"(<?xml version="1.0"?>
<standard format="2" weight-total="10">
  <title>ทดสอบ</title>
  <bands><band from="1.00" to="2.50">ต่ำ</band><band from="2.40" to="3.50">กลาง</band><band from="4.00" to="5.00">สูง</band></bands>
  <component id="c1">
    <title>องค์ประกอบ</title>
    <indicator id="i1" code="A1" type="process" weight="2" scheme="checklist"><statement>ก</statement></indicator>
    <indicator id="i2" code="A1" type="output" weight="3" scheme="threshold"><statement>ข</statement><threshold target="1.5"></threshold></indicator>
    <indicator id="i3" type="outcome" weight="1" scheme="binary"><statement>ค</statement><binary points="9"></binary></indicator>
  </component>
</standard>
)";
    auto loaded = kind.load(xml, "s.standard.xml");
    REQUIRE(loaded.isOk());
    std::string all;
    for (const Finding& finding : kind.validate(*loaded.value(), "en"))
        all += finding.message + "|";
    CHECK(all.find("weights add up to 6, not the declared 10") != std::string::npos);
    CHECK(all.find("ตัวชี้วัดที่ 1.2 has the code \"A1\", already given to ตัวชี้วัดที่ 1.1") != std::string::npos);
    CHECK(all.find("checklist that lists no practices") != std::string::npos);
    CHECK(all.find("target must be a ratio above 0 and at most 1, not 1.5") != std::string::npos);
    CHECK(all.find("binary points 9 are outside the scale 0–5") != std::string::npos);
    CHECK(all.find("overlaps") != std::string::npos);
    CHECK(all.find("fall in no band") != std::string::npos);

    auto badScheme = kind.load("<standard format=\"2\">\n<component id=\"c\">\n<indicator id=\"i\" scheme=\"vibes\"/>\n</component>\n</standard>", "s.xml");
    REQUIRE_FALSE(badScheme.isOk());
    CHECK(badScheme.error().where == "s.xml:3");
    auto badWeight = kind.load("<standard format=\"2\">\n<component id=\"c\">\n<indicator id=\"i\" weight=\"heavy\"/>\n</component>\n</standard>", "s.xml");
    REQUIRE_FALSE(badWeight.isOk());
    CHECK(badWeight.error().message.find("weight must be a number") != std::string::npos);
    CHECK_FALSE(kind.load("<standard format=\"3\"></standard>", "s.xml").isOk()); // newer than this Sapha
}

TEST_CASE("standard_kind: Thai digits in labels when the document asks for them")
{
    CHECK(StandardKind::indicatorLabel(2, 3, "th", true) == "ตัวชี้วัดที่ ๒.๓");
    CHECK(StandardKind::componentLabel(10, "th", true) == "องค์ประกอบที่ ๑๐");
}

TEST_CASE("outline edits: add after the selection, move across components, duplicate with new ids, remove")
{
    StandardKind kind;
    const auto demo = homelessCentreDemo(kind, AssessmentKind());
    auto loaded = kind.load(demo[0].revisions[2].xml, "demo");
    Standard standard = StandardKind::model(*loaded.value());
    auto idsOf = [](const Component& component) {
        std::vector<std::string> ids;
        for (const Indicator& indicator : component.indicators)
            ids.push_back(indicator.id);
        return ids;
    };

    const std::string added = addIndicatorAfter(standard, "ind-plan");
    CHECK(idsOf(standard.components[0]) == std::vector<std::string> { "ind-plan", added, "ind-staff" });
    CHECK(standard.components[0].indicators[1].levels.size() == 5);
    const std::string component = addComponentAfter(standard, "ind-plan");
    CHECK(standard.components[1].id == component);

    // The first indicator of a component moves up into the end of the previous one, and back.
    REQUIRE(moveNode(standard, "ind-intake", -1)); // components: management, new, service, outcome
    CHECK(idsOf(standard.components[1]) == std::vector<std::string> { "ind-intake" });
    REQUIRE(moveNode(standard, "ind-intake", 1));
    CHECK(standard.components[2].indicators.front().id == "ind-intake");
    CHECK_FALSE(moveNode(standard, standard.components.front().id, -1)); // already first
    REQUIRE(moveNode(standard, component, 1));
    CHECK(standard.components[2].id == component);

    const std::string copy = duplicateNode(standard, "ind-return");
    const Indicator& original = standard.components[3].indicators[0];
    const Indicator& duplicate = standard.components[3].indicators[1];
    CHECK(duplicate.id == copy);
    CHECK(copy != "ind-return");
    CHECK(duplicate.statement == original.statement);
    CHECK(duplicate.scheme == Scheme::Threshold);
    CHECK(duplicate.comments.empty());
    // Components now: management, service, the new one, outcome.
    const std::string componentCopy = duplicateNode(standard, "comp-service");
    CHECK(standard.components[2].id == componentCopy);
    CHECK(standard.components[2].indicators[0].id != "ind-intake");
    CHECK(standard.components[2].indicators[0].statement == standard.components[1].indicators[0].statement);

    // Removing selects the neighbour: the next indicator, or the component that takes the removed one's place.
    CHECK(removeNode(standard, copy) == "ind-satisfaction");
    CHECK(removeNode(standard, component) == "comp-outcome");
    CHECK(removeNode(standard, "ind-staff").empty() == false);
}

TEST_CASE("checklist rules as typed: \"practices: score\" per line, and the line that is not one named")
{
    auto rules = parseRules("1: 2\n3 : 4.5\n");
    REQUIRE(rules.isOk());
    REQUIRE(rules.value().size() == 2);
    CHECK(rules.value()[1].done == 3);
    CHECK(rules.value()[1].score == 4.5);
    CHECK(rulesText(rules.value()) == "1: 2\n3: 4.5\n");
    auto bad = parseRules("1: 2\nthree: 4\n");
    REQUIRE_FALSE(bad.isOk());
    CHECK(bad.error().message.find("line 2 \"three: 4\"") != std::string::npos);
    CHECK(parseRules("").value().empty());
}

TEST_CASE("sections: three levels (องค์ประกอบ → มาตรฐาน → ตัวชี้วัด), numbered from order, read, written, checked and on paper")
{
    StandardKind kind;
    const std::string xml = R"(<?xml version="1.0"?>
<standard format="2">
  <title>มาตรฐานการจัดสวัสดิการ</title>
  <component id="c1">
    <title>การบริหารจัดการ</title>
    <indicator id="i-direct" weight="1"><statement>มีโครงสร้างการบริหาร</statement><levels><level score="1" label="ก">ก</level></levels></indicator>
    <section id="s-plan">
      <title>การวางแผน</title>
      <indicator id="i-plan" weight="1"><statement>มีแผนประจำปี</statement><levels><level score="1" label="ก">ก</level></levels></indicator>
      <indicator id="i-review" weight="1"><statement>ทบทวนแผน</statement><levels><level score="1" label="ก">ก</level></levels></indicator>
    </section>
    <section id="s-empty"><title></title></section>
  </component>
</standard>
)";
    auto loaded = kind.load(xml, "s.standard.xml");
    REQUIRE(loaded.isOk());
    Standard standard = StandardKind::model(*loaded.value());
    const Component& component = standard.components[0];
    REQUIRE(component.sections.size() == 2);
    REQUIRE(component.indicators.size() == 3);
    CHECK(indicatorNumber(component, 1, 0) == "1.1");
    CHECK(sectionNumber(component, 1, 0) == "1.2");
    CHECK(indicatorNumber(component, 1, 1) == "1.2.1");
    CHECK(indicatorNumber(component, 1, 2) == "1.2.2");
    CHECK(sectionNumber(component, 1, 1) == "1.3");
    CHECK(StandardKind::sectionLabel("1.2", "th") == "มาตรฐานที่ 1.2");
    const std::string written = kind.save(standard).value();
    CHECK(written.find("<section id=\"s-plan\">") != std::string::npos);
    CHECK(kind.load(written, "again").isOk());
    CHECK(kind.save(*kind.load(written, "again").value()).value() == written);

    std::string all;
    for (const Finding& finding : kind.validate(standard, "en"))
        all += finding.message + "|";
    CHECK(all.find("มาตรฐานที่ 1.3 has no title") != std::string::npos);
    CHECK(all.find("มาตรฐานที่ 1.3 has no indicators") != std::string::npos);
    // The change summary and the paper speak of the section and of the indicator by its three-part number.
    Standard reworded = standard;
    reworded.components[0].indicators[2].statement = "ทบทวนแผนทุกไตรมาส";
    CHECK(kind.reviewChange(&standard, reworded, ReviewOptions { "th", true }).summary == "แก้ไขตัวชี้วัดที่ 1.2.2");
    const exporting::Document paper = kind.exportDocument(standard).value();
    std::string headings;
    for (const exporting::Block& block : paper.blocks) {
        if (const auto* heading = std::get_if<exporting::Heading>(&block))
            for (const auto& run : heading->runs)
                headings += run.text + "|";
    }
    CHECK(headings.find("ตัวชี้วัดที่ 1.1  มีโครงสร้างการบริหาร|มาตรฐานที่ 1.2  การวางแผน|ตัวชี้วัดที่ 1.2.1  มีแผนประจำปี|") != std::string::npos);
    CHECK(headings.find("มาตรฐานที่ 1.3") != std::string::npos); // an empty section still shows
    // An assessment numbers the indicators the same way.
    CHECK(assessmentOf(standard, "s.standard.xml", "v").components[0].indicators[2].label == "1.2.2");
}

TEST_CASE("sections: indent into a section and outdent out of it, move across a section's edge, add, duplicate and remove one")
{
    StandardKind kind;
    NewDocumentOptions options;
    auto created = kind.create(options);
    Standard standard = StandardKind::model(*created.value());
    Component& component = standard.components[0];
    const std::string first = component.indicators[0].id;
    const std::string second = addIndicatorAfter(standard, first);

    // Indent with no section yet: one is made, and the indicator goes in.
    REQUIRE(indentNode(standard, second));
    REQUIRE(component.sections.size() == 1);
    CHECK(component.indicators[1].id == second);
    CHECK(component.indicators[1].section == component.sections[0].id);
    CHECK(indicatorNumber(component, 1, 1) == "1.2.1");
    CHECK_FALSE(indentNode(standard, second)); // three levels are the most
    // Moving the direct indicator down crosses into the section, at its start.
    REQUIRE(moveNode(standard, first, 1));
    CHECK(component.indicators[0].id == first);
    CHECK(component.indicators[0].section == component.sections[0].id);
    CHECK(directIndicatorCount(component) == 0);
    REQUIRE(outdentNode(standard, first));
    CHECK(component.indicators[0].id == first);
    CHECK(component.indicators[0].section.empty());

    // A new indicator selected on a section goes into it; a new section after the selected one.
    const std::string section = component.sections[0].id;
    const std::string third = addIndicatorAfter(standard, section);
    CHECK(component.indicators.back().id == third);
    CHECK(component.indicators.back().section == section);
    const std::string next = addSectionAfter(standard, section);
    REQUIRE(component.sections.size() == 2);
    CHECK(component.sections[1].id == next);
    // A duplicated section comes with copies of its indicators; removing it takes them away.
    const std::string copy = duplicateNode(standard, section);
    REQUIRE(component.sections.size() == 3);
    CHECK(component.sections[1].id == copy);
    CHECK(std::count_if(component.indicators.begin(), component.indicators.end(), [&](const Indicator& i) { return i.section == copy; }) == 2);
    CHECK(removeNode(standard, copy) == next);
    CHECK(component.indicators.size() == 3);
    REQUIRE(moveNode(standard, next, -1));
    CHECK(component.sections[0].id == next);
    CHECK(kind.load(kind.save(standard).value(), "x").isOk());
}
