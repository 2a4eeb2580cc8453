// Sapha GUI — the documents open in tabs: opening, closing (asking about unsaved changes), saving through
// host::Documents (asking the person for a reason when the kind protects the change), autosave to the
// journal and recovery from it, and reading tabs again when their file changed underneath.
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <sapha/document_kind.hpp>
#include <sapha/ui/editor.hpp>

#include "conflict_bar.hpp"
#include "findings_bar.hpp"

class wxAuiNotebook;
class wxAuiNotebookEvent;
class wxWindow;

namespace sapha::gui {

class MainFrame;

// One open tab: the document's path and kind, its editor, and the host side of the editor contract.
struct OpenDocument : public ui::IEditorHost {
    MainFrame* frame = nullptr;
    std::string path;
    std::string lastAutosaved; // what the journal holds for it, to write only changes
    const IDocumentKind* kind = nullptr;
    ui::IEditor* editor = nullptr; // owned by its window, which the notebook owns
    wxWindow* page = nullptr;      // the notebook's page: the editor, under the conflict bar when there is one
    std::string conflicts;         // the conflict records the bar shows (empty: none)
    std::string title;             // the document's own title (the kind's), as of its last load or save
    FindingsBar* findings = nullptr; // under the editor, owned by the page

    void editorChanged() noexcept override;
    std::string documentPath() const noexcept override { return path; }
    Result<std::string> privateDirectory(std::string_view plugin) noexcept override;
    Result<std::string> saveNow(std::string_view message) noexcept override;
    const IWorkspaceView* workspace() noexcept override;
    Result<SavedVersion> saveDocument(std::string_view path, std::string_view content, std::string_view message) noexcept override;

private:
    std::unique_ptr<IWorkspaceView> m_workspaceView; // the latest workspace() gave
};

class DocumentTabs {
public:
    DocumentTabs(MainFrame& frame, wxAuiNotebook* notebook);
    ~DocumentTabs();

    // Opens `path` in a tab (or brings its tab to the front). With `content`, the editor starts from it
    // (an autosaved state) and shows the document as modified.
    Status open(const std::string& path, const std::string* content = nullptr);
    // Closes the tab at `index` after asking about unsaved changes; false when the person cancels.
    bool close(std::size_t index);
    // Closes every tab without asking (the workspace is going; the person was asked already).
    void closeAllUnasked();
    // The tab showing `path`, if any.
    std::optional<std::size_t> indexOf(const std::string& path) const;
    OpenDocument* current();
    OpenDocument& at(std::size_t index) { return *m_documents[index]; }
    std::size_t count() const { return m_documents.size(); }
    std::vector<std::string> paths() const;
    // The label of the tab at `index` as shown, and its width in pixels of the tabs' font.
    wxString label(std::size_t index) const;
    int labelWidth(std::size_t index) const;
    void show(std::size_t index);
    void focusCurrent();

    // Commits what the document's editor holds (`message` empty: the kind's summary). The revision; an
    // empty one when the person declined to give a protected change its reason (nothing was saved).
    Result<std::string> save(OpenDocument& document, std::string_view message);
    // Saves `document` as the person asked: a failure is shown, and one that goes away by itself (another
    // program was saving: ErrorCode::Busy or Changed) is offered again. An empty revision: not saved.
    Result<std::string> saveOrExplain(OpenDocument& document);
    // Asks about the document's unsaved changes: save, discard or cancel; false when cancelled.
    bool confirmClose(OpenDocument& document);
    bool confirmCloseAll();
    // Keeps the unsaved state of every modified document in the autosave journal.
    void autosave();
    // Offers back what the journal kept for the workspace just opened.
    void offerRecovery();
    // Reads again the tabs without unsaved edits whose file changed underneath (a sync, a resolve).
    void reloadUnmodified();
    // Closes the tab of `path` if open (without asking: its state is committed) and opens it again.
    Status reopen(const std::string& path);
    void updateLabel(OpenDocument& document);

private:
    void onPageClose(wxAuiNotebookEvent& event);
    void onPageChanged(wxAuiNotebookEvent& event);
    // The conflicts kept in a document's text, one row per element, for the bar above its editor.
    // What the kind finds wrong with what the editor holds now, in the interface's language.
    std::vector<ShownFinding> findingsOf(const OpenDocument& document) const;
    std::vector<ConflictRow> conflictRowsOf(const IDocumentKind& kind, const std::string& text, const std::string& path);

    MainFrame& m_frame;
    wxAuiNotebook* m_notebook;
    std::vector<std::unique_ptr<OpenDocument>> m_documents; // in tab order
};

} // namespace sapha::gui
