// Sapha tests — the participants' page in a real browser: Debian's Chromium, headless, phone-sized,
// driven over the DevTools protocol. A participant joins, types a Thai idea (with markup in it), sends
// it; the board's live feed receives it; the page shows it as text; a screenshot of the phone is written
// to build/tests/browser/phone.png to be looked at.
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <fstream>
#include <thread>

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>

#include "core/live/journal.hpp"
#include "core/live/live_session.hpp"
#include "core/live/participation_server.hpp"
#include "devtools_browser.hpp"
#include "temp_dir.hpp"

using namespace sapha;
using namespace sapha::brainstorm;
using sapha::test::Browser;
using sapha::test::Page;
using sapha::test::TempDir;

TEST_CASE("browser: on a phone-sized page a participant joins, sends a Thai idea the board's feed sees as text, and votes for its cluster")
{
    TempDir dir;
    Session session;
    session.topic = "ระดมความคิดร่างมาตรฐานศูนย์คุ้มครองคนไร้ที่พึ่ง";
    session.groups = { { "g1", "กลุ่มที่ 1 การบริหารจัดการ", "ศูนย์ควรบริหารจัดการอย่างไร" }, { "g2", "กลุ่มที่ 2 การให้บริการ", "" } };
    Journal::Recovered recovered;
    auto journal = Journal::open(dir.path() / "s.journal", recovered);
    REQUIRE(journal.isOk());
    LiveSession live(session, std::move(journal.value()), recovered.records, "424242");
    ServerOptions options;
    options.facilitatorSecret = "board-secret";
    ParticipationServer server(live, options);
    REQUIRE(server.start().isOk());

    Browser browser(dir.path() / "profile");
    REQUIRE_MESSAGE(browser.devtoolsPort() != 0, "Chromium did not start (is Debian's chromium installed? make test installs it)");
    Page page(browser);
    page.navigate(server.joinUrl());

    // The groups come from the server once the page has the code from its address.
    REQUIRE(page.waitFor("document.querySelectorAll('#group option').length === 2"));
    page.evaluate("document.getElementById('group').value = 'g1'");
    page.evaluate("document.getElementById('name').focus()");
    page.insertText("สมหญิง");
    page.evaluate("document.getElementById('joinButton').click()");
    REQUIRE(page.waitFor("!document.getElementById('ideate').hidden"));

    // The board follows the live feed while the idea is typed and sent.
    std::string feed;
    std::thread board([&] {
        Poco::Net::HTTPClientSession client("127.0.0.1", server.port());
        client.setTimeout(Poco::Timespan(15, 0));
        Poco::Net::HTTPRequest request("GET", "/api/events?secret=board-secret", Poco::Net::HTTPMessage::HTTP_1_1);
        client.sendRequest(request);
        Poco::Net::HTTPResponse response;
        std::istream& in = client.receiveResponse(response);
        std::string line;
        while (std::getline(in, line)) {
            feed += line + "\n";
            if (line.find("\"type\":\"idea\"") != std::string::npos)
                break;
        }
    });
    const std::string idea = "ควรมีห้องพักแยกสำหรับผู้สูงอายุ <img src=x onerror=\"document.title='hacked'\">";
    page.evaluate("document.getElementById('idea').focus()");
    page.insertText(idea);
    page.evaluate("document.getElementById('sendButton').click()");
    board.join();
    CHECK(feed.find("ควรมีห้องพักแยกสำหรับผู้สูงอายุ") != std::string::npos);
    REQUIRE(live.snapshot().ideas.size() == 1);
    CHECK(live.snapshot().ideas[0].text == idea);
    CHECK(live.snapshot().ideas[0].author == "สมหญิง");

    // The page lists it as text: no element was made from it, no script of it ran.
    REQUIRE(page.waitFor("document.querySelectorAll('#ideas li').length === 1"));
    CHECK(page.evaluate("document.querySelector('#ideas li').textContent") == idea);
    CHECK(page.evaluate("String(document.querySelectorAll('#ideas img').length)") == "0");
    CHECK(page.evaluate("document.title") != "hacked");

    // A picture of the phone, to look at.
    auto screenshot = [&](const char* name) {
        const std::string png = page.screenshot();
        CHECK(png.size() > 10000);
        std::filesystem::create_directories(SAPHA_BROWSER_OUTPUT);
        std::ofstream(std::filesystem::path(SAPHA_BROWSER_OUTPUT) / name, std::ios::binary) << png;
    };
    screenshot("phone.png");

    // The facilitator sorts the idea into a cluster on the board and opens the vote: the phone, on its
    // next look at the session, offers the cluster (its title, its ideas under it) and takes the dot.
    const std::string ideaId = live.snapshot().ideas[0].id;
    REQUIRE(live.setClusters({ Cluster { "cluster-rooms", "ที่พักและความปลอดภัย", { ideaId } } }).isOk());
    REQUIRE(live.setRound(Round::Vote));
    REQUIRE(page.waitFor("document.querySelectorAll('#choices li button').length === 1"));
    CHECK(page.evaluate("document.querySelector('#choices li').firstChild.textContent") == "ที่พักและความปลอดภัย");
    CHECK(page.evaluate("document.querySelector('#choices li small').textContent") == idea);
    CHECK(page.evaluate("String(document.querySelectorAll('#choices img').length)") == "0");
    page.evaluate("document.querySelector('#choices li button').click()");
    REQUIRE(page.waitFor("document.getElementById('votesLeft').textContent.endsWith('2')"));
    CHECK(page.evaluate("document.getElementById('status').textContent") == "ลงคะแนนแล้ว");
    CHECK(live.snapshot().votesFor("cluster-rooms") == 1);
    screenshot("phone-vote.png");
    server.stop();
}
