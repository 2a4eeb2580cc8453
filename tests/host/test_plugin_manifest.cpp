// Sapha tests — host plugin_manifest: what a manifest must say, and how a wrong one is reported.
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include "plugins/plugin_manifest.hpp"

using namespace sapha::host;

TEST_CASE("plugin_manifest: a complete manifest is read with Thai and English names")
{
    const std::string text = R"({
      "id": "minutes", "name": { "th": "รายงานการประชุม", "en": "Minutes" }, "version": "1.2.0", "sdkApi": 1,
      "core": "libsapha_minutes_core.so", "ui": "libsapha_minutes_ui.so",
      "documentKinds": [ { "id": "minutes.meeting", "suffix": ".meeting.xml", "name": "Meeting" } ] })";
    auto manifest = parsePluginManifest(text, "/plugins/minutes", "plugin.json");
    REQUIRE(manifest.isOk());
    CHECK(manifest.value().name.in("th") == "รายงานการประชุม");
    CHECK(manifest.value().name.in("en") == "Minutes");
    CHECK(manifest.value().uiLibrary == "libsapha_minutes_ui.so");
    REQUIRE(manifest.value().documentKinds.size() == 1);
    CHECK(manifest.value().documentKinds[0].suffix == ".meeting.xml");
    CHECK(manifest.value().commands.empty()); // optional

    auto withVerbs = parsePluginManifest(R"({"id":"x","name":"x","version":"1","sdkApi":1,"core":"a.so",
        "commands":["actions","certify"],"documentKinds":[]})", "/p", "p/plugin.json");
    REQUIRE(withVerbs.isOk());
    CHECK(withVerbs.value().commands == std::vector<std::string> { "actions", "certify" });
}

TEST_CASE("plugin_manifest: every defect names what is wrong")
{
    auto check = [](const std::string& text, const std::string& expected) {
        auto manifest = parsePluginManifest(text, "/p", "p/plugin.json");
        REQUIRE_FALSE(manifest.isOk());
        INFO(manifest.error().message);
        CHECK(manifest.error().where == "p/plugin.json");
        CHECK(manifest.error().message.find(expected) != std::string::npos);
    };
    check("{", "invalid JSON");
    check("[]", "JSON object");
    check(R"({"name":"x","version":"1","sdkApi":1,"core":"a.so","documentKinds":[]})", "missing \"id\"");
    check(R"({"id":"x","name":"x","version":"1","sdkApi":"1","core":"a.so","documentKinds":[]})", "sdkApi");
    check(R"({"id":"x","name":"x","version":"1","sdkApi":1,"core":"../evil.so","documentKinds":[]})", "\"core\"");
    check(R"({"id":"x","name":"x","version":"1","sdkApi":1,"core":"a.so"})", "documentKinds");
    check(R"({"id":"x","name":"x","version":"1","sdkApi":1,"core":"a.so","documentKinds":[{"id":"y.k","suffix":".k.xml","name":"k"}]})",
        "must start with \"x.\"");
    check(R"({"id":"x","name":"x","version":"1","sdkApi":1,"core":"a.so","commands":"actions","documentKinds":[]})",
        "\"commands\" must be an array");
    check(R"({"id":"x","name":"x","version":"1","sdkApi":1,"core":"a.so","commands":["ok",3],"documentKinds":[]})",
        "commands[1] must be a verb name");
    check(R"({"id":"x","name":"x","version":"1","sdkApi":1,"core":"a.so","commands":[""],"documentKinds":[]})",
        "commands[0] must be a verb name");
}
