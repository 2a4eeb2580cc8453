// Sapha tests — every shipped document kind merges two sides' edits by element (IDocumentKind::merge):
// on each demo document, edits of different elements and of different fields of one element are all
// kept in a document of that kind that loads; the same field changed differently is one conflict naming
// the element and the field, with this side's value in the document.
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <algorithm>
#include <map>

#include <pugixml.hpp>

#include <sapha/xml_io.hpp>

#include "core/assessment_kind.hpp"
#include "core/brainstorm_plugin.hpp"
#include "core/meeting_kind.hpp"
#include "core/minutes_plugin.hpp"
#include "core/roster_kind.hpp"
#include "core/session_kind.hpp"
#include "core/standard_kind.hpp"
#include "core/standards_plugin.hpp"

using namespace sapha;

namespace {

struct Sample {
    const IDocumentKind* kind;
    std::string path;
    std::string xml;
};

// A field that holds words (Thai text, not a number or a date), inside an element with an id.
struct Field {
    std::string element;
    std::string name;
    int index = 0; // among the element's children of that name
};

std::vector<Field> wordFields(const std::string& xml)
{
    pugi::xml_document document;
    REQUIRE(document.load_string(xml.c_str()));
    std::vector<Field> fields;
    for (pugi::xpath_node found : document.select_nodes("//*[@id]")) {
        const pugi::xml_node element = found.node();
        std::map<std::string, int> seen;
        for (pugi::xml_node child : element.children()) {
            if (child.type() != pugi::node_element || child.attribute("id"))
                continue;
            const int index = seen[child.name()]++;
            const std::string text = child.text().get();
            // Thai letters are three bytes from 0xE0 0xB8: words, not numbers or codes.
            if (child.first_child().type() == pugi::node_pcdata && text.find("\xE0\xB8") != std::string::npos)
                fields.push_back({ element.attribute("id").value(), child.name(), index });
        }
    }
    return fields;
}

pugi::xml_node fieldNode(pugi::xml_document& document, const Field& field)
{
    pugi::xml_node element
        = document.find_node([&](pugi::xml_node node) { return std::string(node.attribute("id").value()) == field.element; });
    int index = 0;
    for (pugi::xml_node child : element.children(field.name.c_str())) {
        if (!child.attribute("id") && index++ == field.index)
            return child;
    }
    return {};
}

std::string withEdit(const std::string& xml, const Field& field, const std::string& suffix)
{
    pugi::xml_document document;
    REQUIRE(document.load_string(xml.c_str()));
    pugi::xml_node node = fieldNode(document, field);
    REQUIRE(node);
    node.text().set((std::string(node.text().get()) + suffix).c_str());
    return xml::write(document);
}

std::string fieldText(const std::string& xml, const Field& field)
{
    pugi::xml_document document;
    REQUIRE(document.load_string(xml.c_str()));
    return fieldNode(document, field).text().get();
}

std::vector<Sample> samples()
{
    static const minutes::MeetingKind meeting;
    static const minutes::RosterKind roster;
    static const standards::StandardKind standard;
    static const standards::AssessmentKind assessment;
    static const brainstorm::SessionKind session;
    std::vector<Sample> all;
    auto add = [&](const std::vector<DemoDocument>& documents) {
        for (const DemoDocument& document : documents) {
            for (const IDocumentKind* kind : std::initializer_list<const IDocumentKind*> { &meeting, &roster, &standard, &assessment, &session }) {
                if (document.path.ends_with(kind->fileSuffix()))
                    all.push_back({ kind, document.path, document.revisions.back().xml });
            }
        }
    };
    add(minutes::chiangRaiDemo(meeting, roster));
    add(standards::homelessCentreDemo(standard, assessment));
    add(brainstorm::workshopDemo(session));
    return all;
}

} // namespace

