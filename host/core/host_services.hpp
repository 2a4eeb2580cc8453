// Sapha — the host's implementation of the services plugins may use (IHost).
// SPDX-License-Identifier: MIT
#pragma once

#include <mutex>
#include <string>

#include <sapha/host.hpp>

#include "settings/user_settings.hpp"

namespace sapha::host {

// Log lines go to stderr at or above `echoLevel`. Thread-safe.
class HostServices : public IHost {
public:
    HostServices(const UserSettings& settings, LogLevel echoLevel);
    ~HostServices() override;

    void log(LogLevel level, std::string_view pluginId, std::string_view message) noexcept override;
    std::string language() const noexcept override;
    std::string setting(std::string_view key) const noexcept override;

private:
    const UserSettings& m_settings;
    LogLevel m_echoLevel;
    std::mutex m_lock; // one line at a time on stderr
};

} // namespace sapha::host
