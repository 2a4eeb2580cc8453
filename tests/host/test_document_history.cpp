// Sapha tests — host document_history: what each revision changed, summarised a screenful at a time.
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "history/document_history.hpp"
#include "host_services.hpp"
#include "plugins/plugin_registry.hpp"
#include "temp_dir.hpp"
#include "workspace/workspace.hpp"

using namespace sapha;
using namespace sapha::host;
using sapha::test::TempDir;

namespace {

const Author kClerk { "เลขานุการ", "clerk@example.invalid", 0, 0 };

// A meeting whose agenda holds `items` items.
std::string meetingWith(int items)
{
    std::string agenda;
    for (int i = 1; i <= items; ++i)
        agenda += "<item id=\"item-" + std::to_string(i) + "\"><title>เรื่องที่ " + std::to_string(i) + "</title></item>\n";
    return "<?xml version=\"1.0\"?>\n<meeting format=\"1\" language=\"th\" digits=\"arabic\"><committee>คณะอนุกรรมการ</committee>"
           "<number>1</number><year>2569</year><date>2026-11-23</date><start>09.30</start><people></people><agenda>"
        + agenda + "</agenda></meeting>\n";
}

} // namespace

TEST_CASE("document history: a long history summarised a screenful at a time reads as the whole")
{
    UserSettings settings;
    HostServices services { settings, LogLevel::None };
    PluginRegistry registry { services };
    registry.discover({ SAPHA_PLUGIN_DIR });
    registry.loadAll();
    TempDir dir;
    auto workspace = Workspace::create(dir.path(), kClerk);
    REQUIRE(workspace);
    Workspace& ws = *workspace.value();
    const std::string path = "minutes/m.meeting.xml";
    for (int items = 1; items <= 8; ++items)
        REQUIRE(ws.save(path, meetingWith(items), "วาระที่ " + std::to_string(items), kClerk));
    Result<std::vector<Revision>> history = ws.history(path);
    REQUIRE(history);
    REQUIRE(history.value().size() == 8);

    const std::vector<std::string> whole = summarizeRevisions(ws, registry, path, history.value(), "en");
    REQUIRE(whole.size() == 8);
    CHECK(whole.front() == "added agenda item 8");
    CHECK(whole[6] == "added agenda item 2");
    CHECK(whole.back().rfind("New Minutes", 0) == 0); // the oldest made the meeting
    std::vector<std::string> screenfuls;
    for (std::size_t first = 0; first < 8; first += 3) {
        const std::vector<std::string> part = summarizeRevisions(ws, registry, path, history.value(), "en", first, 3);
        CHECK(part.size() == std::min<std::size_t>(3, 8 - first));
        screenfuls.insert(screenfuls.end(), part.begin(), part.end());
    }
    CHECK(screenfuls == whole);
    CHECK(summarizeRevisions(ws, registry, path, history.value(), "en", 8, 3).empty());
    CHECK(summarizeRevisions(ws, registry, path, history.value(), "en", 100).empty());
}
