// Sapha tests — host plugin_registry: discovery from manifests and every refusal of the handshake,
// with real libraries built for the purpose; the shipped plugins and the guide's example load.
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <map>

#include <sapha/command_provider.hpp>
#include <sapha/demo_content.hpp>
#include <sapha/plugin_entry.hpp>
#include <sapha/version.h>

#include "host_services.hpp"
#include "plugins/entry_check.hpp"
#include "plugins/plugin_registry.hpp"

using namespace sapha;
using namespace sapha::host;

namespace {

struct Loaded {
    UserSettings settings;
    HostServices services { settings, LogLevel::None };
    PluginRegistry registry { services };
    std::map<std::string, const PluginRecord*> byFolder;

    explicit Loaded(const std::vector<std::filesystem::path>& directories)
    {
        registry.discover(directories);
        registry.loadAll();
        for (const PluginRecord& record : registry.records())
            byFolder[record.manifest.directory.filename().string()] = &record;
    }

    const PluginRecord& at(const std::string& folder)
    {
        REQUIRE(byFolder.count(folder) == 1);
        return *byFolder[folder];
    }
};

void checkRefused(const PluginRecord& record, const std::string& reasonPart)
{
    INFO(record.manifest.directory.string() << ": " << record.reason);
    CHECK(record.state == PluginState::Refused);
    CHECK(record.reason.find(reasonPart) != std::string::npos);
    CHECK(record.plugin == nullptr);
}

} // namespace

TEST_CASE("plugin_registry: broken plugins are refused with their reasons and the rest run")
{
    Loaded loaded({ SAPHA_FIXTURE_DIR });
    CHECK(loaded.at("fixture_ok").state == PluginState::Running);
    checkRefused(loaded.at("wrong_api_manifest"), "built for SDK API 999");
    checkRefused(loaded.at("wrong_api_library"), "its library was built for SDK API");
    checkRefused(loaded.at("api2_plugin"), "built for SDK API 2, this Sapha provides API " + std::to_string(SAPHA_SDK_API_VERSION) + "; rebuild the plugin");
    checkRefused(loaded.at("missing_library"), "its library is missing");
    checkRefused(loaded.at("no_entry"), "not a Sapha plugin");
    checkRefused(loaded.at("id_mismatch"), "says it is \"someone_else\"");
    checkRefused(loaded.at("throws_on_start"), "failed while starting");
    checkRefused(loaded.at("init_fails"), "its settings file is missing");
    checkRefused(loaded.at("bad_manifest"), "malformed manifest");
    checkRefused(loaded.at("missing_core_key"), "missing \"core\"");
}

TEST_CASE("plugin_registry: a second plugin with the same id is refused")
{
    Loaded loaded({ SAPHA_FIXTURE_DIR, SAPHA_FIXTURE_DIR "/../plugin_fixtures_duplicate" });
    int running = 0;
    for (const PluginRecord& record : loaded.registry.records())
        running += record.manifest.id == "fixture_ok" && record.state == PluginState::Running ? 1 : 0;
    CHECK(running == 1);
}

TEST_CASE("plugin_registry: a broken plugin found first does not keep out a working one with its id")
{
    // The folder searched first holds a copy of fixture_ok whose library is missing.
    Loaded loaded({ SAPHA_FIXTURE_DIR "/../plugin_fixtures_duplicate", SAPHA_FIXTURE_DIR });
    checkRefused(loaded.at("fixture_ok_again"), "its library is missing");
    CHECK(loaded.at("fixture_ok").state == PluginState::Running);
    CHECK(loaded.at("fixture_ok").reason.empty());
}

TEST_CASE("plugin_registry: the shipped plugins run and provide their kinds")
{
    Loaded loaded({ SAPHA_PLUGIN_DIR });
    for (const char* id : { "minutes", "standards", "brainstorm" })
        CHECK(loaded.at(id).state == PluginState::Running);
    REQUIRE(loaded.registry.kindById("minutes.meeting") != nullptr);
    REQUIRE(loaded.registry.kindById("standards.standard") != nullptr);
    REQUIRE(loaded.registry.kindById("brainstorm.session") != nullptr);
    CHECK(loaded.registry.kindForPath("minutes/x.meeting.xml")->id() == "minutes.meeting");
    CHECK(loaded.registry.kindManifestForPath("a/b.standard.xml")->id == "standards.standard");
    CHECK(loaded.registry.kindForPath("notes.txt") == nullptr);
    for (const char* id : { "minutes", "standards", "brainstorm" })
        CHECK(query<IDemoContent>(*loaded.at(id).plugin) != nullptr);
}

