// Sapha brainstorm — the participation server: participants' phones join with the session's code, send
// ideas and votes; the board follows live (server-sent events). Poco::Net's HTTP server, sized for a room
// (300 phones): short keep-alive and I/O timeouts, a bounded queue, small bodies. The HTTP API is in
// docs/participation-api.md.
// SPDX-License-Identifier: MIT
#pragma once

#include "core/brainstorm_export.h"

#include <memory>
#include <string>
#include <vector>

#include <sapha/status.hpp>

#include "core/live/connection_limits.hpp"
#include "core/live/live_session.hpp"

namespace Poco {
class ThreadPool;
namespace Net {
class TCPServer;
}
}

namespace sapha::brainstorm {

struct ServerOptions {
    // Loopback by default; the room's network only when the facilitator chooses it.
    std::string address = "127.0.0.1";
    unsigned short port = 0; // 0: any free port
    // What the facilitator's controls (rounds, the board's live feed) must carry.
    std::string facilitatorSecret;
    // Names this server may be reached by besides the address (the host's LAN name), for the Host check.
    std::vector<std::string> extraHosts;
    // Request threads: Poco gives each keep-alive connection a thread while it lasts, so a room of 300
    // phones needs as many (an idle thread costs little), and the guard keeps the last 64 (its
    // pressureAt) for new connections; more connections wait in the queue.
    int threads = 400;
    int queue = 512;    // connections waiting for a thread: a room's join storm fits
    int requestsPerTenSeconds = 20; // per participant, for ideas and votes
    int failedJoinsPerMinute = 30;  // wrong codes per address that never joined
    int wrongCodesPerMinute = 120;  // wrong codes from all addresses that never joined, together
    ConnectionLimits connections;   // what one address's connections may hold (connection_guard.hpp)
};

class SAPHA_BRAINSTORM_EXPORT ParticipationServer {
public:
    ParticipationServer(LiveSession& session, ServerOptions options);
    ~ParticipationServer();
    ParticipationServer(const ParticipationServer&) = delete;
    ParticipationServer& operator=(const ParticipationServer&) = delete;

    // Listens; the error names the address when it cannot.
    Status start();
    void stop();
    unsigned short port() const { return m_port; }
    // "http://127.0.0.1:8080/?code=123456": what the QR code and the board show.
    std::string joinUrl() const;
    // How many clients (participants' tokens and addresses) the request limits remember now: bounded by the
    // room, whatever strangers send.
    std::size_t rememberedClients() const;
    // What the connection guard closed so far.
    ConnectionCounts connectionCounts() const;

    // What every request shares (defined with the handlers).
    struct Shared;

private:
    LiveSession& m_session;
    ServerOptions m_options;
    unsigned short m_port = 0;
    std::unique_ptr<Shared> m_shared;
    std::unique_ptr<Poco::ThreadPool> m_threadPool;
    std::unique_ptr<Poco::Net::TCPServer> m_server;
};

} // namespace sapha::brainstorm
