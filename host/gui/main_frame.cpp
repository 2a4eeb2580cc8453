// Sapha GUI — the main window.
// SPDX-License-Identifier: MIT
#include "main_frame.hpp"

#include <algorithm>
#include <filesystem>

#include <wx/aboutdlg.h>
#include <wx/aui/auibook.h>
#include <wx/dirdlg.h>
#include <wx/filedlg.h>
#include <wx/log.h>
#include <wx/utils.h>
#include <wx/menu.h>
#include <wx/choicdlg.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/textdlg.h>

#include <sapha/ui/wx_text.hpp>
#include <sapha/version.h>

#include "document_catalog.hpp"
#include "document_save.hpp"
#include "outline_send.hpp"
#include "conflict_bar.hpp"
#include "sync/conflict_records.hpp"
#include "sync/conflict_resolution.hpp"
#include "sync/remotes.hpp"
#include "sync/sync.hpp"
#include "sync/sync_options.hpp"
#include "sync_job.hpp"
#include "workspace_documents.hpp"
#include "export/document_exporter.hpp"
#include "compare_dialog.hpp"
#include "export_all_job.hpp"
#include "history/document_history.hpp"
#include "workspace/atomic_file.hpp"
#include "history_panel.hpp"
#include "plugins_dialog.hpp"
#include "preferences_dialog.hpp"
#include "workspace_tree.hpp"

namespace sapha::gui {

using ui::toWx;

namespace {

constexpr int kIdRecentFirst = wxID_HIGHEST + 100;
constexpr int kAutosaveIntervalMs = 3000;
constexpr int kIdRecentLast = kIdRecentFirst + 20;
constexpr int kIdNewFirst = wxID_HIGHEST + 200;
constexpr int kIdPlugins = wxID_HIGHEST + 300;
constexpr int kIdExport = wxID_HIGHEST + 301;
constexpr int kIdExportAll = wxID_HIGHEST + 302;
constexpr int kIdSendOutline = wxID_HIGHEST + 303;
constexpr int kIdSync = wxID_HIGHEST + 304;
constexpr int kIdOpenFromServer = wxID_HIGHEST + 305;

// The formats in the order of the export dialog's file types.
const exporting::Format kExportFormats[]
    = { exporting::Format::Pdf, exporting::Format::Docx, exporting::Format::Odt, exporting::Format::Html, exporting::Format::Markdown };

// A file name from a title: Thai and other letters kept, separators made '-'.
std::string slugFor(const std::string& title)
{
    std::string slug;
    for (const char c : title) {
        const bool separator = c == ' ' || c == '/' || c == '\\' || c == ':' || c == '"' || c == '\'' || c == '*'
            || c == '?' || c == '<' || c == '>' || c == '|' || c == '.';
        if (separator) {
            if (!slug.empty() && slug.back() != '-')
                slug += '-';
        } else {
            slug += c;
        }
    }
    while (!slug.empty() && slug.back() == '-')
        slug.pop_back();
    return slug.empty() ? "untitled" : slug.substr(0, 120);
}

} // namespace

// Why a save did not happen when the person declined to give a protected change its reason.
constexpr const char* kNeedsReason = "not saved: a change to this document needs its reason";

// One open tab: the document's path and kind, its editor, and the host side of the editor contract.
struct MainFrame::OpenDocument : public ui::IEditorHost {
    MainFrame* frame = nullptr;
    std::string path;
    std::string lastAutosaved; // what the journal holds for it, to write only changes
    const IDocumentKind* kind = nullptr;
    ui::IEditor* editor = nullptr; // owned by its window, which the notebook owns
    wxWindow* page = nullptr;      // the notebook's page: the editor, under the conflict bar when there is one
    std::string conflicts;         // the conflict records the bar shows (empty: none)

    void editorChanged() noexcept override { frame->updateTab(*this); }
    std::string documentPath() const noexcept override { return path; }
    Result<std::string> privateDirectory(std::string_view plugin) noexcept override
    {
        if (!frame->m_workspace)
            return Error { "no workspace is open", {} };
        try {
            return host::pluginPrivateDirectory(*frame->m_workspace, plugin);
        } catch (const std::exception& failure) {
            return Error { failure.what(), {} };
        }
    }
    Result<std::string> saveNow(std::string_view message) noexcept override
    {
        try {
            return frame->saveDocument(*this, message);
        } catch (const std::exception& failure) {
            return Error { failure.what(), path };
        }
    }
};

MainFrame::MainFrame(host::UserSettings& settings, host::HostServices& services, host::PluginRegistry& registry)
    : wxFrame(nullptr, wxID_ANY, wxString::FromAscii("Sapha"), wxDefaultPosition, wxSize(1280, 800))
    , m_settings(settings)
    , m_services(services)
    , m_registry(registry)
    , m_uiPlugins(registry)
{
    auto* outer = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3DSASH);
    m_tree = new WorkspaceTree(outer);
    auto* inner = new wxSplitterWindow(outer, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3DSASH);
    m_notebook = new wxAuiNotebook(inner, wxID_ANY, wxDefaultPosition, wxDefaultSize,
        wxAUI_NB_TOP | wxAUI_NB_TAB_MOVE | wxAUI_NB_SCROLL_BUTTONS | wxAUI_NB_CLOSE_ON_ALL_TABS | wxAUI_NB_WINDOWLIST_BUTTON);
    m_history = new HistoryPanel(inner);
    m_history->onAction([this](HistoryPanel::Action action, const std::string& path,
                            const std::vector<host::Revision>& selected, const host::Revision* previous) {
        onHistoryAction(action, path, selected, previous);
    });
    inner->SplitVertically(m_notebook, m_history, -FromDIP(330));
    inner->SetSashGravity(1.0);
    inner->SetMinimumPaneSize(FromDIP(200));
    outer->SplitVertically(m_tree, inner, FromDIP(230));
    outer->SetMinimumPaneSize(FromDIP(160));

    CreateStatusBar(2);
    const int widths[] = { -1, FromDIP(420) };
    SetStatusWidths(2, widths);
    buildMenus();

    m_tree->Bind(wxEVT_TREE_ITEM_ACTIVATED, &MainFrame::onTreeActivated, this);
    m_tree->Bind(wxEVT_TREE_SEL_CHANGED, &MainFrame::onTreeSelection, this);
    m_notebook->Bind(wxEVT_AUINOTEBOOK_PAGE_CLOSE, &MainFrame::onPageClose, this);
    m_notebook->Bind(wxEVT_AUINOTEBOOK_PAGE_CHANGED, &MainFrame::onPageChanged, this);
    Bind(wxEVT_CLOSE_WINDOW, &MainFrame::onClose, this);
    // Unsaved edits go to the journal every few seconds: a crash then costs at most those seconds.
    m_autosaveTimer.SetOwner(this);
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { autosave(); }, m_autosaveTimer.GetId());
    m_autosaveTimer.Start(kAutosaveIntervalMs);
    updateTitle();
}

