// Sapha GUI — the main window (see main_frame.hpp).
// SPDX-License-Identifier: MIT
#include "main_frame.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <utility>

#include <wx/aboutdlg.h>
#include <wx/aui/auibook.h>
#include <wx/choicdlg.h>
#include <wx/dirdlg.h>
#include <wx/gdicmn.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/splitter.h>
#include <wx/textdlg.h>
#include <wx/utils.h>

#include <sapha/ui/wx_text.hpp>
#include <sapha/version.h>

#include "autosave/autosave_journal.hpp"
#include "document_tabs.hpp"
#include "documents/documents.hpp"
#include "documents/workspace_vocabulary.hpp"
#include "export_actions.hpp"
#include "history_actions.hpp"
#include "history_panel.hpp"
#include "page_preview.hpp"
#include "plugins_dialog.hpp"
#include "preferences_dialog.hpp"
#include "search_dialog.hpp"
#include "shortcuts_dialog.hpp"
#include "trace_dialog.hpp"
#include "vocabulary_dialog.hpp"
#include "workspace_watcher.hpp"
#include "start_page.hpp"
#include "sync/sync.hpp"
#include "sync_actions.hpp"
#include "workspace/workspace.hpp"
#include "workspace_actions.hpp"
#include "workspace_tree.hpp"

namespace sapha::gui {

using ui::toWx;

// The workspace open in the window and what is made from it, let go in the right order: the documents
// service before the workspace it uses.
struct OpenedWorkspace {
    std::unique_ptr<host::Workspace> workspace;
    std::unique_ptr<host::Documents> documents;
    std::unique_ptr<host::AutosaveJournal> journal;
    std::unique_ptr<WorkspaceWatcher> watcher; // the tree follows the files on disk

    ~OpenedWorkspace()
    {
        watcher.reset();
        documents.reset();
        workspace.reset();
    }
};

namespace {

constexpr int kAutosaveIntervalMs = 3000;
constexpr const char* kTreeWidthKey = "ui.tree-width";
constexpr const char* kWindowSizeKey = "ui.window-size";           // "1280x800", device-independent pixels
constexpr const char* kWindowMaximizedKey = "ui.window-maximized"; // "yes" or absent

// The tree's width as last left (device-independent pixels), else 230; a value edited into nonsense, or one
// that would leave no room for the document, gives the default.
int treeWidthFrom(const host::UserSettings& settings)
{
    const std::string saved = settings.get(kTreeWidthKey);
    int width = 0;
    const auto [end, error] = std::from_chars(saved.data(), saved.data() + saved.size(), width);
    return error == std::errc() && end == saved.data() + saved.size() && width >= 160 && width <= 900 ? width : 230;
}

// The window's size as last left (device-independent pixels); else 1280×800, or five sixths of a larger
// screen (1600×900 of 1920×1080: the tree, a form and the history side by side); never more than `screen`.
wxSize windowSizeFrom(const host::UserSettings& settings, const wxWindow& frame, const wxRect& screen)
{
    const std::string saved = settings.get(kWindowSizeKey);
    int width = 0;
    int height = 0;
    const std::size_t times = saved.find('x');
    const bool read = times != std::string::npos
        && std::from_chars(saved.data(), saved.data() + times, width).ec == std::errc()
        && std::from_chars(saved.data() + times + 1, saved.data() + saved.size(), height).ec == std::errc()
        && width >= 640 && height >= 480;
    wxSize size = read ? frame.FromDIP(wxSize(width, height))
                       : wxSize(std::max(frame.FromDIP(1280), screen.width * 5 / 6), std::max(frame.FromDIP(800), screen.height * 5 / 6));
    return wxSize(std::min(size.x, screen.width), std::min(size.y, screen.height));
}

} // namespace

MainFrame::MainFrame(host::UserSettings& settings, host::HostServices& services, host::PluginRegistry& registry)
    : wxFrame(nullptr, wxID_ANY, wxString::FromAscii("Sapha"), wxDefaultPosition, wxSize(1280, 800))
    , m_settings(settings)
    , m_services(services)
    , m_registry(registry)
    , m_uiPlugins(registry)
{
    auto* outer = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3DSASH);
    m_outer = outer;
    m_tree = new WorkspaceTree(outer);
    auto* inner = new wxSplitterWindow(outer, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3DSASH);
    m_inner = inner;
    m_notebook = new wxAuiNotebook(inner, wxID_ANY, wxDefaultPosition, wxDefaultSize,
        wxAUI_NB_TOP | wxAUI_NB_TAB_MOVE | wxAUI_NB_SCROLL_BUTTONS | wxAUI_NB_CLOSE_ON_ALL_TABS | wxAUI_NB_WINDOWLIST_BUTTON);
    m_start = new StartPage(inner, m_settings.recentWorkspaces(),
        { [this] { m_workspaceActions->openFolder(); }, [this] { m_workspaceActions->newWorkspace(); },
            [this] { m_workspaceActions->openDemo(); },
            [this](const std::string& path) { openWorkspace(path); } });
    m_history = new HistoryPanel(inner);
    m_preview = new PagePreview(inner, [this] { return m_tabs ? m_tabs->current() : nullptr; },
        [this] { return host::exportChoicesFrom(m_settings); });
    m_preview->Hide();
    inner->SplitVertically(m_start, m_history, -FromDIP(330));
    m_notebook->Hide();
    inner->SetSashGravity(1.0);
    inner->SetMinimumPaneSize(FromDIP(200));
    outer->SplitVertically(m_tree, inner, FromDIP(treeWidthFrom(m_settings)));
    outer->SetMinimumPaneSize(FromDIP(160));

