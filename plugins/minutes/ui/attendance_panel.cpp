// Sapha minutes — who was at the meeting (see attendance_panel.hpp).
// SPDX-License-Identifier: MIT
#include "ui/attendance_panel.hpp"

#include <algorithm>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/combobox.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <sapha/ui/form_fields.hpp>
#include <sapha/ui/wx_text.hpp>
#include <sapha/xml_io.hpp>

namespace sapha::minutes {

using ui::toWx;

namespace {

wxString attendanceText(Attendance attendance)
{
    switch (attendance) {
    case Attendance::Absent:
        return _("Absent");
    case Attendance::Attending:
        return _("In attendance");
    case Attendance::Present:
    case Attendance::None:
        break;
    }
    return _("Present");
}

} // namespace

AttendancePanel::AttendancePanel(wxWindow* parent, std::function<Meeting&()> meeting, std::function<void(const std::string&)> edited)
    : wxPanel(parent)
    , m_meeting(std::move(meeting))
    , m_edited(std::move(edited))
{
    m_list = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    m_list->AppendColumn(_("Name"), wxLIST_FORMAT_LEFT, FromDIP(260));
    m_list->AppendColumn(_("Position"), wxLIST_FORMAT_LEFT, FromDIP(260));
    m_list->AppendColumn(_("Committee role"), wxLIST_FORMAT_LEFT, FromDIP(170));
    m_list->AppendColumn(_("Attendance"), wxLIST_FORMAT_LEFT, FromDIP(110));
    m_list->AppendColumn(_("Reason"), wxLIST_FORMAT_LEFT, FromDIP(120));
    m_list->SetMinSize(FromDIP(wxSize(120, 100)));

    // Two fields a row, so that the list keeps its height on a 768-pixel screen.
    auto* fields = new wxFlexGridSizer(4, FromDIP(wxSize(8, 4)));
    fields->AddGrowableCol(1, 1);
    fields->AddGrowableCol(3, 1);
    // Each text field writes one part of the chosen person; the key makes typing in it one undo step.
    const ui::FieldBinder<Person> personField([this] { return selectedPerson(); }, [this](const std::string& field, Person& person) {
        fillList();
        m_edited(field + ":" + person.id);
    });
    // Row by row in the order the keys go: a member's attendance and reason first (Tab, Tab from the
    // list), then who stands in, then the name and post, which only people added by hand need.
    wxArrayString attendances;
    attendances.Add(_("Present"));
    attendances.Add(_("Absent"));
    attendances.Add(_("In attendance"));
    m_attendance = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, attendances);
    m_attendance->SetToolTip(_("In attendance: invited, or attending ex officio, without a member's vote"));
    fields->Add(new wxStaticText(this, wxID_ANY, _("Attendance")), 0, wxALIGN_RIGHT | wxALIGN_CENTER_VERTICAL);
    fields->Add(m_attendance);
    wxArrayString reasons;
    for (const char* reason : { "ติดราชการ", "ลาป่วย", "ลากิจ", "ติดภารกิจอื่น" })
        reasons.Add(wxString::FromUTF8(reason));
    m_reason = new wxComboBox(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize, reasons, wxCB_DROPDOWN);
    fields->Add(new wxStaticText(this, wxID_ANY, _("Reason")), 0, wxALIGN_RIGHT | wxALIGN_CENTER_VERTICAL);
    fields->Add(m_reason, 1, wxEXPAND);
    m_substitute = ui::addTextField(this, fields, _("Stands in for"), ui::FieldShape::SingleLine,
        personField("substitute", [](Person& p, const std::string& v) { p.substituteFor = v; }));
    m_role = ui::addTextField(this, fields, _("Committee role"), ui::FieldShape::SingleLine,
        personField("role", [](Person& p, const std::string& v) { p.role = v; }));
    m_name = ui::addTextField(this, fields, _("Name"), ui::FieldShape::SingleLine,
        personField("name", [](Person& p, const std::string& v) { p.name = v; }));
    m_position = ui::addTextField(this, fields, _("Position"), ui::FieldShape::SingleLine,
        personField("position", [](Person& p, const std::string& v) { p.position = v; }));

