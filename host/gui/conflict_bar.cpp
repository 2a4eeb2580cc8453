// Sapha GUI — the conflict bar (see conflict_bar.hpp).
// SPDX-License-Identifier: MIT
#include "conflict_bar.hpp"

#include <algorithm>

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/scrolwin.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <sapha/ui/wx_text.hpp>

namespace sapha::gui {

namespace {

// A value on one line (the label cuts it to the width; the tooltip has it whole).
wxString oneLine(const std::string& text)
{
    wxString value = ui::toWx(text);
    value.Replace(wxT("\n"), wxString::FromUTF8(" \u23CE "));
    return value;
}

} // namespace

wxString ConflictBar::buttonName(const std::string& element, xml::Side side)
{
    return wxString::FromUTF8((side == xml::Side::Theirs ? "conflict-theirs:" : "conflict-mine:") + element);
}

ConflictBar::ConflictBar(wxWindow* parent, const std::vector<ConflictRow>& rows, Choose choose)
    : wxPanel(parent, wxID_ANY)
{
    // Amber, as a warning that asks for a decision, not an error.
    SetBackgroundColour(wxColour(255, 243, 205));
    SetForegroundColour(wxColour(60, 45, 0));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* heading = new wxStaticText(this, wxID_ANY,
        wxString::Format(_("Changed here and on another computer (%zu): choose which version stays."),
            rows.size()),
        wxDefaultPosition, wxDefaultSize, wxST_ELLIPSIZE_END);
    heading->SetFont(heading->GetFont().Bold());
    heading->SetMinSize(wxSize(60, -1));
    sizer->Add(heading, 0, wxEXPAND | wxALL, 6);

    // One row per element: where and both values (cut to the width, whole in the tooltip) beside the
    // two choices, so that the buttons never leave the window.
    auto* list = new wxScrolledWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL);
    list->SetScrollRate(0, 10);
    auto* rowsSizer = new wxBoxSizer(wxVERTICAL);
    auto label = [list](const wxString& text, const std::string& whole, bool bold) {
        auto* shown = new wxStaticText(list, wxID_ANY, text, wxDefaultPosition, wxDefaultSize, wxST_ELLIPSIZE_END);
        shown->SetMinSize(wxSize(60, -1));
        if (bold)
            shown->SetFont(shown->GetFont().Bold());
        if (!whole.empty())
            shown->SetToolTip(ui::toWx(whole));
        return shown;
    };
    for (const ConflictRow& row : rows) {
        auto* texts = new wxBoxSizer(wxVERTICAL);
        texts->Add(label(ui::toWx(row.place), {}, true), 0, wxEXPAND);
        texts->Add(label(_("Mine: ") + oneLine(row.mine), row.mine, false), 0, wxEXPAND | wxTOP, 2);
        texts->Add(label(_("Theirs: ") + oneLine(row.theirs), row.theirs, false), 0, wxEXPAND | wxTOP, 2);
        auto* keepMine = new wxButton(list, wxID_ANY, _("Keep mine"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
            buttonName(row.element, xml::Side::Ours));
        auto* takeTheirs = new wxButton(list, wxID_ANY, _("Take theirs"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
            buttonName(row.element, xml::Side::Theirs));
        const std::string element = row.element;
        // The choice reloads the tab (and with it this bar): run it once the click is handled.
        keepMine->Bind(wxEVT_BUTTON, [this, choose, element](wxCommandEvent&) { CallAfter([choose, element] { choose(element, xml::Side::Ours); }); });
        takeTheirs->Bind(wxEVT_BUTTON, [this, choose, element](wxCommandEvent&) { CallAfter([choose, element] { choose(element, xml::Side::Theirs); }); });
        auto* line = new wxBoxSizer(wxHORIZONTAL);
        line->Add(texts, 1, wxALIGN_CENTER_VERTICAL);
        line->Add(keepMine, 0, wxALIGN_CENTER_VERTICAL | wxLEFT, 8);
        line->Add(takeTheirs, 0, wxALIGN_CENTER_VERTICAL | wxLEFT, 4);
        rowsSizer->Add(line, 0, wxEXPAND | wxBOTTOM, 8);
    }
    list->SetSizer(rowsSizer);
    list->FitInside();
    // Up to three rows show at once; more scroll, so the editor keeps most of the tab.
    const int rowHeight = rowsSizer->GetItemCount() > 0 ? rowsSizer->GetMinSize().GetHeight() / static_cast<int>(rowsSizer->GetItemCount()) : 0;
    list->SetMinSize(wxSize(60, rowHeight * static_cast<int>(std::min<std::size_t>(rows.size(), 3))));
    sizer->Add(list, 0, wxEXPAND | wxLEFT | wxRIGHT, 6);
    SetSizer(sizer);
}

} // namespace sapha::gui
