// Sapha standards — how the selected indicator is scored: the scheme, and the scheme's own data — the
// rubric's levels as a table (score, label, criterion), the checklist's practices and rules, the
// threshold's target, the binary points. Every scheme's data is kept when the scheme changes.
// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <string>

#include <wx/panel.h>

#include "core/standard.hpp"

class wxChoice;
class wxGrid;
class wxGridEvent;
class wxStaticText;
class wxTextCtrl;

namespace sapha::standards {

class ScoringPanel : public wxPanel {
public:
    // `edited` is called after every change, with a key that lets typing in one field be one undo step.
    ScoringPanel(wxWindow* parent, std::function<void(const std::string& key)> edited);

    // Shows an indicator (null: none); edits it in place. `maxScore` is the standard's scale.
    void show(Indicator* indicator, double maxScore);
    void focusLevels();

private:
    void showScheme();
    void fillLevels();
    void readLevels();
    void onLevelChanged(wxGridEvent& event);

    std::function<void(const std::string&)> m_edited;
    Indicator* m_indicator = nullptr;
    double m_maxScore = 5;
    wxChoice* m_scheme = nullptr;
    wxPanel* m_rubric = nullptr;
    wxGrid* m_levels = nullptr;
    wxPanel* m_checklist = nullptr;
    wxTextCtrl* m_practices = nullptr;
    wxTextCtrl* m_rules = nullptr;
    wxPanel* m_threshold = nullptr;
    wxTextCtrl* m_target = nullptr;
    wxPanel* m_binary = nullptr;
    wxTextCtrl* m_points = nullptr;
    wxStaticText* m_problem = nullptr;
};

} // namespace sapha::standards
