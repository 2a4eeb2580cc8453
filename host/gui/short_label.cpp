// Sapha GUI — short labels (see short_label.hpp).
// SPDX-License-Identifier: MIT
#include "short_label.hpp"

#include <wx/window.h>

namespace sapha::gui {

namespace {

// Thai vowels above and below and tone marks (U+0E31, U+0E34–0E3A, U+0E47–0E4E) belong to the
// letter before them.
bool isThaiMark(wxUniChar c)
{
    const auto code = c.GetValue();
    return code == 0x0E31 || (code >= 0x0E34 && code <= 0x0E3A) || (code >= 0x0E47 && code <= 0x0E4E);
}

} // namespace

wxString shortenedInTheMiddle(const wxString& text, std::size_t head, std::size_t tail)
{
    if (text.length() <= head + tail + 1)
        return text;
    std::size_t headEnd = head;
    while (headEnd < text.length() && isThaiMark(text[headEnd]))
        ++headEnd; // the marks of the last letter kept stay with it
    std::size_t tailStart = text.length() - tail;
    while (tailStart < text.length() && isThaiMark(text[tailStart]))
        ++tailStart; // no mark left without its letter
    // A space a little further on starts the tail at a word ("…ครั้งที่ 1/2563", not "…าย ครั้งที่ 1/2563").
    const std::size_t space = text.find(wxT(' '), tailStart);
    if (space != wxString::npos && space + 1 < text.length() && space - tailStart <= tail / 3)
        tailStart = space + 1;
    if (headEnd >= tailStart)
        return text;
    return text.Left(headEnd) + wxT("\u2026") + text.Mid(tailStart);
}

wxString shortenedToFit(const wxString& text, const std::function<bool(const wxString&)>& fits)
{
    if (fits(text))
        return text;
    // The longer the label the wider: the longest that fits is found in a few measures (a title of
    // 80 letters: 7), which keeps a resize of a pane of many items quick.
    wxString best = shortenedInTheMiddle(text, 1, 1);
    std::size_t shortest = 3;
    std::size_t longest = text.length() > 2 ? text.length() - 2 : 0;
    while (shortest <= longest) {
        const std::size_t kept = (shortest + longest) / 2;
        const wxString candidate = shortenedInTheMiddle(text, (kept + 1) / 2, kept / 2);
        if (fits(candidate)) {
            best = candidate;
            shortest = kept + 1;
        } else {
            longest = kept - 1;
        }
    }
    return best;
}

wxString shortenedToFit(const wxString& text, const wxWindow& window, int room)
{
    return shortenedToFit(text, [&](const wxString& label) { return window.GetTextExtent(label).x <= room; });
}

std::string_view withoutKindName(std::string_view title, std::string_view kindName)
{
    if (kindName.empty() || !title.starts_with(kindName) || title.size() <= kindName.size() + 12)
        return title;
    std::string_view rest = title.substr(kindName.size());
    const auto dropLeading = [&rest](std::string_view word) {
        if (rest.starts_with(word)) {
            rest.remove_prefix(word.size());
            return true;
        }
        return false;
    };
    while (dropLeading(" ")) { }
    // English joins the kind's name to the rest with "of the", "for"; Thai runs them together.
    if (dropLeading("of ") || dropLeading("for "))
        dropLeading("the ");
    return rest.empty() ? title : rest;
}

} // namespace sapha::gui
