// Sapha benchmark — the participation server under a room's load, on loopback: 300 simulated phones
// join at once (the join storm), then send ideas on a fixed schedule (open loop: latency is measured
// from the time each idea was due, so a stalled server cannot hide), while a board follows the live
// feed. Printed: ideas/s, p50/p99 latency, connections served, the join storm's time, the board's delay;
// then the same with the journal not flushed, as the upper bound; then the same served while one other
// address (127.0.0.2) holds 400 connections open (slow headers and silence), guesses the join code and
// floods made-up tokens — the phones all behind one address, as a room behind a Wi-Fi's NAT. Not a timed
// test.
// Run: build/tests/bin/sapha_bench_participation [ideas-per-second] [seconds]
// SPDX-License-Identifier: MIT
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>

#include "core/live/journal.hpp"
#include "core/live/live_session.hpp"
#include "core/live/participation_server.hpp"
#include "room_attacks.hpp"
#include "temp_dir.hpp"

using namespace sapha;
using namespace sapha::brainstorm;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kPhones = 300;

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, static_cast<std::size_t>(p * static_cast<double>(values.size())))];
}

int post(Poco::Net::HTTPClientSession& session, const std::string& path, const std::string& body, const std::string& token,
    std::string* answer = nullptr)
{
    Poco::Net::HTTPRequest request("POST", path, Poco::Net::HTTPMessage::HTTP_1_1);
    request.setContentType("application/json");
    request.setContentLength(static_cast<std::streamsize>(body.size()));
    request.setKeepAlive(true);
    if (!token.empty())
        request.set("X-Sapha-Token", token);
    session.sendRequest(request) << body;
    Poco::Net::HTTPResponse response;
    std::string text;
    Poco::StreamCopier::copyToString(session.receiveResponse(response), text);
    if (answer)
        *answer = text;
    return response.getStatus();
}

struct Run {
    double ideasPerSecond = 0;
    double p50 = 0;
    double p99 = 0;
    int served = 0;
    double joinStormMs = 0;
    int joined = 0;
    double boardP50 = 0;
    double boardP99 = 0;
    std::uint64_t flushes = 0;
    std::size_t acknowledged = 0;
    ConnectionCounts guard;
    int attackRequests = 0;
};

// A request on the phone's keep-alive connection; as a browser does, once more on a new connection when
// the server had closed the idle one (it closes idle connections when its threads run short).
int postAgainIfClosed(std::unique_ptr<Poco::Net::HTTPClientSession>& client, unsigned short port, const std::string& path,
    const std::string& body, const std::string& token, std::string* answer = nullptr)
{
    try {
        return post(*client, path, body, token, answer);
    } catch (const Poco::Exception&) {
        client = std::make_unique<Poco::Net::HTTPClientSession>("127.0.0.1", port);
        client->setTimeout(Poco::Timespan(10, 0));
        client->setKeepAlive(true);
        return post(*client, path, body, token, answer);
    }
}

