// Sapha minutes — the vote on an agenda item's resolution: whether it was put to a vote, and the votes
// in favour, against and abstaining, typed as counts (Thai digits accepted). A count that is not a
// number is shown in red and not taken.
// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <string>

#include <wx/panel.h>

#include "core/meeting.hpp"

class wxCheckBox;
class wxTextCtrl;

namespace sapha::minutes {

class VoteFields : public wxPanel {
public:
    // `item` gives the agenda item being edited (null: none chosen); `edited` is called after every change,
    // with a key that lets typing in one count be one undo step.
    VoteFields(wxWindow* parent, std::function<AgendaItem*()> item, std::function<void(const std::string& key)> edited);

    // Shows the chosen item's vote again (another item chosen, undo, redo).
    void showVote();

private:
    void onCountTyped(wxTextCtrl* field, int Vote::*count, const char* key);

    std::function<AgendaItem*()> m_item;
    std::function<void(const std::string&)> m_edited;
    wxCheckBox* m_voted = nullptr;
    wxTextCtrl* m_inFavour = nullptr;
    wxTextCtrl* m_against = nullptr;
    wxTextCtrl* m_abstaining = nullptr;
};

} // namespace sapha::minutes
