// Sapha — a calendar to pick a date from, in the interface's era: a Thai reader pages through
// "สิงหาคม 2563", an English one through "August 2020". Opened by the button beside every date field
// (date_field.hpp); the keyboard works it as well as the mouse: arrows move a day or a week, Page Up and
// Page Down a month, Home today, Enter takes the day, Escape leaves the field as it was.
// SPDX-License-Identifier: MIT
#pragma once

#include <array>

#include <wx/dialog.h>

#include <sapha/thai_text.hpp>
#include <sapha/ui/sdk_ui_export.h>

class wxButton;
class wxStaticText;
class wxTextCtrl;

namespace sapha::ui {

class SAPHA_SDK_UI_EXPORT DatePicker : public wxDialog {
public:
    // `initial` is shown chosen (Gregorian, as documents keep it); `buddhistEra` names the years BE.
    DatePicker(wxWindow* parent, thai::Date initial, bool buddhistEra);

    const thai::Date& chosen() const { return m_chosen; }
    // Moves the choice `days` days (negative: back) or `months` months, the day kept where the month has it.
    void moveDays(int days);
    void moveMonths(int months);
    // "สิงหาคม 2563" / "August 2020": the month shown.
    wxString monthHeading() const;
    // The button of `day` in the month shown (null when the month has no such day).
    wxButton* dayButton(int day) const;

private:
    void showMonth();
    void choose(const thai::Date& date);

    bool m_buddhistEra;
    thai::Date m_chosen;
    wxStaticText* m_heading = nullptr;
    std::array<wxButton*, 42> m_cells {}; // six weeks of seven days, Sunday first
};

// Opens the picker for a date field made by addDateField, starting from the date typed there (today when
// none), and on Enter or a click writes the day into the field as the interface writes dates; the field
// then reads it back and saves it as if typed.
SAPHA_SDK_UI_EXPORT void pickDateInto(wxTextCtrl* field);

} // namespace sapha::ui
