// Sapha GUI — a long name made short for a tab or a list, keeping what tells documents apart.
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>

#include <wx/string.h>

class wxWindow;

namespace sapha::gui {

// `text` when it is short; else its first `head` and last `tail` characters around "…". A long title
// keeps its start and its end, where a meeting's number is ("รายงานการประชุมคณะ…ครั้งที่ 1/2563"). A Thai
// vowel or tone mark is never parted from the letter it sits on.
wxString shortenedInTheMiddle(const wxString& text, std::size_t head, std::size_t tail);

// `text` whole when `fits` says so; else the longest shortenedInTheMiddle of it (start and end of about
// equal length) that fits, down to one letter either side of "…". `fits` measures a candidate, in pixels
// of the font it is drawn in: a pane labels by what it has room for, not by a count of letters, which
// says nothing of how wide Thai or Latin text is.
wxString shortenedToFit(const wxString& text, const std::function<bool(const wxString&)>& fits);

// A title under its kind's branch, without the kind's name it starts with: "รายงานการประชุม
// คณะอนุกรรมการ…" under "รายงานการประชุม" is "คณะอนุกรรมการ…", and "Minutes of the Phayao Working Group"
// under "Minutes" is "Phayao Working Group" (the words joining the name to the rest go with it). A title
// that is hardly longer than the name (12 bytes or less after it) is left whole.
std::string_view withoutKindName(std::string_view title, std::string_view kindName);

// The same, measured in `window`'s font against `room` pixels: a label, a tab or a button of that window.
wxString shortenedToFit(const wxString& text, const wxWindow& window, int room);

} // namespace sapha::gui