    m_tabs = std::make_unique<DocumentTabs>(*this, m_notebook);
    m_workspaceActions = std::make_unique<WorkspaceActions>(*this);
    m_historyActions = std::make_unique<HistoryActions>(*this);
    m_syncActions = std::make_unique<SyncActions>(*this);
    m_exportActions = std::make_unique<ExportActions>(*this);
    m_history->onAction([this](HistoryPanel::Action action, std::string path, std::vector<host::Revision> selected,
                            std::optional<host::Revision> previous) {
        m_historyActions->run(action, std::move(path), std::move(selected), std::move(previous));
    });

    CreateStatusBar(2);
    const int widths[] = { -1, FromDIP(420) };
    SetStatusWidths(2, widths);
    buildMenus();

    m_tree->Bind(wxEVT_TREE_ITEM_ACTIVATED, &MainFrame::onTreeActivated, this);
    m_tree->Bind(wxEVT_TREE_SEL_CHANGED, &MainFrame::onTreeSelection, this);
    Bind(wxEVT_IDLE, [this](wxIdleEvent& event) {
        event.Skip();
        // A document opened from the command line or a file manager is found in the tree once its history
        // is on screen: laying out a branch of 10,000 documents takes the GUI's thread a moment.
        if (!m_treeToSelect.empty() && !m_history->isReading())
            m_tree->selectPath(std::exchange(m_treeToSelect, {}));
    });
    Bind(wxEVT_CLOSE_WINDOW, &MainFrame::onClose, this);
    // Unsaved edits go to the journal every few seconds: a crash then costs at most those seconds.
    m_autosaveTimer.SetOwner(this);
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { m_tabs->autosave(); }, m_autosaveTimer.GetId());
    m_autosaveTimer.Start(kAutosaveIntervalMs);
    updateTitle();
    // The window fits the screen it opens on (a 1366×768 laptop showed 1280×800 with its status bar below
    // the screen's edge), at the size the person left it.
    SetSize(windowSizeFrom(m_settings, *this, wxGetClientDisplayRect()));
    CentreOnScreen();
    if (m_settings.get(kWindowMaximizedKey) == "yes")
        Maximize();
}

MainFrame::~MainFrame()
{
    // The history panel's worker reads the workspace: it stops before the workspace goes (the panel, a
    // child window, is destroyed only after these members).
    m_autosaveTimer.Stop();
    closeWorkspace();
}

host::Documents* MainFrame::documents()
{
    return m_opened ? m_opened->documents.get() : nullptr;
}

host::Workspace* MainFrame::workspace()
{
    return m_opened ? m_opened->workspace.get() : nullptr;
}

host::AutosaveJournal* MainFrame::journal()
{
    return m_opened ? m_opened->journal.get() : nullptr;
}

void MainFrame::togglePagePreview()
{
    const bool show = !m_preview->IsShown();
    wxWindow* leaving = show ? static_cast<wxWindow*>(m_history) : m_preview;
    wxWindow* coming = show ? static_cast<wxWindow*>(m_preview) : m_history;
    if (!m_inner->ReplaceWindow(leaving, coming))
        return;
    leaving->Hide();
    coming->Show();
    // A page wants room to be read: about as wide as the form beside it.
    const int width = m_inner->GetClientSize().x;
    m_inner->SetSashPosition(show ? width * 52 / 100 : width - FromDIP(330));
    m_preview->setFollowing(show);
    SetStatusText(show ? _("Page preview: the pages as they will print, redrawn as you type (F9 to close)") : wxString());
}

