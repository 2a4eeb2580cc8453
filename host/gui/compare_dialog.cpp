// Sapha GUI — the compare view.
// SPDX-License-Identifier: MIT
#include "compare_dialog.hpp"

#include "compare_panes.hpp"


#include <wx/button.h>
#include <wx/listbox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <sapha/ui/wx_text.hpp>

namespace sapha::gui {

using ui::toWx;

namespace {

const wxColour kDeleted(255, 214, 214);
const wxColour kInserted(205, 240, 205);
const wxColour kHeading(60, 60, 60);
const wxColour kFieldLabel(40, 90, 160);

void append(wxTextCtrl* pane, const std::string& text, const wxTextAttr& style)
{
    const long start = pane->GetLastPosition();
    pane->AppendText(toWx(text));
    pane->SetStyle(start, pane->GetLastPosition(), style);
}

wxTextAttr plain()
{
    wxTextAttr style;
    style.SetTextColour(*wxBLACK);
    style.SetBackgroundColour(*wxWHITE);
    return style;
}

} // namespace

wxString changeTitleOf(const diff::ElementChange& change, std::string_view language)
{
    const ElementInfo& element = change.kind == diff::ChangeKind::Removed ? change.before : change.after;
    wxString kind;
    switch (change.kind) {
    case diff::ChangeKind::Added:
        kind = _("Added");
        break;
    case diff::ChangeKind::Removed:
        kind = _("Removed");
        break;
    case diff::ChangeKind::Moved:
        kind = _("Moved");
        break;
    case diff::ChangeKind::MovedAndChanged:
        kind = _("Moved and changed");
        break;
    default:
        kind = _("Changed");
    }
    const std::string& name = language == "th" && !element.thaiTerm.empty() ? element.thaiTerm : element.type;
    return kind + wxString::FromAscii(": ") + toWx(name + (element.label.empty() ? "" : " " + element.label));
}

CompareDialog::CompareDialog(wxWindow* parent, const host::Comparison& comparison, std::string language, const Headings& headings)
    : wxDialog(parent, wxID_ANY, wxString::Format(_("Compare versions of %s"), headings.document), wxDefaultPosition,
          parent->FromDIP(wxSize(1180, 720)), wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER | wxMAXIMIZE_BOX)
    , m_language(std::move(language))
{
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* labels = new wxBoxSizer(wxHORIZONTAL);
    labels->Add(new wxStaticText(this, wxID_ANY, wxString::Format(_("Before: %s"), headings.before)), 1, wxALL, 6);
    labels->Add(new wxStaticText(this, wxID_ANY, wxString::Format(_("After: %s"), headings.after)), 1, wxALL, 6);
    sizer->Add(labels, 0, wxEXPAND);
    auto* panes = new wxBoxSizer(wxHORIZONTAL);
    m_map = new wxListBox(this, wxID_ANY, wxDefaultPosition, wxSize(FromDIP(230), -1));
    m_map->SetToolTip(_("Every change; choose one to go to it"));
    panes->Add(m_map, 0, wxEXPAND | wxRIGHT, 6);
    const long style = wxTE_MULTILINE | wxTE_READONLY | wxTE_RICH2 | wxTE_WORDWRAP;
    m_before = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, style);
    m_after = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, style);
    panes->Add(m_before, 1, wxEXPAND | wxRIGHT, 3);
    panes->Add(m_after, 1, wxEXPAND | wxLEFT, 3);
    sizer->Add(panes, 1, wxEXPAND | wxLEFT | wxRIGHT, 6);

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    auto* previous = new wxButton(this, wxID_ANY, _("&Previous change"));
    auto* next = new wxButton(this, wxID_ANY, _("&Next change"));
    m_position = new wxStaticText(this, wxID_ANY, wxString());
    buttons->Add(previous, 0, wxRIGHT, 4);
    buttons->Add(next, 0, wxRIGHT, 12);
    buttons->Add(m_position, 1, wxALIGN_CENTER_VERTICAL);
    // Not wxID_CLOSE: GTK would label a stock button in its own language, not the one chosen in Sapha.
    auto* close = new wxButton(this, wxID_ANY, _("&Close"));
    buttons->Add(close, 0);
    sizer->Add(buttons, 0, wxEXPAND | wxALL, 6);
    SetSizer(sizer);

    previous->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (m_current > 0)
            showChange(m_current - 1);
    });
    next->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (m_current + 1 < m_changeStarts.size())
            showChange(m_current + 1);
    });
    m_map->Bind(wxEVT_LISTBOX, [this](wxCommandEvent& event) {
        if (event.GetSelection() >= 0)
            showChange(static_cast<std::size_t>(event.GetSelection()));
    });
    close->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { EndModal(wxID_CLOSE); });
    // Escape presses this button: the escape id must be a button the dialog has (wxID_CLOSE is not one).
    SetEscapeId(close->GetId());
    fill(comparison);
    if (!m_changeStarts.empty())
        showChange(0);
    else
        m_position->SetLabel(_("The two versions are the same."));
}

void CompareDialog::fill(const host::Comparison& comparison)
{
    wxTextAttr heading = plain();
    heading.SetTextColour(kHeading);
    heading.SetFontWeight(wxFONTWEIGHT_BOLD);
    wxTextAttr fieldLabel = plain();
    fieldLabel.SetTextColour(kFieldLabel);
    wxTextAttr deleted = plain();
    deleted.SetBackgroundColour(kDeleted);
    deleted.SetFontStrikethrough(true);
    wxTextAttr inserted = plain();
    inserted.SetBackgroundColour(kInserted);
    inserted.SetFontUnderlined(true);
    wxTextAttr quiet = plain();
    quiet.SetTextColour(*wxLIGHT_GREY);
    auto styleOf = [&](PaneStyle style) -> const wxTextAttr& {
        switch (style) {
        case PaneStyle::Heading:
            return heading;
        case PaneStyle::FieldLabel:
            return fieldLabel;
        case PaneStyle::Deleted:
            return deleted;
        case PaneStyle::Inserted:
            return inserted;
        case PaneStyle::Quiet:
            return quiet;
        case PaneStyle::Plain:
            break;
        }
        static const wxTextAttr plainText = plain();
        return plainText;
    };

    for (const diff::ElementChange& change : comparison.changes) {
        m_changeStarts.emplace_back(m_before->GetLastPosition(), m_after->GetLastPosition());
        const wxString title = changeTitleOf(change, m_language);
        m_map->Append(title);
        const ChangePanes panes = changePanes(change, ui::fromWx(title), m_language);
        for (const PaneRun& run : panes.before)
            append(m_before, run.text, styleOf(run.style));
        for (const PaneRun& run : panes.after)
            append(m_after, run.text, styleOf(run.style));
    }
}

void CompareDialog::showChange(std::size_t index)
{
    if (index >= m_changeStarts.size())
        return;
    m_current = index;
    const auto [before, after] = m_changeStarts[index];
    m_before->ShowPosition(m_before->GetLastPosition());
    m_after->ShowPosition(m_after->GetLastPosition());
    m_before->ShowPosition(before);
    m_after->ShowPosition(after);
    m_before->SetInsertionPoint(before);
    m_after->SetInsertionPoint(after);
    m_position->SetLabel(wxString::Format(_("Change %zu of %zu"), index + 1, m_changeStarts.size()));
    if (m_map->GetSelection() != static_cast<int>(index))
        m_map->SetSelection(static_cast<int>(index));
}

} // namespace sapha::gui
