// Sapha brainstorm — the participation server.
// SPDX-License-Identifier: MIT
#include "core/live/participation_server.hpp"

#include <chrono>
#include <deque>
#include <map>
#include <set>
#include <mutex>
#include <sstream>

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Net/HTMLForm.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/TCPServer.h>
#include <Poco/ThreadPool.h>
#include <Poco/URI.h>

#include <sapha/json_text.hpp>
#include <sapha/message_language.hpp>

#include "core/live/connection_guard.hpp"
#include "core/live/guarded_connection.hpp"
#include "core/live/join_page.hpp"
#include "core/live/join_qr.hpp"
#include "core/session_results.hpp"

namespace sapha::brainstorm {

namespace {

using Poco::Net::HTTPResponse;
using Poco::Net::HTTPServerRequest;
using Poco::Net::HTTPServerResponse;

constexpr std::streamsize kMaxBody = 4096;

// Requests allowed per key in a window: a participant's token for ideas and votes; an address for
// failed joins only (a whole room shares one address behind its Wi-Fi). Keys whose window is empty are
// forgotten, and only keys the server knows are counted (a participant's token, checked first), so
// strangers cannot fill it.
class RateLimiter {
public:
    RateLimiter(int limit, std::chrono::seconds window) : m_limit(limit), m_window(window) { }
    bool allow(const std::string& key)
    {
        const auto now = std::chrono::steady_clock::now();
        std::lock_guard lock(m_lock);
        std::deque<std::chrono::steady_clock::time_point>& times = m_times[key];
        while (!times.empty() && now - times.front() > m_window)
            times.pop_front();
        if (static_cast<int>(times.size()) >= m_limit)
            return false;
        times.push_back(now);
        forgetQuietKeys(now);
        return true;
    }
    bool isBlocked(const std::string& key)
    {
        const auto now = std::chrono::steady_clock::now();
        std::lock_guard lock(m_lock);
        auto found = m_times.find(key);
        if (found == m_times.end())
            return false;
        std::deque<std::chrono::steady_clock::time_point>& times = found->second;
        while (!times.empty() && now - times.front() > m_window)
            times.pop_front();
        return static_cast<int>(times.size()) >= m_limit;
    }
    std::size_t keyCount()
    {
        std::lock_guard lock(m_lock);
        return m_times.size();
    }

private:
    // Every window's worth of requests, the keys with nothing left in their window go. m_lock held.
    void forgetQuietKeys(std::chrono::steady_clock::time_point now)
    {
        if (now - m_lastSweep < m_window)
            return;
        m_lastSweep = now;
        for (auto it = m_times.begin(); it != m_times.end();) {
            while (!it->second.empty() && now - it->second.front() > m_window)
                it->second.pop_front();
            it = it->second.empty() ? m_times.erase(it) : std::next(it);
        }
    }

    int m_limit;
    std::chrono::seconds m_window;
    std::mutex m_lock;
    std::map<std::string, std::deque<std::chrono::steady_clock::time_point>> m_times;
    std::chrono::steady_clock::time_point m_lastSweep {};
};

} // namespace

// Shared by every request: the session, the options, the limits.
struct ParticipationServer::Shared {
    LiveSession& session;
    ServerOptions options;
    std::vector<std::string> hosts; // what the Host header may say
    std::string joinUrl;
    ConnectionGuard guard { options.connections };
    RateLimiter perParticipant { options.requestsPerTenSeconds, std::chrono::seconds(10) };
    RateLimiter failedJoins { options.failedJoinsPerMinute, std::chrono::seconds(60) };
    // Wrong codes from addresses that never joined, all together: a guesser spread over many addresses.
    RateLimiter wrongCodes { options.wrongCodesPerMinute, std::chrono::seconds(60) };
    // Addresses a phone joined from: they know the code, so their failures are typing slips, never
    // guessing, and never stop a phone there (a whole room may share one address behind its Wi-Fi).
    std::mutex knownLock;
    std::set<std::string> knownAddresses;
    static constexpr std::size_t kMaxKnownAddresses = 4096;

