// Sapha GUI — what an open document's editor asks of the window: to relabel its tab, a folder of its
// plugin's own, to be saved now, its workspace to read and another document saved (see OpenDocument in
// document_tabs.hpp).
// SPDX-License-Identifier: MIT
#include "document_tabs.hpp"

#include <exception>
#include <optional>

#include <sapha/ui/wx_text.hpp>

#include "document_save.hpp"
#include "documents/documents.hpp"
#include "workspace_documents.hpp"
#include "workspace_tree.hpp"
#include "findings_bar.hpp"
#include "main_frame.hpp"

namespace sapha::gui {

using ui::toWx;

void OpenDocument::editorChanged() noexcept
{
    frame->tabs().updateLabel(*this);
    if (findings)
        findings->checkSoon();
}

Result<std::string> OpenDocument::privateDirectory(std::string_view plugin) noexcept
{
    if (!frame->workspace())
        return Error { ui::fromWx(_("no workspace is open")), {} };
    try {
        return host::pluginPrivateDirectory(*frame->workspace(), plugin);
    } catch (const std::exception& failure) {
        return Error { failure.what(), {} };
    }
}

Result<std::string> OpenDocument::saveNow(std::string_view message) noexcept
{
    try {
        Result<std::string> saved = frame->tabs().save(*this, message);
        if (saved && saved.value().empty())
            return Error { ui::fromWx(_("not saved: the change needs its reason")), path };
        return saved;
    } catch (const std::exception& failure) {
        return Error { failure.what(), path };
    }
}

const IWorkspaceView* OpenDocument::workspace() noexcept
{
    host::Documents* documents = frame->documents();
    if (!documents)
        return nullptr;
    // A new view each time: the view keeps what it found once (the follow-ups), the workspace moves on.
    m_workspaceView = std::make_unique<host::WorkspaceDocuments>(documents->workspace(), &documents->registry());
    return m_workspaceView.get();
}

Result<SavedVersion> OpenDocument::saveDocument(std::string_view otherPath, std::string_view content, std::string_view message) noexcept
{
    const std::string other(otherPath);
    try {
        host::Documents* documents = frame->documents();
        if (!documents)
            return Error { ui::fromWx(_("no workspace is open")), other };
        if (other == path)
            return Error { ui::fromWx(_("an editor saves its own document with Save, not as another one")), other };
        DocumentTabs& tabs = frame->tabs();
        // The person's unsaved edits in the other tab would be lost under the saved version, or lose it.
        if (std::optional<std::size_t> index = tabs.indexOf(other); index && tabs.at(*index).editor->isModified())
            return Error { ui::fromWx(wxString::Format(_("%s is open with changes that are not saved: save or close it first"),
                               toWx(other))),
                other };
        host::SaveOptions options;
        options.content = std::string(content);
        options.message = std::string(message);
        Result<host::SavedDocument> saved = documents->save(other, std::move(options));
        if (!saved)
            return saved.error();
        // A tab of it shows what was saved; this tab stays in front.
        if (tabs.indexOf(other)) {
            const std::string self = path; // `this` stays: only the other tab is closed and opened again
            if (Status reopened = tabs.reopen(other); !reopened)
                frame->setStatus(toWx(reopened.error().describe()));
            if (std::optional<std::size_t> back = tabs.indexOf(self))
                tabs.show(*back);
        }
        frame->tree().readTitles(documents);
        return SavedVersion { saved.value().commit.revision.id, saved.value().milestone };
    } catch (const std::exception& failure) {
        return Error { failure.what(), other };
    }
}

} // namespace sapha::gui
