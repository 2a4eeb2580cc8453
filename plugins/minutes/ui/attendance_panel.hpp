// Sapha minutes — who was at the meeting: the roster's members as a list, and the people the secretary
// adds (invitees, those attending ex officio); the chosen person's attendance, reason, substitute, name,
// post and role under the list. Space in the list switches present and absent.
// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <string>

#include <wx/panel.h>

#include "core/meeting.hpp"

class wxChoice;
class wxComboBox;
class wxListCtrl;
class wxTextCtrl;

namespace sapha::minutes {

class AttendancePanel : public wxPanel {
public:
    // `meeting` gives the meeting being edited (a new object after undo); `edited` is called after every
    // change, with a key that lets typing in one field be one undo step.
    AttendancePanel(wxWindow* parent, std::function<Meeting&()> meeting, std::function<void(const std::string& key)> edited);

    // Shows the meeting's people again (after load, undo, redo), keeping the chosen row when it still exists.
    void showPeople();
    // Puts the keyboard in the list, on the first person when none is chosen.
    void focusList();
    // Adds a person attending who is not a member and puts the cursor in their name.
    void addPerson();
    void removeSelectedPerson();

private:
    Person* selectedPerson();
    void showSelectedPerson();
    void fillList();
    void setAttendance(Attendance attendance);

    std::function<Meeting&()> m_meeting;
    std::function<void(const std::string&)> m_edited;
    wxListCtrl* m_list = nullptr;
    wxChoice* m_attendance = nullptr;
    wxComboBox* m_reason = nullptr;
    wxTextCtrl* m_substitute = nullptr;
    wxTextCtrl* m_name = nullptr;
    wxTextCtrl* m_position = nullptr;
    wxTextCtrl* m_role = nullptr;
    long m_selected = -1;
};

} // namespace sapha::minutes
