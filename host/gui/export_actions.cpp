// Sapha GUI — exports and sending an outline (see export_actions.hpp).
// SPDX-License-Identifier: MIT
#include "export_actions.hpp"

#include <algorithm>
#include <filesystem>

#include <wx/choicdlg.h>
#include <wx/dirdlg.h>
#include <wx/filedlg.h>
#include <wx/msgdlg.h>
#include <wx/utils.h>

#include <sapha/ui/wx_text.hpp>

#include "document_tabs.hpp"
#include "documents/documents.hpp"
#include "export_all_job.hpp"
#include "main_frame.hpp"
#include "outline_send.hpp"
#include "storage/atomic_file.hpp"
#include "workspace_tree.hpp"

namespace sapha::gui {

using ui::toWx;

namespace {

wxString fileTypeOf(exporting::Format format)
{
    switch (format) {
    case exporting::Format::Pdf:
        return _("PDF (*.pdf)|*.pdf");
    case exporting::Format::Docx:
        return _("Word (*.docx)|*.docx");
    case exporting::Format::Odt:
        return _("OpenDocument (*.odt)|*.odt");
    case exporting::Format::Html:
        return _("Web page (*.html)|*.html");
    case exporting::Format::Markdown:
        return _("Markdown (*.md)|*.md");
    case exporting::Format::None:
        break;
    }
    return {};
}

} // namespace

std::vector<exporting::Format> ExportActions::everyFormat()
{
    return { exporting::Format::Pdf, exporting::Format::Docx, exporting::Format::Odt, exporting::Format::Html,
        exporting::Format::Markdown };
}

std::string ExportActions::withExtension(const std::string& file, exporting::Format format)
{
    std::filesystem::path chosen(file);
    const std::string wanted = std::string(".") + exporting::formatExtension(format);
    const std::string present = chosen.extension().string();
    if (present == wanted)
        return file;
    for (exporting::Format each : everyFormat()) {
        if (present == std::string(".") + exporting::formatExtension(each))
            return chosen.replace_extension(wanted).string();
    }
    return file + wanted;
}

std::string ExportActions::stemOf(const host::PluginRegistry& registry, const std::string& path)
{
    const host::DocumentKindManifest* kind = registry.kindManifestForPath(path);
    return std::filesystem::path(host::exportFileName(path, kind ? kind->suffix : "", exporting::Format::Pdf)).stem().string();
}

host::ExportChoices ExportActions::choicesOf(MainFrame& frame)
{
    return host::exportChoicesFrom(frame.settings());
}

std::optional<ExportTarget> ExportActions::askTarget(
    wxWindow* parent, const wxString& title, const std::string& stem, const std::vector<exporting::Format>& formats)
{
    wxString types;
    for (exporting::Format format : formats)
        types += (types.empty() ? wxString() : wxString::FromAscii("|")) + fileTypeOf(format);
    wxFileDialog ask(parent, title, wxString(), toWx(stem + "." + exporting::formatExtension(formats.front())), types,
        wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (ask.ShowModal() != wxID_OK)
        return std::nullopt;
    const int index = std::clamp(ask.GetFilterIndex(), 0, static_cast<int>(formats.size()) - 1);
    ExportTarget target;
    target.format = formats[static_cast<std::size_t>(index)];
    target.file = withExtension(ui::fromWx(ask.GetPath()), target.format);
    return target;
}

void ExportActions::finish(MainFrame& frame, const Result<std::string>& bytes, const std::string& file)
{
    Status written = bytes ? host::writeFileAtomically(file, bytes.value()) : Status(bytes.error());
    if (!written) {
        wxMessageBox(toWx(written.error().describe()), _("The document was not exported"), wxOK | wxICON_ERROR, &frame);
        return;
    }
    frame.setStatus(wxString::Format(_("Exported to %s"), toWx(file)));
}

Status ExportActions::exportCurrent(const std::string& file, exporting::Format format, const std::string& part)
{
    OpenDocument* document = m_frame.tabs().current();
    host::Documents* documents = m_frame.documents();
    if (!document || !documents)
        return Status::failure(ui::fromWx(_("no document is open")));
    // What the editor shows, saved or not: that is what the person means to hand on.
    Result<std::string> xml = document->editor->serialize();
    if (!xml)
        return Status(xml.error());
    wxBusyCursor busy;
    host::ExportChoices choices = choicesOf(m_frame);
    choices.part = part;
    Result<std::string> bytes = documents->exportContent(document->path, xml.value(), format, choices);
    if (!bytes)
        return Status(bytes.error());
    return host::writeFileAtomically(file, bytes.value());
}

void ExportActions::onExportCurrent()
{
    OpenDocument* document = m_frame.tabs().current();
    host::Documents* documents = m_frame.documents();
    if (!document || !documents)
        return;
    // A document with parts that stand alone (a plan's quarterly reports): the whole, or which part.
    std::string part;
    std::string stem = stemOf(m_frame.registry(), document->path);
    Result<std::string> xml = document->editor->serialize();
    const std::vector<ExportPart> parts = xml ? documents->exportParts(document->path, xml.value()) : std::vector<ExportPart>();
    if (!parts.empty()) {
        const std::string language = m_frame.settings().language();
        wxArrayString choices;
        choices.Add(_("The whole document"));
        for (const ExportPart& each : parts)
            choices.Add(toWx(each.label.in(language)));
        wxSingleChoiceDialog which(&m_frame, _("Export the whole document, or one part of it on its own:"),
            _("Export the document"), choices);
        if (which.ShowModal() != wxID_OK)
            return;
        if (which.GetSelection() > 0) {
            part = parts[static_cast<std::size_t>(which.GetSelection() - 1)].id;
            stem += "-" + part;
        }
    }
    std::optional<ExportTarget> target = askTarget(&m_frame, _("Export the document"), stem, everyFormat());
    if (!target)
        return;
    if (Status exported = exportCurrent(target->file, target->format, part); !exported) {
        wxMessageBox(toWx(exported.error().describe()), _("The document was not exported"), wxOK | wxICON_ERROR, &m_frame);
        return;
    }
    m_frame.setStatus(wxString::Format(_("Exported to %s"), toWx(target->file)));
}

void ExportActions::onExportAll()
{
    host::Documents* documents = m_frame.documents();
    if (!documents)
        return;
    wxDirDialog ask(&m_frame, _("Export every document (PDF, Word, OpenDocument, web page, Markdown) into"), wxString(),
        wxDD_DEFAULT_STYLE);
    if (ask.ShowModal() != wxID_OK)
        return;
    const ExportAllOutcome outcome
        = exportAllWithProgress(&m_frame, *documents, ui::fromWx(ask.GetPath()), exporting::allFormats(), choicesOf(m_frame));
    if (!outcome.failures.empty()) {
        std::string lines;
        for (const std::string& failure : outcome.failures)
            lines += failure + "\n";
        wxMessageBox(toWx(lines), _("Some documents were not exported"), wxOK | wxICON_WARNING, &m_frame);
    }
    m_frame.setStatus(outcome.wasCancelled ? wxString::Format(_("Export cancelled after %d files"), outcome.exported)
                                           : wxString::Format(_("Exported %d files to %s"), outcome.exported, ask.GetPath()));
}

void ExportActions::onSendOutline()
{
    OpenDocument* document = m_frame.tabs().current();
    host::Documents* documents = m_frame.documents();
    if (!document || !documents || !host::givesOutline(m_frame.registry(), document->kind->id())) {
        wxMessageBox(_("Open a brainstorm session first: its clusters and ideas are what is sent."), _("Send to a Standard"),
            wxOK | wxICON_INFORMATION, &m_frame);
        return;
    }
    // Where to: a new document of a kind that takes an outline, or an existing one (which only gains).
    const std::string language = m_frame.settings().language();
    std::vector<std::string> targets;
    wxArrayString choices;
    const std::vector<host::DocumentEntry> entries = documents->list();
    for (const IDocumentKind* kind : host::outlineTakers(m_frame.registry())) {
        targets.push_back(kind->fileSuffix()); // a suffix alone: a new document of the kind
        choices.Add(wxString::Format(_("A new %s"), toWx(kind->displayName().in(language))));
        for (const host::DocumentEntry& entry : entries) {
            if (entry.kindId == kind->id()) {
                // The committee knows its standards by their titles; the file is named after.
                const std::string title = m_frame.tree().titleOf(entry.path);
                targets.push_back(entry.path);
                choices.Add(title.empty() ? toWx(entry.path) : toWx(title) + wxT("  (") + toWx(entry.path) + wxT(")"));
            }
        }
    }
    wxSingleChoiceDialog ask(&m_frame, _("Send the clusters and ideas to:"), _("Send to a Standard"), choices);
    if (targets.empty() || ask.ShowModal() != wxID_OK)
        return;
    std::string target = targets[static_cast<std::size_t>(ask.GetSelection())];
    std::string title;
    if (target.front() == '.') { // new: named after the session
        const IDocumentKind* kind = m_frame.registry().kindForPath("x" + target);
        Result<std::string> xml = document->editor->serialize();
        Result<std::unique_ptr<IDocument>> source = xml ? document->kind->load(xml.value(), document->path)
                                                        : Result<std::unique_ptr<IDocument>>(xml.error());
        title = source ? document->kind->title(*source.value()) : std::string();
        const std::string folder = kind->id().substr(0, kind->id().find('.'));
        const std::string base = folder + "/" + host::fileNameFromTitle(title);
        std::string path = base + target;
        for (int n = 2; std::filesystem::exists(documents->workspace().root() / path); ++n)
            path = base + "-" + std::to_string(n) + target;
        target = path;
    }
    if (Status sent = sendOutlineOfCurrent(target, title); !sent)
        wxMessageBox(toWx(sent.error().describe()), _("Nothing was sent"), wxOK | wxICON_ERROR, &m_frame);
}

Status ExportActions::sendOutlineOfCurrent(const std::string& target, const std::string& title)
{
    DocumentTabs& tabs = m_frame.tabs();
    OpenDocument* document = tabs.current();
    host::Documents* documents = m_frame.documents();
    if (!document || !documents)
        return Status::failure(ui::fromWx(_("no document is open")));
    // What is sent is what is saved: unsaved edits of the session are saved first.
    if (document->editor->isModified()) {
        Result<std::string> saved = tabs.save(*document, {});
        if (!saved)
            return saved.status();
        if (document->editor->isModified())
            return Status::failure(ui::fromWx(_("the session is not saved")), document->path);
    }
    const std::string source = document->path;
    // A target open in a tab is read again once sent; with unsaved edits, it is left alone.
    const std::optional<std::size_t> openTab = tabs.indexOf(target);
    if (openTab && tabs.at(*openTab).editor->isModified())
        return Status::failure(ui::fromWx(_("has unsaved changes: save or close it first, then send again")), target);
    Result<host::SentOutline> sent = documents->sendOutline(source, target, title);
    if (!sent)
        return Status(sent.error());
    if (openTab)
        tabs.close(*openTab);
    m_frame.refreshTree(target);
    if (Status opened = tabs.open(target); !opened)
        return opened;
    m_frame.setStatus(wxString::Format(_("Sent %zu ideas under %zu headings from %s to %s (%s)"), sent.value().items,
        sent.value().headings, toWx(source), toWx(target), toWx(sent.value().saved.commit.revision.shortId())));
    return Status::ok();
}

} // namespace sapha::gui
