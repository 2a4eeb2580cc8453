// Sapha GUI — the buttons of message boxes in the interface's language.
//
// wxGTK's message box without custom labels uses GTK's stock buttons, which GTK translates by the
// process's C locale, not by the language chosen in Sapha: a Thai window showed "No"/"Yes" and "OK".
// A modal dialog hook gives every message box the labels of Sapha's own catalog before it is built, and
// puts the keyboard in the list of every question answered from a list, shown whole (dialog_fit.hpp).
// SPDX-License-Identifier: MIT
#pragma once

#include <wx/modalhook.h>

class wxMessageDialog;

namespace sapha::gui {

// Makes GTK's own texts (stock buttons of dialogs, file choosers) follow `language` ("th", "en")
// rather than the C locale: GNU gettext's LANGUAGE, which it reads unless the locale is plain "C".
void useLanguageForToolkit(const char* language);

// Replaces the stock labels of `dialog` (those it was not given) with translated ones.
void translateStockLabels(wxMessageDialog& dialog);

class DialogLabels : public wxModalDialogHook {
protected:
    int Enter(wxDialog* dialog) override;
    void Exit(wxDialog*) override { }
};

} // namespace sapha::gui