MainFrame::~MainFrame() = default;

void MainFrame::buildMenus()
{
    auto* file = new wxMenu;
    auto* newMenu = new wxMenu;
    const std::string language = m_settings.language();
    int id = kIdNewFirst;
    for (const IDocumentKind* kind : m_registry.documentKinds()) {
        newMenu->Append(id, toWx(kind->displayName().in(language)) + wxString::FromAscii("..."));
        Bind(wxEVT_MENU, [this, kind](wxCommandEvent&) { newDocument(*kind); }, id);
        ++id;
    }
    file->AppendSubMenu(newMenu, _("&New"));
    file->Append(wxID_OPEN, _("&Open Workspace...\tCtrl+O"));
    file->Append(kIdOpenFromServer, _("Open from Ser&ver..."), _("Clone a shared workspace from a Git server or folder"));
    file->Append(kIdSync, _("S&ync with Server\tCtrl+Shift+Y"), _("Fetch the others' changes, merge them, and send yours"));
    m_recentMenu = new wxMenu;
    file->AppendSubMenu(m_recentMenu, _("Open &Recent"));
    file->AppendSeparator();
    file->Append(wxID_SAVE, _("&Save\tCtrl+S"));
    file->Append(wxID_CLOSE, _("&Close\tCtrl+W"));
    file->AppendSeparator();
    file->Append(kIdExport, _("&Export...\tCtrl+E"));
    file->Append(kIdExportAll, _("Export &All Documents..."));
    file->AppendSeparator();
    file->Append(wxID_EXIT, _("&Quit\tCtrl+Q"));

    auto* edit = new wxMenu;
    edit->Append(wxID_UNDO, _("&Undo\tCtrl+Z"));
    edit->Append(wxID_REDO, _("&Redo\tCtrl+Shift+Z"));
    edit->AppendSeparator();
    edit->Append(wxID_PREFERENCES, _("&Preferences..."));

    auto* tools = new wxMenu;
    tools->Append(kIdSendOutline, _("&Send to a Standard..."),
        _("The session's clusters become components and their ideas candidate indicators, each linking back"));
    tools->AppendSeparator();
    tools->Append(kIdPlugins, _("&Plugins..."));

    auto* help = new wxMenu;
    help->Append(wxID_ABOUT, _("&About Sapha"));

    auto* bar = new wxMenuBar;
    bar->Append(file, _("&File"));
    bar->Append(edit, _("&Edit"));
    bar->Append(tools, _("&Tools"));
    bar->Append(help, _("&Help"));
    SetMenuBar(bar);
    rebuildRecentMenu();

    Bind(wxEVT_MENU, [this](wxCommandEvent&) { onOpenWorkspace(); }, wxID_OPEN);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        Status saved = saveCurrent();
        if (!saved)
            wxMessageBox(toWx(saved.error().describe()), _("The document was not saved"), wxOK | wxICON_ERROR, this);
    }, wxID_SAVE);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        const int page = m_notebook->GetSelection();
        if (page != wxNOT_FOUND)
            closeTab(static_cast<std::size_t>(page));
    }, wxID_CLOSE);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { onExportCurrent(); }, kIdExport);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { onExportAll(); }, kIdExportAll);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { onSendOutline(); }, kIdSendOutline);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { syncWithServer(); }, kIdSync);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { onOpenFromServer(); }, kIdOpenFromServer);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        if (OpenDocument* document = currentDocument())
            document->editor->undo();
    }, wxID_UNDO);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        if (OpenDocument* document = currentDocument())
            document->editor->redo();
    }, wxID_REDO);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        PreferencesDialog dialog(this, m_settings, false);
        dialog.ShowModal();
    }, wxID_PREFERENCES);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        PluginsDialog dialog(this, m_registry, m_settings.language());
        dialog.ShowModal();
    }, kIdPlugins);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        wxAboutDialogInfo info;
        info.SetName(wxString::FromAscii("Sapha"));
        info.SetVersion(wxString::FromAscii(SAPHA_VERSION_STRING));
        info.SetDescription(_("Committee work (standards, brainstorming and minutes) with every version kept."));
        wxAboutBox(info, this);
    }, wxID_ABOUT);
    Bind(wxEVT_MENU, [this](wxCommandEvent& event) {
        const std::vector<std::string> recent = m_settings.recentWorkspaces();
        const std::size_t index = static_cast<std::size_t>(event.GetId() - kIdRecentFirst);
        if (index < recent.size())
            openWorkspace(recent[index]);
    }, kIdRecentFirst, kIdRecentLast);

    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& event) {
        OpenDocument* document = currentDocument();
        event.Enable(document && document->editor->canUndo());
    }, wxID_UNDO);
    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& event) {
        OpenDocument* document = currentDocument();
        event.Enable(document && document->editor->canRedo());
    }, wxID_REDO);
    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& event) { event.Enable(currentDocument() != nullptr); }, wxID_SAVE);
    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& event) { event.Enable(currentDocument() != nullptr); }, wxID_CLOSE);
    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& event) { event.Enable(currentDocument() != nullptr); }, kIdExport);
    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& event) { event.Enable(m_workspace != nullptr); }, kIdExportAll);
}

void MainFrame::rebuildRecentMenu()
{
    while (m_recentMenu->GetMenuItemCount() > 0)
        m_recentMenu->Destroy(m_recentMenu->FindItemByPosition(0));
    int id = kIdRecentFirst;
    for (const std::string& directory : m_settings.recentWorkspaces()) {
        if (id > kIdRecentLast)
            break;
        m_recentMenu->Append(id++, toWx(directory));
    }
}

bool MainFrame::openWorkspace(const std::string& directory, bool quiet)
{
    if (!confirmCloseAll())
        return false;
    Result<std::unique_ptr<host::Workspace>> opened = host::Workspace::open(directory);
    if (!opened) {
        if (!quiet)
            wxMessageBox(toWx(opened.error().describe()), _("The workspace could not be opened"), wxOK | wxICON_ERROR, this);
        SetStatusText(toWx(opened.error().describe()), 0);
        return false;
    }
    while (!m_documents.empty())
        closeTab(m_documents.size() - 1);
    m_history->showHistory(nullptr, nullptr, {}, m_settings.calendar(), m_settings.language());
    m_workspace = std::move(opened.value());
    m_journal = std::make_unique<host::AutosaveJournal>(m_workspace->root());
    m_settings.addRecentWorkspace(m_workspace->root().string());
    if (Status saved = m_settings.save(); !saved)
        m_services.log(LogLevel::Warning, "sapha", saved.error().describe());
    rebuildRecentMenu();
    refreshTree();
    updateTitle();
    offerRecovery();
    return true;
}

