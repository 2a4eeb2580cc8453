// Sapha standards — the standard editor: an outline of components and indicators beside the selected
// node's pages (details, scoring, evidence and guidance, reviewers' comments), keyboard first.
// SPDX-License-Identifier: MIT
#pragma once

#include <sapha/ui/document_editor.hpp>

#include "core/standard_kind.hpp"

class wxTextCtrl;
class wxChoice;
class wxKeyEvent;
class wxNotebook;
class wxPanel;
class wxStaticText;

namespace sapha::ui {
class OutlinePane;
}

namespace sapha::standards {

class CommentsPanel;
class ScoringPanel;

class StandardEditor : public ui::DocumentEditor {
public:
    static constexpr const char* kKindId = StandardKind::kId;

    StandardEditor(wxWindow* parent, const IDocumentKind& kind, std::unique_ptr<IDocument> document,
        ui::IEditorHost& host);

    // The outline's operations, on the selected node (see core/outline_edits.hpp).
    void addComponent();
    void addSection();
    void addIndicator();
    void indentSelected(bool into);
    void moveSelected(int delta);
    void duplicateSelected();
    void removeSelected();

private:
    enum Page { kDetailsPage = 0, kScoringPage = 1, kEvidencePage = 2, kCommentsPage = 3 };

    Standard& standard();
    Component* selectedComponent();
    Section* selectedSection();
    Indicator* selectedIndicator();
    void showDocument() override;
    std::string currentElementId() noexcept override { return m_selectedId; }
    bool showElement(const std::string& id) noexcept override;
    void fillOutline();
    void showSelection();
    void labelPages();
    // After an operation on the outline: select `id`, refill, record the edit.
    void outlineChanged(const std::string& id);
    void onKey(wxKeyEvent& event);

    wxTextCtrl* m_title = nullptr;
    wxTextCtrl* m_versionLabel = nullptr;
    ui::OutlinePane* m_outline = nullptr;
    wxStaticText* m_selectionHeading = nullptr;
    wxNotebook* m_pages = nullptr;
    wxPanel* m_componentForm = nullptr;
    wxPanel* m_indicatorForm = nullptr;
    wxTextCtrl* m_componentTitle = nullptr;
    wxTextCtrl* m_componentDescription = nullptr;
    wxTextCtrl* m_statement = nullptr;
    wxTextCtrl* m_code = nullptr;
    wxChoice* m_type = nullptr;
    wxTextCtrl* m_owner = nullptr;
    wxTextCtrl* m_weight = nullptr;
    wxTextCtrl* m_description = nullptr;
    ScoringPanel* m_scoring = nullptr;
    wxPanel* m_evidencePage = nullptr;
    wxTextCtrl* m_evidence = nullptr;
    wxTextCtrl* m_guidance = nullptr;
    wxTextCtrl* m_notes = nullptr;
    wxTextCtrl* m_source = nullptr;
    CommentsPanel* m_comments = nullptr;
    std::string m_selectedId;
};

} // namespace sapha::standards
