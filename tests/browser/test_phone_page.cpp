// Sapha tests — the participants' page in a real browser: Debian's Chromium, headless, phone-sized,
// driven over the DevTools protocol. A participant joins, types a Thai idea (with markup in it), sends
// it; the board's live feed receives it; the page shows it as text; a screenshot of the phone is written
// to build/tests/browser/phone.png to be looked at.
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <csignal>
#include <cstdio>
#include <fstream>
#include <regex>
#include <sstream>
#include <thread>

#include <sys/wait.h>
#include <unistd.h>

#include <Poco/Base64Decoder.h>
#include <Poco/Buffer.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/WebSocket.h>
#include <Poco/StreamCopier.h>

#include "core/live/journal.hpp"
#include "core/live/live_session.hpp"
#include "core/live/participation_server.hpp"
#include "temp_dir.hpp"

using namespace sapha;
using namespace sapha::brainstorm;
using sapha::test::TempDir;

namespace {

std::string httpGet(unsigned short port, const std::string& path)
{
    Poco::Net::HTTPClientSession session("127.0.0.1", port);
    session.setTimeout(Poco::Timespan(5, 0));
    Poco::Net::HTTPRequest request("GET", path, Poco::Net::HTTPMessage::HTTP_1_1);
    session.sendRequest(request);
    Poco::Net::HTTPResponse response;
    std::string body;
    Poco::StreamCopier::copyToString(session.receiveResponse(response), body);
    return body;
}

// Chromium, headless, its DevTools on a port it picks; killed at the end.
class Browser {
public:
    explicit Browser(const std::filesystem::path& profile)
    {
        m_pid = fork();
        if (m_pid == 0) {
            // Chromium's own chatter (no D-Bus in a test machine) is not the test's output.
            if (FILE* quiet = std::freopen("/dev/null", "w", stderr); !quiet)
                _exit(126);
            const std::string dataDir = "--user-data-dir=" + profile.string();
            execlp("chromium", "chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-extensions", "--remote-debugging-port=0", "--window-size=390,844", dataDir.c_str(), "about:blank",
                static_cast<char*>(nullptr));
            _exit(127);
        }
        // Chromium writes the port it chose into the profile.
        for (int i = 0; i < 200 && m_port == 0; ++i) {
            std::ifstream active(profile / "DevToolsActivePort");
            int port = 0;
            if (active >> port)
                m_port = static_cast<unsigned short>(port);
            else
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
    }
    ~Browser()
    {
        if (m_pid > 0) {
            kill(m_pid, SIGKILL);
            waitpid(m_pid, nullptr, 0);
        }
    }
    unsigned short devtoolsPort() const { return m_port; }

private:
    pid_t m_pid = -1;
    unsigned short m_port = 0;
};

// One page's DevTools connection: commands by id, their results.
class Page {
public:
    Page(unsigned short devtools, const std::string& webSocketPath)
        : m_session("127.0.0.1", devtools)
    {
        Poco::Net::HTTPRequest request("GET", webSocketPath, Poco::Net::HTTPMessage::HTTP_1_1);
        Poco::Net::HTTPResponse response;
        m_socket = std::make_unique<Poco::Net::WebSocket>(m_session, request, response);
        m_socket->setReceiveTimeout(Poco::Timespan(20, 0));
    }

    Poco::JSON::Object::Ptr call(const std::string& method, Poco::JSON::Object params = Poco::JSON::Object())
    {
        Poco::JSON::Object message;
        const int id = ++m_nextId;
        message.set("id", id);
        message.set("method", method);
        message.set("params", params);
        std::ostringstream text;
        Poco::JSON::Stringifier::condense(message, text);
        const std::string out = text.str();
        m_socket->sendFrame(out.data(), static_cast<int>(out.size()), Poco::Net::WebSocket::FRAME_TEXT);
        for (;;) {
            Poco::Buffer<char> buffer(0);
            int flags = 0;
            const int got = m_socket->receiveFrame(buffer, flags);
            REQUIRE(got > 0);
            auto reply = Poco::JSON::Parser().parse(std::string(buffer.begin(), buffer.size())).extract<Poco::JSON::Object::Ptr>();
            if (reply->has("id") && reply->getValue<int>("id") == id) {
                INFO(method);
                REQUIRE_FALSE(reply->has("error"));
                return reply->getObject("result");
            }
        }
    }

    // The value of a JavaScript expression (awaited when it is a promise).
    std::string evaluate(const std::string& expression)
    {
        Poco::JSON::Object params;
        params.set("expression", expression);
        params.set("awaitPromise", true);
        params.set("returnByValue", true);
        auto result = call("Runtime.evaluate", params)->getObject("result");
        return result->has("value") ? result->get("value").toString() : std::string();
    }

    // Waits (up to 10 s) until the expression is true in the page.
    bool waitFor(const std::string& expression)
    {
        for (int i = 0; i < 100; ++i) {
            if (evaluate("!!(" + expression + ")") == "true")
                return true;
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        return false;
    }

private:
    Poco::Net::HTTPClientSession m_session;
    std::unique_ptr<Poco::Net::WebSocket> m_socket;
    int m_nextId = 0;
};

} // namespace

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
    const std::string targets = httpGet(browser.devtoolsPort(), "/json/list");
    std::smatch found;
    REQUIRE(std::regex_search(targets, found, std::regex("\"webSocketDebuggerUrl\": \"ws://[^/]+(/devtools/page/[^\"]+)\"")));
    Page page(browser.devtoolsPort(), found[1]);
    Poco::JSON::Object metrics;
    metrics.set("width", 390);
    metrics.set("height", 844);
    metrics.set("deviceScaleFactor", 2);
    metrics.set("mobile", true);
    page.call("Emulation.setDeviceMetricsOverride", metrics);
    Poco::JSON::Object navigate;
    navigate.set("url", server.joinUrl());
    page.call("Page.navigate", navigate);

    // The groups come from the server once the page has the code from its address.
    REQUIRE(page.waitFor("document.querySelectorAll('#group option').length === 2"));
    page.evaluate("document.getElementById('group').value = 'g1'");
    page.evaluate("document.getElementById('name').focus()");
    Poco::JSON::Object name;
    name.set("text", "สมหญิง");
    page.call("Input.insertText", name);
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
    Poco::JSON::Object typed;
    typed.set("text", idea);
    page.call("Input.insertText", typed);
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
        Poco::JSON::Object shot;
        shot.set("format", "png");
        const std::string base64 = page.call("Page.captureScreenshot", shot)->getValue<std::string>("data");
        std::istringstream encoded(base64);
        Poco::Base64Decoder decoder(encoded);
        std::string png;
        Poco::StreamCopier::copyToString(decoder, png);
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
