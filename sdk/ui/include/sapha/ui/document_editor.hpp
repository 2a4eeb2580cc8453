// Sapha — DocumentEditor: the base most editors derive from. It is a wxPanel and an IEditor,
// keeps the model and a snapshot undo history, and tells the host when anything changes.
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <wx/panel.h>

#include <sapha/document_kind.hpp>
#include <sapha/ui/editor.hpp>
#include <sapha/ui/sdk_ui_export.h>

namespace sapha::ui {

class SAPHA_SDK_UI_EXPORT DocumentEditor : public wxPanel, public IEditor {
public:
    DocumentEditor(wxWindow* parent, const IDocumentKind& kind, std::unique_ptr<IDocument> document, IEditorHost& host);
    ~DocumentEditor() override;

    wxWindow* window() noexcept override;
    Result<std::string> serialize() noexcept override;
    bool isModified() const noexcept override;
    void markSaved() noexcept override;
    void markModified() noexcept override;
    bool canUndo() const noexcept override;
    bool canRedo() const noexcept override;
    void undo() noexcept override;
    void redo() noexcept override;

protected:
    const IDocumentKind& kind() const { return m_kind; }
    IDocument& document() { return *m_document; }
    const IDocument& document() const { return *m_document; }
    IEditorHost& host() { return m_host; }

    // Derived editors call this after every edit they applied to document():
    // it records an undo step and notifies the host. Successive edits with the same
    // non-empty `coalesceKey` (typing in one field) make a single undo step.
    void documentEdited(const std::string& coalesceKey = {});
    // Derived editors show document() in their controls (after load, undo, redo).
    virtual void showDocument() = 0;
    // Derived editors copy pending control contents into document() before a save.
    virtual void commitPendingEdits();

private:
    void restoreSnapshot(const std::string& xml);

    const IDocumentKind& m_kind;
    std::unique_ptr<IDocument> m_document;
    IEditorHost& m_host;
    std::vector<std::string> m_undo; // snapshots; back() is the current state
    std::vector<std::string> m_redo;
    std::string m_savedSnapshot;
    std::string m_lastCoalesceKey;
};

} // namespace sapha::ui
