// Sapha GUI — the documents open in tabs (see document_tabs.hpp).
// SPDX-License-Identifier: MIT
#include "document_tabs.hpp"
#include "short_label.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>

#include <wx/aui/auibook.h>
#include <wx/log.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/textdlg.h>

#include <sapha/ui/wx_text.hpp>

#include "autosave/autosave_journal.hpp"
#include "documents/documents.hpp"
#include "main_frame.hpp"
#include "sync/conflict_records.hpp"
#include "sync_actions.hpp"
#include "workspace_tree.hpp"

namespace sapha::gui {

using ui::toWx;

DocumentTabs::DocumentTabs(MainFrame& frame, wxAuiNotebook* notebook) : m_frame(frame), m_notebook(notebook)
{
    m_notebook->Bind(wxEVT_AUINOTEBOOK_PAGE_CLOSE, &DocumentTabs::onPageClose, this);
    m_notebook->Bind(wxEVT_AUINOTEBOOK_PAGE_CHANGED, &DocumentTabs::onPageChanged, this);
}

DocumentTabs::~DocumentTabs() = default;

OpenDocument* DocumentTabs::current()
{
    const int page = m_notebook->GetSelection();
    if (page == wxNOT_FOUND || static_cast<std::size_t>(page) >= m_documents.size())
        return nullptr;
    return m_documents[static_cast<std::size_t>(page)].get();
}

std::optional<std::size_t> DocumentTabs::indexOf(const std::string& path) const
{
    for (std::size_t i = 0; i < m_documents.size(); ++i) {
        if (m_documents[i]->path == path)
            return i;
    }
    return std::nullopt;
}

wxString DocumentTabs::label(std::size_t index) const
{
    return index < m_notebook->GetPageCount() ? m_notebook->GetPageText(index) : wxString();
}

int DocumentTabs::labelWidth(std::size_t index) const
{
    return m_notebook->GetTextExtent(label(index)).x;
}

std::vector<std::string> DocumentTabs::paths() const
{
    std::vector<std::string> paths;
    for (const auto& document : m_documents)
        paths.push_back(document->path);
    return paths;
}

void DocumentTabs::show(std::size_t index)
{
    if (index < m_documents.size())
        m_notebook->SetSelection(index);
}

void DocumentTabs::focusCurrent()
{
    if (wxWindow* page = m_notebook->GetCurrentPage())
        page->SetFocus();
}

namespace {

// A tab says which document it is as a person names it: its title, not its file name (the tooltip
// has the whole title and the path).
// The title as wide as a tab may be (a fifth of a 1366-pixel screen, so that five documents show side by
// side), measured in the notebook's font: Thai and Latin letters differ too much in width to count them.
wxString tabLabelOf(const OpenDocument& document, const wxWindow& notebook)
{
    if (document.title.empty())
        return toWx(std::filesystem::path(document.path).filename().string());
    return shortenedToFit(toWx(document.title), notebook, notebook.FromDIP(240));
}

} // namespace

void DocumentTabs::updateLabel(OpenDocument& document)
{
    for (std::size_t i = 0; i < m_documents.size(); ++i) {
        if (m_documents[i].get() != &document)
            continue;
        wxString label = tabLabelOf(document, *m_notebook);
        if (document.editor->isModified())
            label = wxString::FromAscii("* ") + label;
        if (m_notebook->GetPageText(i) != label)
            m_notebook->SetPageText(i, label);
    }
}

Status DocumentTabs::open(const std::string& path, const std::string* content)
{
    host::Documents* documents = m_frame.documents();
    if (!documents)
        return Status::failure(ui::fromWx(_("no workspace is open")));
    if (std::optional<std::size_t> index = indexOf(path)) {
        m_notebook->SetSelection(*index);
        return Status::ok();
    }
    Result<host::LoadedDocument> loaded = documents->load(path);
    if (!loaded)
        return Status(loaded.error());
    if (content) {
        Result<std::unique_ptr<IDocument>> recovered = loaded.value().kind->load(*content, path + " (autosaved)");
        if (!recovered)
            return Status(recovered.error());
        loaded.value().document = std::move(recovered.value());
    }
    Result<ui::IEditorFactory*> factory = m_frame.uiPlugins().factoryForKind(loaded.value().kind->id());
    if (!factory)
        return Status(factory.error());

    auto document = std::make_unique<OpenDocument>();
    document->frame = &m_frame;
    document->path = path;
    document->kind = loaded.value().kind;
    document->title = document->kind->title(*loaded.value().document);
    // The page holds the editor, and above it the choices a sync left to make in this document.
    auto* page = new wxPanel(m_notebook);
    Result<ui::IEditor*> editor
        = factory.value()->createEditor(page, *document->kind, std::move(loaded.value().document), *document);
    if (!editor || !editor.value()) {
        page->Destroy();
        return Status::failure(ui::fromWx(_("the editor could not be created: ")) + (editor ? ui::fromWx(_("no editor")) : editor.error().message), path);
    }
    document->editor = editor.value();
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    const std::vector<ConflictRow> conflicts = conflictRowsOf(*document->kind, loaded.value().text, path);
    if (!conflicts.empty()) {
        sizer->Add(new ConflictBar(page, conflicts,
                       [this, path](const std::string& element, xml::Side side) {
                           m_frame.syncActions().chooseInConflict(path, element, side);
                       }),
            0, wxEXPAND);
    }
    sizer->Add(document->editor->window(), 1, wxEXPAND);
    OpenDocument* shown = document.get();
    document->findings = new FindingsBar(
        page, [this, shown] { return findingsOf(*shown); },
        [shown](const std::string& id) { return shown->editor->showElement(id); });
    sizer->Add(document->findings, 0, wxEXPAND);
    page->SetSizer(sizer);
    document->page = page;
    document->conflicts = xml::conflictRecords(xml::readConflictRecords(loaded.value().text));
    m_documents.push_back(std::move(document));
    m_notebook->AddPage(page, tabLabelOf(*m_documents.back(), *m_notebook), true);
    m_notebook->SetPageToolTip(m_notebook->GetPageIndex(page), toWx(m_documents.back()->title + "\n" + path));
    if (content) {
        m_documents.back()->lastAutosaved = *content;
        m_documents.back()->editor->markModified();
    }
    m_documents.back()->findings->checkNow();
    m_frame.showHistoryOf(path);
    m_frame.setStatus(wxString::Format(_("Opened %s"), toWx(path))); // the hint to double-click has been followed
    return Status::ok();
}

Result<std::string> DocumentTabs::saveOrExplain(OpenDocument& document)
{
    for (;;) {
        Result<std::string> saved = save(document, {});
        if (saved)
            return saved;
        const Error& error = saved.error();
        // Another program saving, or one that committed first, is gone in a moment: the same save then
        // works (the text is still in the editor), so the person is offered it rather than told to find it.
        if (error.code != ErrorCode::Busy && error.code != ErrorCode::Changed) {
            wxMessageBox(toWx(error.describe()), _("The document was not saved"), wxOK | wxICON_ERROR, &m_frame);
            return saved;
        }
        wxMessageDialog ask(&m_frame,
            toWx(error.describe()) + wxT("\n\n") + _("Another program was saving in this workspace. Save again?"),
            _("The document was not saved"), wxYES_NO | wxICON_WARNING);
        ask.SetYesNoLabels(_("Save &Again"), _("&Cancel"));
        if (ask.ShowModal() != wxID_YES)
            return saved;
    }
}

Result<std::string> DocumentTabs::save(OpenDocument& document, std::string_view givenMessage)
{
    host::Documents* documents = m_frame.documents();
    if (!documents)
        return Error { ui::fromWx(_("no workspace is open")), {} };
    Result<std::string> xml = document.editor->serialize();
    if (!xml)
        return xml.error();
    host::SaveOptions options;
    options.content = xml.value();
    options.message = std::string(givenMessage);
    // A kind may protect what was committed (certified minutes): the change is saved only with its reason.
    options.askReason = [this](const std::string& protection) -> std::optional<std::string> {
        wxTextEntryDialog ask(&m_frame, toWx(protection) + wxT("\n\n") + _("Why is this change made?"), _("Save"));
        if (ask.ShowModal() != wxID_OK || ask.GetValue().Trim().IsEmpty())
            return std::nullopt;
        return ui::fromWx(ask.GetValue().Trim());
    };
    // The path is copied: the save may run a dialog, during which tabs can change.
    const std::string path = document.path;
    Result<host::SavedDocument> saved = documents->save(path, std::move(options));
    if (!saved)
        return saved.error();
    if (saved.value().declined) {
        m_frame.setStatus(_("Not saved: a change to this document needs its reason"));
        return std::string();
    }
    const host::CommitOutcome& commit = saved.value().commit;
    document.title = saved.value().title; // a new number or name shows on the tab
    document.editor->markSaved();
    document.lastAutosaved.clear();
    if (host::AutosaveJournal* journal = m_frame.journal())
        journal->discard(path);
    updateLabel(document);
    wxString said = commit.isNewCommit ? wxString::Format(_("Saved %s as %s"), toWx(path), toWx(commit.revision.shortId()))
                                       : wxString::Format(_("%s has no changes to save"), toWx(path));
    if (!saved.value().milestone.empty())
        said += wxT(" \u2014 ") + wxString::Format(_("named version \"%s\""), toWx(saved.value().milestone));
    m_frame.setStatus(said);
    m_frame.showHistoryOf(path);
    // Its title in the tree, and the search index, follow the save (on a worker: one document is read).
    m_frame.tree().readTitles(m_frame.documents());
    return commit.revision.id;
}

bool DocumentTabs::confirmClose(OpenDocument& document)
{
    if (!document.editor->isModified())
        return true;
    wxMessageDialog ask(&m_frame,
        wxString::Format(_("%s has changes that are not saved. Save them as a new version?"), toWx(document.path)),
        _("Unsaved changes"), wxYES_NO | wxCANCEL | wxICON_QUESTION);
    ask.SetYesNoCancelLabels(_("&Save"), _("&Discard"), _("&Cancel"));
    const int answer = ask.ShowModal();
    if (answer == wxID_CANCEL)
        return false;
    if (answer == wxID_NO) {
        if (host::AutosaveJournal* journal = m_frame.journal())
            journal->discard(document.path); // the person threw these changes away
    }
    if (answer == wxID_YES) {
        Result<std::string> saved = saveOrExplain(document);
        if (!saved)
            return false;
        if (saved.value().empty())
            return false; // no reason given: nothing saved, the tab stays
    }
    return true;
}

bool DocumentTabs::confirmCloseAll()
{
    for (const auto& document : m_documents) {
        if (!confirmClose(*document))
            return false;
    }
    return true;
}

bool DocumentTabs::close(std::size_t index)
{
    if (index >= m_documents.size() || !confirmClose(*m_documents[index]))
        return false;
    // Detach first: the OpenDocument must outlive its editor, which may still call editorChanged().
    std::unique_ptr<OpenDocument> document = std::move(m_documents[index]);
    m_documents.erase(m_documents.begin() + static_cast<long>(index));
    m_notebook->DeletePage(index); // destroys the editor's window, and with it the editor
    document.reset();
    if (OpenDocument* front = current())
        m_frame.showHistoryOf(front->path);
    return true;
}

void DocumentTabs::closeAllUnasked()
{
    // Editors go before their OpenDocument records, and before the plugins that made them.
    for (const auto& document : m_documents)
        document->editor->markSaved();
    m_notebook->DeleteAllPages();
    m_documents.clear();
}

Status DocumentTabs::reopen(const std::string& path)
{
    if (std::optional<std::size_t> index = indexOf(path)) {
        m_documents[*index]->editor->markSaved(); // its state is committed: nothing to ask
        close(*index);
    }
    return open(path);
}

void DocumentTabs::autosave()
{
    host::AutosaveJournal* journal = m_frame.journal();
    if (!journal)
        return;
    for (const auto& document : m_documents) {
        if (!document->editor->isModified()) {
            // Undone back to what is saved: the journal's copy is of an edit the person took back, and
            // would be offered again after a crash.
            if (!document->lastAutosaved.empty()) {
                journal->discard(document->path);
                document->lastAutosaved.clear();
            }
            continue;
        }
        Result<std::string> xml = document->editor->serialize();
        if (!xml || xml.value() == document->lastAutosaved)
            continue;
        if (Status kept = journal->write(document->path, xml.value()); !kept) {
            m_frame.setStatus(toWx(kept.error().describe()));
            continue;
        }
        document->lastAutosaved = xml.value();
    }
}

void DocumentTabs::offerRecovery()
{
    host::AutosaveJournal* journal = m_frame.journal();
    if (!journal)
        return;
    const std::vector<host::AutosaveEntry> entries = journal->entries();
    if (entries.empty())
        return;
    wxString list;
    for (const host::AutosaveEntry& entry : entries) {
        host::Revision when;
        when.time = entry.savedAt;
        list += wxString::FromAscii("\n  ") + toWx(entry.path) + wxString::FromAscii("  (")
            + toWx(when.isoTime().substr(0, 16)) + wxString::FromAscii(" UTC)");
    }
    const bool recover = m_frame.isUnattended()
        || wxMessageBox(wxString::Format(_("Sapha kept changes that were not saved when it last stopped:%s\n\nOpen them "
                                           "again? (Choose No to throw them away.)"),
                            list),
               _("Recover unsaved changes"), wxYES_NO | wxICON_QUESTION, &m_frame)
            == wxYES;
    for (const host::AutosaveEntry& entry : entries) {
        if (!recover) {
            journal->discard(entry.path);
            continue;
        }
        Status opened = open(entry.path, &entry.content);
        if (!opened)
            wxLogWarning(wxString::FromAscii("%s"), toWx(opened.error().describe()));
        std::printf("recovered unsaved changes of %s: %s\n", entry.path.c_str(), opened ? "ok" : opened.error().describe().c_str());
    }
    std::fflush(stdout);
}

void DocumentTabs::reloadUnmodified()
{
    host::Workspace* workspace = m_frame.workspace();
    if (!workspace)
        return;
    // Documents changed underneath are shown as they now are; tabs with unsaved edits are left alone.
    std::vector<std::string> reopened;
    for (std::size_t i = m_documents.size(); i-- > 0;) {
        OpenDocument& document = *m_documents[i];
        if (document.editor->isModified())
            continue;
        Result<std::string> shown = document.editor->serialize();
        Result<std::string> onDisk = workspace->readWorking(document.path);
        // The conflict records are the file's, not the editor's: they are compared with what the bar shows.
        if (shown && onDisk && shown.value() == xml::withoutConflictRecords(onDisk.value())
            && document.conflicts == xml::conflictRecords(xml::readConflictRecords(onDisk.value())))
            continue;
        reopened.push_back(document.path);
        close(i);
    }
    m_frame.refreshTree();
    for (const std::string& path : reopened) {
        if (Status opened = open(path); !opened)
            m_frame.setStatus(toWx(opened.error().describe()));
    }
}

std::vector<ShownFinding> DocumentTabs::findingsOf(const OpenDocument& document) const
{
    // The kind checks its own model: the editor's content is read back as a saved file would be, so the
    // bar says what `sapha-cli check` would say of it once saved.
    Result<std::string> text = document.editor->serialize();
    if (!text)
        return { { Severity::Error, text.error().message, {} } };
    Result<std::unique_ptr<IDocument>> model = document.kind->load(text.value(), document.path);
    if (!model)
        return { { Severity::Error, model.error().message, {} } };
    std::map<std::string, std::string> parentOf;
    for (const ElementInfo& element : document.kind->elements(*model.value()))
        parentOf[element.id] = element.parentId;
    std::vector<ShownFinding> shown;
    for (const Finding& finding : document.kind->validate(*model.value(), m_frame.settings().language())) {
        ShownFinding row { finding.severity, finding.message, {} };
        // The element and its parents, up to the document (a cycle in a hand-edited file ends it).
        for (std::string id = finding.elementId; !id.empty() && row.elementChain.size() < 16;) {
            row.elementChain.push_back(id);
            auto parent = parentOf.find(id);
            id = parent == parentOf.end() ? std::string() : parent->second;
        }
        shown.push_back(std::move(row));
    }
    // Errors first: what must be mended before the document is sent.
    std::stable_sort(shown.begin(), shown.end(),
        [](const ShownFinding& a, const ShownFinding& b) { return a.severity == Severity::Error && b.severity != Severity::Error; });
    return shown;
}

std::vector<ConflictRow> DocumentTabs::conflictRowsOf(const IDocumentKind& kind, const std::string& text, const std::string& path)
{
    std::vector<ConflictRow> rows;
    const std::vector<xml::MergeConflict> conflicts = xml::readConflictRecords(text);
    if (conflicts.empty())
        return rows;
    const std::string language = m_frame.settings().language();
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

void DocumentTabs::onPageClose(wxAuiNotebookEvent& event)
{
    // The notebook would delete the page itself; do it our way (prompt, then forget the document).
    event.Veto();
    const int page = event.GetSelection();
    if (page != wxNOT_FOUND)
        m_frame.CallAfter([this, page] { close(static_cast<std::size_t>(page)); });
}

void DocumentTabs::onPageChanged(wxAuiNotebookEvent& event)
{
    if (OpenDocument* document = current())
        m_frame.showHistoryOf(document->path);
    event.Skip();
}

} // namespace sapha::gui
