// Sapha minutes — the statistics tables of one agenda item, edited as tables.
// SPDX-License-Identifier: MIT
#include "ui/stat_tables_panel.hpp"

#include <algorithm>
#include <optional>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/grid.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <sapha/ui/wx_text.hpp>
#include <sapha/xml_io.hpp>

#include "ui/typed_count.hpp"

namespace sapha::minutes {

using ui::fromWx;
using ui::toWx;

namespace {

enum Column { kBreakdown = 0, kLabel = 1, kCount = 2 };

const wxColour kMismatch(255, 214, 214);

} // namespace

StatTablesPanel::StatTablesPanel(wxWindow* parent, std::function<void(const std::string& key)> edited)
    : wxPanel(parent, wxID_ANY)
    , m_edited(std::move(edited))
{
    auto* top = new wxBoxSizer(wxVERTICAL);
    auto* chooser = new wxBoxSizer(wxHORIZONTAL);
    m_choice = new wxChoice(this, wxID_ANY);
    auto* add = new wxButton(this, wxID_ANY, _("+ &Table"), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
    add->SetToolTip(_("Add a statistics table to the selected agenda item (Ctrl+Shift+T)"));
    auto* remove = new wxButton(this, wxID_ANY, _("Remove table"), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
    chooser->Add(m_choice, 1, wxRIGHT, 4);
    chooser->Add(add, 0, wxRIGHT, 4);
    chooser->Add(remove);

    // The title on a line of its own (beside total and unit, a narrow pane left it one letter wide), then
    // total and unit on one line: the rows below get the height.
    auto* titleLine = new wxBoxSizer(wxHORIZONTAL);
    auto* fields = new wxBoxSizer(wxHORIZONTAL);
    titleLine->Add(new wxStaticText(this, wxID_ANY, _("Title")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 4);
    m_title = new wxTextCtrl(this, wxID_ANY);
    m_title->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
        if (StatTable* table = current()) {
            table->title = fromWx(m_title->GetValue());
            fillChoice();
            m_edited("table-title:" + table->id);
        }
    });
    m_total = new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, FromDIP(wxSize(70, -1)));
    m_unit = new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, FromDIP(wxSize(60, -1)));
    m_unit->SetHint(wxString::FromUTF8("ราย"));
    auto* fromRows = new wxButton(this, wxID_ANY, _("= sum"), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
    fromRows->SetToolTip(_("Set the total to the sum of the first breakdown"));
    titleLine->Add(m_title, 1);
    fields->Add(new wxStaticText(this, wxID_ANY, _("Total")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 4);
    fields->Add(m_total, 0, wxRIGHT, 2);
    fields->Add(fromRows, 0, wxRIGHT, 8);
    fields->Add(new wxStaticText(this, wxID_ANY, _("Unit")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 4);
    fields->Add(m_unit, 0);

    m_grid = new wxGrid(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 150)));
    m_grid->CreateGrid(1, 3);
    m_grid->SetColLabelValue(kBreakdown, _("Breakdown"));
    m_grid->SetColLabelValue(kLabel, _("Row"));
    m_grid->SetColLabelValue(kCount, _("Count"));
    m_grid->SetColSize(kBreakdown, FromDIP(130));
    m_grid->SetColSize(kLabel, FromDIP(170));
    m_grid->SetColSize(kCount, FromDIP(80));
    m_grid->SetRowLabelSize(FromDIP(32));
    m_grid->SetColFormatNumber(kCount);
    m_grid->SetMinSize(FromDIP(wxSize(120, 110)));
    m_sums = new wxStaticText(this, wxID_ANY, wxEmptyString);

    top->Add(chooser, 0, wxEXPAND | wxALL, 4);
    top->Add(titleLine, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 4);
    top->Add(fields, 0, wxEXPAND | wxLEFT | wxRIGHT, 4);
    top->Add(m_grid, 1, wxEXPAND | wxALL, 4);
    top->Add(m_sums, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 4);
    SetSizer(top);
    m_tableControls = { m_title, m_total, m_unit, fromRows, m_grid, remove };
    // Tab from the title goes to the total, as a person fills the line.
    m_total->MoveAfterInTabOrder(m_title);

    m_choice->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        m_selected = m_choice->GetSelection();
        showCurrent();
    });
    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { addTable(); });
    remove->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (!current())
            return;
        m_tables->erase(m_tables->begin() + m_selected);
        m_selected = m_tables->empty() ? -1 : 0;
        fillChoice();
        showCurrent();
        m_edited({});
    });
    m_total->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
        StatTable* table = current();
        if (!table)
            return;
        if (std::optional<long> total = parseCount(fromWx(m_total->GetValue()))) {
            table->total = *total;
            m_total->SetBackgroundColour(wxNullColour);
            showSums();
            m_edited("table-total:" + table->id);
        } else {
            m_total->SetBackgroundColour(kMismatch); // not a number: kept as it was until it is one
        }
        m_total->Refresh();
    });
    m_unit->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
        if (StatTable* table = current()) {
            table->unit = fromWx(m_unit->GetValue());
            m_edited("table-unit:" + table->id);
        }
    });
    fromRows->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        StatTable* table = current();
        if (!table || table->breakdowns.empty())
            return;
        table->total = table->breakdowns.front().sum();
        m_total->ChangeValue(wxString::Format(wxT("%ld"), table->total));
        showSums();
        m_edited({});
    });
    m_grid->Bind(wxEVT_GRID_CELL_CHANGED, &StatTablesPanel::onCellChanged, this);
    // The columns share the grid's width (breakdown and row names are long Thai phrases), so that it
    // never scrolls sideways.
    m_grid->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        const int width = m_grid->GetClientSize().GetWidth() - m_grid->GetRowLabelSize() - FromDIP(4);
        if (width > FromDIP(150)) {
            const int count = std::max(FromDIP(60), width / 5);
            m_grid->SetColSize(kBreakdown, (width - count) * 2 / 5);
            m_grid->SetColSize(kLabel, width - count - (width - count) * 2 / 5);
            m_grid->SetColSize(kCount, count);
        }
        event.Skip();
    });
    show(nullptr);
}

