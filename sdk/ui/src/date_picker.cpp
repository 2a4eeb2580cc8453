// Sapha — the calendar to pick a date from (see date_picker.hpp).
// SPDX-License-Identifier: MIT
#include <sapha/ui/date_picker.hpp>

#include <algorithm>
#include <chrono>

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/translation.h>

#include <sapha/typed_date.hpp>
#include <sapha/ui/date_field.hpp>
#include <sapha/ui/wx_text.hpp>

namespace sapha::ui {

namespace {

const char* const kThaiMonths[] = { "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
    "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม" };
const char* const kEnglishMonths[] = { "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December" };
const char* const kThaiWeekdays[] = { "อา.", "จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส." };
const char* const kEnglishWeekdays[] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };

std::chrono::sys_days daysOf(const thai::Date& date)
{
    return std::chrono::sys_days(std::chrono::year_month_day { std::chrono::year(date.year),
        std::chrono::month(static_cast<unsigned>(date.month)), std::chrono::day(static_cast<unsigned>(date.day)) });
}

thai::Date dateOf(std::chrono::sys_days days)
{
    const std::chrono::year_month_day day(days);
    return { static_cast<int>(day.year()), static_cast<int>(static_cast<unsigned>(day.month())),
        static_cast<int>(static_cast<unsigned>(day.day())) };
}

// A date the documents can hold: a year out of their range is brought back to today.
thai::Date plausible(const thai::Date& date)
{
    return date.year > 0 && thai::isPlausibleYear(date.year) && date.month >= 1 && date.month <= 12 && date.day >= 1
            && date.day <= thai::daysInMonth(date.year, date.month)
        ? date
        : thai::today();
}

} // namespace

DatePicker::DatePicker(wxWindow* parent, thai::Date initial, bool buddhistEra)
    : wxDialog(parent, wxID_ANY, _("Choose a date"))
    , m_buddhistEra(buddhistEra)
    , m_chosen(plausible(initial))
{
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* top = new wxBoxSizer(wxHORIZONTAL);
    auto* previous = new wxButton(this, wxID_ANY, wxString::FromUTF8("\xE2\x97\x80"), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
    previous->SetToolTip(_("Previous month (Page Up)"));
    auto* next = new wxButton(this, wxID_ANY, wxString::FromUTF8("\xE2\x96\xB6"), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
    next->SetToolTip(_("Next month (Page Down)"));
    m_heading = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxALIGN_CENTRE_HORIZONTAL | wxST_NO_AUTORESIZE);
    m_heading->SetFont(m_heading->GetFont().Bold());
    top->Add(previous, 0, wxALIGN_CENTER_VERTICAL);
    top->Add(m_heading, 1, wxALIGN_CENTER_VERTICAL | wxLEFT | wxRIGHT, FromDIP(8));
    top->Add(next, 0, wxALIGN_CENTER_VERTICAL);
    sizer->Add(top, 0, wxEXPAND | wxALL, FromDIP(8));

    auto* grid = new wxGridSizer(7, FromDIP(2), FromDIP(2));
    for (int weekday = 0; weekday < 7; ++weekday)
        grid->Add(new wxStaticText(this, wxID_ANY, wxString::FromUTF8(buddhistEra ? kThaiWeekdays[weekday] : kEnglishWeekdays[weekday])),
            0, wxALIGN_CENTER);
    for (std::size_t cell = 0; cell < m_cells.size(); ++cell) {
        auto* day = new wxButton(this, wxID_ANY, wxT("00"), wxDefaultPosition, FromDIP(wxSize(40, 30)), wxBU_EXACTFIT);
        day->Bind(wxEVT_BUTTON, [this, cell](wxCommandEvent&) {
            const int number = wxAtoi(m_cells[cell]->GetLabel());
            if (number > 0) {
                choose({ m_chosen.year, m_chosen.month, number });
                EndModal(wxID_OK);
            }
        });
        m_cells[cell] = day;
        grid->Add(day, 0, wxEXPAND);
    }
    sizer->Add(grid, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(8));

    auto* bottom = new wxBoxSizer(wxHORIZONTAL);
    auto* today = new wxButton(this, wxID_ANY, _("&Today"));
    auto* cancel = new wxButton(this, wxID_ANY, _("&Cancel"));
    bottom->Add(today, 0);
    bottom->AddStretchSpacer();
    bottom->Add(cancel, 0);
    sizer->Add(bottom, 0, wxEXPAND | wxALL, FromDIP(8));
    SetSizerAndFit(sizer);
    SetEscapeId(cancel->GetId());

    previous->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { moveMonths(-1); });
    next->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { moveMonths(1); });
    today->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { choose(thai::today()); });
    cancel->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { EndModal(wxID_CANCEL); });
    // The keys work the calendar wherever the focus is in it (GTK moves focus between buttons
    // unpredictably with arrows).
    Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& event) {
        switch (event.GetKeyCode()) {
        case WXK_LEFT:
            moveDays(-1);
            return;
        case WXK_RIGHT:
            moveDays(1);
            return;
        case WXK_UP:
            moveDays(-7);
            return;
        case WXK_DOWN:
            moveDays(7);
            return;
        case WXK_PAGEUP:
            moveMonths(-1);
            return;
        case WXK_PAGEDOWN:
            moveMonths(1);
            return;
        case WXK_HOME:
            choose(thai::today());
            return;
        case WXK_RETURN:
        case WXK_NUMPAD_ENTER:
            EndModal(wxID_OK);
            return;
        default:
            event.Skip();
        }
    });
    showMonth();
    // The keys go to the calendar once it is on the screen (GTK gives a new dialog's focus to no one).
    CallAfter([this] {
        if (wxButton* day = dayButton(m_chosen.day))
            day->SetFocus();
    });
}

