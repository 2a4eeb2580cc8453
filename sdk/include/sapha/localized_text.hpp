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

} // namespace sapha