void StatTablesPanel::show(std::vector<StatTable>* tables)
{
    const bool sameItem = tables == m_tables;
    m_tables = tables;
    if (!sameItem || !m_tables || m_selected >= static_cast<int>(m_tables->size()))
        m_selected = m_tables && !m_tables->empty() ? 0 : -1;
    fillChoice();
    showCurrent();
}

void StatTablesPanel::addTable()
{
    if (!m_tables)
        return;
    StatTable table;
    table.id = xml::newElementId("table");
    m_tables->push_back(std::move(table));
    m_selected = static_cast<int>(m_tables->size()) - 1;
    fillChoice();
    showCurrent();
    m_edited({});
    m_title->SetFocus();
}

bool StatTablesPanel::showTable(std::size_t index)
{
    if (!m_tables || index >= m_tables->size())
        return false;
    m_selected = static_cast<int>(index);
    m_choice->SetSelection(m_selected);
    showCurrent();
    return true;
}

void StatTablesPanel::focusGrid()
{
    m_grid->SetFocus();
    m_grid->SetGridCursor(0, kLabel);
}

StatTable* StatTablesPanel::current()
{
    if (!m_tables || m_selected < 0 || m_selected >= static_cast<int>(m_tables->size()))
        return nullptr;
    return &(*m_tables)[static_cast<std::size_t>(m_selected)];
}

void StatTablesPanel::fillChoice()
{
    m_choice->Clear();
    if (m_tables) {
        for (std::size_t i = 0; i < m_tables->size(); ++i) {
            const std::string& title = (*m_tables)[i].title;
            m_choice->Append(title.empty() ? wxString::Format(_("Table %zu"), i + 1) : toWx(title));
        }
    }
    m_choice->Enable(m_tables && !m_tables->empty());
    if (m_selected >= 0)
        m_choice->SetSelection(m_selected);
}

void StatTablesPanel::showCurrent()
{
    const StatTable* table = current();
    for (wxWindow* control : m_tableControls)
        control->Enable(table != nullptr);
    m_title->ChangeValue(toWx(table ? table->title : std::string()));
    m_unit->ChangeValue(toWx(table ? table->unit : std::string()));
    m_total->ChangeValue(table ? wxString::Format(wxT("%ld"), table->total) : wxString());
    m_total->SetBackgroundColour(wxNullColour);
    fillGrid();
}