void DatePicker::moveDays(int days)
{
    choose(dateOf(daysOf(m_chosen) + std::chrono::days(days)));
}

void DatePicker::moveMonths(int months)
{
    int month = m_chosen.month - 1 + months;
    int year = m_chosen.year + (month >= 0 ? month / 12 : (month - 11) / 12);
    month = ((month % 12) + 12) % 12 + 1;
    choose({ year, month, std::min(m_chosen.day, thai::daysInMonth(year, month)) });
}

wxString DatePicker::monthHeading() const
{
    return m_buddhistEra ? toWx(std::string(kThaiMonths[m_chosen.month - 1]) + " " + std::to_string(thai::buddhistYear(m_chosen.year)))
                         : toWx(std::string(kEnglishMonths[m_chosen.month - 1]) + " " + std::to_string(m_chosen.year));
}

wxButton* DatePicker::dayButton(int day) const
{
    for (wxButton* cell : m_cells)
        if (cell->IsShown() && wxAtoi(cell->GetLabel()) == day)
            return cell;
    return nullptr;
}

void DatePicker::choose(const thai::Date& date)
{
    if (!thai::isPlausibleYear(date.year))
        return; // the calendar stops where the documents' years do
    m_chosen = date;
    showMonth();
}

void DatePicker::showMonth()
{
    m_heading->SetLabel(monthHeading());
    const int firstWeekday = static_cast<int>(std::chrono::weekday(daysOf({ m_chosen.year, m_chosen.month, 1 })).c_encoding());
    const int days = thai::daysInMonth(m_chosen.year, m_chosen.month);
    for (std::size_t cell = 0; cell < m_cells.size(); ++cell) {
        const int day = static_cast<int>(cell) - firstWeekday + 1;
        wxButton* button = m_cells[cell];
        const bool inMonth = day >= 1 && day <= days;
        button->Show(inMonth);
        if (!inMonth)
            continue;
        button->SetLabel(wxString::Format(wxT("%d"), day));
        wxFont font = GetFont();
        if (day == m_chosen.day) {
            font.MakeBold();
            button->SetFocus();
        }
        button->SetFont(font);
    }
    Layout();
}

void pickDateInto(wxTextCtrl* field)
{
    const thai::TypedDate typed = thai::parseTypedDate(fromWx(field->GetValue()));
    const thai::Date start = typed.problem == thai::DateProblem::None ? typed.date : thai::today();
    const bool thai = interfaceIsThai();
    DatePicker picker(wxGetTopLevelParent(field), start, thai);
    if (picker.ShowModal() != wxID_OK)
        return;
    // SetValue, not ChangeValue: the field hears it as typed, reads it back and saves it.
    field->SetValue(toWx(thai::formatFieldDate(picker.chosen(), thai)));
    field->SetFocus();
}

} // namespace sapha::ui
