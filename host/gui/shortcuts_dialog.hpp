// Sapha GUI — Help > Keyboard Shortcuts (F1): every command of the menus that has keys, read from the
// menu bar itself (so the list is never out of date and is in the interface's language), and where the
// editors' own keys are described (the user guide).
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>

#include <wx/dialog.h>

class wxMenuBar;

namespace sapha::gui {

class MainFrame;

class ShortcutsDialog : public wxDialog {
public:
    ShortcutsDialog(wxWindow* parent, wxMenuBar& menus);
    std::size_t shortcutCount() const { return m_count; }

private:
    std::size_t m_count = 0;
};

void showKeyboardShortcuts(MainFrame& frame);

} // namespace sapha::gui
