// Sapha — the language of the core's messages.
// SPDX-License-Identifier: MIT
#include "messages/message_language.hpp"

#include <atomic>
#include <cerrno>
#include <cstring>

namespace sapha::host {

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

std::string systemReason(int error)
{
    const std::string english = std::strerror(error);
    if (!g_thai.load())
        return english;
    switch (error) {
    case ENOSPC:
        return "ดิสก์เต็ม";
    case EDQUOT:
        return "เกินโควตาดิสก์ของผู้ใช้";
    case EACCES:
    case EPERM:
        return "ไม่มีสิทธิ์";
    case EROFS:
        return "ดิสก์อ่านได้อย่างเดียว";
    case ENOENT:
        return "ไม่มีแฟ้มหรือโฟลเดอร์นี้";
    case EIO:
        return "ดิสก์อ่านหรือเขียนผิดพลาด";
    case ENAMETOOLONG:
        return "ชื่อยาวเกินไป";
    default:
        return "\"" + english + "\"";
    }
}

} // namespace sapha::host
