// Sapha tests — standards kind: template, round trip, numbering, checks, broken files.
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

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
    CHECK(hasErrors(kind.validate(*created.value())));
}

TEST_CASE("standard_kind: every demo revision round-trips and the final one has no errors")
{
    StandardKind kind;
    const auto demo = homelessCentreDemo(kind);
    REQUIRE(demo.size() == 1);
    for (const DemoRevision& revision : demo[0].revisions) {
        auto loaded = kind.load(revision.xml, "demo");
        REQUIRE(loaded.isOk());
        CHECK(kind.save(*loaded.value()).value() == revision.xml);
    }
    auto proposed = kind.load(demo[0].revisions.back().xml, "demo");
    CHECK_FALSE(hasErrors(kind.validate(*proposed.value())));
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
    const auto demo = homelessCentreDemo(kind);
    auto before = kind.load(demo[0].revisions[1].xml, "r2");
    auto after = kind.load(demo[0].revisions[2].xml, "r3");
    const std::string summary = kind.summarizeChange(before.value().get(), *after.value(), "en");
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
    for (const Finding& finding : kind.validate(*loaded.value()))
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
