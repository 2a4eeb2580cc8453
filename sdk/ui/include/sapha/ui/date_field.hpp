// Sapha — a date field: takes a date as people type it ("17 สิงหาคม 2563", "17/8/2563", "2020-08-17",
// "17 August 2020") and shows dates in the interface's era (Buddhist in Thai, Gregorian in English). Beside
// it, the date read back in words, or why the text is refused, at once as it is typed: a year typed in the
// wrong era is caught here, not in the printed minutes.
// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <string>

#include <wx/sizer.h>
#include <wx/textctrl.h>

#include <sapha/ui/sdk_ui_export.h>

namespace sapha::ui {

// Adds "label  [date]  reading" as two cells of a two-column wxFlexGridSizer and returns the text control.
// `onEdit` runs with the ISO date ("2020-08-17") when the text typed is a date, with "" when the field is
// emptied; a text refused changes nothing (the reading says why).
SAPHA_SDK_UI_EXPORT wxTextCtrl* addDateField(wxWindow* parent, wxFlexGridSizer* grid, const wxString& label,
    std::function<void(const std::string& isoDate)> onEdit);

// Shows `isoDate` in a field made by addDateField, unless what is typed there is that day already (the
// person's own way of writing it stays while they type). A stored text that is not a date is shown as it
// is, with why it is refused.
SAPHA_SDK_UI_EXPORT void showDate(wxTextCtrl* field, const std::string& isoDate);

// A date for a list or a label in the interface's era ("17 สิงหาคม 2563"); a text not a date, as it is.
SAPHA_SDK_UI_EXPORT wxString dateForDisplay(const std::string& isoDate);

// Whether the interface speaks Thai (its dates then are Buddhist Era).
SAPHA_SDK_UI_EXPORT bool interfaceIsThai();

} // namespace sapha::ui