Run measure(Journal::Durability durability, double rate, double seconds, bool attacked = false)
{
    test::TempDir dir;
    Session session;
    session.topic = "bench";
    for (int g = 1; g <= 4; ++g)
        session.groups.push_back({ "g" + std::to_string(g), "กลุ่มที่ " + std::to_string(g), "" });
    Journal::Recovered recovered;
    auto journal = Journal::open(dir.path() / "bench.journal", recovered, durability);
    LiveSession live(session, std::move(journal.value()), recovered.records, "123456");
    ServerOptions options;
    options.facilitatorSecret = "secret";
    options.requestsPerTenSeconds = 1000000; // the load is the test, not the limit
    if (!attacked)
        options.failedJoinsPerMinute = 1000000; // under attack, the guesser meets the real limits
    ParticipationServer server(live, options);
    if (!server.start()) {
        std::fprintf(stderr, "the server did not start\n");
        std::exit(1);
    }
    const unsigned short port = server.port();
    std::unique_ptr<test::ConnectionHolder> holder;
    std::unique_ptr<test::RequestFlooder> flooder;
    if (attacked) {
        holder = std::make_unique<test::ConnectionHolder>(port, "127.0.0.2", 400);
        flooder = std::make_unique<test::RequestFlooder>(port, "127.0.0.2");
        std::this_thread::sleep_for(std::chrono::seconds(3)); // the attack in full before the room arrives
    }

    // The board: when each idea appears on it, against when it was due.
    std::mutex lock;
    std::map<std::string, Clock::time_point> due;
    std::vector<double> boardDelays;
    std::atomic<bool> stop { false };
    std::thread board([&] {
        Poco::Net::HTTPClientSession client("127.0.0.1", port);
        client.setTimeout(Poco::Timespan(30, 0));
        Poco::Net::HTTPRequest request("GET", "/api/events?secret=secret", Poco::Net::HTTPMessage::HTTP_1_1);
        client.sendRequest(request);
        Poco::Net::HTTPResponse response;
        std::istream& in = client.receiveResponse(response);
        std::string line;
        while (!stop && std::getline(in, line)) {
            const std::size_t at = line.find("\"text\":\"");
            if (at == std::string::npos)
                continue;
            const std::string text = line.substr(at + 8, line.find('"', at + 8) - at - 8);
            std::lock_guard guard(lock);
            if (auto found = due.find(text); found != due.end())
                boardDelays.push_back(std::chrono::duration<double, std::milli>(Clock::now() - found->second).count());
        }
    });

    Run run;
    std::vector<std::thread> phones;
    std::vector<double> latencies;
    std::atomic<int> joined { 0 };
    std::atomic<int> served { 0 };
    std::atomic<std::size_t> acknowledged { 0 };
    const auto stormStart = Clock::now();
    std::atomic<long long> lastJoinNs { 0 };
    const auto interval = std::chrono::duration<double>(kPhones / rate);
    const auto loadStart = stormStart + std::chrono::milliseconds(3000); // after the storm settles
    for (int p = 0; p < kPhones; ++p) {
        phones.emplace_back([&, p] {
            try {
                auto client = std::make_unique<Poco::Net::HTTPClientSession>("127.0.0.1", port);
                client->setTimeout(Poco::Timespan(10, 0));
                client->setKeepAlive(true);
                std::string answer;
                if (postAgainIfClosed(client, port, "/api/join", R"({"code":"123456","group":"g)" + std::to_string(p % 4 + 1) + R"("})", {}, &answer) != 200)
                    return;
                ++joined;
                lastJoinNs = std::max<long long>(lastJoinNs, std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - stormStart).count());
                const std::string token = Poco::JSON::Parser().parse(answer).extract<Poco::JSON::Object::Ptr>()->getValue<std::string>("token");
                std::vector<double> mine;
                // Spread the phones over the interval, then one idea per interval each.
                auto next = loadStart + std::chrono::duration_cast<Clock::duration>(interval * (static_cast<double>(p) / kPhones));
                for (int n = 0; next < loadStart + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds)); ++n) {
                    std::this_thread::sleep_until(next);
                    const std::string text = "p" + std::to_string(p) + "-" + std::to_string(n);
                    {
                        std::lock_guard guard(lock);
                        due[text] = next;
                    }
                    if (postAgainIfClosed(client, port, "/api/ideas", "{\"text\":\"" + text + "\"}", token) == 201) {
                        mine.push_back(std::chrono::duration<double, std::milli>(Clock::now() - next).count());
                        ++acknowledged;
                    }
                    next += std::chrono::duration_cast<Clock::duration>(interval);
                }
                ++served;
                std::lock_guard guard(lock);
                latencies.insert(latencies.end(), mine.begin(), mine.end());
            } catch (const Poco::Exception& failure) {
                std::fprintf(stderr, "phone %d: %s\n", p, failure.displayText().c_str());
            }
        });
    }
    for (std::thread& phone : phones)
        phone.join();
    std::this_thread::sleep_for(std::chrono::milliseconds(300)); // the last ideas reach the board
    run.guard = server.connectionCounts();
    if (flooder)
        run.attackRequests = flooder->sent() + holder->reopened();
    flooder.reset();
    holder.reset();
    stop = true;
    server.stop(); // ends the board's feed
    board.join();
    run.joined = joined;
    run.joinStormMs = static_cast<double>(lastJoinNs) / 1e6;
    run.served = served;
    run.acknowledged = acknowledged;
    run.ideasPerSecond = static_cast<double>(acknowledged) / seconds;
    run.p50 = percentile(latencies, 0.50);
    run.p99 = percentile(latencies, 0.99);
    run.boardP50 = percentile(boardDelays, 0.50);
    run.boardP99 = percentile(boardDelays, 0.99);
    run.flushes = live.journal().flushCount();
    return run;
}

void print(const char* name, const Run& run)
{
    std::printf("%-28s %7.0f ideas/s  p50 %6.1f ms  p99 %7.1f ms  served %d/%d  join storm %d/%d in %.0f ms  "
                "board p50 %.1f ms p99 %.1f ms  (%zu ideas, %llu flushes)\n",
        name, run.ideasPerSecond, run.p50, run.p99, run.served, kPhones, run.joined, kPhones, run.joinStormMs, run.boardP50,
        run.boardP99, run.acknowledged, static_cast<unsigned long long>(run.flushes));
    if (run.attackRequests > 0)
        std::printf("%-28s attacker: %d requests and reopened connections; guard closed %zu slow, %zu idle, %zu past the "
                    "deadline, %zu half-sent, refused %zu under pressure\n",
            "", run.attackRequests, run.guard.closedSlow, run.guard.closedIdleUnderPressure, run.guard.closedPastDeadline,
            run.guard.closedHalfSent, run.guard.refusedUnderPressure);
}

} // namespace

int main(int argc, char** argv)
{
    const double rate = argc > 1 ? std::atof(argv[1]) : 2000;
    const double seconds = argc > 2 ? std::atof(argv[2]) : 5;
    std::printf("participation server, %d phones, %.0f ideas/s offered for %.0f s (loopback)\n", kPhones, rate, seconds);
    const Run durable = measure(Journal::Durability::Flushed, rate, seconds);
    print("journal flushed (as served)", durable);
    const Run upper = measure(Journal::Durability::Unflushed, rate, seconds);
    print("journal not flushed (bound)", upper);
    const Run attacked = measure(Journal::Durability::Flushed, rate, seconds, true);
    print("flushed, one address attacks", attacked);
    std::printf("durable / bound: %.2f of the throughput; attacked / durable: %.2f; targets: >= 2000 ideas/s, p99 < 50 ms "
                "(attacked too), 300/300 served, 300 joins in < 5 s, board < 200 ms\n",
        upper.ideasPerSecond > 0 ? durable.ideasPerSecond / upper.ideasPerSecond : 0.0,
        durable.ideasPerSecond > 0 ? attacked.ideasPerSecond / durable.ideasPerSecond : 0.0);
    return 0;
}
