// Sapha — the services the host offers a plugin. The host owns them; they live as long as the plugin.
// SPDX-License-Identifier: MIT
#pragma once

#include <sapha/sdk_export.h>

#include <string>
#include <string_view>

namespace sapha {

enum class LogLevel { None, Debug, Info, Warning, Error };

class SAPHA_SDK_EXPORT IHost {
public:
    virtual ~IHost();

    // Writes one line to the host's log, tagged with the plugin id. Any thread.
    virtual void log(LogLevel level, std::string_view pluginId, std::string_view message) noexcept = 0;
    // The user interface language, "th" or "en".
    virtual std::string language() const noexcept = 0;
    // A user setting by dotted key ("author.name"), or empty when unset.
    virtual std::string setting(std::string_view key) const noexcept = 0;
};

} // namespace sapha
