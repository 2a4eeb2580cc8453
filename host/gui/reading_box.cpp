// Sapha GUI — a read-only box of wrapped text.
// SPDX-License-Identifier: MIT
#include "reading_box.hpp"

#include <wx/settings.h>

namespace sapha::gui {

wxTextCtrl* makeReadingBox(wxWindow* parent, int lines)
{
    auto* box = new wxTextCtrl(parent, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
        wxTE_MULTILINE | wxTE_READONLY | wxBORDER_NONE);
    // The tallest a Thai line gets: a tone mark over an upper vowel, a lower vowel under a letter with a tail.
    const int lineHeight = box->GetTextExtent(wxString::FromUTF8("ปั้ญู่ Ág")).y;
    box->SetMinSize(wxSize(-1, lineHeight * lines + box->FromDIP(6)));
    box->SetBackgroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_BTNFACE));
    return box;
}

} // namespace sapha::gui
