// Sapha tests — Chromium over the DevTools protocol.
// SPDX-License-Identifier: MIT
#include "devtools_browser.hpp"

#include <csignal>
#include <cstdio>
#include <fstream>
#include <regex>
#include <sstream>
#include <stdexcept>
#include <thread>

#include <sys/wait.h>
#include <unistd.h>

#include <Poco/Base64Decoder.h>
#include <Poco/Buffer.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>

namespace sapha::test {

namespace {

std::string httpGet(unsigned short port, const std::string& path)
{
    Poco::Net::HTTPClientSession session("127.0.0.1", port);
    session.setTimeout(Poco::Timespan(5, 0));
    Poco::Net::HTTPRequest request("GET", path, Poco::Net::HTTPMessage::HTTP_1_1);
    session.sendRequest(request);
    Poco::Net::HTTPResponse response;
    std::string body;
    Poco::StreamCopier::copyToString(session.receiveResponse(response), body);
    return body;
}

} // namespace

Browser::Browser(const std::filesystem::path& profile)
{
    m_pid = fork();
    if (m_pid == 0) {
        // Chromium's own chatter (no D-Bus in a test machine) is not the test's output.
        if (FILE* quiet = std::freopen("/dev/null", "w", stderr); !quiet)
            _exit(126);
        const std::string dataDir = "--user-data-dir=" + profile.string();
        execlp("chromium", "chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-extensions", "--remote-debugging-port=0", "--window-size=390,844", dataDir.c_str(), "about:blank",
            static_cast<char*>(nullptr));
        _exit(127);
    }
    // Chromium writes the port it chose into the profile.
    for (int i = 0; i < 200 && m_port == 0; ++i) {
        std::ifstream active(profile / "DevToolsActivePort");
        int port = 0;
        if (active >> port)
            m_port = static_cast<unsigned short>(port);
        else
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
}

Browser::~Browser()
{
    if (m_pid > 0) {
        kill(m_pid, SIGKILL);
        waitpid(m_pid, nullptr, 0);
    }
}

Page::Page(const Browser& browser)
{
    if (browser.devtoolsPort() == 0)
        throw std::runtime_error("Chromium did not start (is Debian's chromium installed? make test installs it)");
    const std::string targets = httpGet(browser.devtoolsPort(), "/json/list");
    std::smatch found;
    if (!std::regex_search(targets, found, std::regex("\"webSocketDebuggerUrl\": \"ws://[^/]+(/devtools/page/[^\"]+)\"")))
        throw std::runtime_error("Chromium shows no page to drive: " + targets);
    m_session = std::make_unique<Poco::Net::HTTPClientSession>("127.0.0.1", browser.devtoolsPort());
    Poco::Net::HTTPRequest request("GET", found[1].str(), Poco::Net::HTTPMessage::HTTP_1_1);
    Poco::Net::HTTPResponse response;
    m_socket = std::make_unique<Poco::Net::WebSocket>(*m_session, request, response);
    m_socket->setReceiveTimeout(Poco::Timespan(20, 0));
    Poco::JSON::Object metrics;
    metrics.set("width", 390);
    metrics.set("height", 844);
    metrics.set("deviceScaleFactor", 2);
    metrics.set("mobile", true);
    call("Emulation.setDeviceMetricsOverride", metrics);
}

Poco::JSON::Object::Ptr Page::call(const std::string& method, Poco::JSON::Object params)
{
    Poco::JSON::Object message;
    const int id = ++m_nextId;
    message.set("id", id);
    message.set("method", method);
    message.set("params", params);
    std::ostringstream text;
    Poco::JSON::Stringifier::condense(message, text);
    const std::string out = text.str();
    m_socket->sendFrame(out.data(), static_cast<int>(out.size()), Poco::Net::WebSocket::FRAME_TEXT);
    for (;;) {
        Poco::Buffer<char> buffer(0);
        int flags = 0;
        if (m_socket->receiveFrame(buffer, flags) <= 0)
            throw std::runtime_error("Chromium closed its DevTools connection during " + method);
        auto reply = Poco::JSON::Parser().parse(std::string(buffer.begin(), buffer.size())).extract<Poco::JSON::Object::Ptr>();
        if (reply->has("id") && reply->getValue<int>("id") == id) {
            if (reply->has("error")) {
                std::ostringstream error;
                reply->getObject("error")->stringify(error);
                throw std::runtime_error(method + " failed: " + error.str());
            }
            return reply->getObject("result");
        }
    }
}

std::string Page::evaluate(const std::string& expression)
{
    Poco::JSON::Object params;
    params.set("expression", expression);
    params.set("awaitPromise", true);
    params.set("returnByValue", true);
    auto result = call("Runtime.evaluate", params)->getObject("result");
    return result->has("value") ? result->get("value").toString() : std::string();
}

bool Page::waitFor(const std::string& expression, int seconds)
{
    for (int i = 0; i < seconds * 10; ++i) {
        if (evaluate("!!(" + expression + ")") == "true")
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return false;
}

void Page::navigate(const std::string& url)
{
    Poco::JSON::Object params;
    params.set("url", url);
    call("Page.navigate", params);
}

void Page::insertText(const std::string& utf8)
{
    Poco::JSON::Object params;
    params.set("text", utf8);
    call("Input.insertText", params);
}

std::string Page::screenshot()
{
    Poco::JSON::Object shot;
    shot.set("format", "png");
    const std::string base64 = call("Page.captureScreenshot", shot)->getValue<std::string>("data");
    std::istringstream encoded(base64);
    Poco::Base64Decoder decoder(encoded);
    std::string png;
    Poco::StreamCopier::copyToString(decoder, png);
    return png;
}

std::string javascriptString(const std::string& text)
{
    // JSON's string literal is JavaScript's.
    std::ostringstream literal;
    Poco::JSON::Stringifier::formatString(text, literal);
    return literal.str();
}

} // namespace sapha::test