void MainFrame::closeWorkspace()
{
    // The tabs first: closing them brings others to the front, which asks the panel for their history.
    m_tabs->closeAllUnasked();
    m_history->stop();
    m_preview->stop();
    m_tree->stopReadingTitles();
    m_treeToSelect.clear(); // a document of this workspace: not to be looked for in the next one's tree
    // A worker still reading the workspace now would read freed memory: a programming error, stopped
    // here, loudly, instead of leaving it to chance.
    if (m_history->isReading() || m_tree->isReadingTitles()) {
        std::fprintf(stderr, "sapha: a worker (history panel or tree titles) still reads a workspace being closed\n");
        std::abort();
    }
    m_opened.reset();
}

bool MainFrame::openWorkspace(const std::string& directory, bool quiet)
{
    if (!m_tabs->confirmCloseAll())
        return false;
    Result<std::unique_ptr<host::Workspace>> opened = host::Workspace::open(directory);
    if (!opened) {
        if (!quiet)
            wxMessageBox(toWx(opened.error().describe()), _("The workspace could not be opened"), wxOK | wxICON_ERROR, this);
        // The reason first: a long folder's path before it left no room for it in the status bar.
        setStatus(wxString::Format(_("The workspace could not be opened: %s (%s)"), toWx(opened.error().message),
            toWx(opened.error().where)));
        return false;
    }
    closeWorkspace();
    auto next = std::make_unique<OpenedWorkspace>();
    next->workspace = std::move(opened.value());
    host::useWorkspaceVocabulary(next->workspace->root()); // its terms, for diffs and word clouds
    const host::Author author
        = m_settings.hasAuthor() ? m_settings.author() : host::fallbackAuthor(next->workspace->root());
    next->documents = std::make_unique<host::Documents>(*next->workspace, m_registry, author, m_settings.language());
    next->journal = std::make_unique<host::AutosaveJournal>(next->workspace->root());
    m_opened = std::move(next);
    m_opened->watcher = std::make_unique<WorkspaceWatcher>(*this, m_opened->workspace->root());
    showStartPage(false);
    m_settings.addRecentWorkspace(m_opened->workspace->root().string());
    if (Status saved = m_settings.save(); !saved)
        m_services.log(LogLevel::Warning, "sapha", saved.error().describe());
    rebuildRecentMenu();
    refreshTree();
    updateTitle();
    m_tabs->offerRecovery();
    return true;
}

void MainFrame::refreshTree(const std::string& path)
{
    host::Documents* documents = this->documents();
    if (!documents)
        return;
    const std::vector<host::DocumentEntry> entries = documents->list();
    m_tree->showDocuments(m_registry, entries, m_settings.language());
    if (m_opened && m_opened->watcher) {
        std::vector<std::string> paths;
        for (const host::DocumentEntry& entry : entries)
            paths.push_back(entry.path);
        m_opened->watcher->showing(std::move(paths));
    }
    m_tree->readTitles(documents);
    if (!path.empty())
        m_tree->selectPath(path);
    setStatus(m_tabs->count() == 0 && !entries.empty()
            ? wxString::Format(_("%zu documents: double-click one on the left to open it"), entries.size())
            : wxString::Format(_("%zu documents"), entries.size()));
}

void MainFrame::showHistoryOf(const std::string& path)
{
    std::string title;
    if (std::optional<std::size_t> tab = m_tabs->indexOf(path))
        title = m_tabs->at(*tab).title;
    m_history->showHistory(documents(), path, title, m_settings.calendar());
}

void MainFrame::setStatus(const wxString& text)
{
    SetStatusText(text, 0);
}

void MainFrame::updateTitle()
{
    host::Workspace* open = workspace();
    wxString title = wxString::FromAscii("Sapha");
    if (open)
        title = toWx(open->root().filename().string()) + wxString::FromUTF8(" — Sapha");
    SetTitle(title);
    SetStatusText(open ? toWx(open->root().string()) : _("No workspace open"), 1);
}

