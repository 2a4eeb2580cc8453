// Sapha GUI — the Keyboard Shortcuts dialog.
// SPDX-License-Identifier: MIT
#include "shortcuts_dialog.hpp"

#include <wx/accel.h>
#include <wx/listctrl.h>
#include <wx/menu.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "main_frame.hpp"

namespace sapha::gui {

namespace {

// Each item of `menu` (and its submenus) that has keys: "Ctrl+S" and "Save", the menu's name before it.
void addShortcuts(wxMenu& menu, const wxString& menuName, wxListCtrl& list, std::size_t& count)
{
    for (wxMenuItem* item : menu.GetMenuItems()) {
        if (wxMenu* sub = item->GetSubMenu()) {
            addShortcuts(*sub, menuName + wxString::FromUTF8(" → ") + item->GetItemLabelText(), list, count);
            continue;
        }
        std::unique_ptr<wxAcceleratorEntry> keys(item->GetAccel());
        if (!keys)
            continue;
        const long row = list.InsertItem(list.GetItemCount(), keys->ToString());
        list.SetItem(row, 1, menuName + wxString::FromUTF8(" → ") + item->GetItemLabelText());
        ++count;
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(wxWindow* parent, wxMenuBar& menus)
    : wxDialog(parent, wxID_ANY, _("Keyboard Shortcuts"), wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER)
{
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* list = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(560, 380)), wxLC_REPORT | wxLC_SINGLE_SEL);
    list->AppendColumn(_("Keys"), wxLIST_FORMAT_LEFT, FromDIP(170));
    list->AppendColumn(_("Command"), wxLIST_FORMAT_LEFT, FromDIP(370));
    for (std::size_t i = 0; i < menus.GetMenuCount(); ++i)
        addShortcuts(*menus.GetMenu(i), menus.GetMenuLabelText(i), *list, m_count);
    sizer->Add(list, 1, wxEXPAND | wxALL, FromDIP(10));
    auto* editors = new wxStaticText(this, wxID_ANY,
        _("Each editor has keys of its own (a new agenda item, an indicator's levels, the board's rounds): they "
          "are listed in the user guide installed with Sapha (user-guide-th.md)."));
    editors->Wrap(FromDIP(540));
    sizer->Add(editors, 0, wxLEFT | wxRIGHT, FromDIP(10));
    sizer->Add(CreateStdDialogButtonSizer(wxCLOSE), 0, wxEXPAND | wxALL, FromDIP(10));
    SetSizerAndFit(sizer);
    SetEscapeId(wxID_CLOSE);
}

void showKeyboardShortcuts(MainFrame& frame)
{
    if (!frame.GetMenuBar())
        return;
    ShortcutsDialog dialog(&frame, *frame.GetMenuBar());
    frame.setOpenDialog(&dialog);
    dialog.ShowModal();
    frame.setOpenDialog(nullptr);
}

} // namespace sapha::gui