TEST_CASE("plugin_registry: loaded when asked, a plugin starts only when one of its kinds is asked for")
{
    UserSettings settings;
    HostServices services { settings, LogLevel::None };
    PluginRegistry registry { services };
    registry.discover({ SAPHA_PLUGIN_DIR });
    registry.loadWhenAsked();
    const auto stateOf = [&](const std::string& id) {
        for (const PluginRecord& record : registry.records())
            if (record.manifest.id == id)
                return record.state;
        return PluginState::Invalid;
    };
    // From the manifests: nothing loaded.
    CHECK(registry.kindManifestForPath("a/b.standard.xml")->id == "standards.standard");
    CHECK(registry.kindForPath("notes.txt") == nullptr);
    CHECK(stateOf("standards") == PluginState::Discovered);
    CHECK(stateOf("minutes") == PluginState::Discovered);
    // A meeting: the minutes plugin alone.
    REQUIRE(registry.kindForPath("minutes/x.meeting.xml") != nullptr);
    CHECK(stateOf("minutes") == PluginState::Running);
    CHECK(stateOf("standards") == PluginState::Discovered);
    CHECK(stateOf("brainstorm") == PluginState::Discovered);
    // By kind id: its plugin.
    REQUIRE(registry.kindById("brainstorm.session") != nullptr);
    CHECK(stateOf("brainstorm") == PluginState::Running);
    CHECK(stateOf("standards") == PluginState::Discovered);
    // A verb a manifest names: that plugin alone.
    registry.loadForCommand("progress");
    CHECK(stateOf("plans") == PluginState::Running);
    CHECK(stateOf("standards") == PluginState::Discovered);
    // One no manifest names: every plugin, to find it.
    registry.loadForCommand("no-such-verb");
    CHECK(stateOf("standards") == PluginState::Running);
    // What looks among the running plugins finds them all started.
    for (const PluginRecord& record : registry.startedRecords())
        CHECK(record.state == PluginState::Running);
}

TEST_CASE("plugin_registry: each shipped plugin's manifest names exactly the verbs it adds")
{
    Loaded loaded({ SAPHA_PLUGIN_DIR });
    for (const PluginRecord& record : loaded.registry.records()) {
        REQUIRE(record.state == PluginState::Running);
        std::vector<std::string> provided;
        if (const ICommandProvider* provider = query<ICommandProvider>(*record.plugin))
            for (const CommandInfo& command : provider->commands())
                provided.push_back(command.name);
        INFO(record.manifest.id);
        CHECK(provided == record.manifest.commands);
    }
}

TEST_CASE("plugin_registry: the plugin guide's example is built and loads")
{
    Loaded loaded({ SAPHA_EXAMPLE_PLUGIN_DIR });
    const PluginRecord& hello = loaded.at("hello");
    CHECK(hello.state == PluginState::Running);
    const IDocumentKind* kind = loaded.registry.kindById("hello.note");
    REQUIRE(kind != nullptr);
    NewDocumentOptions options;
    options.title = "สวัสดี";
    auto created = kind->create(options);
    REQUIRE(created.isOk());
    auto xml = kind->save(*created.value());
    REQUIRE(xml.isOk());
    auto reloaded = kind->load(xml.value(), "x.note.xml");
    REQUIRE(reloaded.isOk());
    CHECK(kind->title(*reloaded.value()) == "สวัสดี");
}

TEST_CASE("plugin entries: the core's and the editor's descriptors are checked by one rule, naming the library")
{
    const EntryFields good { 64, SAPHA_SDK_API_VERSION, "minutes", SAPHA_BUILD_TAG };
    CHECK(checkEntry(good, 48, "minutes", "its library"));
    CHECK(checkEntry(good, 48, "minutes", "its editor library"));

    EntryFields small = good;
    small.structSize = 16;
    CHECK(checkEntry(small, 48, "minutes", "its editor library").error().message
        == "its editor library's entry descriptor is too small (built for an older SDK?)");
    EntryFields older = good;
    older.sdkApiVersion = 2;
    CHECK(checkEntry(older, 48, "minutes", "its editor library").error().message
        == "its editor library was built for SDK API 2, this Sapha provides API " + std::to_string(SAPHA_SDK_API_VERSION)
            + "; rebuild the plugin against this SDK");
    EntryFields other = good;
    other.pluginId = "standards";
    CHECK(checkEntry(other, 48, "minutes", "its library").error().message
        == "its library says it is \"standards\" but plugin.json says \"minutes\"");
    other.pluginId = nullptr;
    CHECK_FALSE(checkEntry(other, 48, "minutes", "its library"));
    EntryFields abi = good;
    abi.buildTag = "sdk=3;cxx11abi=0;stldebug=0";
    CHECK(checkEntry(abi, 48, "minutes", "its editor library").error().message.find("incompatible C++ ABI (sdk=3;cxx11abi=0")
        != std::string::npos);
    abi.buildTag = nullptr;
    CHECK_FALSE(checkEntry(abi, 48, "minutes", "its editor library"));
}