void MainFrame::newDocument(const IDocumentKind& kind)
{
    host::Documents* documents = this->documents();
    if (!documents) {
        wxMessageBox(_("Open or create a workspace first."), _("New document"), wxOK | wxICON_INFORMATION, this);
        return;
    }
    wxTextEntryDialog ask(this, _("Title of the new document:"), toWx(kind.displayName().in(m_settings.language())));
    if (ask.ShowModal() != wxID_OK)
        return;
    NewDocumentOptions options;
    options.title = ui::fromWx(ask.GetValue().Strip(wxString::both));
    // What the kind needs chosen (a meeting's committee among several), asked as a list to pick from.
    for (const NewDocumentQuestion& question : documents->newDocumentQuestions(kind)) {
        wxArrayString labels;
        for (const NewDocumentQuestion::Choice& choice : question.choices)
            labels.Add(toWx(choice.label));
        wxSingleChoiceDialog choose(this, toWx(question.prompt.in(m_settings.language())),
            toWx(kind.displayName().in(m_settings.language())), labels);
        if (choose.ShowModal() != wxID_OK)
            return;
        options.parameters[question.parameter] = question.choices[static_cast<std::size_t>(choose.GetSelection())].value;
    }
    Result<std::string> created = documents->create(kind, std::move(options));
    if (!created) {
        wxMessageBox(toWx(created.error().describe()), _("New document"), wxOK | wxICON_ERROR, this);
        return;
    }
    const Status opened = m_tabs->open(created.value());
    refreshTree(created.value());
    if (!opened)
        wxMessageBox(toWx(opened.error().describe()), _("New document"), wxOK | wxICON_ERROR, this);
}

void MainFrame::showStartPage(bool show)
{
    wxWindow* shown = show ? static_cast<wxWindow*>(m_start) : static_cast<wxWindow*>(m_notebook);
    wxWindow* hidden = show ? static_cast<wxWindow*>(m_notebook) : static_cast<wxWindow*>(m_start);
    if (m_inner->GetWindow1() == shown)
        return;
    m_inner->ReplaceWindow(hidden, shown);
    hidden->Hide();
    shown->Show();
}

void MainFrame::onClose(wxCloseEvent& event)
{
    if (event.CanVeto() && !m_tabs->confirmCloseAll()) {
        event.Veto();
        return;
    }
    // Editors go before the plugins that made them (the registry outlives this frame), and the history's
    // worker before the workspace it reads.
    m_autosaveTimer.Stop();
    rememberLayout();
    closeWorkspace();
    Destroy();
}

void MainFrame::rememberLayout()
{
    // The sizes the person gave the window and the tree are theirs: the next start opens with them (in
    // device-independent pixels, so that they mean the same on another screen's scale). A maximized
    // window keeps the size it had before, for when it is restored.
    bool changed = false;
    auto keep = [&](const char* key, const std::string& value) {
        if (value != m_settings.get(key)) {
            m_settings.set(key, value);
            changed = true;
        }
    };
    if (m_outer->IsSplit())
        keep(kTreeWidthKey, std::to_string(ToDIP(m_outer->GetSashPosition())));
    keep(kWindowMaximizedKey, IsMaximized() ? "yes" : "");
    if (!IsMaximized() && !IsIconized()) {
        const wxSize size = ToDIP(GetSize());
        keep(kWindowSizeKey, std::to_string(size.x) + "x" + std::to_string(size.y));
    }
    if (changed)
        (void)m_settings.save(); // a layout not kept is no reason to keep the window open
}

void MainFrame::onTreeActivated(wxTreeEvent& event)
{
    openDocument(m_tree->pathOf(event.GetItem()));
}

void MainFrame::openDocument(const std::string& path)
{
    host::Workspace* open = workspace();
    if (path.empty() || !open)
        return;
    // A document left with both versions of a sync conflict is decided first.
    if (Result<std::string> text = open->readWorking(path);
        text && host::hasConflictMarkers(text.value()) && !m_syncActions->askToResolveConflict(path))
        return;
    if (Status opened = m_tabs->open(path); !opened)
        wxMessageBox(toWx(opened.error().describe()), _("The document could not be opened"), wxOK | wxICON_ERROR, this);
    m_treeToSelect = path; // shown where it is in the tree when the window is idle
}

void MainFrame::onTreeSelection(wxTreeEvent& event)
{
    // The document whose history is shown already (its tab chosen, then found in the tree) is not read again.
    const std::string path = m_tree->pathOf(event.GetItem());
    if (!path.empty() && path != m_history->path())
        showHistoryOf(path);
}

} // namespace sapha::gui
