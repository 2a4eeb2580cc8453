// Sapha fuzzing — the participation server, whole: each input is the raw bytes a phone (or anyone on
// the room's network) sends over one connection, to a real server on loopback started once for the
// run. "@HOST@", "@TOKEN@" and "@SECRET@" in an input become the server's address, a joined
// participant's token and the facilitator's secret, so that inputs reach the handlers behind them. Properties: whatever it is sent, the server
// answers with HTTP or closes the connection within its time, and afterwards still serves a phone
// (the join page's session request answers 200). The journal is not flushed here: this is about
// parsing and routing, not durability (tests/server and the crash test hold that).
// SPDX-License-Identifier: MIT
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>

#include <unistd.h>

#include <Poco/Net/NetException.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/Timespan.h>

#include "fuzz_check.hpp"

#include "core/live/journal.hpp"
#include "core/live/live_session.hpp"
#include "core/live/participation_server.hpp"
#include "core/session.hpp"

namespace {

using namespace sapha::brainstorm;

constexpr const char* kCode = "424242";
constexpr const char* kSecret = "fuzz-facilitator";

// The raw bytes of `request` sent on a new connection (then no more), and what came back within
// `waitMs`.
std::string exchange(unsigned short port, const std::string& request, int waitMs)
{
    Poco::Net::StreamSocket socket;
    socket.connect(Poco::Net::SocketAddress("127.0.0.1", port), Poco::Timespan(2, 0));
    socket.setReceiveTimeout(Poco::Timespan(0, waitMs * 1000));
    socket.setSendTimeout(Poco::Timespan(2, 0));
    std::size_t sent = 0;
    try {
        while (sent < request.size()) {
            const int n = socket.sendBytes(request.data() + sent, static_cast<int>(request.size() - sent));
            if (n <= 0)
                break;
            sent += static_cast<std::size_t>(n);
        }
        socket.shutdownSend();
    } catch (const Poco::Exception&) {
        // The server may close early (a refused request): what it said is read below.
    }
    std::string reply;
    char buffer[4096];
    try {
        for (;;) {
            const int n = socket.receiveBytes(buffer, sizeof buffer);
            if (n <= 0)
                break;
            reply.append(buffer, static_cast<std::size_t>(n));
            if (reply.size() > (1u << 20))
                break;
        }
    } catch (const Poco::TimeoutException&) {
        // A feed that stays open (server-sent events): what came so far.
    } catch (const Poco::Exception&) {
    }
    return reply;
}

struct Server {
    std::filesystem::path folder;
    std::unique_ptr<LiveSession> live;
    std::unique_ptr<ParticipationServer> server;
    std::string token;

    Server()
    {
        folder = std::filesystem::temp_directory_path() / ("sapha-fuzz-" + std::to_string(::getpid()));
        std::filesystem::create_directories(folder);
        Session session;
        session.topic = "ระดมความคิดร่างมาตรฐาน";
        session.votesPerParticipant = 3;
        session.groups = { { "g1", "กลุ่มที่ 1", "การบริหาร", 0 }, { "g2", "กลุ่มที่ 2", "การบริการ", 0 } };
        Journal::Recovered recovered;
        auto journal = Journal::open(folder / "fuzz.journal", recovered, Journal::Durability::Unflushed);
        SAPHA_FUZZ_REQUIRE(journal.isOk());
        live = std::make_unique<LiveSession>(session, std::move(journal.value()), recovered.records, kCode);
        ServerOptions options;
        options.facilitatorSecret = kSecret;
        options.threads = 16;
        options.requestsPerTenSeconds = 1000000; // the fuzzer is one very busy participant
        options.failedJoinsPerMinute = 1000000;
        server = std::make_unique<ParticipationServer>(*live, options);
        SAPHA_FUZZ_REQUIRE(server->start().isOk());
        const std::string body = std::string(R"({"code":")") + kCode + R"(","group":"g1","name":"fuzz"})";
        const std::string joined = exchange(server->port(),
            "POST /api/join HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(server->port()) + "\r\nContent-Type: application/json\r\nContent-Length: "
                + std::to_string(body.size()) + "\r\nConnection: close\r\n\r\n" + body,
            2000);
        const std::size_t at = joined.find("\"token\": \"");
        SAPHA_FUZZ_REQUIRE(at != std::string::npos);
        token = joined.substr(at + 10, joined.find('"', at + 10) - at - 10);
    }
    ~Server()
    {
        server->stop();
        server.reset();
        live.reset();
        std::error_code ignored;
        std::filesystem::remove_all(folder, ignored);
    }
};

Server& running()
{
    static Server server;
    return server;
}

void replaceAll(std::string& text, const std::string& from, const std::string& to)
{
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    Server& server = running();
    std::string request(reinterpret_cast<const char*>(data), size);
    replaceAll(request, "@HOST@", "127.0.0.1:" + std::to_string(server.server->port()));
    replaceAll(request, "@TOKEN@", server.token);
    replaceAll(request, "@SECRET@", kSecret);
    const std::string reply = exchange(server.server->port(), request, 500);
    if (!reply.empty() && reply.rfind("HTTP/1.", 0) != 0)
        std::fprintf(stderr, "the server answered: %s\n", reply.substr(0, 200).c_str());
    SAPHA_FUZZ_REQUIRE(reply.empty() || reply.rfind("HTTP/1.", 0) == 0);
    (reply.rfind("HTTP/1.1 2", 0) == 0 ? sapha::fuzz::counts().accepted : sapha::fuzz::counts().rejected)++;
    // Still serving a phone.
    const std::string check = exchange(server.server->port(),
        std::string("GET /api/session?code=") + kCode + " HTTP/1.1\r\nHost: 127.0.0.1:"
            + std::to_string(server.server->port()) + "\r\nConnection: close\r\n\r\n",
        2000);
    SAPHA_FUZZ_REQUIRE(check.rfind("HTTP/1.1 200", 0) == 0);
    return 0;
}
