// Sapha brainstorm — the connection guard: keeps the participation server's threads for the room.
//
// Poco's HTTP server gives every open connection a thread, so whoever holds connections open holds
// threads: ~400 connections each sending a header line every 2 s once starved every phone. The guard
// knows what each connection is doing (idle between requests, reading one, being answered, or a board's
// long-lived feed) and from which address, and closes what a room never does:
// - a request (read and answered) that takes longer than the deadline;
// - slow requests from one address beyond a few (a phone's request arrives in one packet; its
//   address never has many half-sent requests, even when a whole room shares it behind one NAT);
// - many half-sent requests at once from one address: the one arriving the longest is closed;
// - under pressure (most threads taken), idle connections: first those that never sent a request, of the
//   address holding the most, then idle keep-alive ones, of the address holding the most (a browser
//   simply opens a closed keep-alive connection again);
// - under pressure, new connections from an address that already holds many that never sent a request:
//   refused as they are accepted, before they take a place in the queue.
// Fast requests are never refused, whatever their address, so a room behind one address is served.
// SPDX-License-Identifier: MIT
#pragma once

#include "core/brainstorm_export.h"

#include <condition_variable>
#include <list>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>

#include <Poco/Net/StreamSocket.h>

#include "core/live/connection_limits.hpp"

namespace sapha::brainstorm {

class SAPHA_BRAINSTORM_EXPORT ConnectionGuard {
    struct Entry;

public:
    explicit ConnectionGuard(ConnectionLimits limits);
    ~ConnectionGuard();
    ConnectionGuard(const ConnectionGuard&) = delete;
    ConnectionGuard& operator=(const ConnectionGuard&) = delete;

    // One connection's place in the guard, for as long as its thread serves it. Destroy it before the
    // socket is closed: the guard shuts sockets down from its own thread.
    class SAPHA_BRAINSTORM_EXPORT Ticket {
    public:
        ~Ticket();
        Ticket(const Ticket&) = delete;
        Ticket& operator=(const Ticket&) = delete;
        // False: the guard refused the connection (the server stops); close it.
        bool admitted() const { return m_guard != nullptr; }
        void idle();     // waiting for the next request
        void reading();  // a request's first bytes arrived
        void handling(); // the request is read; being answered

    private:
        friend class ConnectionGuard;
        Ticket(ConnectionGuard* guard, std::list<Entry>::iterator entry) : m_guard(guard), m_entry(entry) { }
        ConnectionGuard* m_guard;
        std::list<Entry>::iterator m_entry;
    };

    Ticket enter(const Poco::Net::StreamSocket& socket);
    // Whether a connection just accepted from `address` is let in (see the last rule above).
    bool admits(const std::string& address);
    // The request on this socket is a long-lived feed (a board's events): no deadline.
    void keepOpen(const Poco::Net::StreamSocket& socket);
    // Shuts every connection down and admits no more; waits until their threads let go of them.
    void closeAll();

    using Counts = ConnectionCounts;
    Counts counts() const;

private:
    enum class State { Idle, Reading, Handling, LongLived };
    struct Entry {
        Poco::Net::StreamSocket socket;
        std::string address;
        State state = State::Idle;
        std::chrono::steady_clock::time_point since;
        bool shut = false;
        bool proven = false; // it sent a whole request
    };
    using Clock = std::chrono::steady_clock;

    void change(std::list<Entry>::iterator entry, State state);
    void leave(std::list<Entry>::iterator entry);
    void shut(Entry& entry); // m_lock held
    // The counts below, kept as connections come, prove themselves, are shut and go. m_lock held.
    static void countOut(std::unordered_map<std::string, std::size_t>& counts, const std::string& address);
    void leaveLiveSet(Entry& entry);
    void closePastDeadline(Clock::time_point now);
    void closeSlowBeyondShare(Clock::time_point now);
    void closeIdleUnderPressure(Clock::time_point now);
    void watch();

    ConnectionLimits m_limits;
    mutable std::mutex m_lock;
    std::condition_variable m_wake; // the watcher: time to stop
    std::condition_variable m_left; // a connection left the guard
    std::list<Entry> m_entries;
    std::size_t m_live = 0;                                   // entries not shut
    std::unordered_map<std::string, std::size_t> m_unproven; // entries not shut that never sent a request
    Counts m_counts;
    bool m_closing = false;
    std::thread m_watcher;
};

} // namespace sapha::brainstorm
