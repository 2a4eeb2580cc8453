// Sapha GUI — dialogs that fit the screen (see dialog_fit.hpp).
// SPDX-License-Identifier: MIT
#include "dialog_fit.hpp"

#include <algorithm>

#include <wx/dialog.h>
#include <wx/listbox.h>

namespace sapha::gui {

void showChoicesWhole(wxDialog& dialog, wxListBox& list)
{
    const int rows = std::min(static_cast<int>(list.GetCount()), kVisibleChoices);
    if (rows <= 0)
        return;
    // GTK pads each row of a list: a row is about one and a half lines of its font.
    const int rowHeight = list.GetCharHeight() * 3 / 2 + list.FromDIP(4);
    const int wanted = rows * rowHeight + list.FromDIP(8);
    if (list.GetSize().y >= wanted)
        return;
    list.SetMinSize(wxSize(list.GetMinSize().x, wanted));
    dialog.Layout();
    dialog.Fit();
}

} // namespace sapha::gui
