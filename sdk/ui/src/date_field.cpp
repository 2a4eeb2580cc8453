// Sapha — the date field (see date_field.hpp).
// SPDX-License-Identifier: MIT
#include <sapha/ui/date_field.hpp>

#include <algorithm>
#include <chrono>
#include <optional>

#include <wx/button.h>
#include <wx/settings.h>
#include <wx/stattext.h>
#include <wx/translation.h>

#include <sapha/typed_date.hpp>
#include <sapha/ui/date_picker.hpp>
#include <sapha/ui/wx_text.hpp>

namespace sapha::ui {

namespace {

const wxColour kRefusedColour(176, 0, 32); // a text refused: dark red, readable on the form's grey

// The reading beside a field: the label in the sizer holding the field (after the calendar's button).
wxStaticText* readingOf(wxTextCtrl* field)
{
    wxSizer* row = field->GetContainingSizer();
    for (std::size_t i = 0; row && i < row->GetItemCount(); ++i)
        if (auto* reading = dynamic_cast<wxStaticText*>(row->GetItem(i)->GetWindow()))
            return reading;
    return nullptr;
}

// The weekday in English ("Monday"): the reading says more than the date typed.
std::string englishWeekday(const thai::Date& date)
{
    static const char* const names[] = { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" };
    const std::chrono::year_month_day day { std::chrono::year(date.year), std::chrono::month(static_cast<unsigned>(date.month)),
        std::chrono::day(static_cast<unsigned>(date.day)) };
    return names[std::chrono::weekday(std::chrono::sys_days(day)).c_encoding()];
}

wxString why(const thai::TypedDate& typed)
{
    switch (typed.problem) {
    case thai::DateProblem::NoSuchDay:
        return _("There is no such day");
    case thai::DateProblem::ShortYear:
        return _("Write the year in full (2563, not 63)");
    case thai::DateProblem::ImplausibleYear:
        return _("Not a year of these documents: a Thai year is Buddhist Era (2563), an English one Gregorian (2020)");
    default:
        return _("Not a date: type it as 17 August 2020 or 17/8/2020");
    }
}

// Puts `text` in the reading, in `colour`. The reading has what the row leaves beside the field and its
// button: a narrow form (1366×768 with the tree and history open) leaves little, and a reason cut there
// ("There is no") says nothing. So the reading wraps onto as many lines as it needs, at its width.
void setReading(wxStaticText* reading, const wxString& text, const wxColour& colour)
{
    reading->SetForegroundColour(colour);
    reading->SetLabel(text);
    reading->SetToolTip(text);
    // On one line when the row has room for it.
    reading->SetMinSize(wxDefaultSize);
    reading->InvalidateBestSize();
    wxWindow* form = reading->GetParent();
    form->Layout();
    const int narrowest = reading->FromDIP(60);
    const int room = form->GetClientSize().x - reading->GetPosition().x - reading->FromDIP(4);
    // A form not laid out yet (a document being opened: 20 pixels wide) has no width to go by: one line.
    if (room < narrowest || reading->GetBestSize().x <= room)
        return;
    // Else on as many lines as it needs, in the room the row leaves it.
    reading->Wrap(room);
    reading->SetMinSize(wxSize(std::min(reading->GetBestSize().x, room), reading->GetBestSize().y));
    form->Layout();
}

// Says in the reading what `text` is read as; the date when it is one.
std::optional<thai::Date> showReading(wxTextCtrl* field, const wxString& text)
{
    const thai::TypedDate typed = thai::parseTypedDate(fromWx(text));
    if (wxStaticText* reading = readingOf(field)) {
        if (typed.problem == thai::DateProblem::None)
            setReading(reading,
                toWx(interfaceIsThai() ? thai::formatLongDate(typed.date, thai::Digits::Arabic)
                                       : englishWeekday(typed.date) + ", " + thai::formatEnglishDate(typed.date)),
                wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
        else if (typed.problem == thai::DateProblem::Empty)
            setReading(reading, wxString(), reading->GetForegroundColour());
        else
            setReading(reading, why(typed), kRefusedColour);
    }
    if (typed.problem != thai::DateProblem::None)
        return std::nullopt;
    return typed.date;
}

} // namespace

bool interfaceIsThai()
{
    wxTranslations* translations = wxTranslations::Get();
    return translations && translations->GetBestTranslation(wxASCII_STR("sapha")).StartsWith(wxASCII_STR("th"));
}

wxTextCtrl* addDateField(wxWindow* parent, wxFlexGridSizer* grid, const wxString& label,
    std::function<void(const std::string& isoDate)> onEdit)
{
    auto* caption = new wxStaticText(parent, wxID_ANY, label);
    auto* field = new wxTextCtrl(parent, wxID_ANY);
    field->SetHint(interfaceIsThai() ? toWx("17 สิงหาคม 2563") : wxString(wxASCII_STR("17 August 2020")));
    // A calendar for those who would rather point at the day.
    auto* calendar = new wxButton(parent, wxID_ANY, _("Calendar"));
    calendar->SetName(wxASCII_STR("date-picker"));
    calendar->SetToolTip(_("Choose the date from a calendar"));
    calendar->Bind(wxEVT_BUTTON, [field](wxCommandEvent&) { pickDateInto(field); });
    auto* reading = new wxStaticText(parent, wxID_ANY, wxString());
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(field, 1, wxALIGN_CENTER_VERTICAL);
    row->Add(calendar, 0, wxALIGN_CENTER_VERTICAL | wxLEFT, parent->FromDIP(2));
    row->Add(reading, 1, wxALIGN_CENTER_VERTICAL | wxLEFT, parent->FromDIP(8));
    grid->Add(caption, 0, wxALIGN_RIGHT | wxALIGN_CENTER_VERTICAL | wxTOP, 4);
    grid->Add(row, 1, wxEXPAND);
    // ChangeValue() in showDate() sends no event, so this fires for the person's edits only.
    field->Bind(wxEVT_TEXT, [field, onEdit = std::move(onEdit)](wxCommandEvent&) {
        const wxString text = field->GetValue();
        if (std::optional<thai::Date> date = showReading(field, text))
            onEdit(thai::toIsoDate(*date));
        else if (text.Strip(wxString::both).IsEmpty())
            onEdit(std::string());
    });
    return field;
}

void showDate(wxTextCtrl* field, const std::string& isoDate)
{
    const Result<thai::Date> stored = thai::parseIsoDate(isoDate);
    const thai::TypedDate typed = thai::parseTypedDate(fromWx(field->GetValue()));
    const bool sameDay = stored && typed.problem == thai::DateProblem::None && typed.date.year == stored.value().year
        && typed.date.month == stored.value().month && typed.date.day == stored.value().day;
    if (sameDay) {
        showReading(field, field->GetValue());
        return;
    }
    const bool storable = isoDate.empty() || (stored && thai::isPlausibleYear(stored.value().year));
    const wxString shown = stored && storable ? toWx(thai::formatFieldDate(stored.value(), interfaceIsThai())) : toWx(isoDate);
    if (field->GetValue() != shown)
        field->ChangeValue(shown);
    showReading(field, shown);
    // A document written elsewhere may hold "2563-08-17" or "17 ส.ค. 63": what is kept is no date the
    // documents can hold, however it reads.
    if (wxStaticText* reading = readingOf(field); reading && !storable)
        setReading(reading, _("Kept as written, not as a date: type the date again"), kRefusedColour);
}

wxString dateForDisplay(const std::string& isoDate)
{
    const Result<thai::Date> stored = thai::parseIsoDate(isoDate);
    if (!stored || !thai::isPlausibleYear(stored.value().year))
        return toWx(isoDate);
    return toWx(thai::formatFieldDate(stored.value(), interfaceIsThai()));
}

} // namespace sapha::ui
