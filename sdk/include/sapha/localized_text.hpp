// Sapha — a text given in Thai and English, as manifests and plugins name things.
// SPDX-License-Identifier: MIT
#pragma once

#include <sapha/sdk_export.h>

#include <string>
#include <string_view>

namespace sapha {

struct SAPHA_SDK_EXPORT LocalizedText {
    std::string th;
    std::string en;

    // The text in `language` ("th" or "en"), falling back to the other one when empty.
    const std::string& in(std::string_view language) const;

    bool operator==(const LocalizedText&) const = default;
};

// `thai` when `language` is "th", else `english`: for a message built with values in it, where a
// LocalizedText would be made only to be read once.
inline std::string inLanguage(std::string_view language, std::string thai, std::string english)
{
    return language == "th" ? std::move(thai) : std::move(english);
}

} // namespace sapha
