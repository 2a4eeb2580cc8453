// Sapha tests — git daemon and git http-backend on loopback.
// SPDX-License-Identifier: MIT
#include "git_remotes.hpp"

#include <chrono>
#include <fstream>
#include <csignal>
#include <sstream>
#include <stdexcept>
#include <thread>
#include <vector>

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/NetSSL.h>
#include <Poco/Net/SecureServerSocket.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>

#include <spawn.h>
#include <sys/wait.h>

#include "run_process.hpp"

extern char** environ;

namespace sapha::test {

namespace {

unsigned short freePort()
{
    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
    return socket.address().port();
}

bool accepts(unsigned short port)
{
    try {
        Poco::Net::StreamSocket socket;
        socket.connect(Poco::Net::SocketAddress("127.0.0.1", port), Poco::Timespan(0, 200000));
        return true;
    } catch (const Poco::Exception&) {
        return false;
    }
}

// One request, one run of git http-backend: the CGI variables in, its headers and body out.
class BackendHandler : public Poco::Net::HTTPRequestHandler {
public:
    BackendHandler(std::filesystem::path base, bool asksWhoYouAre, std::shared_ptr<std::atomic<int>> authorizations)
        : m_base(std::move(base)), m_asksWhoYouAre(asksWhoYouAre), m_authorizations(std::move(authorizations))
    {
    }

    void handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override
    {
        if (request.has("Authorization"))
            ++*m_authorizations;
        if (m_asksWhoYouAre && !request.has("Authorization")) {
            response.setStatusAndReason(Poco::Net::HTTPResponse::HTTP_UNAUTHORIZED);
            response.set("WWW-Authenticate", "Basic realm=\"sapha-test\"");
            response.setContentLength(0);
            response.send();
            return;
        }
        std::string body;
        Poco::StreamCopier::copyToString(request.stream(), body);
        const Poco::URI uri(request.getURI());
        std::map<std::string, std::string> environment { { "GIT_PROJECT_ROOT", m_base.string() }, { "GIT_HTTP_EXPORT_ALL", "1" },
            { "REMOTE_USER", "tester" }, { "REMOTE_ADDR", "127.0.0.1" }, { "REQUEST_METHOD", request.getMethod() },
            { "PATH_INFO", uri.getPath() }, { "QUERY_STRING", uri.getRawQuery() }, { "CONTENT_TYPE", request.getContentType() },
            { "CONTENT_LENGTH", std::to_string(body.size()) }, { "GATEWAY_INTERFACE", "CGI/1.1" } };
        if (request.has("Git-Protocol"))
            environment["GIT_PROTOCOL"] = request.get("Git-Protocol");
        const ProcessResult cgi = runProcess("git", { "http-backend" }, {}, environment, body);
        // The CGI answer: header lines, an empty line, the body.
        std::size_t end = cgi.out.find("\r\n\r\n");
        std::size_t skip = 4;
        if (end == std::string::npos) {
            end = cgi.out.find("\n\n");
            skip = 2;
        }
        if (cgi.exitCode != 0 || end == std::string::npos) {
            response.setStatusAndReason(Poco::Net::HTTPResponse::HTTP_INTERNAL_SERVER_ERROR);
            response.send() << cgi.err;
            return;
        }
        std::istringstream headers(cgi.out.substr(0, end));
        for (std::string line; std::getline(headers, line);) {
            if (!line.empty() && line.back() == '\r')
                line.pop_back();
            const std::size_t colon = line.find(':');
            if (colon == std::string::npos)
                continue;
            const std::string name = line.substr(0, colon);
            const std::string value = line.substr(line.find_first_not_of(' ', colon + 1));
            if (name == "Status")
                response.setStatus(value.substr(0, 3));
            else
                response.set(name, value);
        }
        const std::string content = cgi.out.substr(end + skip);
        response.setContentLength(static_cast<std::streamsize>(content.size()));
        response.send() << content;
    }

private:
    std::filesystem::path m_base;
    bool m_asksWhoYouAre = false;
    std::shared_ptr<std::atomic<int>> m_authorizations;
};

class BackendFactory : public Poco::Net::HTTPRequestHandlerFactory {
public:
    BackendFactory(std::filesystem::path base, bool asksWhoYouAre, std::shared_ptr<std::atomic<int>> authorizations)
        : m_base(std::move(base)), m_asksWhoYouAre(asksWhoYouAre), m_authorizations(std::move(authorizations))
    {
    }
    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest&) override
    {
        return new BackendHandler(m_base, m_asksWhoYouAre, m_authorizations);
    }

private:
    std::filesystem::path m_base;
    bool m_asksWhoYouAre = false;
    std::shared_ptr<std::atomic<int>> m_authorizations;
};

} // namespace

