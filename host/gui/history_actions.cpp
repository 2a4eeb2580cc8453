// Sapha GUI — actions on versions from the history panel (see history_actions.hpp).
// SPDX-License-Identifier: MIT
#include "history_actions.hpp"

#include <filesystem>

#include <wx/filedlg.h>
#include <wx/msgdlg.h>
#include <wx/textdlg.h>
#include <wx/utils.h>

#include <sapha/ui/wx_text.hpp>

#include "compare_dialog.hpp"
#include "document_tabs.hpp"
#include "documents/documents.hpp"
#include "export_actions.hpp"
#include "main_frame.hpp"
#include "storage/atomic_file.hpp"
#include "workspace/workspace.hpp"
#include "trace_dialog.hpp"

namespace sapha::gui {

using ui::toWx;

namespace {

// A version as the head of a comparison names it: "ร่างที่ 1 — 16/08/2561 11:30  author", its name first
// when it has one; `revision` empty: the document as it is now.
wxString versionHeading(host::Documents& documents, const std::string& revision, host::Calendar calendar)
{
    if (revision.empty())
        return _("the document as it is now");
    Result<host::Revision> resolved = documents.workspace().resolve(revision);
    if (!resolved)
        return toWx(revision);
    std::string names;
    if (Result<std::vector<host::NamedVersion>> versions = documents.namedVersions(); versions) {
        for (const host::NamedVersion& version : versions.value()) {
            if (version.revisionId == resolved.value().id)
                names += (names.empty() ? "" : ", ") + version.name;
        }
    }
    const std::string when = resolved.value().displayTime(calendar) + "  " + resolved.value().authorName;
    return toWx(names.empty() ? when : names + " — " + when);
}

} // namespace

HistoryActions::HistoryActions(MainFrame& frame)
    : m_frame(frame)
{
    ElementTraceStrip& strip = m_frame.historyPanel().traceStrip();
    // The part chosen in the front document, when the panel shows that document's history (not another
    // one's chosen in the tree).
    strip.follow([this] {
        ElementTraceStrip::Chosen chosen;
        const OpenDocument* front = m_frame.tabs().current();
        if (!m_frame.documents() || !front || !front->editor || front->path != m_frame.historyPanel().path())
            return chosen;
        chosen.documents = m_frame.documents();
        chosen.path = front->path;
        chosen.elementId = front->editor->currentElementId();
        chosen.language = m_frame.settings().language();
        chosen.calendar = m_frame.settings().calendar();
        return chosen;
    });
    strip.onDetails([this](std::vector<std::string> lines, std::string originPath) { showTrace(m_frame, lines, originPath); });
    strip.onOpenOrigin([this](std::string originPath) { m_frame.openDocument(originPath); });
}

HistoryActions::~HistoryActions()
{
    // The panel outlives this object (a child window, it goes with the frame): it stops asking it.
    m_frame.historyPanel().traceStrip().follow({});
}

void HistoryActions::run(HistoryPanel::Action action, std::string path, std::vector<host::Revision> selected,
    std::optional<host::Revision> previous)
{
    if (!m_frame.documents() || selected.empty())
        return;
    using Action = HistoryPanel::Action;
    // The compare and restore actions tell the person what went wrong themselves; their Status is for the
    // GUI test.
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
        (void)restore(path, selected.front());
        break;
    case Action::Name:
        name(selected.front());
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

Status HistoryActions::showComparison(std::string path, std::string from, std::string to)
{
    host::Documents* documents = m_frame.documents();
    if (!documents)
        return Status::failure(ui::fromWx(_("no workspace is open")));
    Result<host::Comparison> comparison = documents->compare(path, from, to);
    if (!comparison) {
        wxMessageBox(toWx(comparison.error().describe()), _("The versions could not be compared"), wxOK | wxICON_ERROR, &m_frame);
        return Status(comparison.error());
    }
    // The versions as the committee knows them: by name, date in the person's calendar and author.
    std::string title = path;
    if (std::optional<std::size_t> tab = m_frame.tabs().indexOf(path))
        title = m_frame.tabs().at(*tab).title;
    const host::Calendar calendar = m_frame.settings().calendar();
    CompareDialog dialog(&m_frame, comparison.value(), m_frame.settings().language(),
        { toWx(title), versionHeading(*documents, from, calendar), versionHeading(*documents, to, calendar) });
    m_frame.setOpenDialog(&dialog);
    dialog.ShowModal();
    m_frame.setOpenDialog(nullptr);
    return Status::ok();
}

Status HistoryActions::restore(std::string path, host::Revision revision)
{
    const wxString question = wxString::Format(
        _("Bring back %s as it was on %s (%s)?\nThis is saved as a new version; no version is lost."), toWx(path),
        toWx(revision.displayTime(m_frame.settings().calendar())), toWx(revision.shortId()));
    wxMessageDialog ask(&m_frame, question, _("Restore a version"), wxYES_NO | wxICON_QUESTION);
    ask.SetYesNoLabels(_("&Restore"), _("&Cancel"));
    if (ask.ShowModal() != wxID_YES)
        return Status::ok();
    // An open tab of the document is closed first (asking about unsaved changes), then opened again.
    DocumentTabs& tabs = m_frame.tabs();
    const std::optional<std::size_t> tab = tabs.indexOf(path);
    if (tab) {
        if (!tabs.confirmClose(tabs.at(*tab)))
            return Status::ok();
        tabs.at(*tab).editor->markSaved(); // answered: nothing more to ask
        tabs.close(*tab);
    }
    host::Documents* documents = m_frame.documents();
    if (!documents)
        return Status::failure(ui::fromWx(_("no workspace is open")));
    Result<host::CommitOutcome> restored = documents->restore(path, revision.id);
    if (!restored) {
        wxMessageBox(toWx(restored.error().describe()), _("The version was not restored"), wxOK | wxICON_ERROR, &m_frame);
        return Status(restored.error());
    }
    if (tab) {
        if (Status opened = tabs.open(path); !opened) {
            wxMessageBox(toWx(opened.error().describe()), _("The version was restored, but it could not be opened"),
                wxOK | wxICON_ERROR, &m_frame);
        }
    }
    m_frame.showHistoryOf(path);
    m_frame.setStatus(toWx(restored.value().revision.message));
    return Status::ok();
}

void HistoryActions::name(host::Revision revision)
{
    host::Documents* documents = m_frame.documents();
    if (!documents)
        return;
    wxTextEntryDialog ask(
        &m_frame, _("Name of this version (for example: Draft 2, Proposed to the subcommittee):"), _("Name a version"));
    if (ask.ShowModal() != wxID_OK || ask.GetValue().Strip(wxString::both).empty())
        return;
    const wxString name = ask.GetValue().Strip(wxString::both);
    if (Status named = documents->nameVersion(revision.id, ui::fromWx(name)); !named) {
        wxMessageBox(toWx(named.error().describe()), _("The version was not named"), wxOK | wxICON_ERROR, &m_frame);
        return;
    }
    m_frame.setStatus(wxString::Format(
        _("Named the version of %s \"%s\""), toWx(revision.displayTime(m_frame.settings().calendar())), name));
}

void HistoryActions::exportRevision(std::string path, host::Revision revision)
{
    host::Documents* documents = m_frame.documents();
    if (!documents)
        return;
    const std::string stem = ExportActions::stemOf(m_frame.registry(), path) + "-" + revision.shortId();
    std::optional<ExportTarget> target = ExportActions::askTarget(&m_frame,
        wxString::Format(_("Export the version of %s"), toWx(revision.displayTime(m_frame.settings().calendar()))), stem,
        ExportActions::everyFormat());
    if (!target)
        return;
    wxBusyCursor busy;
    Result<std::string> bytes = documents->exportDocument(path, revision.id, target->format, ExportActions::choicesOf(m_frame));
    ExportActions::finish(m_frame, bytes, target->file);
}

void HistoryActions::exportChangesSince(std::string path, host::Revision revision)
{
    host::Documents* documents = m_frame.documents();
    if (!documents)
        return;
    const std::string stem = ExportActions::stemOf(m_frame.registry(), path) + "-changes-since-" + revision.shortId();
    std::optional<ExportTarget> target = ExportActions::askTarget(&m_frame, _("Export the changes as tracked changes"), stem,
        { exporting::Format::Docx, exporting::Format::Odt, exporting::Format::Pdf });
    if (!target)
        return;
    wxBusyCursor busy;
    // Against the working copy: what the document is now on disk.
    Result<std::string> bytes
        = documents->exportChanges(path, revision.id, {}, target->format, ExportActions::choicesOf(m_frame));
    ExportActions::finish(m_frame, bytes, target->file);
}

} // namespace sapha::gui
