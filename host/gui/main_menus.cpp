// Sapha GUI — the main window's menus: one table of commands (label, keys, what runs, when enabled), the
// New submenu from the plugins' kinds, and Open Recent.
// SPDX-License-Identifier: MIT
#include "main_frame.hpp"

#include <functional>
#include <string>
#include <vector>

#include <wx/aboutdlg.h>
#include <wx/aui/auibook.h>
#include <wx/menu.h>

#include <sapha/ui/wx_text.hpp>
#include <sapha/version.h>

#include "document_tabs.hpp"
#include "documents/documents.hpp"
#include "export_actions.hpp"
#include "history_actions.hpp"
#include "plugins_dialog.hpp"
#include "preferences_dialog.hpp"
#include "search_dialog.hpp"
#include "shortcuts_dialog.hpp"
#include "sync_actions.hpp"
#include "trace_dialog.hpp"
#include "vocabulary_dialog.hpp"
#include "workspace_actions.hpp"

namespace sapha::gui {

using ui::toWx;

namespace {

constexpr int kIdRecentFirst = wxID_HIGHEST + 100;
constexpr int kIdRecentLast = kIdRecentFirst + 20;
constexpr int kIdNewFirst = wxID_HIGHEST + 200;
constexpr int kIdPlugins = wxID_HIGHEST + 300;
constexpr int kIdExport = wxID_HIGHEST + 301;
constexpr int kIdExportAll = wxID_HIGHEST + 302;
constexpr int kIdSendOutline = wxID_HIGHEST + 303;
constexpr int kIdFindInWorkspace = wxID_HIGHEST + 306;
constexpr int kIdTrace = wxID_HIGHEST + 307;
constexpr int kIdVocabulary = wxID_HIGHEST + 308;
constexpr int kIdShortcuts = wxID_HIGHEST + 309;
constexpr int kIdPagePreview = wxID_HIGHEST + 310;
constexpr int kIdSync = wxID_HIGHEST + 304;
constexpr int kIdOpenFromServer = wxID_HIGHEST + 305;

// The menus' commands, in order. A row without an id is a separator.
enum class Menu { File, Edit, Tools, Help };
enum class Enabled { Always, WithDocument, WithWorkspace, CanUndo, CanRedo };
struct MenuCommand {
    Menu menu;
    int id;
    wxString label;
    wxString help;
    std::function<void()> run;
    Enabled enabled = Enabled::Always;
};

} // namespace

void MainFrame::buildMenus()
{
    const std::string language = m_settings.language();
    const std::vector<MenuCommand> commands = {
        { Menu::File, wxID_OPEN, _("&Open Workspace...\tCtrl+O"), {}, [this] { m_workspaceActions->openFolder(); } },
        { Menu::File, wxID_NEW, _("Ne&w Workspace..."), _("An empty folder for a committee's documents"),
            [this] { m_workspaceActions->newWorkspace(); } },
        { Menu::File, kIdOpenFromServer, _("Open from Ser&ver..."), _("Clone a shared workspace from a Git server or folder"),
            [this] { m_syncActions->openFromServer(); } },
        { Menu::File, kIdSync, _("S&ync with Server\tCtrl+Shift+Y"), _("Fetch the others' changes, merge them, and send yours"),
            [this] { m_syncActions->syncWithServer(); } },
        { Menu::File, 0, {}, {}, {} },
        { Menu::File, wxID_SAVE, _("&Save\tCtrl+S"), {},
            [this] {
                if (OpenDocument* document = m_tabs->current())
                    (void)m_tabs->saveOrExplain(*document);
            },
            Enabled::WithDocument },
        { Menu::File, wxID_CLOSE, _("&Close\tCtrl+W"), {},
            [this] {
                const int page = m_notebook->GetSelection();
                if (page != wxNOT_FOUND)
                    m_tabs->close(static_cast<std::size_t>(page));
            },
            Enabled::WithDocument },
        { Menu::File, 0, {}, {}, {} },
        { Menu::File, kIdExport, _("&Export...\tCtrl+E"), {}, [this] { m_exportActions->onExportCurrent(); }, Enabled::WithDocument },
        { Menu::File, kIdExportAll, _("Export &All Documents..."), {}, [this] { m_exportActions->onExportAll(); },
            Enabled::WithWorkspace },
        { Menu::File, 0, {}, {}, {} },
        { Menu::File, wxID_EXIT, _("&Quit\tCtrl+Q"), {}, [this] { Close(); } },
        { Menu::Edit, wxID_UNDO, _("&Undo\tCtrl+Z"), {},
            [this] {
                if (OpenDocument* document = m_tabs->current())
                    document->editor->undo();
            },
            Enabled::CanUndo },
        { Menu::Edit, wxID_REDO, _("&Redo\tCtrl+Shift+Z"), {},
            [this] {
                if (OpenDocument* document = m_tabs->current())
                    document->editor->redo();
            },
            Enabled::CanRedo },
        { Menu::Edit, 0, {}, {}, {} },
        { Menu::Edit, kIdFindInWorkspace, _("&Find in Workspace...\tCtrl+Shift+F"),
            _("Words found whole in every document, each result the part of the document holding them"),
            [this] { showSearch(*this); }, Enabled::WithWorkspace },
        { Menu::Edit, wxID_PREFERENCES, _("&Preferences..."), {},
            [this] {
                PreferencesDialog dialog(this, m_settings, false);
                dialog.ShowModal();
                if (host::Documents* documents = this->documents(); documents && m_settings.hasAuthor())
                    documents->setAuthor(m_settings.author());
            } },
        { Menu::Tools, kIdSendOutline, _("&Send to a Standard..."),
            _("The session's clusters become components and their ideas candidate indicators, each linking back"),
            [this] { m_exportActions->onSendOutline(); } },
        { Menu::Tools, kIdTrace, _("&Where Did This Come From?...\tCtrl+Shift+O"),
            _("Who wrote the chosen part, when, and the idea or meeting it came from"),
            [this] { showTraceOfCurrentElement(*this); }, Enabled::WithDocument },
        { Menu::Tools, kIdVocabulary, _("Words &Kept Whole...\tCtrl+Shift+W"),
            _("The committee's own terms, each one word in comparisons, word clouds and search"),
            [this] { showVocabularyDialog(*this); }, Enabled::WithWorkspace },
        { Menu::Tools, kIdPagePreview, _("Page &Preview\tF9"), _("The pages as they will print, beside the form, following your edits"),
            [this] { togglePagePreview(); } },
        { Menu::Tools, 0, {}, {}, {} },
        { Menu::Tools, kIdPlugins, _("&Plugins..."), {},
            [this] {
                PluginsDialog dialog(this, m_registry, m_settings.language());
                dialog.ShowModal();
            } },
        { Menu::Help, kIdShortcuts, _("&Keyboard Shortcuts\tF1"), {}, [this] { showKeyboardShortcuts(*this); } },
        { Menu::Help, wxID_ABOUT, _("&About Sapha"), {},
            [this] {
                wxAboutDialogInfo info;
                info.SetName(wxString::FromAscii("Sapha"));
                info.SetVersion(wxString::FromAscii(SAPHA_VERSION_STRING));
                info.SetDescription(_("Committee work (standards, brainstorming and minutes) with every version kept."));
                wxAboutBox(info, this);
            } },
    };

    wxMenu* menus[] = { new wxMenu, new wxMenu, new wxMenu, new wxMenu };
    // File > New: one entry per document kind the plugins offer.
    auto* newMenu = new wxMenu;
    int id = kIdNewFirst;
    for (const IDocumentKind* kind : m_registry.documentKinds()) {
        newMenu->Append(id, toWx(kind->displayName().in(language)) + wxString::FromAscii("..."));
        Bind(wxEVT_MENU, [this, kind](wxCommandEvent&) { newDocument(*kind); }, id);
        ++id;
    }
    menus[0]->AppendSubMenu(newMenu, _("&New"));
    for (const MenuCommand& command : commands) {
        wxMenu* menu = menus[static_cast<int>(command.menu)];
        if (command.id == 0) {
            menu->AppendSeparator();
            continue;
        }
        menu->Append(command.id, command.label, command.help);
        Bind(wxEVT_MENU, [run = command.run](wxCommandEvent&) { run(); }, command.id);
        const Enabled enabled = command.enabled;
        if (enabled != Enabled::Always) {
            Bind(wxEVT_UPDATE_UI, [this, enabled](wxUpdateUIEvent& event) {
                OpenDocument* document = m_tabs->current();
                switch (enabled) {
                case Enabled::WithDocument:
                    event.Enable(document != nullptr);
                    break;
                case Enabled::WithWorkspace:
                    event.Enable(m_opened != nullptr);
                    break;
                case Enabled::CanUndo:
                    event.Enable(document && document->editor->canUndo());
                    break;
                case Enabled::CanRedo:
                    event.Enable(document && document->editor->canRedo());
                    break;
                case Enabled::Always:
                    break;
                }
            }, command.id);
        }
        // Open Recent follows Open from Server in the File menu.
        if (command.id == kIdSync) {
            m_recentMenu = new wxMenu;
            menus[0]->AppendSubMenu(m_recentMenu, _("Open &Recent"));
        }
    }
    Bind(wxEVT_MENU, [this](wxCommandEvent& event) {
        const std::vector<std::string> recent = m_settings.recentWorkspaces();
        const std::size_t index = static_cast<std::size_t>(event.GetId() - kIdRecentFirst);
        if (index < recent.size())
            openWorkspace(recent[index]);
    }, kIdRecentFirst, kIdRecentLast);

    auto* bar = new wxMenuBar;
    bar->Append(menus[0], _("&File"));
    bar->Append(menus[1], _("&Edit"));
    bar->Append(menus[2], _("&Tools"));
    bar->Append(menus[3], _("&Help"));
    SetMenuBar(bar);
    rebuildRecentMenu();
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

} // namespace sapha::gui