GitDaemon::GitDaemon(const std::filesystem::path& base)
    : m_port(freePort())
{
    std::vector<std::string> arguments { "git", "daemon", "--reuseaddr", "--export-all", "--enable=receive-pack",
        "--listen=127.0.0.1", "--port=" + std::to_string(m_port), "--base-path=" + base.string(), base.string() };
    std::vector<char*> argv;
    for (std::string& argument : arguments)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    if (posix_spawnp(&m_pid, "git", nullptr, nullptr, argv.data(), environ) != 0)
        throw std::runtime_error("git daemon could not be started");
    for (int i = 0; i < 100 && !accepts(m_port); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    if (!accepts(m_port))
        throw std::runtime_error("git daemon does not listen on port " + std::to_string(m_port));
}

GitDaemon::~GitDaemon()
{
    if (m_pid > 0) {
        kill(m_pid, SIGTERM);
        waitpid(m_pid, nullptr, 0);
    }
}

std::string GitDaemon::urlOf(const std::string& repository) const
{
    return "git://127.0.0.1:" + std::to_string(m_port) + "/" + repository;
}

GitHttpHost::GitHttpHost(const std::filesystem::path& base, bool asksWhoYouAre)
{
    serve(Poco::Net::ServerSocket(Poco::Net::SocketAddress("127.0.0.1", 0)), base, asksWhoYouAre);
}

GitHttpHost::GitHttpHost(const std::filesystem::path& base, const Certificate& certificate)
    : m_tls(true)
{
    static const bool sslReady = (Poco::Net::initializeSSL(), true);
    (void)sslReady;
    Poco::Net::Context::Ptr context = new Poco::Net::Context(Poco::Net::Context::TLS_SERVER_USE, certificate.key.string(),
        certificate.certificate.string(), "", Poco::Net::Context::VERIFY_NONE);
    serve(Poco::Net::SecureServerSocket(Poco::Net::SocketAddress("127.0.0.1", 0), 64, context), base, false);
}

void GitHttpHost::serve(const Poco::Net::ServerSocket& socket, const std::filesystem::path& base, bool asksWhoYouAre)
{
    m_port = socket.address().port();
    auto* parameters = new Poco::Net::HTTPServerParams;
    parameters->setMaxThreads(4);
    m_server = std::make_unique<Poco::Net::HTTPServer>(new BackendFactory(base, asksWhoYouAre, m_authorizations), socket, parameters);
    m_server->start();
}

GitHttpHost::~GitHttpHost()
{
    m_server->stopAll(true);
}

std::string GitHttpHost::urlOf(const std::string& repository) const
{
    // A name, not an address, over HTTPS: mbedTLS matches the host against the certificate's DNS names.
    return (m_tls ? "https://localhost:" : "http://127.0.0.1:") + std::to_string(m_port) + "/" + repository;
}

TestCertificates makeTestCertificates(const std::filesystem::path& folder)
{
    std::filesystem::create_directories(folder);
    const auto file = [&](const char* name) { return (folder / name).string(); };
    const auto openssl = [](const std::vector<std::string>& arguments) {
        const ProcessResult made = runProcess("openssl", arguments);
        if (made.exitCode != 0)
            throw std::runtime_error("openssl " + arguments.front() + ": " + made.err);
    };
    // Elliptic-curve keys: made in milliseconds, and mbedTLS verifies them.
    const std::vector<std::string> newKey { "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes" };
    std::vector<std::string> authority { "req", "-x509" };
    authority.insert(authority.end(), newKey.begin(), newKey.end());
    authority.insert(authority.end(), { "-keyout", file("authority.key"), "-out", file("authority.pem"), "-days", "2",
                                           "-subj", "/CN=Sapha Test Authority" });
    openssl(authority);
    std::vector<std::string> request { "req" };
    request.insert(request.end(), newKey.begin(), newKey.end());
    request.insert(request.end(), { "-keyout", file("server.key"), "-out", file("server.csr"), "-subj", "/CN=localhost" });
    openssl(request);
    std::ofstream(folder / "server.ext") << "subjectAltName=DNS:localhost\n";
    openssl({ "x509", "-req", "-in", file("server.csr"), "-CA", file("authority.pem"), "-CAkey", file("authority.key"),
        "-CAcreateserial", "-out", file("server.pem"), "-days", "2", "-extfile", file("server.ext") });
    return TestCertificates { folder / "authority.pem", { folder / "server.pem", folder / "server.key" } };
}

} // namespace sapha::test
