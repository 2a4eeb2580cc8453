// Sapha — the host's implementation of the services plugins may use (IHost).
// SPDX-License-Identifier: MIT
#pragma once

#include <mutex>
#include <string>
#include <vector>

#include <sapha/host.hpp>

#include "settings/user_settings.hpp"

namespace sapha::host {

// Log lines go to stderr at or above `echoLevel`, and are kept (the last few
// hundred) for the GUI's plugin dialog. Thread-safe.
class HostServices : public IHost {
public:
    HostServices(const UserSettings& settings, LogLevel echoLevel);
    ~HostServices() override;

    void log(LogLevel level, std::string_view pluginId, std::string_view message) noexcept override;
    std::string language() const noexcept override;
    std::string setting(std::string_view key) const noexcept override;

    std::vector<std::string> recentLog() const;
    void setEchoLevel(LogLevel level) { m_echoLevel = level; }

private:
    const UserSettings& m_settings;
    LogLevel m_echoLevel;
    mutable std::mutex m_lock;
    std::vector<std::string> m_lines;
};

} // namespace sapha::host
