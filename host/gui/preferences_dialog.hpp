// Sapha GUI — preferences: the author identity commits carry, and the interface language.
// Shown on first run, when no author is known yet.
// SPDX-License-Identifier: MIT
#pragma once

#include <wx/dialog.h>

#include "settings/user_settings.hpp"

class wxTextCtrl;
class wxChoice;

namespace sapha::gui {

class PreferencesDialog : public wxDialog {
public:
    PreferencesDialog(wxWindow* parent, host::UserSettings& settings, bool isFirstRun);

private:
    bool TransferDataFromWindow() override;

    host::UserSettings& m_settings;
    wxTextCtrl* m_name = nullptr;
    wxTextCtrl* m_email = nullptr;
    wxChoice* m_language = nullptr;
    wxChoice* m_exportFont = nullptr;
    wxChoice* m_exportDigits = nullptr;
    wxChoice* m_calendar = nullptr;
};

} // namespace sapha::gui
