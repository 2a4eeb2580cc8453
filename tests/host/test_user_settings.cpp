// Sapha tests — host user_settings: author, language, recent workspaces; a malformed file is reported.
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "settings/user_settings.hpp"
#include "temp_dir.hpp"

using namespace sapha::host;
using sapha::test::TempDir;

TEST_CASE("user_settings: values survive a save and a load")
{
    TempDir dir;
    auto loaded = UserSettings::load(dir / "settings.json");
    REQUIRE(loaded.isOk());
    UserSettings settings = loaded.value();
    CHECK_FALSE(settings.hasAuthor());
    CHECK(settings.language() == "th");
    settings.set("author.name", "นางสาวเลขา ประชุม");
    settings.set("author.email", "lekha@example.invalid");
    settings.set("ui.language", "en");
    settings.addRecentWorkspace("/a");
    settings.addRecentWorkspace("/b");
    settings.addRecentWorkspace("/a");
    REQUIRE(settings.save().isOk());

    auto again = UserSettings::load(dir / "settings.json");
    REQUIRE(again.isOk());
    CHECK(again.value().hasAuthor());
    CHECK(again.value().author().name == "นางสาวเลขา ประชุม");
    CHECK(again.value().language() == "en");
    const std::vector<std::string> recent { "/a", "/b" };
    CHECK(again.value().recentWorkspaces() == recent);
}

TEST_CASE("user_settings: two programs saving the same file keep each other's changes")
{
    // The window loads the settings at its start; sapha-cli signs in (a token saved) while it is open; the
    // window then saves its layout at its close. The token must survive the window's save.
    TempDir dir;
    {
        UserSettings first = UserSettings::load(dir / "settings.json").value();
        first.set("author.name", "นางสาวเลขา ประชุม");
        REQUIRE(first.save().isOk());
    }
    UserSettings window = UserSettings::load(dir / "settings.json").value();
    UserSettings command = UserSettings::load(dir / "settings.json").value();
    command.set("remote.https://git.example.invalid.token", "secret-token");
    command.set("author.name", "นายเลขา แก้ชื่อ");
    REQUIRE(command.save().isOk());
    window.set("ui.tree-width", "300");
    REQUIRE(window.save().isOk());

    UserSettings after = UserSettings::load(dir / "settings.json").value();
    CHECK(after.get("remote.https://git.example.invalid.token") == "secret-token");
    CHECK(after.get("author.name") == "นายเลขา แก้ชื่อ"); // not put back to the window's stale value
    CHECK(after.get("ui.tree-width") == "300");
    // A key the window itself set is the window's, even when the other program had set it too.
    window.set("author.name", "นางสาวเลขา ประชุม");
    REQUIRE(window.save().isOk());
    CHECK(UserSettings::load(dir / "settings.json").value().get("author.name") == "นางสาวเลขา ประชุม");
    CHECK(UserSettings::load(dir / "settings.json").value().get("remote.https://git.example.invalid.token") == "secret-token");
}

TEST_CASE("user_settings: the file holding sign-in tokens is the user's alone, in a folder that is too")
{
    TempDir dir;
    const std::filesystem::path folder = dir / "sapha";
    std::filesystem::create_directories(folder);
    std::filesystem::permissions(folder, std::filesystem::perms(0755), std::filesystem::perm_options::replace);
    // An earlier version left the file readable by everyone.
    std::ofstream(folder / "settings.json") << R"({ "sync.token.https://git.example.org": "secret" })";
    std::filesystem::permissions(folder / "settings.json", std::filesystem::perms(0644), std::filesystem::perm_options::replace);
    auto loaded = UserSettings::load(folder / "settings.json");
    REQUIRE(loaded.isOk());
    UserSettings settings = loaded.value();
    settings.set("author.name", "x");
    REQUIRE(settings.save().isOk());
    const auto mode = [](const std::filesystem::path& path) {
        return std::filesystem::status(path).permissions() & std::filesystem::perms::all;
    };
    CHECK(mode(folder / "settings.json") == std::filesystem::perms(0600));
    CHECK(mode(folder) == std::filesystem::perms(0700));
    // No temporary was left readable either.
    for (const auto& entry : std::filesystem::directory_iterator(folder))
        CHECK(mode(entry.path()) == std::filesystem::perms(0600));
}

TEST_CASE("user_settings: a malformed file is named and left alone")
{
    TempDir dir;
    std::ofstream(dir / "settings.json") << "{ not json";
    auto loaded = UserSettings::load(dir / "settings.json");
    REQUIRE_FALSE(loaded.isOk());
    CHECK(loaded.error().where == (dir / "settings.json").string());
    std::ifstream in(dir / "settings.json");
    std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(content == "{ not json");
}

#include "autosave/autosave_journal.hpp"

TEST_CASE("autosave_journal: unsaved edits are kept per workspace, outside it, until saved or discarded")
{
    TempDir state;
    setenv("SAPHA_STATE_HOME", state.path().c_str(), 1);
    AutosaveJournal journal("/work/ws-one");
    AutosaveJournal other("/work/ws-two");
    CHECK(journal.entries().empty());
    REQUIRE(journal.write("minutes/m.meeting.xml", "<meeting>ยังไม่ได้บันทึก</meeting>\n").isOk());
    REQUIRE(journal.write("minutes/m.meeting.xml", "<meeting>ฉบับล่าสุด</meeting>\n").isOk());
    REQUIRE(journal.write("standards/s.standard.xml", "<standard/>").isOk());
    CHECK(journal.directory().string().rfind(state.path().string(), 0) == 0);
    auto entries = journal.entries();
    REQUIRE(entries.size() == 2);
    bool foundMeeting = false;
    for (const AutosaveEntry& entry : entries) {
        if (entry.path == "minutes/m.meeting.xml") {
            foundMeeting = true;
            CHECK(entry.content == "<meeting>ฉบับล่าสุด</meeting>\n");
            CHECK(entry.savedAt > 0);
        }
    }
    CHECK(foundMeeting);
    CHECK(other.entries().empty());
    journal.discard("minutes/m.meeting.xml");
    REQUIRE(journal.entries().size() == 1);
    CHECK(journal.entries().front().path == "standards/s.standard.xml");
    unsetenv("SAPHA_STATE_HOME");
}
