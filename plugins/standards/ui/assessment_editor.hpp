// Sapha standards — the assessment editor: the indicators as an outline, and for the selected one what
// it asks, its criteria, the result (a level, practices done, a ratio, met or not — as its scheme
// says) and the evidence seen; the scores per component and overall, with their bands, kept up to date.
// SPDX-License-Identifier: MIT
#pragma once

#include <sapha/ui/document_editor.hpp>

#include "core/assessment_kind.hpp"

class wxChoice;
class wxKeyEvent;
class wxSpinCtrl;
class wxStaticText;
class wxTextCtrl;

namespace sapha::ui {
class OutlinePane;
}

namespace sapha::standards {

class AssessmentEditor : public ui::DocumentEditor {
public:
    static constexpr const char* kKindId = AssessmentKind::kId;

    AssessmentEditor(wxWindow* parent, const IDocumentKind& kind, std::unique_ptr<IDocument> document,
        ui::IEditorHost& host);

    // Selects the next (or previous) indicator, across components: Alt+Down / Alt+Up.
    void selectNeighbour(int delta);

private:
    Assessment& assessment();
    AssessedIndicator* selectedIndicator();
    void showDocument() override;
    std::string currentElementId() noexcept override { return m_selectedId; }
    bool showElement(const std::string& id) noexcept override;
    void fillOutline();
    void showSelection();
    void showScores();
    void setResult(const IndicatorResult& result);
    void onKey(wxKeyEvent& event);

    wxTextCtrl* m_organisation = nullptr;
    wxTextCtrl* m_assessor = nullptr;
    wxTextCtrl* m_date = nullptr;
    wxStaticText* m_against = nullptr;
    ui::OutlinePane* m_outline = nullptr;
    wxStaticText* m_heading = nullptr;
    wxStaticText* m_criteria = nullptr;
    wxChoice* m_level = nullptr;    // rubric
    wxSpinCtrl* m_done = nullptr;   // checklist
    wxTextCtrl* m_percent = nullptr; // threshold, as a percentage
    wxChoice* m_met = nullptr;      // binary
    wxStaticText* m_score = nullptr;
    wxTextCtrl* m_note = nullptr;
    wxStaticText* m_summary = nullptr;
    std::string m_selectedId;
};

} // namespace sapha::standards