TEST_CASE("merge by element: every kind keeps both sides' edits of different elements and fields, and names a real conflict")
{
    std::map<std::string, int> kinds;
    for (const Sample& sample : samples()) {
        INFO(sample.path);
        const std::vector<Field> fields = wordFields(sample.xml);
        // Two fields of two elements, and a second field of the first element when it has one.
        REQUIRE(fields.size() >= 2);
        const Field first = fields[0];
        auto other = std::find_if(fields.begin(), fields.end(), [&](const Field& f) { return f.element != first.element; });
        REQUIRE(other != fields.end());
        auto sibling = std::find_if(fields.begin() + 1, fields.end(), [&](const Field& f) { return f.element == first.element; });

        std::string ours = withEdit(sample.xml, first, " (ก)");
        std::string theirs = withEdit(sample.xml, *other, " (ข)");
        if (sibling != fields.end())
            theirs = withEdit(theirs, *sibling, " (ข)");
        Result<MergedDocument> merged = sample.kind->merge(sample.xml, ours, theirs);
        INFO((merged ? std::string() : merged.error().describe()));
        REQUIRE(merged.isOk());
        CHECK(merged.value().conflicts.empty());
        CHECK(fieldText(merged.value().text, first).ends_with(" (ก)"));
        CHECK(fieldText(merged.value().text, *other).ends_with(" (ข)"));
        if (sibling != fields.end())
            CHECK(fieldText(merged.value().text, *sibling).ends_with(" (ข)"));
        // A document of the kind, in the kind's own form.
        Result<std::unique_ptr<IDocument>> loaded = sample.kind->load(merged.value().text, "merged");
        REQUIRE(loaded.isOk());
        CHECK(sample.kind->save(*loaded.value()).value() == merged.value().text);

        // The same field, changed differently.
        const std::string mine = withEdit(sample.xml, first, " (ฉบับเครื่องนี้)");
        const std::string yours = withEdit(sample.xml, first, " (ฉบับเครื่องอื่น)");
        Result<MergedDocument> clash = sample.kind->merge(sample.xml, mine, yours);
        REQUIRE(clash.isOk());
        REQUIRE(clash.value().conflicts.size() == 1);
        const xml::MergeConflict& conflict = clash.value().conflicts.front();
        CHECK(conflict.element == first.element);
        CHECK(conflict.path == (first.index == 0 ? first.name : first.name + "[" + std::to_string(first.index) + "]"));
        CHECK(conflict.ours.value().ends_with(" (ฉบับเครื่องนี้)"));
        CHECK(conflict.theirs.value().ends_with(" (ฉบับเครื่องอื่น)"));
        CHECK(fieldText(clash.value().text, first).ends_with(" (ฉบับเครื่องนี้)"));
        // Choosing the other side gives a document of the kind with their value.
        Result<std::string> chosen = xml::applyChoice(clash.value().text, conflict, xml::Side::Theirs);
        REQUIRE(chosen.isOk());
        CHECK(sample.kind->load(chosen.value(), "chosen").isOk());
        CHECK(fieldText(chosen.value(), first).ends_with(" (ฉบับเครื่องอื่น)"));
        ++kinds[sample.kind->id()];
    }
    CHECK(kinds.size() == 5); // meeting, roster, standard, assessment, session
}

TEST_CASE("merge by element: an indicator moved to another component on one side and reworded on the other is both")
{
    standards::StandardKind kind;
    const std::string base = standards::homelessCentreDemo(kind, standards::AssessmentKind())[0].revisions.back().xml;
    pugi::xml_document moved;
    REQUIRE(moved.load_string(base.c_str()));
    pugi::xpath_node_set components = moved.select_nodes("//component");
    REQUIRE(components.size() >= 2);
    pugi::xml_node indicator = components[0].node().child("indicator");
    REQUIRE(indicator);
    const std::string id = indicator.attribute("id").value();
    components[1].node().append_move(indicator);
    const std::string theirs = xml::write(moved);
    const std::string ours = withEdit(base, Field { id, "statement", 0 }, " (แก้ถ้อยคำ)");

    Result<MergedDocument> merged = kind.merge(base, ours, theirs);
    INFO((merged ? std::string() : merged.error().describe()));
    REQUIRE(merged.isOk());
    CHECK(merged.value().conflicts.empty());
    pugi::xml_document result;
    REQUIRE(result.load_string(merged.value().text.c_str()));
    const pugi::xml_node placed = result.find_node([&](pugi::xml_node node) { return std::string(node.attribute("id").value()) == id; });
    REQUIRE(placed);
    CHECK(std::string(placed.parent().attribute("id").value()) == components[1].node().attribute("id").value());
    CHECK(std::string(placed.child("statement").text().get()).ends_with(" (แก้ถ้อยคำ)"));
    CHECK(result.select_nodes(("//*[@id='" + id + "']").c_str()).size() == 1);
}
