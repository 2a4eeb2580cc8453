// Sapha — host services: logging and settings as plugins see them.
// SPDX-License-Identifier: MIT
#include "host_services.hpp"

#include <cstdio>

namespace sapha::host {

namespace {

const char* levelName(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug:
        return "debug";
    case LogLevel::Info:
        return "info";
    case LogLevel::Warning:
        return "warning";
    case LogLevel::Error:
        return "error";
    case LogLevel::None:
        break;
    }
    return "log";
}
} // namespace

HostServices::HostServices(const UserSettings& settings, LogLevel echoLevel)
    : m_settings(settings)
    , m_echoLevel(echoLevel)
{
}

HostServices::~HostServices() = default;

void HostServices::log(LogLevel level, std::string_view pluginId, std::string_view message) noexcept
{
    try {
        if (level < m_echoLevel)
            return;
        const std::string line = std::string(levelName(level)) + ": " + std::string(pluginId) + ": " + std::string(message);
        std::lock_guard guard(m_lock);
        std::fprintf(stderr, "sapha: %s\n", line.c_str());
    } catch (...) {
        // Logging never throws across the boundary; a line lost to out-of-memory is acceptable.
    }
}

std::string HostServices::language() const noexcept
{
    return m_settings.language();
}

std::string HostServices::setting(std::string_view key) const noexcept
{
    try {
        return m_settings.get(key);
    } catch (...) {
        return {};
    }
}

} // namespace sapha::host
