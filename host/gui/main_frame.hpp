// Sapha GUI — the main window: workspace tree, editors in tabs, history of the selected document, menus
// and status bar. What the window does is in its controllers: the tabs (document_tabs), history actions,
// sync actions, export actions; the window holds them, the open workspace, and the menus that call them.
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <wx/frame.h>
#include <wx/timer.h>


#include "host_services.hpp"
#include "plugins/plugin_registry.hpp"
#include "settings/user_settings.hpp"
#include "ui_plugins.hpp"

class wxAuiNotebook;
class wxDialog;
class wxTreeEvent;
class wxMenu;
class wxSplitterWindow;

namespace sapha::host {
class AutosaveJournal;
class Documents;
class Workspace;
}

namespace sapha::gui {

class DocumentTabs;
class ExportActions;
class HistoryActions;
class StartPage;
class WorkspaceActions;
class HistoryPanel;
class PagePreview;
class SyncActions;
class WorkspaceTree;
struct OpenedWorkspace;

class MainFrame : public wxFrame {
public:
    MainFrame(host::UserSettings& settings, host::HostServices& services, host::PluginRegistry& registry);
    ~MainFrame() override;

    // Opens a workspace, closing the current one (after asking about unsaved changes).
    // Returns false, and says why in a message box unless `quiet`, when it cannot.
    bool openWorkspace(const std::string& directory, bool quiet = false);
    // Opens a document of the open workspace in a tab (asking first to settle a sync conflict it
    // holds); says why in a message box when it cannot.
    void openDocument(const std::string& path);
    // No questions are asked (the smoke test): recovery of autosaved edits is accepted.
    void setUnattended(bool unattended) { m_isUnattended = unattended; }
    bool isUnattended() const { return m_isUnattended; }

    // What the controllers share. documents() and workspace() are null while no workspace is open.
    host::Documents* documents();
    host::Workspace* workspace();
    host::AutosaveJournal* journal();
    host::UserSettings& settings() { return m_settings; }
    host::HostServices& services() { return m_services; }
    const host::PluginRegistry& registry() const { return m_registry; }
    UiPlugins& uiPlugins() { return m_uiPlugins; }
    DocumentTabs& tabs() { return *m_tabs; }
    HistoryActions& historyActions() { return *m_historyActions; }
    SyncActions& syncActions() { return *m_syncActions; }
    ExportActions& exportActions() { return *m_exportActions; }
    HistoryPanel& historyPanel() { return *m_history; }
    PagePreview& pagePreview() { return *m_preview; }
    // Tools > Page Preview: the pages beside the form, in the history's place (and back).
    void togglePagePreview();
    WorkspaceTree& tree() { return *m_tree; }

    // The tree shows the workspace's documents as they are now, `path` selected when given.
    void refreshTree(const std::string& path = {});
    // The history panel shows `path` (empty: nothing).
    void showHistoryOf(const std::string& path);
    void setStatus(const wxString& text);
    // The dialog shown now by a controller (the compare dialog), for the smoke test's screenshot.
    wxDialog* openDialog() const { return m_openDialog; }
    void setOpenDialog(wxDialog* dialog) { m_openDialog = dialog; }

private:
    void buildMenus();
    void rebuildRecentMenu();
    void updateTitle();
    void newDocument(const IDocumentKind& kind);
    // The start page in place of the tabs while no workspace is open.
    void showStartPage(bool show);
    // Stops every worker reading the workspace, closes the tabs, and lets the workspace go.
    void closeWorkspace();
    void onClose(wxCloseEvent& event);
    // Keeps the window's size and the tree's width in the settings for the next start.
    void rememberLayout();
    void onTreeActivated(wxTreeEvent& event);
    void onTreeSelection(wxTreeEvent& event);

    host::UserSettings& m_settings;
    host::HostServices& m_services;
    host::PluginRegistry& m_registry;
    UiPlugins m_uiPlugins;
    std::unique_ptr<OpenedWorkspace> m_opened;
    WorkspaceTree* m_tree = nullptr;
    wxAuiNotebook* m_notebook = nullptr;
    StartPage* m_start = nullptr;
    wxSplitterWindow* m_outer = nullptr; // the tree beside the rest
    wxSplitterWindow* m_inner = nullptr; // the tabs (or the start page) beside the history
    HistoryPanel* m_history = nullptr;
    PagePreview* m_preview = nullptr; // in the history's place while shown
    wxMenu* m_recentMenu = nullptr;
    wxDialog* m_openDialog = nullptr;
    std::unique_ptr<DocumentTabs> m_tabs;
    std::unique_ptr<HistoryActions> m_historyActions;
    std::unique_ptr<SyncActions> m_syncActions;
    std::unique_ptr<ExportActions> m_exportActions;
    std::unique_ptr<WorkspaceActions> m_workspaceActions;
    wxTimer m_autosaveTimer;
    bool m_isUnattended = false;
    std::string m_treeToSelect; // the document opened last, to be shown in the tree
};

} // namespace sapha::gui
