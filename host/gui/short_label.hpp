// Sapha GUI — a long name made short for a tab or a list, keeping what tells documents apart.
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>

#include <wx/string.h>

namespace sapha::gui {

// `text` when it is short; else its first `head` and last `tail` characters around "…". A long title
// keeps its start and its end, where a meeting's number is ("รายงานการประชุมคณะ…ครั้งที่ 1/2563"). A Thai
// vowel or tone mark is never parted from the letter it sits on.
wxString shortenedInTheMiddle(const wxString& text, std::size_t head, std::size_t tail);

} // namespace sapha::gui
