// Sapha — converting between the SDK's UTF-8 strings and wxString, at the UI edge only.
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

#include <wx/string.h>

namespace sapha::ui {

// Never through the C locale: Thai would be garbled under LC_ALL=C.
inline wxString toWx(std::string_view utf8)
{
    return wxString::FromUTF8(utf8.data(), utf8.size());
}

inline std::string fromWx(const wxString& text)
{
    return text.utf8_string();
}

} // namespace sapha::ui
