// Sapha minutes — who signs under the minutes: the minutes-taker (ผู้จดรายงานการประชุม) and the one who
// checked them (ผู้ตรวจรายงานการประชุม), each a name and a post, printed as the paper's signature block.
// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <string>

#include <wx/panel.h>

#include "core/meeting.hpp"

class wxTextCtrl;

namespace sapha::minutes {

class SignaturesPanel : public wxPanel {
public:
    // `meeting` gives the meeting being edited (a new object after undo); `edited` is called after every
    // change, with a key that lets typing in one field be one undo step.
    SignaturesPanel(wxWindow* parent, std::function<Meeting&()> meeting, std::function<void(const std::string& key)> edited);

    // Shows the meeting's signatories again (after load, undo, redo).
    void showSignatories();
    // Puts the cursor in the minutes-taker's name.
    void focusFirst();

private:
    std::function<Meeting&()> m_meeting;
    wxTextCtrl* m_recorderName = nullptr;
    wxTextCtrl* m_recorderPosition = nullptr;
    wxTextCtrl* m_checkerName = nullptr;
    wxTextCtrl* m_checkerPosition = nullptr;
};

} // namespace sapha::minutes