void MainFrame::autosave()
{
    if (!m_journal)
        return;
    for (const auto& document : m_documents) {
        if (!document->editor->isModified())
            continue;
        Result<std::string> xml = document->editor->serialize();
        if (!xml || xml.value() == document->lastAutosaved)
            continue;
        if (Status kept = m_journal->write(document->path, xml.value()); !kept) {
            SetStatusText(toWx(kept.error().describe()), 0);
            continue;
        }
        document->lastAutosaved = xml.value();
    }
}

void MainFrame::offerRecovery()
{
    const std::vector<host::AutosaveEntry> entries = m_journal->entries();
    if (entries.empty())
        return;
    wxString list;
    for (const host::AutosaveEntry& entry : entries) {
        host::Revision when;
        when.time = entry.savedAt;
        list += wxString::FromAscii("\n  ") + toWx(entry.path) + wxString::FromAscii("  (")
            + toWx(when.isoTime().substr(0, 16)) + wxString::FromAscii(" UTC)");
    }
    const bool recover = m_isUnattended
        || wxMessageBox(wxString::Format(_("Sapha kept changes that were not saved when it last stopped:%s\n\nOpen them "
                                           "again? (Choose No to throw them away.)"),
                            list),
               _("Recover unsaved changes"), wxYES_NO | wxICON_QUESTION, this)
            == wxYES;
    for (const host::AutosaveEntry& entry : entries) {
        if (!recover) {
            m_journal->discard(entry.path);
            continue;
        }
        Status opened = openDocument(entry.path, &entry.content);
        if (!opened)
            wxLogWarning(wxString::FromAscii("%s"), toWx(opened.error().describe()));
        std::printf("recovered unsaved changes of %s: %s\n", entry.path.c_str(), opened ? "ok" : opened.error().describe().c_str());
    }
    std::fflush(stdout);
}

void MainFrame::refreshTree()
{
    if (!m_workspace)
        return;
    const std::vector<host::DocumentEntry> documents = host::listDocuments(*m_workspace, m_registry);
    m_tree->showDocuments(m_registry, documents, m_settings.language());
    SetStatusText(wxString::Format(_("%zu documents"), documents.size()), 0);
}

void MainFrame::updateTitle()
{
    wxString title = wxString::FromAscii("Sapha");
    if (m_workspace)
        title = toWx(m_workspace->root().filename().string()) + wxString::FromUTF8(" — Sapha");
    SetTitle(title);
    SetStatusText(m_workspace ? toWx(m_workspace->root().string()) : _("No workspace open"), 1);
}

MainFrame::OpenDocument* MainFrame::currentDocument()
{
    const int page = m_notebook->GetSelection();
    if (page == wxNOT_FOUND || static_cast<std::size_t>(page) >= m_documents.size())
        return nullptr;
    return m_documents[static_cast<std::size_t>(page)].get();
}

std::vector<std::string> MainFrame::openPaths() const
{
    std::vector<std::string> paths;
    for (const auto& document : m_documents)
        paths.push_back(document->path);
    return paths;
}

void MainFrame::showTab(std::size_t index)
{
    if (index < m_documents.size())
        m_notebook->SetSelection(index);
}

void MainFrame::focusCurrentEditor()
{
    if (wxWindow* page = m_notebook->GetCurrentPage())
        page->SetFocus();
}

std::size_t MainFrame::historyRowCount() const
{
    return m_history->revisionCount();
}

void MainFrame::updateTab(OpenDocument& document)
{
    for (std::size_t i = 0; i < m_documents.size(); ++i) {
        if (m_documents[i].get() != &document)
            continue;
        wxString label = toWx(std::filesystem::path(document.path).filename().string());
        if (document.editor->isModified())
            label = wxString::FromAscii("* ") + label;
        if (m_notebook->GetPageText(i) != label)
            m_notebook->SetPageText(i, label);
    }
}

Status MainFrame::openDocument(const std::string& path, const std::string* content)
{
    if (!m_workspace)
        return Status::failure("no workspace is open");
    for (std::size_t i = 0; i < m_documents.size(); ++i) {
        if (m_documents[i]->path == path) {
            m_notebook->SetSelection(i);
            return Status::ok();
        }
    }
    Result<host::LoadedDocument> loaded = host::loadDocument(*m_workspace, m_registry, path, "");
    if (!loaded)
        return Status(loaded.error());
    if (content) {
        Result<std::unique_ptr<IDocument>> recovered = loaded.value().kind->load(*content, path + " (autosaved)");
        if (!recovered)
            return Status(recovered.error());
        loaded.value().document = std::move(recovered.value());
    }
    Result<ui::IEditorFactory*> factory = m_uiPlugins.factoryForKind(loaded.value().kind->id());
    if (!factory)
        return Status(factory.error());

    auto document = std::make_unique<OpenDocument>();
    document->frame = this;
    document->path = path;
    document->kind = loaded.value().kind;
    std::string error;
    // The page holds the editor, and above it the choices a sync left to make in this document.
    auto* page = new wxPanel(m_notebook);
    document->editor = factory.value()->createEditor(page, *document->kind, std::move(loaded.value().document), *document, error);
    if (!document->editor) {
        page->Destroy();
        return Status::failure("the editor could not be created: " + error, path);
    }
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    const std::vector<ConflictRow> conflicts = conflictRowsOf(*document->kind, loaded.value().text, path);
    if (!conflicts.empty()) {
        sizer->Add(new ConflictBar(page, conflicts,
                       [this, path](const std::string& element, xml::Side side) { chooseInConflict(path, element, side); }),
            0, wxEXPAND);
    }
    sizer->Add(document->editor->window(), 1, wxEXPAND);
    page->SetSizer(sizer);
    document->page = page;
    document->conflicts = xml::conflictRecords(xml::readConflictRecords(loaded.value().text));
    m_documents.push_back(std::move(document));
    m_notebook->AddPage(page, toWx(std::filesystem::path(path).filename().string()), true);
    m_notebook->SetPageToolTip(m_notebook->GetPageIndex(page), toWx(path));
    if (content) {
        m_documents.back()->lastAutosaved = *content;
        m_documents.back()->editor->markModified();
    }
    showHistoryOf(path);
    return Status::ok();
}

Status MainFrame::saveCurrent()
{
    OpenDocument* document = currentDocument();
    if (!document || !m_workspace)
        return Status::failure("no document is open");
    Result<std::string> saved = saveDocument(*document, {});
    if (!saved && saved.error().message == kNeedsReason)
        return Status::ok(); // the person chose not to give the reason: the status bar says it was not saved
    return saved ? Status::ok() : Status(saved.error());
}

