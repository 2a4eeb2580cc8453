// Sapha brainstorm — one HTTP connection under the connection guard.
// SPDX-License-Identifier: MIT
#include "core/live/guarded_connection.hpp"

#include <memory>

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/HTTPServerResponseImpl.h>
#include <Poco/Net/HTTPServerSession.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/TCPServerConnection.h>
#include <Poco/Timestamp.h>

namespace sapha::brainstorm {

namespace {

using Poco::Net::HTTPResponse;

class GuardedConnection final : public Poco::Net::TCPServerConnection {
public:
    GuardedConnection(const Poco::Net::StreamSocket& socket, Poco::Net::HTTPServerParams::Ptr params,
        Poco::Net::HTTPRequestHandlerFactory::Ptr handlers, ConnectionGuard& guard)
        : TCPServerConnection(socket)
        , m_params(std::move(params))
        , m_handlers(std::move(handlers))
        , m_guard(guard)
    {
    }

    void run() override
    {
        Poco::Net::HTTPServerSession session(socket(), m_params);
        // After the session: the ticket leaves the guard before the session closes the socket.
        ConnectionGuard::Ticket ticket = m_guard.enter(socket());
        if (!ticket.admitted())
            return;
        for (;;) {
            ticket.idle();
            // Waits for a request's first bytes (Poco's keep-alive and first-request timeouts).
            if (!session.hasMoreRequests())
                return;
            ticket.reading();
            try {
                if (!serveOne(session, ticket))
                    return;
            } catch (const Poco::Net::NoMessageException&) {
                return; // the client closed, or the guard shut the connection
            } catch (const Poco::Net::MessageException&) {
                sendError(session, HTTPResponse::HTTP_BAD_REQUEST);
            } catch (const Poco::Exception&) {
                return; // a network error: the connection is gone
            }
        }
    }

private:
    // One request, read and answered. False: the connection is not kept alive.
    bool serveOne(Poco::Net::HTTPServerSession& session, ConnectionGuard::Ticket& ticket)
    {
        Poco::Net::HTTPServerResponseImpl response(session);
        Poco::Net::HTTPServerRequestImpl request(response, session, m_params);
        ticket.handling();
        response.setDate(Poco::Timestamp());
        response.setVersion(request.getVersion());
        response.setKeepAlive(m_params->getKeepAlive() && request.getKeepAlive() && session.canKeepAlive());
        std::unique_ptr<Poco::Net::HTTPRequestHandler> handler(m_handlers->createRequestHandler(request));
        try {
            if (request.getExpectContinue() && response.getStatus() == HTTPResponse::HTTP_OK)
                response.sendContinue();
            handler->handleRequest(request, response);
        } catch (const Poco::Exception&) {
            if (!response.sent())
                sendError(session, HTTPResponse::HTTP_INTERNAL_SERVER_ERROR);
            throw;
        }
        session.setKeepAlive(m_params->getKeepAlive() && response.getKeepAlive() && session.canKeepAlive());
        return session.getKeepAlive();
    }

    static void sendError(Poco::Net::HTTPServerSession& session, HTTPResponse::HTTPStatus status)
    {
        try {
            Poco::Net::HTTPServerResponseImpl response(session);
            response.setVersion(Poco::Net::HTTPMessage::HTTP_1_1);
            response.setStatusAndReason(status);
            response.setKeepAlive(false);
            response.send();
            session.setKeepAlive(false);
        } catch (const Poco::Exception&) {
            // The client is gone.
        }
    }

    Poco::Net::HTTPServerParams::Ptr m_params;
    Poco::Net::HTTPRequestHandlerFactory::Ptr m_handlers;
    ConnectionGuard& m_guard;
};

} // namespace

GuardedConnectionFactory::GuardedConnectionFactory(Poco::Net::HTTPServerParams::Ptr params,
    Poco::Net::HTTPRequestHandlerFactory::Ptr handlers, ConnectionGuard& guard)
    : m_params(std::move(params))
    , m_handlers(std::move(handlers))
    , m_guard(guard)
{
}

bool GuardedConnectionFilter::accept(const Poco::Net::StreamSocket& socket)
{
    try {
        return m_guard.admits(socket.peerAddress().host().toString());
    } catch (const Poco::Exception&) {
        return false; // gone already
    }
}

Poco::Net::TCPServerConnection* GuardedConnectionFactory::createConnection(const Poco::Net::StreamSocket& socket)
{
    return new GuardedConnection(socket, m_params, m_handlers, m_guard);
}

} // namespace sapha::brainstorm