    m_attendance->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        const Attendance choices[] = { Attendance::Present, Attendance::Absent, Attendance::Attending };
        setAttendance(choices[std::max(0, m_attendance->GetSelection())]);
    });
    auto onReason = [this](wxCommandEvent&) {
        if (Person* person = selectedPerson()) {
            person->absenceReason = ui::fromWx(m_reason->GetValue());
            fillList();
            m_edited("reason:" + person->id);
        }
    };
    m_reason->Bind(wxEVT_TEXT, onReason);
    m_reason->Bind(wxEVT_COMBOBOX, onReason);
    m_list->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& event) {
        m_selected = event.GetIndex();
        showSelectedPerson();
    });
    m_list->Bind(wxEVT_LIST_KEY_DOWN, [this](wxListEvent& event) {
        if (event.GetKeyCode() != WXK_SPACE) {
            event.Skip();
            return;
        }
        if (const Person* person = selectedPerson())
            setAttendance(person->attendance == Attendance::Absent ? Attendance::Present : Attendance::Absent);
    });

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    auto* add = new wxButton(this, wxID_ANY, _("+ &Person"), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
    add->SetToolTip(_("Add a person attending who is not a member: an invitee, or one attending ex officio"));
    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { addPerson(); });
    auto* remove = new wxButton(this, wxID_ANY, _("Remove person"), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
    remove->SetToolTip(_("Remove the chosen person; a member who did not come is marked absent instead"));
    remove->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { removeSelectedPerson(); });
    remove->Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& event) {
        const Person* person = selectedPerson();
        event.Enable(person && person->memberId.empty());
    });
    buttons->Add(add, 0, wxRIGHT, 4);
    buttons->Add(remove);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_list, 1, wxEXPAND | wxALL, 4);
    sizer->Add(fields, 0, wxEXPAND | wxLEFT | wxRIGHT, 6);
    sizer->Add(buttons, 0, wxALL, 6);
    SetSizer(sizer);
}

void AttendancePanel::showPeople()
{
    if (m_selected >= static_cast<long>(m_meeting().people.size()))
        m_selected = -1;
    fillList();
    showSelectedPerson();
}

void AttendancePanel::focusList()
{
    if (m_selected < 0 && !m_meeting().people.empty()) {
        m_selected = 0;
        m_list->SetItemState(0, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
        showSelectedPerson();
    }
    m_list->SetFocus();
}

void AttendancePanel::addPerson()
{
    Person person;
    person.id = xml::newElementId("person");
    person.attendance = Attendance::Attending;
    std::vector<Person>& people = m_meeting().people;
    people.push_back(person);
    m_selected = static_cast<long>(people.size()) - 1;
    fillList();
    m_list->SetItemState(m_selected, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    m_list->EnsureVisible(m_selected);
    showSelectedPerson();
    m_edited({});
    m_name->SetFocus();
}

void AttendancePanel::removeSelectedPerson()
{
    const Person* person = selectedPerson();
    // A member stays in the minutes (absent, with a reason): the quorum counts every member.
    if (!person || !person->memberId.empty())
        return;
    std::vector<Person>& people = m_meeting().people;
    people.erase(people.begin() + m_selected);
    m_selected = -1;
    fillList();
    showSelectedPerson();
    m_edited({});
}

Person* AttendancePanel::selectedPerson()
{
    std::vector<Person>& people = m_meeting().people;
    if (m_selected < 0 || static_cast<std::size_t>(m_selected) >= people.size())
        return nullptr;
    return &people[static_cast<std::size_t>(m_selected)];
}

void AttendancePanel::showSelectedPerson()
{
    const Person* person = selectedPerson();
    m_attendance->SetSelection(!person ? wxNOT_FOUND
            : person->attendance == Attendance::Absent ? 1
            : person->attendance == Attendance::Attending ? 2 : 0);
    if (m_reason->GetValue() != toWx(person ? person->absenceReason : std::string()))
        m_reason->ChangeValue(toWx(person ? person->absenceReason : std::string()));
    ui::showText(m_substitute, person ? person->substituteFor : std::string());
    ui::showText(m_name, person ? person->name : std::string());
    ui::showText(m_position, person ? person->position : std::string());
    ui::showText(m_role, person ? person->role : std::string());
    for (wxWindow* field : { static_cast<wxWindow*>(m_attendance), static_cast<wxWindow*>(m_reason),
             static_cast<wxWindow*>(m_substitute), static_cast<wxWindow*>(m_name), static_cast<wxWindow*>(m_position),
             static_cast<wxWindow*>(m_role) })
        field->Enable(person != nullptr);
}

void AttendancePanel::setAttendance(Attendance attendance)
{
    Person* person = selectedPerson();
    if (!person || person->attendance == attendance)
        return;
    person->attendance = attendance;
    fillList();
    showSelectedPerson();
    m_edited({});
}

void AttendancePanel::fillList()
{
    // Rows are updated in place so that the selection and the keyboard focus stay where they are.
    const std::vector<Person>& people = m_meeting().people;
    if (m_list->GetItemCount() != static_cast<int>(people.size())) {
        m_list->DeleteAllItems();
        for (std::size_t i = 0; i < people.size(); ++i)
            m_list->InsertItem(static_cast<long>(i), wxString());
        if (m_selected >= 0)
            m_list->SetItemState(m_selected, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    }
    long row = 0;
    for (const Person& person : people) {
        const long index = row++;
        m_list->SetItem(index, 0, toWx(person.name));
        m_list->SetItem(index, 1, toWx(person.position));
        m_list->SetItem(index, 2, toWx(person.role));
        m_list->SetItem(index, 3, attendanceText(person.attendance));
        m_list->SetItem(index, 4, toWx(person.absenceReason));
    }
}

} // namespace sapha::minutes