Result<std::string> MainFrame::saveDocument(OpenDocument& openDocument, std::string_view givenMessage)
{
    OpenDocument* document = &openDocument;
    if (!m_workspace)
        return Error { "no workspace is open", {} };
    Result<std::string> xml = document->editor->serialize();
    if (!xml)
        return xml.error();
    // The commit message says what changed, in the plugin's terms.
    std::string message;
    std::optional<Milestone> milestone;
    Result<std::string> previousText = m_workspace->readAt(document->path, "HEAD");
    Result<std::unique_ptr<IDocument>> current = document->kind->load(xml.value(), document->path);
    if (current) {
        Result<std::unique_ptr<IDocument>> previous
            = previousText ? document->kind->load(previousText.value(), document->path) : Result<std::unique_ptr<IDocument>>(previousText.error());
        const host::ChangeReview review = host::reviewChange(
            *document->kind, previous ? previous.value().get() : nullptr, *current.value(), m_settings.language());
        message = givenMessage.empty() ? review.summary : std::string(givenMessage);
        milestone = review.milestone;
        // A kind may protect what was committed (frozen minutes): the change is saved only with its reason.
        if (!review.protection.empty()) {
            wxTextEntryDialog ask(this, ui::toWx(review.protection) + wxT("\n\n") + _("Why is this change made?"), _("Save"));
            if (ask.ShowModal() != wxID_OK || ask.GetValue().Trim().IsEmpty()) {
                SetStatusText(_("Not saved: a change to this document needs its reason"));
                return Error { kNeedsReason, document->path };
            }
            message = ui::fromWx(ask.GetValue().Trim()) + "\n\n" + message;
        }
    }
    host::Author author = m_settings.hasAuthor() ? m_settings.author() : host::fallbackAuthor(m_workspace->root());
    // Choices a sync left to make stay with the document until they are made.
    const std::string content = host::keepingConflictRecords(*m_workspace, document->path, xml.value());
    Result<host::CommitOutcome> saved = m_workspace->save(document->path, content, message, author);
    if (!saved)
        return saved.error();
    // A step such as minutes certified becomes a named version, as from sapha-cli.
    std::string named;
    if (saved.value().isNewCommit && milestone) {
        Result<std::string> tagged = host::nameMilestone(*m_workspace, *milestone, saved.value().revision.id, author);
        if (!tagged)
            wxLogWarning(_("Saved, but the named version could not be made: %s"), ui::toWx(tagged.error().describe()));
        else
            named = tagged.value();
    }
    document->editor->markSaved();
    document->lastAutosaved.clear();
    if (m_journal)
        m_journal->discard(document->path);
    updateTab(*document);
    wxString said = saved.value().isNewCommit
        ? wxString::Format(_("Saved %s as %s"), toWx(document->path), toWx(saved.value().revision.shortId()))
        : wxString::Format(_("%s has no changes to save"), toWx(document->path));
    if (!named.empty())
        said += wxT(" \u2014 ") + wxString::Format(_("named version \"%s\""), toWx(named));
    SetStatusText(said, 0);
    showHistoryOf(document->path);
    return saved.value().revision.id;
}

bool MainFrame::confirmClose(OpenDocument& document)
{
    if (!document.editor->isModified())
        return true;
    wxMessageDialog ask(this,
        wxString::Format(_("%s has changes that are not saved. Save them as a new version?"), toWx(document.path)),
        _("Unsaved changes"), wxYES_NO | wxCANCEL | wxICON_QUESTION);
    ask.SetYesNoCancelLabels(_("&Save"), _("&Discard"), _("&Cancel"));
    const int answer = ask.ShowModal();
    if (answer == wxID_CANCEL)
        return false;
    if (answer == wxID_NO && m_journal)
        m_journal->discard(document.path); // the person threw these changes away
    if (answer == wxID_YES) {
        for (std::size_t i = 0; i < m_documents.size(); ++i) {
            if (m_documents[i].get() == &document)
                m_notebook->SetSelection(i);
        }
        Status saved = saveCurrent();
        if (!saved) {
            wxMessageBox(toWx(saved.error().describe()), _("The document was not saved"), wxOK | wxICON_ERROR, this);
            return false;
        }
    }
    return true;
}

bool MainFrame::confirmCloseAll()
{
    for (const auto& document : m_documents) {
        if (!confirmClose(*document))
            return false;
    }
    return true;
}

void MainFrame::closeTab(std::size_t index)
{
    if (index >= m_documents.size() || !confirmClose(*m_documents[index]))
        return;
    // Detach first: the OpenDocument must outlive its editor, which may still call editorChanged().
    std::unique_ptr<OpenDocument> document = std::move(m_documents[index]);
    m_documents.erase(m_documents.begin() + static_cast<long>(index));
    m_notebook->DeletePage(index); // destroys the editor's window, and with it the editor
    document.reset();
    if (OpenDocument* current = currentDocument())
        showHistoryOf(current->path);
}

void MainFrame::showHistoryOf(const std::string& path)
{
    m_history->showHistory(m_workspace.get(), &m_registry, path, m_settings.calendar(), m_settings.language());
}

void MainFrame::newDocument(const IDocumentKind& kind)
{
    if (!m_workspace) {
        wxMessageBox(_("Open or create a workspace first."), _("New document"), wxOK | wxICON_INFORMATION, this);
        return;
    }
    const std::string language = m_settings.language();
    wxTextEntryDialog ask(this, _("Title of the new document:"), toWx(kind.displayName().in(language)));
    if (ask.ShowModal() != wxID_OK)
        return;
    // The kind may read related documents, as from sapha-cli (a meeting: its committee's roster).
    const host::WorkspaceDocuments documents(*m_workspace);
    NewDocumentOptions options;
    options.title = ui::fromWx(ask.GetValue().Strip(wxString::both));
    options.language = language;
    options.workspace = &documents;
    Result<std::unique_ptr<IDocument>> created = kind.create(options);
    if (!created) {
        wxMessageBox(toWx(created.error().describe()), _("New document"), wxOK | wxICON_ERROR, this);
        return;
    }
    const std::string folder = kind.id().substr(0, kind.id().find('.'));
    std::string path = folder + "/" + slugFor(options.title) + kind.fileSuffix();
    for (int n = 2; std::filesystem::exists(m_workspace->root() / path); ++n)
        path = folder + "/" + slugFor(options.title) + "-" + std::to_string(n) + kind.fileSuffix();
    Result<std::string> xml = kind.save(*created.value());
    host::Author author = m_settings.hasAuthor() ? m_settings.author() : host::fallbackAuthor(m_workspace->root());
    Result<host::CommitOutcome> saved = xml
        ? m_workspace->save(path, xml.value(), kind.summarizeChange(nullptr, *created.value(), language), author)
        : Result<host::CommitOutcome>(xml.error());
    if (!saved) {
        wxMessageBox(toWx(saved.error().describe()), _("New document"), wxOK | wxICON_ERROR, this);
        return;
    }
    refreshTree();
    m_tree->selectPath(path);
    if (Status opened = openDocument(path); !opened)
        wxMessageBox(toWx(opened.error().describe()), _("New document"), wxOK | wxICON_ERROR, this);
}