    bool isKnown(const std::string& address)
    {
        std::lock_guard hold(knownLock);
        return knownAddresses.count(address) > 0;
    }
    void rememberJoin(const std::string& address)
    {
        std::lock_guard hold(knownLock);
        if (knownAddresses.size() < kMaxKnownAddresses)
            knownAddresses.insert(address);
    }
    // Whether a code from `address` is looked at: guessing is slowed per address and per session.
    bool mayTryCode(const std::string& address)
    {
        return isKnown(address) || (!failedJoins.isBlocked(address) && !wrongCodes.isBlocked("session"));
    }
    void countWrongCode(const std::string& address)
    {
        if (isKnown(address))
            return;
        failedJoins.allow(address);
        wrongCodes.allow("session");
    }
};

namespace {

using Context = ParticipationServer::Shared;

void securityHeaders(HTTPServerResponse& response)
{
    // Participants' text is shown by the page's own script as text, never as markup; the policy makes
    // sure nothing else runs either.
    response.set("Content-Security-Policy",
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    response.set("X-Content-Type-Options", "nosniff");
    response.set("Referrer-Policy", "no-referrer");
    response.set("X-Frame-Options", "DENY");
}

void send(HTTPServerResponse& response, int status, const std::string& contentType, const std::string& body)
{
    response.setStatus(static_cast<HTTPResponse::HTTPStatus>(status));
    securityHeaders(response);
    response.setContentType(contentType);
    response.set("Cache-Control", "no-store");
    response.setContentLength(static_cast<std::streamsize>(body.size()));
    response.send() << body;
}

void sendJson(HTTPServerResponse& response, int status, const std::string& json)
{
    send(response, status, "application/json; charset=utf-8", json);
}

void refuse(HTTPServerResponse& response, int status, const std::string& reason)
{
    sendJson(response, status, "{\"error\": " + jsonString(reason) + "}");
}

class Handler final : public Poco::Net::HTTPRequestHandler {
public:
    explicit Handler(Context& context) : m_context(context) { }

    void handleRequest(HTTPServerRequest& request, HTTPServerResponse& response) override
    {
        try {
            route(request, response);
        } catch (const Poco::Exception& failure) {
            if (!response.sent())
                refuse(response, 400, failure.displayText());
        } catch (const std::exception& failure) {
            if (!response.sent())
                refuse(response, 500, failure.what());
        }
    }

private:
    // A Host the server does not answer to is a page trying to reach it by another name (DNS rebinding).
    bool hostIsAllowed(const HTTPServerRequest& request) const
    {
        const std::string host = request.getHost();
        for (const std::string& allowed : m_context.hosts) {
            if (host == allowed)
                return true;
        }
        return false;
    }

    // The JSON body of a POST: from this server's own pages (Origin), declared JSON, small.
    std::optional<Poco::JSON::Object::Ptr> body(HTTPServerRequest& request, HTTPServerResponse& response)
    {
        if (request.has("Origin") && request.get("Origin") != "http://" + request.getHost()) {
            refuse(response, 403, "cross-site requests are refused");
            return std::nullopt;
        }
        if (request.getContentType().rfind("application/json", 0) != 0) {
            refuse(response, 415, "send JSON (Content-Type: application/json)");
            return std::nullopt;
        }
        if (request.getChunkedTransferEncoding() || !request.hasContentLength()) {
            refuse(response, 411, "a body needs its Content-Length");
            return std::nullopt;
        }
        if (request.getContentLength() < 0) {
            refuse(response, 400, "the Content-Length is not a length");
            return std::nullopt;
        }
        if (request.getContentLength() > kMaxBody) {
            refuse(response, 413, "the request is too large");
            return std::nullopt;
        }
        std::string text(static_cast<std::size_t>(request.getContentLength()), '\0');
        request.stream().read(text.data(), request.getContentLength());
        if (request.stream().gcount() != request.getContentLength()) {
            refuse(response, 400, "the body is shorter than its Content-Length");
            return std::nullopt;
        }
        try {
            Poco::JSON::Object::Ptr object = Poco::JSON::Parser().parse(text).extract<Poco::JSON::Object::Ptr>();
            if (object)
                return object;
        } catch (const Poco::Exception&) {
        } catch (const std::exception&) {
        }
        refuse(response, 400, "the body is not a JSON object");
        return std::nullopt;
    }

    std::string tokenOf(const HTTPServerRequest& request) const
    {
        return request.has("X-Sapha-Token") ? request.get("X-Sapha-Token") : std::string();
    }

    bool isFacilitator(const HTTPServerRequest& request, const Poco::URI& uri) const
    {
        if (m_context.options.facilitatorSecret.empty())
            return false;
        if (request.has("X-Sapha-Facilitator") && sameSecret(request.get("X-Sapha-Facilitator"), m_context.options.facilitatorSecret))
            return true;
        // EventSource cannot set headers: the board's feed carries the secret in its address.
        bool given = false;
        for (const auto& [name, value] : uri.getQueryParameters())
            given |= name == "secret" && sameSecret(value, m_context.options.facilitatorSecret);
        return given;
    }

    void route(HTTPServerRequest& request, HTTPServerResponse& response)
    {
        // Poco answers in the request's version: a request line that is not HTTP/1.x would get a status
        // line that is not HTTP either (found by fuzzing the server).
        if (request.getVersion() != Poco::Net::HTTPMessage::HTTP_1_0 && request.getVersion() != Poco::Net::HTTPMessage::HTTP_1_1) {
            response.setVersion(Poco::Net::HTTPMessage::HTTP_1_1);
            response.setKeepAlive(false);
            return refuse(response, 400, "not an HTTP/1.x request");
        }
        if (!hostIsAllowed(request))
            return refuse(response, 421, "this server does not answer to that host name");
        const Poco::URI uri(request.getURI());
        const std::string path = uri.getPath();
        const std::string& method = request.getMethod();
        LiveSession& session = m_context.session;

        if (method == "GET" && path == "/")
            return send(response, 200, "text/html; charset=utf-8", joinPageHtml());
        if (method == "GET" && path == "/app.js")
            return send(response, 200, "text/javascript; charset=utf-8", joinPageScript());
        if (method == "GET" && path == "/app.css")
            return send(response, 200, "text/css; charset=utf-8", joinPageStyle());
        if (method == "GET" && path == "/api/session") {
            // Before joining: the groups to choose from, for whoever has the code.
            // The code is a secret a guesser tries here as well as at the join: counted the same way.
            const std::string address = request.clientAddress().host().toString();
            if (!m_context.mayTryCode(address))
                return refuse(response, 429, "too many wrong codes were tried; wait a minute, or scan the QR code on the screen");
            std::string code;
            for (const auto& [name, value] : uri.getQueryParameters())
                code = name == "code" ? value : code;
            if (!sameSecret(code, session.joinCode())) {
                m_context.countWrongCode(address);
                return refuse(response, 403, "wrong session code");
            }
            return sendJson(response, 200, session.stateJson({}));
        }
        if (method == "POST" && path == "/api/join") {
            const std::string address = request.clientAddress().host().toString();
            if (!m_context.mayTryCode(address))
                return refuse(response, 429, "too many wrong codes were tried; wait a minute, or scan the QR code on the screen");
            auto object = body(request, response);
            if (!object)
                return;
            Answer<Participant> joined = session.join((*object)->optValue<std::string>("code", ""),
                (*object)->optValue<std::string>("group", ""), (*object)->optValue<std::string>("name", ""));
            if (!joined) {
                if (joined.refusal.status == 403)
                    m_context.countWrongCode(address);
                return refuse(response, joined.refusal.status, joined.refusal.reason);
            }
            m_context.rememberJoin(address);
            return sendJson(response, 200, "{\"token\": " + jsonString(joined.value->token) + "}");
        }
        if (method == "GET" && path == "/api/state") {
            // The session's state is for its participants: without a token, /api/session (behind the code).
            const std::string token = tokenOf(request);
            if (token.empty() || !session.isParticipant(token))
                return refuse(response, 403, "unknown participant: join first");
            return sendJson(response, 200, session.stateJson(token));
        }
        if (method == "POST" && (path == "/api/ideas" || path == "/api/votes")) {
            const std::string token = tokenOf(request);
            // A token nobody was given is refused before it is counted: counting it would keep it.
            if (token.empty() || !session.isParticipant(token))
                return refuse(response, 403, "unknown participant: join first");
            if (!m_context.perParticipant.allow(token))
                return refuse(response, 429, "too many requests; wait a few seconds");
            auto object = body(request, response);
            if (!object)
                return;
            if (path == "/api/ideas") {
                Answer<Idea> idea = session.submitIdea(token, (*object)->optValue<std::string>("text", ""));
                if (!idea)
                    return refuse(response, idea.refusal.status, idea.refusal.reason);
                return sendJson(response, 201, "{\"id\": " + jsonString(idea.value->id) + "}");
            }
            Answer<Vote> vote = session.vote(token, (*object)->optValue<std::string>("target", ""));
            if (!vote)
                return refuse(response, vote.refusal.status, vote.refusal.reason);
            return sendJson(response, 201, "{\"target\": " + jsonString(vote.value->targetId) + "}");
        }
        if (method == "POST" && path == "/api/round") {
            if (!isFacilitator(request, uri))
                return refuse(response, 403, "only the facilitator changes the round");
            auto object = body(request, response);
            if (!object)
                return;
            const std::string name = (*object)->optValue<std::string>("round", "");
            const std::optional<Round> round = roundFromName(name);
            if (!round)
                return refuse(response, 400, "round must be ideate, cluster, vote or closed");
            Answer<Round> changed = session.setRound(*round);
            if (!changed)
                return refuse(response, changed.refusal.status, changed.refusal.reason);
            return sendJson(response, 200, "{\"round\": " + jsonString(name) + "}");
        }
        if (method == "GET" && path == "/api/results.csv") {
            // The results so far, mid-session, without ending it.
            if (!isFacilitator(request, uri))
                return refuse(response, 403, "the results are the facilitator's");
            response.set("Content-Disposition", "attachment; filename=\"results.csv\"");
            return send(response, 200, "text/csv; charset=utf-8", sessionCsv(session.snapshot()));
        }
        if (method == "GET" && path == "/api/qr.svg") {
            // The join code's QR for the board: the facilitator's, as the code is in it.
            if (!isFacilitator(request, uri))
                return refuse(response, 403, "the join code's picture is the facilitator's");
            Result<QrCode> code = qrCodeFor(m_context.joinUrl);
            if (!code)
                return refuse(response, 500, code.error().message);
            return send(response, 200, "image/svg+xml", qrSvg(code.value()));
        }
        if (method == "GET" && path == "/api/events") {
            if (!isFacilitator(request, uri))
                return refuse(response, 403, "the live feed is the facilitator's");
            return streamEvents(request, response);
        }
        if (path.rfind("/api/", 0) == 0 || path == "/")
            return refuse(response, 405, "method not allowed");
        return refuse(response, 404, "not found");
    }

    // Server-sent events: each idea, vote and round change as it becomes durable.
    void streamEvents(HTTPServerRequest& request, HTTPServerResponse& response)
    {
        std::uint64_t since = 0;
        if (request.has("Last-Event-ID"))
            since = std::stoull("0" + request.get("Last-Event-ID"));
        response.setStatus(HTTPResponse::HTTP_OK);
        securityHeaders(response);
        response.setContentType("text/event-stream; charset=utf-8");
        response.set("Cache-Control", "no-store");
        response.setKeepAlive(false);
        // A board's feed lasts as long as the session: no request deadline for it. Only this server's
        // connections reach the handler, so the request is Poco's own implementation.
        m_context.guard.keepOpen(static_cast<Poco::Net::HTTPServerRequestImpl&>(request).socket());
        std::ostream& out = response.send();
        out << "retry: 1000\n\n" << std::flush;
        for (int idle = 0; out.good() && idle < 360;) {
            const auto events = m_context.session.eventsAfter(since, std::chrono::seconds(10));
            if (events.empty()) {
                ++idle;
                out << ": still here\n\n" << std::flush; // a heartbeat: a dead board is found and let go
                if (m_context.session.round() == Round::Closed && idle > 1)
                    break;
                continue;
            }
            idle = 0;
            for (const auto& [id, json] : events) {
                out << "id: " << id << "\ndata: " << json << "\n\n";
                since = id;
            }
            out << std::flush;
        }
    }

    Context& m_context;
};

class Factory final : public Poco::Net::HTTPRequestHandlerFactory {
public:
    explicit Factory(Context& context) : m_context(context) { }
    Poco::Net::HTTPRequestHandler* createRequestHandler(const HTTPServerRequest&) override { return new Handler(m_context); }

private:
    Context& m_context;
};

} // namespace

ParticipationServer::ParticipationServer(LiveSession& session, ServerOptions options)
    : m_session(session)
    , m_options(std::move(options))
{
}

ParticipationServer::~ParticipationServer()
{
    stop();
}

Status ParticipationServer::start()
{
    try {
        Poco::Net::ServerSocket socket(Poco::Net::SocketAddress(m_options.address, m_options.port), m_options.queue);
        m_port = socket.address().port();
        m_shared.reset(new Shared { m_session, m_options, {}, {} });
        for (const std::string& name : { m_options.address, std::string("localhost") })
            m_shared->hosts.push_back(name + ":" + std::to_string(m_port));
        for (const std::string& name : m_options.extraHosts)
            m_shared->hosts.push_back(name + ":" + std::to_string(m_port));
        auto* params = new Poco::Net::HTTPServerParams;
        params->setMaxThreads(m_options.threads);
        params->setMaxQueued(m_options.queue);
        params->setKeepAlive(true);
        params->setKeepAliveTimeout(Poco::Timespan(5, 0)); // phones poll: a short keep-alive frees threads
        params->setMaxKeepAliveRequests(100);
        params->setTimeout(Poco::Timespan(10, 0));          // a slow client is let go
        // A connection thread that finds no connection waits this long before it may end: stop() waits for
        // every thread, and one started just as the server stopped waits for nothing but this.
        params->setThreadIdleTime(Poco::Timespan(1, 0));
        m_shared->joinUrl = joinUrl();
        m_threadPool = std::make_unique<Poco::ThreadPool>(2, m_options.threads + 4);
        Poco::Net::HTTPServerParams::Ptr sharedParams(params);
        m_server = std::make_unique<Poco::Net::TCPServer>(
            new GuardedConnectionFactory(sharedParams, new Factory(*m_shared), m_shared->guard), *m_threadPool, socket, sharedParams);
        m_server->setConnectionFilter(new GuardedConnectionFilter(m_shared->guard));
        m_server->start();
        return Status::ok();
    } catch (const Poco::Exception& failure) {
        return Status::failure(localized("เซิร์ฟเวอร์ให้ผู้เข้าร่วมเปิดรับไม่ได้: \"" + failure.displayText() + "\"",
                                   "the participation server cannot listen: " + failure.displayText()),
            m_options.address + ":" + std::to_string(m_options.port));
    }
}

void ParticipationServer::stop()
{
    if (!m_server)
        return;
    m_server->stop();                // no new connections
    m_session.wakeAll();             // the boards' feeds end
    m_shared->guard.closeAll();      // every connection is shut and let go
    // Every connection thread ends before the pool goes. Poco's dispatcher counts a reference for each
    // thread it is handed to, given back when the thread runs it: a pool destroyed before a thread took
    // the connection accepted last told that thread to end instead, and the dispatcher (with the
    // server's factories) was never freed.
    m_threadPool->joinAll();
    m_server.reset();
    m_threadPool.reset();
    m_shared.reset();
}

std::size_t ParticipationServer::rememberedClients() const
{
    return m_shared ? m_shared->perParticipant.keyCount() + m_shared->failedJoins.keyCount() : 0;
}

ConnectionCounts ParticipationServer::connectionCounts() const
{
    return m_shared ? m_shared->guard.counts() : ConnectionCounts {};
}

std::string ParticipationServer::joinUrl() const
{
    return "http://" + m_options.address + ":" + std::to_string(m_port) + "/?code=" + m_session.joinCode();
}

} // namespace sapha::brainstorm
