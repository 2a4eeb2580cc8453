// Sapha minutes — a count as a secretary types it (see typed_count.hpp).
// SPDX-License-Identifier: MIT
#include "ui/typed_count.hpp"

#include <charconv>

namespace sapha::minutes {

std::optional<long> parseCount(const std::string& text)
{
    std::string digits;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        // Thai digits ๐–๙ are U+0E50–U+0E59: E0 B9 90–99 in UTF-8.
        if (c == 0xE0 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xB9
            && static_cast<unsigned char>(text[i + 2]) >= 0x90 && static_cast<unsigned char>(text[i + 2]) <= 0x99) {
            digits += static_cast<char>('0' + (static_cast<unsigned char>(text[i + 2]) - 0x90));
            i += 2;
        } else if (c == ',' || c == ' ') {
            continue;
        } else {
            digits += static_cast<char>(c);
        }
    }
    long value = 0;
    auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (digits.empty() || error != std::errc() || end != digits.data() + digits.size() || value < 0)
        return std::nullopt;
    return value;
}

} // namespace sapha::minutes
