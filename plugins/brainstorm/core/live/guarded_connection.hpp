// Sapha brainstorm — one HTTP connection of the participation server, served under the connection guard.
// The loop is Poco's own (HTTPServerConnection: a session, its requests one after another, the handler
// from the factory), with the guard told at each step what the connection is doing: Poco's loop has no
// such hooks, and without them a connection's thread cannot be taken back from a slow client.
// SPDX-License-Identifier: MIT
#pragma once

#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/TCPServer.h>
#include <Poco/Net/TCPServerConnectionFactory.h>

#include "core/live/connection_guard.hpp"

namespace sapha::brainstorm {

class GuardedConnectionFactory final : public Poco::Net::TCPServerConnectionFactory {
public:
    GuardedConnectionFactory(Poco::Net::HTTPServerParams::Ptr params, Poco::Net::HTTPRequestHandlerFactory::Ptr handlers,
        ConnectionGuard& guard);
    Poco::Net::TCPServerConnection* createConnection(const Poco::Net::StreamSocket& socket) override;

private:
    Poco::Net::HTTPServerParams::Ptr m_params;
    Poco::Net::HTTPRequestHandlerFactory::Ptr m_handlers;
    ConnectionGuard& m_guard;
};

// Asks the guard, as each connection is accepted, whether it may take a place in the queue.
class GuardedConnectionFilter final : public Poco::Net::TCPServerConnectionFilter {
public:
    explicit GuardedConnectionFilter(ConnectionGuard& guard) : m_guard(guard) { }
    bool accept(const Poco::Net::StreamSocket& socket) override;

private:
    ConnectionGuard& m_guard;
};

} // namespace sapha::brainstorm