void MainFrame::syncWithServer()
{
    if (!m_workspace) {
        wxMessageBox(_("Open or create a workspace first."), _("Sync"), wxOK | wxICON_INFORMATION, this);
        return;
    }
    // What travels is what is saved: unsaved edits are saved first, with the person's consent.
    std::vector<OpenDocument*> unsaved;
    for (const auto& document : m_documents) {
        if (document->editor->isModified())
            unsaved.push_back(document.get());
    }
    if (!unsaved.empty()) {
        wxMessageDialog ask(this, _("Some documents have changes that are not saved. Save them before the sync?"), _("Sync"),
            wxYES_NO | wxICON_QUESTION);
        ask.SetYesNoLabels(_("&Save and Sync"), _("&Cancel"));
        if (ask.ShowModal() != wxID_YES)
            return;
        for (OpenDocument* document : unsaved) {
            if (Result<std::string> saved = saveDocument(*document, {}); !saved) {
                wxMessageBox(toWx(saved.error().describe()), _("The document was not saved"), wxOK | wxICON_ERROR, this);
                return;
            }
        }
    }
    const std::filesystem::path root = m_workspace->root();
    Result<std::vector<host::RemoteInfo>> remotes = host::listRemotes(root);
    std::string remote = "origin";
    if (remotes && remotes.value().empty()) {
        wxTextEntryDialog ask(this, _("Address of the shared repository (a folder, git://, ssh:// or https://):"), _("Sync"));
        if (ask.ShowModal() != wxID_OK || ask.GetValue().Strip(wxString::both).IsEmpty())
            return;
        if (Status added = host::addRemote(root, remote, ui::fromWx(ask.GetValue().Strip(wxString::both))); !added) {
            wxMessageBox(toWx(added.error().describe()), _("Sync"), wxOK | wxICON_ERROR, this);
            return;
        }
    } else if (remotes && remotes.value().size() == 1) {
        remote = remotes.value().front().name;
    }
    const host::Author author = m_settings.hasAuthor() ? m_settings.author() : host::fallbackAuthor(root);
    Result<host::SyncOutcome> synced = runTransferWithProgress<host::SyncOutcome>(this, _("Sync"), host::syncOptions(m_settings, m_registry),
        [&](const host::TransferOptions& options) { return host::syncWorkspace(root, remote, author, options); });
    reloadUnmodifiedTabs();
    if (!synced) {
        wxMessageBox(toWx(synced.error().describe()), _("The sync did not finish"), wxOK | wxICON_ERROR, this);
        return;
    }
    const host::SyncOutcome& outcome = synced.value();
    SetStatusText(outcome.merge == host::SyncOutcome::Merge::Merged ? _("Synced: the others' changes are merged with yours")
            : outcome.merge == host::SyncOutcome::Merge::FastForward ? _("Synced: the others' changes are here")
                                                                     : _("Synced: nothing new from the others"),
        0);
    // A document kept whole in two versions is decided here (or when it is next opened); one whose
    // elements conflict opens with the choices above its editor.
    for (const std::string& path : outcome.conflicts) {
        Result<std::string> text = m_workspace->readWorking(path);
        if (text && host::hasConflictMarkers(text.value()))
            askToResolveConflict(path);
        else if (Status opened = openDocument(path); !opened)
            wxMessageBox(toWx(opened.error().describe()), _("The document could not be opened"), wxOK | wxICON_ERROR, this);
    }
    if (!outcome.conflicts.empty()) {
        reloadUnmodifiedTabs();
        SetStatusText(wxString::Format(_("Synced, with %zu document(s) changed differently here and elsewhere: choose what stays, "
                                         "then sync again to send it to the others"),
                          outcome.conflicts.size()),
            0);
    }
}

std::vector<ConflictRow> MainFrame::conflictRowsOf(const IDocumentKind& kind, const std::string& text, const std::string& path)
{
    std::vector<ConflictRow> rows;
    const std::vector<xml::MergeConflict> conflicts = xml::readConflictRecords(text);
    if (conflicts.empty())
        return rows;
    const std::string language = m_settings.language();
    Result<std::unique_ptr<IDocument>> document = kind.load(text, path);
    const ElementList elements = document ? kind.elements(*document.value()) : ElementList {};
    for (const xml::MergeConflict& conflict : conflicts) {
        auto row = std::find_if(rows.begin(), rows.end(), [&](const ConflictRow& r) { return r.element == conflict.element; });
        const std::string place = host::conflictPlace(conflict, elements, language);
        const std::string mine = host::conflictValue(conflict, conflict.ours, language);
        const std::string theirs = host::conflictValue(conflict, conflict.theirs, language);
        if (row == rows.end()) {
            rows.push_back(ConflictRow { conflict.element, place, mine, theirs });
        } else {
            // Several fields of one element: one row, one choice for the element.
            row->place += ", " + conflict.path;
            row->mine += " | " + mine;
            row->theirs += " | " + theirs;
        }
    }
    return rows;
}

void MainFrame::chooseInConflict(const std::string& path, const std::string& element, xml::Side side)
{
    if (!m_workspace)
        return;
    auto open = std::find_if(m_documents.begin(), m_documents.end(), [&](const auto& document) { return document->path == path; });
    // The choice is committed from the file: edits in the tab are saved first.
    if (open != m_documents.end() && (*open)->editor->isModified()) {
        if (Result<std::string> saved = saveDocument(**open, {}); !saved) {
            wxMessageBox(toWx(saved.error().describe()), _("The document was not saved"), wxOK | wxICON_ERROR, this);
            return;
        }
    }
    const host::Author author = m_settings.hasAuthor() ? m_settings.author() : host::fallbackAuthor(m_workspace->root());
    Result<host::ResolvedConflict> resolved
        = host::resolveConflict(*m_workspace, m_registry, path, side, element, author, m_settings.language());
    if (!resolved) {
        wxMessageBox(toWx(resolved.error().describe()), _("Sync conflict"), wxOK | wxICON_ERROR, this);
        return;
    }
    // The tab shows the document as chosen, with the choices left.
    for (std::size_t i = 0; i < m_documents.size(); ++i) {
        if (m_documents[i]->path == path) {
            closeTab(i);
            break;
        }
    }
    if (Status opened = openDocument(path); !opened)
        wxMessageBox(toWx(opened.error().describe()), _("The document could not be opened"), wxOK | wxICON_ERROR, this);
    SetStatusText(toWx(resolved.value().message), 0);
}

