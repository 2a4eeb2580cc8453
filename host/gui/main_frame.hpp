// Sapha GUI — the main window: workspace tree, editors in tabs, history of the selected document,
// menus, status bar, and the unsaved-changes prompts.
// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <wx/frame.h>
#include <wx/timer.h>

#include <sapha/export/document.hpp>
#include <sapha/ui/editor.hpp>

#include "autosave/autosave_journal.hpp"
#include "conflict_bar.hpp"
#include "export/document_exporter.hpp"
#include "history_panel.hpp"
#include "host_services.hpp"
#include "plugins/plugin_registry.hpp"
#include "settings/user_settings.hpp"
#include "ui_plugins.hpp"
#include "workspace/workspace.hpp"

class wxAuiNotebook;
class wxAuiNotebookEvent;
class wxMenu;
class wxTreeEvent;
class wxDialog;

namespace sapha::gui {

class WorkspaceTree;

class MainFrame : public wxFrame {
public:
    MainFrame(host::UserSettings& settings, host::HostServices& services, host::PluginRegistry& registry);
    ~MainFrame() override;

    // Opens a workspace, closing the current one (after asking about unsaved changes).
    // Returns false, and says why in a message box unless `quiet`, when it cannot.
    bool openWorkspace(const std::string& directory, bool quiet = false);
    // Opens a document of the workspace in a tab (or switches to its tab).
    // With `content`, the editor starts from it instead of the file (an autosaved state) and shows
    // the document as modified.
    Status openDocument(const std::string& path, const std::string* content = nullptr);
    // No questions are asked (the smoke test): recovery of autosaved edits is accepted.
    void setUnattended(bool unattended) { m_isUnattended = unattended; }
    // Saves the current tab's document as a commit.
    Status saveCurrent();
    // Sends the front document's outline (a brainstorm session's clusters and ideas) into `target` (made
    // when new, named `title`), commits it and opens it.
    Status sendOutlineOfCurrent(const std::string& target, const std::string& title);
    // File > Sync with Server: saves (with consent), fetches, merges, pushes with a progress dialog, shows
    // the changed documents again and asks about each conflict.
    void syncWithServer();
    // Takes this workspace's or the other side's value for the conflicts a sync left on `element` of
    // `path` (edits in its tab are saved first), commits, and shows the document again.
    void chooseInConflict(const std::string& path, const std::string& element, xml::Side side);
    // The paths of the documents open in tabs, in tab order.
    std::vector<std::string> openPaths() const;
    // Brings the tab at `index` to the front.
    void showTab(std::size_t index);
    // Puts the keyboard focus in the front editor (its first field), as a click into it would.
    void focusCurrentEditor();
    host::Workspace* workspace() { return m_workspace.get(); }
    std::size_t historyRowCount() const;
    // Asks about every modified document; false when the user cancels.
    bool confirmCloseAll();
    // Shows two versions of `path` side by side (`to` empty: the working copy). Modal.
    Status showComparison(const std::string& path, const std::string& from, const std::string& to);
    // The compare dialog while it is shown, for the smoke test's screenshot; null otherwise.
    wxDialog* openDialog() const { return m_openDialog; }
    // The front document as its editor holds it (unsaved edits included), and whether it has unsaved edits.
    Result<std::string> currentText();
    bool isCurrentModified();
    // Exports the front document, as it is in its editor, to `file` in `format`.
    Status exportCurrent(const std::string& file, exporting::Format format);

private:
    struct OpenDocument;

    void buildMenus();
    void rebuildRecentMenu();
    void refreshTree();
    void updateTitle();
    OpenDocument* currentDocument();
    void updateTab(OpenDocument& document);
    bool confirmClose(OpenDocument& document);
    void onSendOutline();
    void onOpenFromServer();
    // Closes and reopens the tabs without unsaved edits whose file changed underneath (a sync).
    void reloadUnmodifiedTabs();
    // Asks which version of a document left with a sync conflict stays, and commits it; false when the
    // person decides later (or it failed, which is shown).
    bool askToResolveConflict(const std::string& path);
    // Commits what the document's editor holds (`message` empty: the kind's summary); the revision.
    Result<std::string> saveDocument(OpenDocument& document, std::string_view message);
    void closeTab(std::size_t index);
    void showHistoryOf(const std::string& path);
    // Keeps the unsaved state of every modified document in the autosave journal.
    void autosave();
    // Offers back what the journal kept for the workspace just opened.
    void offerRecovery();
    void newDocument(const IDocumentKind& kind);
    // The conflicts kept in a document's text, one row per element, for the bar above its editor.
    std::vector<ConflictRow> conflictRowsOf(const IDocumentKind& kind, const std::string& text, const std::string& path);

    void onOpenWorkspace();
    void onExportCurrent();
    void exportRevision(const std::string& path, const host::Revision& revision);
    void exportChangesSince(const std::string& path, const host::Revision& revision);
    void onHistoryAction(HistoryPanel::Action action, const std::string& path, const std::vector<host::Revision>& selected,
        const host::Revision* previous);
    void restoreRevision(const std::string& path, const host::Revision& revision);
    void nameRevision(const host::Revision& revision);
    // The person's export preferences (Edit > Preferences).
    host::ExportChoices exportChoices() const;
    void onExportAll();
    void onClose(wxCloseEvent& event);
    void onTreeActivated(wxTreeEvent& event);
    void onTreeSelection(wxTreeEvent& event);
    void onPageClose(wxAuiNotebookEvent& event);
    void onPageChanged(wxAuiNotebookEvent& event);

    host::UserSettings& m_settings;
    host::HostServices& m_services;
    host::PluginRegistry& m_registry;
    UiPlugins m_uiPlugins;
    std::unique_ptr<host::Workspace> m_workspace;
    std::vector<std::unique_ptr<OpenDocument>> m_documents; // in tab order
    WorkspaceTree* m_tree = nullptr;
    wxAuiNotebook* m_notebook = nullptr;
    HistoryPanel* m_history = nullptr;
    wxMenu* m_recentMenu = nullptr;
    wxDialog* m_openDialog = nullptr;
    std::unique_ptr<host::AutosaveJournal> m_journal;
    wxTimer m_autosaveTimer;
    bool m_isUnattended = false;
};

} // namespace sapha::gui
