// Sapha — why a system call failed, in the language of messages.
// SPDX-License-Identifier: MIT
#include "messages/message_language.hpp"

#include <cerrno>
#include <cstring>

namespace sapha::host {

std::string systemReason(int error)
{
    const std::string english = std::strerror(error);
    if (messageLanguage() != "th")
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
