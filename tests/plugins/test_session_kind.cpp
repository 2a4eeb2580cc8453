// Sapha tests — brainstorm session kind: template, round trip, vote tallies, checks, broken files.
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include "core/brainstorm_plugin.hpp"
#include "core/session_kind.hpp"

using namespace sapha;
using namespace sapha::brainstorm;

TEST_CASE("session_kind: the demo workshop round-trips with its four groups, clusters and votes")
{
    SessionKind kind;
    const auto demo = workshopDemo(kind);
    REQUIRE(demo.size() == 1);
    for (const DemoRevision& revision : demo[0].revisions) {
        auto loaded = kind.load(revision.xml, "demo");
        REQUIRE(loaded.isOk());
        CHECK(kind.save(*loaded.value()).value() == revision.xml);
    }
    auto final = kind.load(demo[0].revisions.back().xml, "demo");
    const Session& session = SessionKind::model(*final.value());
    CHECK(session.groups.size() == 4);
    CHECK(session.clusters.size() == 4);
    CHECK(session.votesFor("idea-4") == 11);
    CHECK(session.clusterOf("idea-10")->id == "cluster-service");
    CHECK(session.findGroup("group-3")->name == "กลุ่มที่ 3 ผลลัพธ์");
    CHECK_FALSE(hasErrors(kind.validate(*final.value(), "en")));
}

TEST_CASE("session_kind: checks catch unknown ideas, double clustering and over-voting")
{
    SessionKind kind;
    const std::string xml = R"(<session format="1">
  <topic>t</topic>
  <groups><group id="g"><name>g</name></group></groups>
  <ideas><idea id="i1" group="g"><text>a</text></idea></ideas>
  <clusters>
    <cluster id="c1"><title>x</title><member idea="i1"/><member idea="ghost"/></cluster>
    <cluster id="c2"><title>y</title><member idea="i1"/></cluster>
  </clusters>
  <votes per-participant="2"><vote target="i1" participant="p" count="3"/><vote target="nowhere" count="1"/></votes>
</session>)";
    auto loaded = kind.load(xml, "s.session.xml");
    REQUIRE(loaded.isOk());
    std::string all;
    for (const Finding& finding : kind.validate(*loaded.value(), "en"))
        all += finding.message + "|";
    CHECK(all.find("unknown idea ghost") != std::string::npos);
    CHECK(all.find("more than one cluster") != std::string::npos);
    CHECK(all.find("used 3 votes of 2") != std::string::npos);
    CHECK(all.find("unknown idea or cluster nowhere") != std::string::npos);
}

TEST_CASE("session_kind: an idea in a group that does not exist is refused with its line")
{
    SessionKind kind;
    auto loaded = kind.load("<session format=\"1\">\n<groups/>\n<ideas>\n<idea id=\"i\" group=\"nope\"/>\n</ideas>\n</session>",
        "s.xml");
    REQUIRE_FALSE(loaded.isOk());
    CHECK(loaded.error().where == "s.xml:4");
}