bool MainFrame::askToResolveConflict(const std::string& path)
{
    wxMessageDialog ask(this,
        wxString::Format(_("%s was changed in the same place here and by someone else. Both versions are kept in it. "
                           "Which one stays?"),
            toWx(path)),
        _("Sync conflict"), wxYES_NO | wxCANCEL | wxICON_WARNING);
    ask.SetYesNoCancelLabels(_("Keep &mine"), _("Keep &theirs"), _("Decide &later"));
    const int answer = ask.ShowModal();
    if (answer == wxID_CANCEL)
        return false;
    const bool theirs = answer == wxID_NO;
    const host::Author author = m_settings.hasAuthor() ? m_settings.author() : host::fallbackAuthor(m_workspace->root());
    Result<host::ResolvedConflict> saved = host::resolveConflict(
        *m_workspace, m_registry, path, theirs ? xml::Side::Theirs : xml::Side::Ours, {}, author, m_settings.language());
    if (!saved) {
        wxMessageBox(toWx(saved.error().describe()), _("Sync conflict"), wxOK | wxICON_ERROR, this);
        return false;
    }
    showHistoryOf(path);
    return true;
}

void MainFrame::reloadUnmodifiedTabs()
{
    // Documents the sync changed are shown as they now are; tabs with unsaved edits are left alone.
    std::vector<std::string> reopen;
    for (std::size_t i = m_documents.size(); i-- > 0;) {
        OpenDocument& document = *m_documents[i];
        if (document.editor->isModified())
            continue;
        Result<std::string> shown = document.editor->serialize();
        Result<std::string> onDisk = m_workspace->readWorking(document.path);
        // The conflict records are the file's, not the editor's: they are compared with what the bar shows.
        if (shown && onDisk && shown.value() == xml::withoutConflictRecords(onDisk.value())
            && document.conflicts == xml::conflictRecords(xml::readConflictRecords(onDisk.value())))
            continue;
        reopen.push_back(document.path);
        closeTab(i);
    }
    refreshTree();
    for (const std::string& path : reopen) {
        if (Status opened = openDocument(path); !opened)
            SetStatusText(toWx(opened.error().describe()), 0);
    }
}

void MainFrame::onOpenFromServer()
{
    wxTextEntryDialog askUrl(this, _("Address of the shared repository (a folder, git://, ssh:// or https://):"), _("Open from Server"));
    if (askUrl.ShowModal() != wxID_OK || askUrl.GetValue().Strip(wxString::both).IsEmpty())
        return;
    const std::string url = ui::fromWx(askUrl.GetValue().Strip(wxString::both));
    wxDirDialog askFolder(this, _("Folder to put the workspace in"), wxString(), wxDD_DEFAULT_STYLE);
    if (askFolder.ShowModal() != wxID_OK)
        return;
    std::string name = std::filesystem::path(url).filename().string();
    if (name.ends_with(".git"))
        name.resize(name.size() - 4);
    const std::filesystem::path directory = std::filesystem::path(ui::fromWx(askFolder.GetPath())) / (name.empty() ? "workspace" : name);
    Result<bool> cloned = runTransferWithProgress<bool>(this, _("Open from Server"), host::syncOptions(m_settings, m_registry), [&](const host::TransferOptions& options) {
        Status done = host::cloneWorkspace(url, directory, options);
        return done ? Result<bool>(true) : Result<bool>(done.error());
    });
    if (!cloned) {
        wxMessageBox(toWx(cloned.error().describe()), _("Open from Server"), wxOK | wxICON_ERROR, this);
        return;
    }
    openWorkspace(directory.string());
}

void MainFrame::onSendOutline()
{
    OpenDocument* document = currentDocument();
    if (!document || !m_workspace || !host::givesOutline(m_registry, document->kind->id())) {
        wxMessageBox(_("Open a brainstorm session first: its clusters and ideas are what is sent."), _("Send to a Standard"),
            wxOK | wxICON_INFORMATION, this);
        return;
    }
    // Where to: a new document of a kind that takes an outline, or an existing one (which only gains).
    const std::string language = m_settings.language();
    std::vector<std::string> targets;
    wxArrayString choices;
    for (const IDocumentKind* kind : host::outlineTakers(m_registry)) {
        targets.push_back(kind->fileSuffix()); // a suffix alone: a new document of the kind
        choices.Add(wxString::Format(_("A new %s"), toWx(kind->displayName().in(language))));
        for (const host::DocumentEntry& entry : host::listDocuments(*m_workspace, m_registry)) {
            if (entry.kindId == kind->id()) {
                targets.push_back(entry.path);
                choices.Add(toWx(entry.path));
            }
        }
    }
    wxSingleChoiceDialog ask(this, _("Send the clusters and ideas to:"), _("Send to a Standard"), choices);
    if (targets.empty() || ask.ShowModal() != wxID_OK)
        return;
    std::string target = targets[static_cast<std::size_t>(ask.GetSelection())];
    std::string title;
    if (target.front() == '.') { // new: named after the session
        const IDocumentKind* kind = m_registry.kindForPath("x" + target);
        Result<std::string> xml = document->editor->serialize();
        Result<std::unique_ptr<IDocument>> source = xml ? document->kind->load(xml.value(), document->path)
                                                        : Result<std::unique_ptr<IDocument>>(xml.error());
        title = source ? document->kind->title(*source.value()) : std::string();
        const std::string folder = kind->id().substr(0, kind->id().find('.'));
        std::string path = folder + "/" + slugFor(title) + target;
        for (int n = 2; std::filesystem::exists(m_workspace->root() / path); ++n)
            path = folder + "/" + slugFor(title) + "-" + std::to_string(n) + target;
        target = path;
    }
    if (Status sent = sendOutlineOfCurrent(target, title); !sent)
        wxMessageBox(toWx(sent.error().describe()), _("Nothing was sent"), wxOK | wxICON_ERROR, this);
}

Status MainFrame::sendOutlineOfCurrent(const std::string& target, const std::string& title)
{
    OpenDocument* document = currentDocument();
    if (!document || !m_workspace)
        return Status::failure("no document is open");
    // What is sent is what is saved: unsaved edits of the session are saved first.
    if (document->editor->isModified()) {
        if (Status saved = saveCurrent(); !saved)
            return saved;
        if (document->editor->isModified())
            return Status::failure("the session is not saved", document->path);
    }
    const std::string source = document->path;
    // A target open in a tab is read again once sent; with unsaved edits, it is left alone.
    std::optional<std::size_t> openTab;
    for (std::size_t i = 0; i < m_documents.size(); ++i) {
        if (m_documents[i]->path == target) {
            if (m_documents[i]->editor->isModified())
                return Status::failure("has unsaved changes: save or close it first, then send again", target);
            openTab = i;
        }
    }
    host::Author author = m_settings.hasAuthor() ? m_settings.author() : host::fallbackAuthor(m_workspace->root());
    Result<host::SentOutline> sent = host::sendOutline(*m_workspace, m_registry, source, target, title, author, m_settings.language());
    if (!sent)
        return Status(sent.error());
    if (openTab)
        closeTab(*openTab);
    refreshTree();
    m_tree->selectPath(target);
    if (Status opened = openDocument(target); !opened)
        return opened;
    SetStatusText(wxString::Format(_("Sent %zu ideas under %zu headings from %s to %s (%s)"), sent.value().items,
                      sent.value().headings, toWx(source), toWx(target), toWx(sent.value().saved.commit.revision.shortId())),
        0);
    return Status::ok();
}

