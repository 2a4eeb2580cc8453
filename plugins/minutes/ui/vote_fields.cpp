// Sapha minutes — the vote on an agenda item's resolution (see vote_fields.hpp).
// SPDX-License-Identifier: MIT
#include "ui/vote_fields.hpp"

#include <limits>
#include <optional>

#include <wx/checkbox.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/wrapsizer.h>

#include <sapha/ui/form_fields.hpp>
#include <sapha/ui/wx_text.hpp>

#include "ui/typed_count.hpp"

namespace sapha::minutes {

namespace {

const wxColour kNotANumber(255, 214, 214);

} // namespace

VoteFields::VoteFields(wxWindow* parent, std::function<AgendaItem*()> item, std::function<void(const std::string&)> edited)
    : wxPanel(parent)
    , m_item(std::move(item))
    , m_edited(std::move(edited))
{
    m_voted = new wxCheckBox(this, wxID_ANY, _("Put to a vote:"));
    m_voted->SetToolTip(_("The meeting voted on the resolution; leave it unticked when it agreed without a vote"));
    // A wrapping row: the discussion pane is narrow beside the agenda on a 1366-pixel screen.
    auto* row = new wxWrapSizer(wxHORIZONTAL);
    row->Add(m_voted, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT | wxBOTTOM, 4);
    const auto addCount = [this, row](const wxString& label) {
        auto* pair = new wxBoxSizer(wxHORIZONTAL);
        auto* field = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(56, -1)));
        pair->Add(new wxStaticText(this, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL | wxLEFT | wxRIGHT, 4);
        pair->Add(field, 0, wxRIGHT, 6);
        row->Add(pair, 0, wxBOTTOM, 4);
        return field;
    };
    m_inFavour = addCount(_("In favour"));
    m_against = addCount(_("Against"));
    m_abstaining = addCount(_("Abstaining"));
    SetSizer(row);

    m_voted->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) {
        AgendaItem* item = m_item();
        if (!item)
            return;
        if (m_voted->GetValue())
            item->vote = Vote {};
        else
            item->vote.reset();
        showVote();
        m_edited("vote:" + item->id);
        if (m_voted->GetValue())
            m_inFavour->SetFocus();
    });
    m_inFavour->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { onCountTyped(m_inFavour, &Vote::inFavour, "for"); });
    m_against->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { onCountTyped(m_against, &Vote::against, "against"); });
    m_abstaining->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { onCountTyped(m_abstaining, &Vote::abstaining, "abstain"); });
}

void VoteFields::onCountTyped(wxTextCtrl* field, int Vote::*count, const char* key)
{
    AgendaItem* item = m_item();
    if (!item || !item->vote)
        return;
    std::optional<long> typed = parseCount(ui::fromWx(field->GetValue()));
    if (typed && *typed > std::numeric_limits<int>::max())
        typed.reset();
    // Red until the count is a number; what is typed stays for the person to correct.
    field->SetBackgroundColour(typed || field->IsEmpty() ? wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW) : kNotANumber);
    field->Refresh();
    if (!typed && !field->IsEmpty())
        return;
    (*item->vote).*count = static_cast<int>(typed.value_or(0));
    m_edited(std::string(key) + ":" + item->id);
}

void VoteFields::showVote()
{
    const AgendaItem* item = m_item();
    const bool voted = item && item->vote;
    m_voted->Enable(item != nullptr);
    m_voted->SetValue(voted);
    const auto showCount = [voted](wxTextCtrl* field, int value) {
        ui::showText(field, voted ? std::to_string(value) : std::string());
        field->Enable(voted);
        field->SetBackgroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW));
    };
    showCount(m_inFavour, voted ? item->vote->inFavour : 0);
    showCount(m_against, voted ? item->vote->against : 0);
    showCount(m_abstaining, voted ? item->vote->abstaining : 0);
}

} // namespace sapha::minutes
