// Sapha — the language of messages, one per process.
// SPDX-License-Identifier: MIT
#include <sapha/message_language.hpp>

#include <atomic>

namespace sapha {

namespace {

// Read from worker threads (a sync, an export of many documents): set before they start.
std::atomic<bool> g_thai { false };

} // namespace

void setMessageLanguage(std::string_view language)
{
    g_thai.store(language == "th");
}

std::string_view messageLanguage()
{
    return g_thai.load() ? "th" : "en";
}

std::string localized(std::string thai, std::string english)
{
    return g_thai.load() ? std::move(thai) : std::move(english);
}

} // namespace sapha