void StatTablesPanel::fillGrid()
{
    const StatTable* table = current();
    std::size_t rows = 1; // the last row is empty, for the next entry
    if (table) {
        for (const Breakdown& breakdown : table->breakdowns)
            rows += std::max<std::size_t>(1, breakdown.rows.size()); // a breakdown without rows shows its name
    }
    const int have = m_grid->GetNumberRows();
    if (have < static_cast<int>(rows))
        m_grid->AppendRows(static_cast<int>(rows) - have);
    else if (have > static_cast<int>(rows))
        m_grid->DeleteRows(static_cast<int>(rows), have - static_cast<int>(rows));
    int row = 0;
    if (table) {
        for (const Breakdown& breakdown : table->breakdowns) {
            if (breakdown.rows.empty()) {
                m_grid->SetCellValue(row, kBreakdown, toWx(breakdown.name));
                m_grid->SetCellValue(row, kLabel, wxString());
                m_grid->SetCellValue(row++, kCount, wxString());
            }
            for (std::size_t i = 0; i < breakdown.rows.size(); ++i, ++row) {
                // The breakdown's name on its first row only: the rows under it belong to it.
                m_grid->SetCellValue(row, kBreakdown, i == 0 ? toWx(breakdown.name) : wxString());
                m_grid->SetCellValue(row, kLabel, toWx(breakdown.rows[i].first));
                m_grid->SetCellValue(row, kCount, wxString::Format(wxT("%ld"), breakdown.rows[i].second));
            }
        }
    }
    for (int column = 0; column < 3; ++column)
        m_grid->SetCellValue(row, column, wxString());
    showSums();
}

void StatTablesPanel::readGrid()
{
    StatTable* table = current();
    if (!table)
        return;
    std::vector<Breakdown> breakdowns;
    for (int row = 0; row < m_grid->GetNumberRows(); ++row) {
        const std::string name = fromWx(m_grid->GetCellValue(row, kBreakdown).Strip(wxString::both));
        const std::string label = fromWx(m_grid->GetCellValue(row, kLabel).Strip(wxString::both));
        const std::string count = fromWx(m_grid->GetCellValue(row, kCount).Strip(wxString::both));
        if (!name.empty() || breakdowns.empty())
            breakdowns.push_back(Breakdown { name, {} });
        if (label.empty() && count.empty())
            continue;
        breakdowns.back().rows.emplace_back(label, parseCount(count).value_or(0));
    }
    // A breakdown left with neither name nor rows is gone.
    std::erase_if(breakdowns, [](const Breakdown& b) { return b.name.empty() && b.rows.empty(); });
    table->breakdowns = std::move(breakdowns);
}

void StatTablesPanel::onCellChanged(wxGridEvent& event)
{
    StatTable* table = current();
    if (!table)
        return;
    if (event.GetCol() == kCount) {
        const wxString typed = m_grid->GetCellValue(event.GetRow(), kCount).Strip(wxString::both);
        if (!typed.empty() && !parseCount(fromWx(typed))) {
            wxBell(); // not a count: the cell goes back to what it was
            m_grid->SetCellValue(event.GetRow(), kCount, event.GetString());
            return;
        }
    }
    readGrid();
    const int row = event.GetRow();
    const int column = event.GetCol();
    fillGrid();
    m_grid->SetGridCursor(std::min(row, m_grid->GetNumberRows() - 1), column);
    m_edited("table-cell:" + table->id);
}

void StatTablesPanel::showSums()
{
    const StatTable* table = current();
    wxString text;
    bool allAddUp = true;
    int row = 0;
    const long total = table ? table->total : 0;
    for (int r = 0; r < m_grid->GetNumberRows(); ++r)
        m_grid->SetCellBackgroundColour(r, kCount, m_grid->GetDefaultCellBackgroundColour());
    if (table) {
        for (const Breakdown& breakdown : table->breakdowns) {
            const long sum = breakdown.sum();
            const bool addsUp = sum == total;
            allAddUp = allAddUp && addsUp;
            const wxString name = breakdown.name.empty() ? _("(unnamed)") : toWx(breakdown.name);
            if (!text.empty())
                text += wxT("    ");
            text += addsUp ? wxString::Format(_("%s: %ld, adds up"), name, sum)
                           : wxString::Format(_("%s: %ld, not the total %ld"), name, sum, total);
            row += breakdown.rows.empty() ? 1 : 0;
            for (std::size_t i = 0; i < breakdown.rows.size(); ++i, ++row) {
                if (!addsUp)
                    m_grid->SetCellBackgroundColour(row, kCount, kMismatch);
            }
        }
    }
    m_sums->SetLabel(text);
    m_sums->SetForegroundColour(allAddUp ? wxNullColour : *wxRED);
    m_grid->ForceRefresh();
    Layout();
}

} // namespace sapha::minutes
