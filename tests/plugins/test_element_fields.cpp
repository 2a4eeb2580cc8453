// Sapha tests — every element of every shipped kind names its fields in Thai and English, so that a
// committee member comparing two versions reads "กำหนดเสร็จ" above a date, not a bare "2020-09-30";
// and a changed field is found field by field in the demo's own history.
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <algorithm>
#include <stdexcept>

#include <sapha/diff/structural_diff.hpp>

#include "core/assessment_kind.hpp"
#include "core/brainstorm_plugin.hpp"
#include "core/demo_meetings.hpp"
#include "core/plan_kind.hpp"
#include "core/plans_plugin.hpp"
#include "core/session_kind.hpp"
#include "core/standard_kind.hpp"
#include "core/standards_plugin.hpp"

using namespace sapha;

namespace {

// Each revision of each demo document through its kind: every element labelled, its text its fields.
void checkLabelled(const IDocumentKind& kind, const DemoDocument& document)
{
    for (const DemoRevision& revision : document.revisions) {
        auto loaded = kind.load(revision.xml, document.path);
        REQUIRE(loaded.isOk());
        for (const ElementInfo& element : kind.elements(*loaded.value())) {
            INFO(document.path << " " << element.type << " " << element.label);
            REQUIRE_FALSE(element.fields.empty());
            std::string text;
            for (const ElementField& field : element.fields) {
                CHECK_FALSE(field.label.th.empty());
                CHECK_FALSE(field.label.en.empty());
                text += (&field == &element.fields.front() ? "" : "\n") + field.value;
            }
            CHECK(text == element.text);
        }
    }
}

const IDocumentKind& kindFor(const std::string& path, const std::vector<const IDocumentKind*>& kinds)
{
    for (const IDocumentKind* kind : kinds) {
        const std::string suffix = kind->fileSuffix();
        if (path.size() > suffix.size() && path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0)
            return *kind;
    }
    FAIL("no kind for " << path);
    throw std::logic_error("unreachable");
}

} // namespace

TEST_CASE("element fields: every element of the demo's documents names its fields in Thai and English")
{
    const minutes::MeetingKind meeting;
    const minutes::RosterKind roster;
    const standards::StandardKind standard;
    const standards::AssessmentKind assessment;
    const brainstorm::SessionKind session;
    const plans::PlanKind plan;
    const std::vector<const IDocumentKind*> kinds { &meeting, &roster, &standard, &assessment, &session, &plan };
    std::vector<DemoDocument> demo = minutes::chiangRaiDemo(meeting, roster);
    for (auto more : { minutes::beggingControlDemo(meeting, roster), standards::homelessCentreDemo(standard, assessment),
             brainstorm::workshopDemo(session), plans::chiangRaiPlanDemo(plan) })
        demo.insert(demo.end(), more.begin(), more.end());
    REQUIRE(demo.size() >= 9);
    for (const DemoDocument& document : demo)
        checkLabelled(kindFor(document.path, kinds), document);
}

TEST_CASE("element fields: the demo standard's reviewed indicator changed its weight, its scoring and its target, by name")
{
    const standards::StandardKind standard;
    const standards::AssessmentKind assessment;
    const std::vector<DemoDocument> demo = standards::homelessCentreDemo(standard, assessment);
    const DemoDocument& document = demo.at(0);
    REQUIRE(document.revisions.size() >= 2);
    auto first = standard.load(document.revisions.front().xml, document.path);
    auto last = standard.load(document.revisions.back().xml, document.path);
    REQUIRE((first.isOk() && last.isOk()));
    const std::vector<diff::ElementChange> changes
        = diff::diffElements(standard.elements(*first.value()), standard.elements(*last.value()));
    const auto returned = std::find_if(changes.begin(), changes.end(), [](const diff::ElementChange& change) {
        return change.after.id == "ind-return";
    });
    REQUIRE(returned != changes.end());
    std::string changed;
    for (const diff::FieldChange& field : diff::diffFields(*returned))
        if (field.kind != diff::ChangeKind::None)
            changed += field.label.in("th") + "=" + field.after + ";";
    // The scoring reads as the editor says it (ค่าเป้าหมาย), not the file's code ("threshold").
    CHECK(changed == "น้ำหนัก=2;ให้คะแนนแบบ=ค่าเป้าหมาย;ค่าเป้าหมาย=0.6;");
}
