// Sapha standards — the standard editor: an outline of components and indicators beside a form for
// the selected node, with the rubric levels edited in place.
// SPDX-License-Identifier: MIT
#pragma once

#include <array>

#include <sapha/ui/document_editor.hpp>

#include "core/standard_kind.hpp"

class wxTextCtrl;
class wxChoice;
class wxPanel;
class wxStaticText;

namespace sapha::ui {
class OutlinePane;
}

namespace sapha::standards {

class StandardEditor : public ui::DocumentEditor {
public:
    static constexpr const char* kKindId = StandardKind::kId;

    StandardEditor(wxWindow* parent, const IDocumentKind& kind, std::unique_ptr<IDocument> document,
        ui::IEditorHost& host);

    void addComponent();
    void addIndicator();
    void moveSelected(int delta);
    void removeSelected();

private:
    static constexpr std::size_t kLevelRows = 5;

    Standard& standard();
    Component* selectedComponent();
    Indicator* selectedIndicator();
    void showDocument() override;
    void fillOutline();
    void showSelection();

    wxTextCtrl* m_title = nullptr;
    wxTextCtrl* m_versionLabel = nullptr;
    ui::OutlinePane* m_outline = nullptr;
    wxPanel* m_componentForm = nullptr;
    wxPanel* m_indicatorForm = nullptr;
    wxStaticText* m_selectionHeading = nullptr;
    wxTextCtrl* m_componentTitle = nullptr;
    wxTextCtrl* m_componentDescription = nullptr;
    wxTextCtrl* m_statement = nullptr;
    wxChoice* m_type = nullptr;
    wxTextCtrl* m_weight = nullptr;
    std::array<wxTextCtrl*, kLevelRows> m_levels {};
    std::array<wxStaticText*, kLevelRows> m_levelLabels {};
    wxTextCtrl* m_evidence = nullptr;
    std::string m_selectedId;
};

} // namespace sapha::standards
