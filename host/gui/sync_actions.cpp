// Sapha GUI — sync with a shared server, and the choices it leaves (see sync_actions.hpp).
// SPDX-License-Identifier: MIT
#include "sync_actions.hpp"

#include <filesystem>
#include <vector>

#include <wx/dirdlg.h>
#include <wx/msgdlg.h>
#include <wx/textdlg.h>

#include <sapha/ui/wx_text.hpp>

#include "document_tabs.hpp"
#include "documents/documents.hpp"
#include "main_frame.hpp"
#include "search/workspace_search.hpp"
#include "sync/conflict_resolution.hpp"
#include "sync/remotes.hpp"
#include "sync/sync.hpp"
#include "sync/sync_options.hpp"
#include "sync_job.hpp"

namespace sapha::gui {

using ui::toWx;

void SyncActions::syncWithServer()
{
    host::Documents* documents = m_frame.documents();
    if (!documents) {
        wxMessageBox(_("Open or create a workspace first."), _("Sync"), wxOK | wxICON_INFORMATION, &m_frame);
        return;
    }
    DocumentTabs& tabs = m_frame.tabs();
    // What travels is what is saved: unsaved edits are saved first, with the person's consent.
    std::vector<OpenDocument*> unsaved;
    for (std::size_t i = 0; i < tabs.count(); ++i) {
        if (tabs.at(i).editor->isModified())
            unsaved.push_back(&tabs.at(i));
    }
    if (!unsaved.empty()) {
        wxMessageDialog ask(&m_frame, _("Some documents have changes that are not saved. Save them before the sync?"),
            _("Sync"), wxYES_NO | wxICON_QUESTION);
        ask.SetYesNoLabels(_("&Save and Sync"), _("&Cancel"));
        if (ask.ShowModal() != wxID_YES)
            return;
        for (OpenDocument* document : unsaved) {
            Result<std::string> saved = tabs.saveOrExplain(*document);
            if (!saved)
                return;
            if (saved.value().empty())
                return; // the person gave no reason for a protected change: nothing travels unsaved
        }
    }
    const std::filesystem::path root = documents->workspace().root();
    Result<std::vector<host::RemoteInfo>> remotes = host::listRemotes(root);
    std::string remote = "origin";
    if (remotes && remotes.value().empty()) {
        wxTextEntryDialog ask(&m_frame, _("Address of the shared repository (a folder, git://, ssh:// or https://):"), _("Sync"));
        if (ask.ShowModal() != wxID_OK || ask.GetValue().Strip(wxString::both).IsEmpty())
            return;
        if (Status added = host::addRemote(root, remote, ui::fromWx(ask.GetValue().Strip(wxString::both))); !added) {
            wxMessageBox(toWx(added.error().describe()), _("Sync"), wxOK | wxICON_ERROR, &m_frame);
            return;
        }
    } else if (remotes && remotes.value().size() == 1) {
        remote = remotes.value().front().name;
    }
    const host::Author author = documents->author();
    Result<host::SyncOutcome> synced = runTransferWithProgress<host::SyncOutcome>(&m_frame, _("Sync"),
        host::syncOptions(m_frame.settings(), m_frame.registry()),
        [&](const host::TransferOptions& options) {
            Result<host::SyncOutcome> outcome = host::syncWorkspace(root, remote, author, options);
            // The others' changes go into the indexes while the progress is still shown.
            // (Nothing may leave this thread; an index not brought up to date is by the next search.)
            if (outcome && outcome.value().merge != host::SyncOutcome::Merge::UpToDate
                && outcome.value().merge != host::SyncOutcome::Merge::NothingFetched) {
                try {
                    host::updateIndexes(*documents);
                } catch (const std::exception&) {
                }
            }
            return outcome;
        });
    tabs.reloadUnmodified();
    if (!synced) {
        wxMessageBox(toWx(synced.error().describe()), _("The sync did not finish"), wxOK | wxICON_ERROR, &m_frame);
        return;
    }
    const host::SyncOutcome& outcome = synced.value();
    m_frame.setStatus(outcome.merge == host::SyncOutcome::Merge::Merged ? _("Synced: the others' changes are merged with yours")
            : outcome.merge == host::SyncOutcome::Merge::FastForward  ? _("Synced: the others' changes are here")
                                                                      : _("Synced: nothing new from the others"));
    // A document kept whole in two versions is decided here (or when it is next opened); one whose
    // elements conflict opens with the choices above its editor.
    for (const std::string& path : outcome.conflicts) {
        Result<std::string> text = documents->workspace().readWorking(path);
        if (text && host::hasConflictMarkers(text.value()))
            askToResolveConflict(path);
        else if (Status opened = tabs.open(path); !opened)
            wxMessageBox(toWx(opened.error().describe()), _("The document could not be opened"), wxOK | wxICON_ERROR, &m_frame);
    }
    if (!outcome.conflicts.empty()) {
        tabs.reloadUnmodified();
        m_frame.setStatus(wxString::Format(_("Synced, with %zu document(s) changed differently here and elsewhere: choose "
                                             "what stays, then sync again to send it to the others"),
            outcome.conflicts.size()));
    }
}

void SyncActions::chooseInConflict(std::string path, std::string element, xml::Side side)
{
    host::Documents* documents = m_frame.documents();
    if (!documents)
        return;
    DocumentTabs& tabs = m_frame.tabs();
    // The choice is committed from the file: edits in the tab are saved first.
    if (std::optional<std::size_t> open = tabs.indexOf(path); open && tabs.at(*open).editor->isModified()) {
        Result<std::string> saved = tabs.save(tabs.at(*open), {});
        if (!saved || saved.value().empty()) {
            if (!saved)
                wxMessageBox(toWx(saved.error().describe()), _("The document was not saved"), wxOK | wxICON_ERROR, &m_frame);
            return;
        }
    }
    // The bar's row names one element ("" is the document's own fields): only its conflicts are chosen.
    Result<host::ResolvedConflict> resolved = documents->resolveConflict(path, side, std::optional<std::string>(element));
    if (!resolved) {
        wxMessageBox(toWx(resolved.error().describe()), _("Sync conflict"), wxOK | wxICON_ERROR, &m_frame);
        return;
    }
    // The tab shows the document as chosen, with the choices left. The bar that called this goes with
    // its tab: the reopening waits until the bar's click is over.
    const wxString said = toWx(resolved.value().message);
    m_frame.CallAfter([this, path, said] {
        if (Status opened = m_frame.tabs().reopen(path); !opened)
            wxMessageBox(toWx(opened.error().describe()), _("The document could not be opened"), wxOK | wxICON_ERROR, &m_frame);
        m_frame.setStatus(said);
    });
}

bool SyncActions::askToResolveConflict(std::string path)
{
    host::Documents* documents = m_frame.documents();
    if (!documents)
        return false;
    wxMessageDialog ask(&m_frame,
        wxString::Format(_("%s was changed in the same place here and by someone else. Both versions are kept in it. "
                           "Which one stays?"),
            toWx(path)),
        _("Sync conflict"), wxYES_NO | wxCANCEL | wxICON_WARNING);
    ask.SetYesNoCancelLabels(_("Keep &mine"), _("Keep &theirs"), _("Decide &later"));
    const int answer = ask.ShowModal();
    if (answer == wxID_CANCEL)
        return false;
    const bool theirs = answer == wxID_NO;
    Result<host::ResolvedConflict> saved
        = documents->resolveConflict(path, theirs ? xml::Side::Theirs : xml::Side::Ours, std::nullopt);
    if (!saved) {
        wxMessageBox(toWx(saved.error().describe()), _("Sync conflict"), wxOK | wxICON_ERROR, &m_frame);
        return false;
    }
    m_frame.showHistoryOf(path);
    return true;
}

void SyncActions::openFromServer()
{
    wxTextEntryDialog askUrl(
        &m_frame, _("Address of the shared repository (a folder, git://, ssh:// or https://):"), _("Open from Server"));
    if (askUrl.ShowModal() != wxID_OK || askUrl.GetValue().Strip(wxString::both).IsEmpty())
        return;
    const std::string url = ui::fromWx(askUrl.GetValue().Strip(wxString::both));
    wxDirDialog askFolder(&m_frame, _("Folder to put the workspace in"), wxString(), wxDD_DEFAULT_STYLE);
    if (askFolder.ShowModal() != wxID_OK)
        return;
    std::string name = std::filesystem::path(url).filename().string();
    if (name.ends_with(".git"))
        name.resize(name.size() - 4);
    const std::filesystem::path directory
        = std::filesystem::path(ui::fromWx(askFolder.GetPath())) / (name.empty() ? "workspace" : name);
    Result<bool> cloned = runTransferWithProgress<bool>(&m_frame, _("Open from Server"),
        host::syncOptions(m_frame.settings(), m_frame.registry()), [&](const host::TransferOptions& options) {
            Status done = host::cloneWorkspace(url, directory, options);
            return done ? Result<bool>(true) : Result<bool>(done.error());
        });
    if (!cloned) {
        wxMessageBox(toWx(cloned.error().describe()), _("Open from Server"), wxOK | wxICON_ERROR, &m_frame);
        return;
    }
    m_frame.openWorkspace(directory.string());
}

} // namespace sapha::gui
