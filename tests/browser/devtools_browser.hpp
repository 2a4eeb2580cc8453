// Sapha tests — Debian's Chromium, headless and phone-sized, driven over the DevTools protocol: the
// participants' page tested in a real browser, and the phone that takes part in the facilitator's
// journey. Errors are thrown (std::runtime_error) with what failed.
// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include <sys/types.h>

#include <Poco/JSON/Object.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/WebSocket.h>

namespace sapha::test {

// Chromium, headless, its DevTools on a port it picks; killed at the end.
class Browser {
public:
    explicit Browser(const std::filesystem::path& profile);
    ~Browser();
    Browser(const Browser&) = delete;
    Browser& operator=(const Browser&) = delete;

    // 0 when Chromium did not start.
    unsigned short devtoolsPort() const { return m_port; }

private:
    pid_t m_pid = -1;
    unsigned short m_port = 0;
};

// The browser's first page, over its DevTools connection: commands by id, their results.
class Page {
public:
    // Connects to the first page `browser` shows, sized as a phone (390×844, twice as dense).
    explicit Page(const Browser& browser);

    Poco::JSON::Object::Ptr call(const std::string& method, Poco::JSON::Object params = Poco::JSON::Object());
    // The value of a JavaScript expression (awaited when it is a promise), as text.
    std::string evaluate(const std::string& expression);
    // Waits until the expression is true in the page; false after `seconds`.
    bool waitFor(const std::string& expression, int seconds = 10);
    void navigate(const std::string& url);
    // Text typed into the focused element, as an input method gives it (Thai included).
    void insertText(const std::string& utf8);
    // A PNG of the page.
    std::string screenshot();

private:
    std::unique_ptr<Poco::Net::HTTPClientSession> m_session;
    std::unique_ptr<Poco::Net::WebSocket> m_socket;
    int m_nextId = 0;
};

// A JavaScript string literal holding `text` (for expressions built with it).
std::string javascriptString(const std::string& text);

} // namespace sapha::test
