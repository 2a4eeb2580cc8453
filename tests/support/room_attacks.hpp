// Sapha tests — what one address does to a participation server to keep a room out, for the server's
// tests and its benchmark: holding connections open (slow headers, silence), guessing the join code and
// flooding made-up tokens. Each runs on a thread of its own from a loopback address of its own (any
// 127.x.y.z is this machine) until destroyed.
// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <chrono>
#include <memory>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>

namespace sapha::test {

// One address holding connections open: half send a request's first line and then a header line
// every second (slow headers), half connect and send nothing; each closed by the server is opened again.
class ConnectionHolder {
public:
    ConnectionHolder(unsigned short port, const std::string& from, std::size_t connections)
        : m_port(port), m_from(from), m_sockets(connections)
    {
        m_thread = std::thread([this] { hold(); });
    }
    ~ConnectionHolder()
    {
        m_stop = true;
        m_thread.join();
    }
    int reopened() const { return m_reopened; }

private:
    void open(std::size_t slot)
    {
        auto socket = std::make_unique<Poco::Net::StreamSocket>();
        socket->impl()->bind(Poco::Net::SocketAddress(m_from, 0), false);
        socket->connect(Poco::Net::SocketAddress("127.0.0.1", m_port), Poco::Timespan(1, 0));
        if (slot % 2 == 0) {
            const std::string line = "GET /api/state HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(m_port) + "\r\n";
            socket->sendBytes(line.data(), static_cast<int>(line.size()));
        }
        m_sockets[slot] = std::move(socket);
    }
    static bool closedByServer(Poco::Net::StreamSocket& socket)
    {
        if (!socket.poll(Poco::Timespan(0), Poco::Net::Socket::SELECT_READ))
            return false;
        char buffer[512];
        return socket.receiveBytes(buffer, sizeof buffer) <= 0;
    }
    void hold()
    {
        for (int tick = 0; !m_stop; ++tick) {
            for (std::size_t slot = 0; slot < m_sockets.size() && !m_stop; ++slot) {
                try {
                    if (m_sockets[slot] && !closedByServer(*m_sockets[slot])) {
                        if (slot % 2 == 0 && tick % 10 == 0) {
                            const std::string header = "X-Drip-" + std::to_string(tick) + ": 1\r\n";
                            m_sockets[slot]->sendBytes(header.data(), static_cast<int>(header.size()));
                        }
                        continue;
                    }
                    if (m_sockets[slot])
                        ++m_reopened;
                    open(slot);
                } catch (const Poco::Exception&) {
                    m_sockets[slot].reset(); // refused or reset: opened again on the next round
                }
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
    }

    unsigned short m_port;
    std::string m_from;
    std::vector<std::unique_ptr<Poco::Net::StreamSocket>> m_sockets;
    std::atomic<bool> m_stop { false };
    std::atomic<int> m_reopened { 0 };
    std::thread m_thread;
};

// Requests sent one after another on fresh connections from one address, as fast as they are answered:
// wrong join codes at /api/session and ideas under made-up 4 KB tokens, in turn.
class RequestFlooder {
public:
    RequestFlooder(unsigned short port, const std::string& from) : m_port(port), m_from(from)
    {
        m_thread = std::thread([this] { flood(); });
    }
    ~RequestFlooder()
    {
        m_stop = true;
        m_thread.join();
    }
    int sent() const { return m_sent; }

private:
    void send(const std::string& request)
    {
        try {
            Poco::Net::StreamSocket socket;
            socket.impl()->bind(Poco::Net::SocketAddress(m_from, 0), false);
            socket.connect(Poco::Net::SocketAddress("127.0.0.1", m_port), Poco::Timespan(1, 0));
            socket.setReceiveTimeout(Poco::Timespan(2, 0));
            socket.sendBytes(request.data(), static_cast<int>(request.size()));
            char buffer[1024];
            socket.receiveBytes(buffer, sizeof buffer);
            ++m_sent;
        } catch (const Poco::Exception&) {
        }
    }
    void flood()
    {
        std::mt19937 random(11);
        const std::string host = "Host: 127.0.0.1:" + std::to_string(m_port) + "\r\n";
        for (int n = 0; !m_stop; ++n) {
            if (n % 2 == 0) {
                send("GET /api/session?code=" + std::to_string(100000 + random() % 900000) + " HTTP/1.1\r\n" + host
                    + "Connection: close\r\n\r\n");
                continue;
            }
            std::string token(4096, '0');
            for (char& c : token)
                c = "0123456789abcdef"[random() % 16];
            const std::string body = R"({"text":"x"})";
            send("POST /api/ideas HTTP/1.1\r\n" + host + "X-Sapha-Token: " + token
                + "\r\nContent-Type: application/json\r\nContent-Length: " + std::to_string(body.size())
                + "\r\nConnection: close\r\n\r\n" + body);
        }
    }

    unsigned short m_port;
    std::string m_from;
    std::atomic<bool> m_stop { false };
    std::atomic<int> m_sent { 0 };
    std::thread m_thread;
};

} // namespace sapha::test
