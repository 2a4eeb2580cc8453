// Sapha plans — the plan editor: the plan's outline (directions → projects → indicators, the process steps,
// the quarterly reports) beside the selected element's form: a project's budget that totals itself and its
// months of work as a row of the fiscal year, a quarter's results against each target.
// SPDX-License-Identifier: MIT
#pragma once

#include <array>

#include <sapha/ui/document_editor.hpp>

#include "core/plan_edits.hpp"
#include "core/plan_kind.hpp"

class wxCheckBox;
class wxChoice;
class wxGrid;
class wxGridEvent;
class wxKeyEvent;
class wxSimplebook;
class wxStaticText;
class wxTextCtrl;

namespace sapha::ui {
class OutlinePane;
}

namespace sapha::plans {

class PlanEditor : public ui::DocumentEditor {
public:
    static constexpr const char* kKindId = PlanKind::kId;

    PlanEditor(wxWindow* parent, const IDocumentKind& kind, std::unique_ptr<IDocument> document, ui::IEditorHost& host);

private:
    enum Page { kNothingPage, kStrategyPage, kProjectPage, kIndicatorPage, kStepPage, kReportPage };

    Plan& plan();
    PlanPlace selected();
    void showDocument() override;
    std::string currentElementId() noexcept override { return m_selectedId; }
    bool showElement(const std::string& id) noexcept override;
    void fillOutline();
    void showSelection();
    void showReport(const ProgressReport& report);
    // After an operation on the outline: select `id`, refill, record the edit.
    void outlineChanged(const std::string& id);
    void onResultEdited(wxGridEvent& event);
    // A project's budget table: shown from the model, an amount checked as it is typed, read back whole.
    void showBudget(const Project& project);
    void fitBudgetColumns();
    void onBudgetChanging(wxGridEvent& event);
    void onBudgetEdited(wxGridEvent& event);
    // Whether `typed` may be taken as a figure (it is one, or empty); shows why not, as in `example`, if not.
    bool figureTyped(const std::string& typed, bool isFigure, const wxString& example);
    void onKey(wxKeyEvent& event);
    void moveSelected(int delta);
    // The first column of a report's grid takes the width the figures leave.
    void fitColumns(wxGrid* grid);

    wxWindow* buildStrategyPage(wxWindow* parent);
    wxWindow* buildProjectPage(wxWindow* parent);
    wxWindow* buildIndicatorPage(wxWindow* parent);
    wxWindow* buildStepPage(wxWindow* parent);
    wxWindow* buildReportPage(wxWindow* parent);

    wxTextCtrl* m_title = nullptr;
    wxTextCtrl* m_committee = nullptr;
    wxTextCtrl* m_fiscalYear = nullptr;
    wxTextCtrl* m_budget = nullptr;
    wxStaticText* m_origin = nullptr;
    wxStaticText* m_refusal = nullptr;
    ui::OutlinePane* m_outline = nullptr;
    wxSimplebook* m_pages = nullptr;
    wxTextCtrl* m_strategyTitle = nullptr;
    wxTextCtrl* m_strategyBudget = nullptr;
    wxStaticText* m_strategyTotal = nullptr;
    wxTextCtrl* m_projectTitle = nullptr;
    wxTextCtrl* m_objective = nullptr;
    wxTextCtrl* m_targetGroup = nullptr;
    wxTextCtrl* m_responsible = nullptr;
    wxTextCtrl* m_supporting = nullptr;
    wxGrid* m_budgetGrid = nullptr;
    wxStaticText* m_projectTotal = nullptr;
    std::array<wxCheckBox*, 12> m_months {};
    wxTextCtrl* m_indicatorText = nullptr;
    wxChoice* m_indicatorKind = nullptr;
    wxTextCtrl* m_target = nullptr;
    wxTextCtrl* m_unit = nullptr;
    wxTextCtrl* m_standardIndicator = nullptr;
    wxTextCtrl* m_stepTitle = nullptr;
    wxTextCtrl* m_stepWho = nullptr;
    wxStaticText* m_reportHeading = nullptr;
    wxTextCtrl* m_reported = nullptr;
    wxGrid* m_results = nullptr;
    wxGrid* m_spending = nullptr;
    wxTextCtrl* m_problems = nullptr;
    wxTextCtrl* m_nextSteps = nullptr;
    std::vector<std::string> m_resultRows;   // indicator id of each row of m_results
    std::vector<std::string> m_spendingRows; // project id of each row of m_spending
    std::string m_selectedId;
};

} // namespace sapha::plans
