// Sapha tests — real Git remotes on loopback, started by the test itself: `git daemon` over git://, and
// smart HTTP (`git http-backend` run as CGI behind a small Poco HTTP server). A bare repository by path
// needs no server.
// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <filesystem>
#include <memory>
#include <string>

#include <sys/types.h>

namespace Poco::Net {
class HTTPServer;
class ServerSocket;
}

namespace sapha::test {

// `git daemon` serving every repository under `base` (push allowed), on a free port of 127.0.0.1.
class GitDaemon {
public:
    explicit GitDaemon(const std::filesystem::path& base);
    ~GitDaemon();
    // "git://127.0.0.1:PORT/NAME"
    std::string urlOf(const std::string& repository) const;

private:
    pid_t m_pid = 0;
    unsigned short m_port = 0;
};

// Smart HTTP (or HTTPS): each request is handed to `git http-backend` as CGI (GIT_PROJECT_ROOT = `base`, push
// allowed as user "tester"). With `asksWhoYouAre`, a request without an Authorization header is answered
// 401 with a Basic challenge, as a host asking for a password would.
class GitHttpHost {
public:
    // The certificate and key of an HTTPS host (PEM files).
    struct Certificate {
        std::filesystem::path certificate, key;
    };
    explicit GitHttpHost(const std::filesystem::path& base, bool asksWhoYouAre = false);
    // The same over HTTPS (TLS, OpenSSL through Poco), presenting `certificate` as "localhost".
    GitHttpHost(const std::filesystem::path& base, const Certificate& certificate);
    ~GitHttpHost();
    // "http://127.0.0.1:PORT/NAME", or "https://localhost:PORT/NAME"
    std::string urlOf(const std::string& repository) const;
    // How many requests came with an Authorization header (a password or token sent).
    int authorizationsSeen() const { return *m_authorizations; }

private:
    // Serves `base` on `socket` (plain or TLS).
    void serve(const Poco::Net::ServerSocket& socket, const std::filesystem::path& base, bool asksWhoYouAre);

    std::shared_ptr<std::atomic<int>> m_authorizations = std::make_shared<std::atomic<int>>(0);
    std::unique_ptr<Poco::Net::HTTPServer> m_server;
    unsigned short m_port = 0;
    bool m_tls = false;
};

// A certificate authority of the test's own, and a certificate it signed for "localhost" (made with
// the openssl command into `folder`).
struct TestCertificates {
    std::filesystem::path authority; // the authority's certificate: what a client is to trust
    GitHttpHost::Certificate server;
};
TestCertificates makeTestCertificates(const std::filesystem::path& folder);

} // namespace sapha::test
