// Sapha — formatting of revision times.
// SPDX-License-Identifier: MIT
#include "workspace/revision.hpp"

#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace sapha::host {

std::string Revision::isoTime() const
{
    const std::time_t local = static_cast<std::time_t>(time + offsetMinutes * 60);
    std::tm parts {};
    gmtime_r(&local, &parts);
    char buffer[64];
    const int offset = std::abs(offsetMinutes);
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d %02d:%02d %c%02d%02d", parts.tm_year + 1900, parts.tm_mon + 1,
        parts.tm_mday, parts.tm_hour, parts.tm_min, offsetMinutes < 0 ? '-' : '+', offset / 60, offset % 60);
    return buffer;
}

std::string Revision::displayTime(Calendar calendar) const
{
    const std::time_t local = static_cast<std::time_t>(time + offsetMinutes * 60);
    std::tm parts {};
    gmtime_r(&local, &parts);
    char buffer[40];
    if (calendar == Calendar::Buddhist)
        std::snprintf(buffer, sizeof buffer, "%02d/%02d/%04d %02d:%02d", parts.tm_mday, parts.tm_mon + 1,
            parts.tm_year + 1900 + 543, parts.tm_hour, parts.tm_min);
    else
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d %02d:%02d", parts.tm_year + 1900, parts.tm_mon + 1,
            parts.tm_mday, parts.tm_hour, parts.tm_min);
    return buffer;
}

} // namespace sapha::host