Result<std::string> MainFrame::currentText()
{
    OpenDocument* document = currentDocument();
    if (!document)
        return Error { "no document is open", {} };
    return document->editor->serialize();
}

bool MainFrame::isCurrentModified()
{
    OpenDocument* document = currentDocument();
    return document && document->editor->isModified();
}

Status MainFrame::exportCurrent(const std::string& file, exporting::Format format)
{
    OpenDocument* document = currentDocument();
    if (!document)
        return Status::failure("no document is open");
    // What the editor shows, saved or not: that is what the person means to hand on.
    Result<std::string> xml = document->editor->serialize();
    if (!xml)
        return Status(xml.error());
    Result<std::unique_ptr<IDocument>> model = document->kind->load(xml.value(), document->path);
    if (!model)
        return Status(model.error());
    Result<exporting::Document> paper = document->kind->exportDocument(*model.value());
    if (!paper)
        return Status(paper.error());
    if (const std::string font = exportChoices().fontFamily; !font.empty())
        paper.value().page.fontFamily = font;
    wxBusyCursor busy;
    Result<std::string> bytes = host::renderExport(paper.value(), format);
    if (!bytes)
        return Status(bytes.error());
    return host::writeFileAtomically(file, bytes.value());
}

void MainFrame::onExportCurrent()
{
    OpenDocument* document = currentDocument();
    if (!document)
        return;
    const std::string stem = std::filesystem::path(host::exportFileName(document->path, document->kind->fileSuffix(),
                                                       exporting::Format::Pdf))
                                 .stem()
                                 .string();
    wxFileDialog ask(this, _("Export the document"), wxString(), toWx(stem + ".pdf"),
        _("PDF (*.pdf)|*.pdf|Word (*.docx)|*.docx|OpenDocument (*.odt)|*.odt|Web page (*.html)|*.html|Markdown (*.md)|*.md"),
        wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (ask.ShowModal() != wxID_OK)
        return;
    const int index = std::clamp(ask.GetFilterIndex(), 0, static_cast<int>(std::size(kExportFormats)) - 1);
    const exporting::Format format = kExportFormats[index];
    std::string file = ui::fromWx(ask.GetPath());
    const std::string extension = std::string(".") + exporting::formatExtension(format);
    if (std::filesystem::path(file).extension() != extension)
        file += extension;
    Status exported = exportCurrent(file, format);
    if (!exported) {
        wxMessageBox(toWx(exported.error().describe()), _("The document was not exported"), wxOK | wxICON_ERROR, this);
        return;
    }
    SetStatusText(wxString::Format(_("Exported to %s"), toWx(file)), 0);
}

void MainFrame::onHistoryAction(HistoryPanel::Action action, const std::string& path,
    const std::vector<host::Revision>& selected, const host::Revision* previous)
{
    if (!m_workspace || selected.empty())
        return;
    using Action = HistoryPanel::Action;
    // showComparison tells the user what went wrong itself; its Status is for the GUI test.
    switch (action) {
    case Action::CompareWithPrevious:
        if (previous)
            (void)showComparison(path, previous->id, selected.front().id);
        break;
    case Action::CompareWithWorkingCopy:
        (void)showComparison(path, selected.front().id, {});
        break;
    case Action::CompareSelected:
        if (selected.size() == 2)
            (void)showComparison(path, selected.back().id, selected.front().id); // older → newer
        break;
    case Action::Restore:
        restoreRevision(path, selected.front());
        break;
    case Action::Name:
        nameRevision(selected.front());
        break;
    case Action::Export:
        exportRevision(path, selected.front());
        break;
    case Action::ExportChanges:
        exportChangesSince(path, selected.front());
        break;
    case Action::None:
        break;
    }
}

Status MainFrame::showComparison(const std::string& path, const std::string& from, const std::string& to)
{
    if (!m_workspace)
        return Status::failure("no workspace is open");
    Result<host::Comparison> comparison = host::compareVersions(*m_workspace, m_registry, path, from, to);
    if (!comparison) {
        wxMessageBox(toWx(comparison.error().describe()), _("The versions could not be compared"), wxOK | wxICON_ERROR, this);
        return Status(comparison.error());
    }
    CompareDialog dialog(this, comparison.value());
    m_openDialog = &dialog;
    dialog.ShowModal();
    m_openDialog = nullptr;
    return Status::ok();
}

void MainFrame::restoreRevision(const std::string& path, const host::Revision& revision)
{
    const wxString question = wxString::Format(
        _("Bring back %s as it was on %s (%s)?\nThis is saved as a new version; no version is lost."), toWx(path),
        toWx(revision.isoTime().substr(0, 16)), toWx(revision.shortId()));
    if (wxMessageBox(question, _("Restore a version"), wxYES_NO | wxICON_QUESTION, this) != wxYES)
        return;
    // An open tab of the document is closed first (asking about unsaved changes), then opened again.
    bool wasOpen = false;
    for (std::size_t i = 0; i < m_documents.size(); ++i) {
        if (m_documents[i]->path == path) {
            if (!confirmClose(*m_documents[i]))
                return;
            m_documents[i]->editor->markSaved(); // answered: nothing more to ask
            closeTab(i);
            wasOpen = true;
            break;
        }
    }
    host::Author author = m_settings.hasAuthor() ? m_settings.author() : host::fallbackAuthor(m_workspace->root());
    Result<host::CommitOutcome> restored = host::restoreVersion(*m_workspace, m_registry, path, revision.id, author);
    if (!restored) {
        wxMessageBox(toWx(restored.error().describe()), _("The version was not restored"), wxOK | wxICON_ERROR, this);
        return;
    }
    if (wasOpen) {
        if (Status opened = openDocument(path); !opened)
            wxMessageBox(toWx(opened.error().describe()), _("The version was restored, but it could not be opened"),
                wxOK | wxICON_ERROR, this);
    }
    showHistoryOf(path);
    SetStatusText(toWx(restored.value().revision.message), 0);
}

void MainFrame::nameRevision(const host::Revision& revision)
{
    wxTextEntryDialog ask(this, _("Name of this version (for example: Draft 2, Proposed to the subcommittee):"), _("Name a version"));
    if (ask.ShowModal() != wxID_OK || ask.GetValue().Strip(wxString::both).empty())
        return;
    host::Author author = m_settings.hasAuthor() ? m_settings.author() : host::fallbackAuthor(m_workspace->root());
    Status named = m_workspace->createTag(ui::fromWx(ask.GetValue().Strip(wxString::both)), {}, revision.id, author);
    if (!named) {
        wxMessageBox(toWx(named.error().describe()), _("The version was not named"), wxOK | wxICON_ERROR, this);
        return;
    }
    SetStatusText(wxString::Format(_("Named the version of %s \"%s\""), toWx(revision.isoTime().substr(0, 16)),
                      ask.GetValue()),
        0);
}

host::ExportChoices MainFrame::exportChoices() const
{
    host::ExportChoices choices;
    choices.fontFamily = m_settings.get("export.font");
    return choices;
}

void MainFrame::exportRevision(const std::string& path, const host::Revision& revision)
{
    if (!m_workspace)
        return;
    const host::DocumentKindManifest* kind = m_registry.kindManifestForPath(path);
    const std::string stem
        = std::filesystem::path(host::exportFileName(path, kind ? kind->suffix : "", exporting::Format::Pdf)).stem().string();
    wxFileDialog ask(this, wxString::Format(_("Export the version of %s"), toWx(revision.isoTime().substr(0, 16))),
        wxString(), toWx(stem + "-" + revision.shortId() + ".pdf"),
        _("PDF (*.pdf)|*.pdf|Word (*.docx)|*.docx|OpenDocument (*.odt)|*.odt|Web page (*.html)|*.html|Markdown (*.md)|*.md"),
        wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (ask.ShowModal() != wxID_OK)
        return;
    const exporting::Format format = kExportFormats[std::clamp(ask.GetFilterIndex(), 0, static_cast<int>(std::size(kExportFormats)) - 1)];
    std::string file = ui::fromWx(ask.GetPath());
    const std::string extension = std::string(".") + exporting::formatExtension(format);
    if (std::filesystem::path(file).extension() != extension)
        file += extension;
    wxBusyCursor busy;
    Result<std::string> bytes = host::exportDocument(*m_workspace, m_registry, path, revision.id, format, exportChoices());
    Status written = bytes ? host::writeFileAtomically(file, bytes.value()) : Status(bytes.error());
    if (!written) {
        wxMessageBox(toWx(written.error().describe()), _("The document was not exported"), wxOK | wxICON_ERROR, this);
        return;
    }
    SetStatusText(wxString::Format(_("Exported to %s"), toWx(file)), 0);
}

void MainFrame::exportChangesSince(const std::string& path, const host::Revision& revision)
{
    const host::DocumentKindManifest* kind = m_registry.kindManifestForPath(path);
    const std::string stem
        = std::filesystem::path(host::exportFileName(path, kind ? kind->suffix : "", exporting::Format::Docx)).stem().string();
    wxFileDialog ask(this, _("Export the changes as tracked changes"), wxString(),
        toWx(stem + "-changes-since-" + revision.shortId() + ".docx"),
        _("Word (*.docx)|*.docx|OpenDocument (*.odt)|*.odt|PDF (*.pdf)|*.pdf"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (ask.ShowModal() != wxID_OK)
        return;
    const exporting::Format formats[] = { exporting::Format::Docx, exporting::Format::Odt, exporting::Format::Pdf };
    const exporting::Format format = formats[std::clamp(ask.GetFilterIndex(), 0, 2)];
    std::string file = ui::fromWx(ask.GetPath());
    const std::string extension = std::string(".") + exporting::formatExtension(format);
    if (std::filesystem::path(file).extension() != extension)
        file += extension;
    wxBusyCursor busy;
    host::Author author = m_settings.hasAuthor() ? m_settings.author() : host::fallbackAuthor(m_workspace->root());
    // Against the working copy: what the document is now, saved or not on disk.
    Result<std::string> bytes
        = host::exportRedline(*m_workspace, m_registry, path, revision.id, {}, format, exportChoices(), author);
    Status written = bytes ? host::writeFileAtomically(file, bytes.value()) : Status(bytes.error());
    if (!written) {
        wxMessageBox(toWx(written.error().describe()), _("The document was not exported"), wxOK | wxICON_ERROR, this);
        return;
    }
    SetStatusText(wxString::Format(_("Exported to %s"), toWx(file)), 0);
}

void MainFrame::onExportAll()
{
    if (!m_workspace)
        return;
    wxDirDialog ask(this, _("Export every document (PDF, Word, OpenDocument, web page, Markdown) into"), wxString(),
        wxDD_DEFAULT_STYLE);
    if (ask.ShowModal() != wxID_OK)
        return;
    const ExportAllOutcome outcome
        = exportAllWithProgress(this, *m_workspace, m_registry, ui::fromWx(ask.GetPath()), exporting::allFormats(), exportChoices());
    if (!outcome.failures.empty()) {
        std::string lines;
        for (const std::string& failure : outcome.failures)
            lines += failure + "\n";
        wxMessageBox(toWx(lines), _("Some documents were not exported"), wxOK | wxICON_WARNING, this);
    }
    SetStatusText(outcome.wasCancelled ? wxString::Format(_("Export cancelled after %d files"), outcome.exported)
                                       : wxString::Format(_("Exported %d files to %s"), outcome.exported, ask.GetPath()),
        0);
}

void MainFrame::onOpenWorkspace()
{
    wxDirDialog ask(this, _("Choose a workspace folder"), m_workspace ? toWx(m_workspace->root().string()) : wxString(),
        wxDD_DEFAULT_STYLE | wxDD_DIR_MUST_EXIST);
    if (ask.ShowModal() == wxID_OK)
        openWorkspace(ui::fromWx(ask.GetPath()));
}

void MainFrame::onClose(wxCloseEvent& event)
{
    if (event.CanVeto() && !confirmCloseAll()) {
        event.Veto();
        return;
    }
    // Editors go before the plugins that made them (the registry outlives this frame).
    m_notebook->DeleteAllPages();
    m_documents.clear();
    Destroy();
}

void MainFrame::onTreeActivated(wxTreeEvent& event)
{
    const std::string path = m_tree->pathOf(event.GetItem());
    if (path.empty())
        return;
    // A document left with both versions of a sync conflict is decided first.
    if (Result<std::string> text = m_workspace ? m_workspace->readWorking(path) : Result<std::string>(Error { "", {} });
        text && host::hasConflictMarkers(text.value()) && !askToResolveConflict(path))
        return;
    if (Status opened = openDocument(path); !opened)
        wxMessageBox(toWx(opened.error().describe()), _("The document could not be opened"), wxOK | wxICON_ERROR, this);
}

void MainFrame::onTreeSelection(wxTreeEvent& event)
{
    const std::string path = m_tree->pathOf(event.GetItem());
    if (!path.empty())
        showHistoryOf(path);
}

void MainFrame::onPageClose(wxAuiNotebookEvent& event)
{
    // The notebook would delete the page itself; do it our way (prompt, then forget the document).
    event.Veto();
    const int page = event.GetSelection();
    if (page != wxNOT_FOUND)
        CallAfter([this, page] { closeTab(static_cast<std::size_t>(page)); });
}

void MainFrame::onPageChanged(wxAuiNotebookEvent& event)
{
    if (OpenDocument* document = currentDocument())
        showHistoryOf(document->path);
    event.Skip();
}

} // namespace sapha::gui
