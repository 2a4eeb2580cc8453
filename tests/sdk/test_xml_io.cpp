// Sapha tests — sdk xml_io: parse errors with file and line, root and version checks, pretty output, ids.
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <set>

#include <sapha/xml_io.hpp>

using namespace sapha;

TEST_CASE("xml_io: a malformed document is refused with its file and line")
{
    const std::string text = "<?xml version=\"1.0\"?>\n<meeting format=\"1\">\n  <title>unclosed\n</meeting>\n";
    auto parsed = xml::parse(text, "minutes/broken.meeting.xml");
    REQUIRE_FALSE(parsed.isOk());
    CHECK(parsed.error().where.rfind("minutes/broken.meeting.xml:", 0) == 0);
    CHECK(parsed.error().where == "minutes/broken.meeting.xml:4");
    CHECK_FALSE(parsed.error().message.empty());
}

TEST_CASE("xml_io: the root element and the format version are checked")
{
    const std::string wrongRoot = "<standard format=\"1\"/>";
    auto parsed = xml::parse(wrongRoot, "a.xml");
    REQUIRE(parsed.isOk());
    Status status = xml::checkRoot(*parsed.value(), wrongRoot, "meeting", 1, "a.xml");
    REQUIRE_FALSE(status.isOk());
    CHECK(status.error().message.find("<meeting>") != std::string::npos);

    const std::string newer = "<meeting format=\"7\"/>";
    auto newerParsed = xml::parse(newer, "b.xml");
    Status newerStatus = xml::checkRoot(*newerParsed.value(), newer, "meeting", 1, "b.xml");
    REQUIRE_FALSE(newerStatus.isOk());
    CHECK(newerStatus.error().message.find("newer") != std::string::npos);

    const std::string missing = "<meeting/>";
    auto missingParsed = xml::parse(missing, "c.xml");
    CHECK_FALSE(xml::checkRoot(*missingParsed.value(), missing, "meeting", 1, "c.xml").isOk());

    const std::string good = "<meeting format=\"1\"/>";
    auto goodParsed = xml::parse(good, "d.xml");
    CHECK(xml::checkRoot(*goodParsed.value(), good, "meeting", 1, "d.xml").isOk());
}

TEST_CASE("xml_io: output has one element per line and keeps Thai text")
{
    pugi::xml_document document;
    pugi::xml_node root = document.append_child("meeting");
    root.append_attribute("format").set_value(1);
    xml::setChildText(root, "committee", "คณะอนุกรรมการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย");
    xml::setChildText(root, "venue", "ห้องพวงแสด");
    const std::string text = xml::write(document);
    CHECK(text.find("<?xml") == 0);
    CHECK(text.find("\n  <committee>คณะอนุกรรมการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย</committee>\n") != std::string::npos);
    CHECK(text.find("\n  <venue>ห้องพวงแสด</venue>\n") != std::string::npos);

    auto reparsed = xml::parse(text, "x");
    REQUIRE(reparsed.isOk());
    CHECK(xml::childText(reparsed.value()->document_element(), "venue") == "ห้องพวงแสด");
}

TEST_CASE("xml_io: line numbers come from byte offsets")
{
    const std::string text = "a\nb\nc";
    CHECK(xml::lineAt(text, 0) == 1);
    CHECK(xml::lineAt(text, 2) == 2);
    CHECK(xml::lineAt(text, 4) == 3);
    CHECK(xml::lineAt(text, 400) == 3);
}

TEST_CASE("xml_io: element ids carry their prefix and do not repeat")
{
    std::set<std::string> ids;
    for (int i = 0; i < 1000; ++i) {
        const std::string id = xml::newElementId("ind");
        CHECK(id.rfind("ind-", 0) == 0);
        CHECK(id.size() == 12);
        ids.insert(id);
    }
    CHECK(ids.size() == 1000);
}
