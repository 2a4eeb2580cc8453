// Sapha GUI — message box buttons in the interface's language (see dialog_labels.hpp).
// SPDX-License-Identifier: MIT
#include "dialog_labels.hpp"

#include "dialog_fit.hpp"

#include <clocale>
#include <cstdlib>
#include <cstring>

#include <wx/choicdlg.h>
#include <wx/listbox.h>
#include <wx/msgdlg.h>
#include <wx/weakref.h>
#include <wx/translation.h>

namespace sapha::gui {

namespace {

// A label the dialog was not given: wxGTK answers GTK's stock id ("gtk-yes") for those.
bool isStock(const wxString& label)
{
    return label.StartsWith(wxT("gtk-"));
}

} // namespace

void useLanguageForToolkit(const char* language)
{
    ::setenv("LANGUAGE", language, 1);
    // In the "C" locale gettext ignores LANGUAGE; C.UTF-8 is always there (glibc) and is not "C".
    const char* messages = std::setlocale(LC_MESSAGES, nullptr);
    if (messages && (std::strcmp(messages, "C") == 0 || std::strcmp(messages, "POSIX") == 0))
        std::setlocale(LC_MESSAGES, "C.UTF-8");
}

void translateStockLabels(wxMessageDialog& dialog)
{
    // Only a group of buttons given no label at all is changed: a label given is kept as it is (wxGTK
    // stores it converted to GTK's mnemonics, so it cannot be passed through again).
    const long style = dialog.GetMessageDialogStyle();
    const bool cancelStock = isStock(dialog.GetCancelLabel());
    if (style & wxYES_NO) {
        if (!isStock(dialog.GetYesLabel()) || !isStock(dialog.GetNoLabel()))
            return;
        if ((style & wxCANCEL) && cancelStock)
            dialog.SetYesNoCancelLabels(_("&Yes"), _("&No"), _("&Cancel"));
        else
            dialog.SetYesNoLabels(_("&Yes"), _("&No"));
    } else if (style & wxCANCEL) {
        if (isStock(dialog.GetOKLabel()) && cancelStock)
            dialog.SetOKCancelLabels(_("&OK"), _("&Cancel"));
    } else if (isStock(dialog.GetOKLabel())) {
        dialog.SetOKLabel(_("&OK"));
    }
    if ((style & wxHELP) && isStock(dialog.GetHelpLabel()))
        dialog.SetHelpLabel(_("&Help"));
}

int DialogLabels::Enter(wxDialog* dialog)
{
    if (auto* message = dynamic_cast<wxMessageDialog*>(dialog))
        translateStockLabels(*message);
    // A question answered from a list (which committee, which part to export) opens with the keyboard in
    // the list: GTK gave it to the OK button, so Down moved nothing until the list was clicked.
    if (auto* choice = dynamic_cast<wxSingleChoiceDialog*>(dialog)) {
        for (wxWindow* child : choice->GetChildren()) {
            if (auto* list = dynamic_cast<wxListBox*>(child)) {
                showChoicesWhole(*choice, *list);
                wxWeakRef<wxWindow> shown(list);
                choice->CallAfter([shown] {
                    if (shown)
                        shown->SetFocus();
                });
                break;
            }
        }
    }
    return wxID_NONE; // show the dialog as usual
}

} // namespace sapha::gui
