// Sapha GUI — the findings bar (see findings_bar.hpp).
// SPDX-License-Identifier: MIT
#include "findings_bar.hpp"

#include <algorithm>

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/settings.h>
#include <wx/sizer.h>

#include <sapha/ui/wx_text.hpp>

namespace sapha::gui {

namespace {

// Long enough that a person typing a word is not checked at every key, short enough to feel live.
constexpr int kQuietMs = 700;
// Rows the opened list shows before it scrolls: the editor above keeps most of the tab.
constexpr int kShownRows = 5;

wxString severityText(Severity severity)
{
    return severity == Severity::Error ? _("Error") : _("Warning");
}

} // namespace

FindingsBar::FindingsBar(wxWindow* parent, std::function<std::vector<ShownFinding>()> check,
    std::function<bool(const std::string&)> showElement)
    : wxPanel(parent, wxID_ANY)
    , m_check(std::move(check))
    , m_showElement(std::move(showElement))
{
    SetName(wxT("findings-bar"));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    m_toggle = new wxButton(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxBU_LEFT | wxBORDER_NONE);
    m_toggle->SetName(wxT("findings-toggle"));
    m_toggle->SetToolTip(_("What the check of this document finds; click to show or hide the list"));
    sizer->Add(m_toggle, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(4));
    m_list = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    m_list->SetName(wxT("findings-list"));
    m_list->AppendColumn(_("Kind"), wxLIST_FORMAT_LEFT, FromDIP(110));
    m_list->AppendColumn(_("Problem"), wxLIST_FORMAT_LEFT, FromDIP(600));
    m_list->SetToolTip(_("Double-click a problem (or press Enter) to go to the part it is about"));
    m_list->Hide();
    sizer->Add(m_list, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(4));
    SetSizer(sizer);

    m_toggle->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { setOpen(!isOpen()); });
    m_list->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& event) { goTo(event.GetIndex()); });
    // A long problem is cut at the list's edge: the chosen one is whole in the tip.
    m_list->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& event) {
        const long row = event.GetIndex();
        if (row >= 0 && row < static_cast<long>(m_findings.size()))
            m_list->SetToolTip(ui::toWx(m_findings[static_cast<std::size_t>(row)].message));
    });
    m_list->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        // The problem's column takes what the kind's column leaves: no text runs under the edge.
        const int room = m_list->GetClientSize().x - m_list->GetColumnWidth(0) - FromDIP(4);
        if (room > FromDIP(80))
            m_list->SetColumnWidth(1, room);
    });
    m_timer.SetOwner(this);
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { checkNow(); }, m_timer.GetId());
}

void FindingsBar::checkSoon()
{
    m_timer.StartOnce(kQuietMs);
}

void FindingsBar::checkNow()
{
    m_timer.Stop();
    show(m_check ? m_check() : std::vector<ShownFinding>());
}

void FindingsBar::relabel()
{
    // The count and the arrow are derived from the findings and the list's state, never edited in place.
    int errors = 0;
    int warnings = 0;
    for (const ShownFinding& finding : m_findings)
        (finding.severity == Severity::Error ? errors : warnings)++;
    if (m_findings.empty()) {
        m_toggle->SetLabel(wxString::FromUTF8("\u2713 ") + _("Checked: no problems found"));
        m_toggle->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_BTNTEXT));
        return;
    }
    // Only the kinds there are: "no errors" beside three warnings is noise.
    const wxString count = errors > 0 && warnings > 0
        ? wxString::Format(_("Checked: %d error(s), %d warning(s)"), errors, warnings)
        : errors > 0 ? wxString::Format(_("Checked: %d error(s)"), errors)
                     : wxString::Format(_("Checked: %d warning(s)"), warnings);
    m_toggle->SetLabel(wxString::FromUTF8(isOpen() ? "\u25BE " : "\u25B8 ") + count);
    // Red when something must be mended before the document is sent; amber-brown for warnings.
    m_toggle->SetForegroundColour(errors > 0 ? wxColour(170, 20, 20) : wxColour(130, 80, 0));
}

void FindingsBar::show(std::vector<ShownFinding> findings)
{
    m_findings = std::move(findings);
    relabel();
    m_list->Freeze();
    m_list->DeleteAllItems();
    for (std::size_t i = 0; i < m_findings.size(); ++i) {
        const long row = m_list->InsertItem(static_cast<long>(i), severityText(m_findings[i].severity));
        m_list->SetItem(row, 1, ui::toWx(m_findings[i].message));
        if (m_findings[i].severity == Severity::Error)
            m_list->SetItemTextColour(row, wxColour(170, 20, 20));
    }
    m_list->Thaw();
    // As many rows high as there are problems, up to a few: the editor above keeps the rest of the tab.
    const int rows = std::clamp(static_cast<int>(m_findings.size()), 1, kShownRows);
    m_list->SetMinSize(wxSize(-1, m_list->GetCharHeight() * (rows + 2) * 4 / 3));
    if (isOpen())
        GetParent()->Layout();
    if (m_findings.empty() && isOpen())
        setOpen(false);
}

wxString FindingsBar::countShown() const
{
    return m_toggle->GetLabel();
}

bool FindingsBar::isOpen() const
{
    return m_list->IsShown();
}

void FindingsBar::setOpen(bool open)
{
    if (open == isOpen() || (open && m_findings.empty()))
        return;
    m_list->Show(open);
    relabel();
    // The tab's page lays out again: the editor above gives the list its rows.
    GetParent()->Layout();
    if (open && m_list->GetItemCount() > 0) {
        m_list->SetFocus();
        if (m_list->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED) < 0)
            m_list->SetItemState(0, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    }
}

bool FindingsBar::goTo(long row)
{
    if (row < 0 || row >= static_cast<long>(m_findings.size()) || !m_showElement)
        return false;
    for (const std::string& id : m_findings[static_cast<std::size_t>(row)].elementChain) {
        if (m_showElement(id))
            return true;
    }
    return false;
}

} // namespace sapha::gui
