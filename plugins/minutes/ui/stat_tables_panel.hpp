// Sapha minutes — the statistics tables of one agenda item, edited as tables: a total, and breakdowns
// (by type, by sex) whose rows should add up to it. Each breakdown's sum is computed as you type, and a
// breakdown that does not add up is shown in red, row by row.
// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <wx/panel.h>

#include "core/meeting.hpp"

class wxChoice;
class wxGrid;
class wxGridEvent;
class wxStaticText;
class wxTextCtrl;

namespace sapha::minutes {

class StatTablesPanel : public wxPanel {
public:
    // `edited` is called after every change, with a key that lets typing in one field be one undo step.
    StatTablesPanel(wxWindow* parent, std::function<void(const std::string& key)> edited);

    // Shows the tables of an item (null: none selected). The panel edits them in place.
    void show(std::vector<StatTable>* tables);
    // Adds a table to the shown item and puts the cursor in its title.
    void addTable();
    void focusGrid();
    // Shows the shown item's table at `index` (a finding about it was chosen); false when there is none.
    bool showTable(std::size_t index);

private:
    StatTable* current();
    void fillChoice();
    void showCurrent();
    void fillGrid();
    // Reads the grid back into the table: a row's breakdown is the one named on it, or the one above.
    void readGrid();
    // Sums, and the red marks on the breakdowns that do not add up to the total.
    void showSums();
    void onCellChanged(wxGridEvent& event);

    std::function<void(const std::string&)> m_edited;
    std::vector<StatTable>* m_tables = nullptr;
    int m_selected = -1;
    wxChoice* m_choice = nullptr;
    wxTextCtrl* m_title = nullptr;
    wxTextCtrl* m_unit = nullptr;
    wxTextCtrl* m_total = nullptr;
    wxGrid* m_grid = nullptr;
    wxStaticText* m_sums = nullptr;
    std::vector<wxWindow*> m_tableControls; // enabled only when a table is shown
};

} // namespace sapha::minutes
