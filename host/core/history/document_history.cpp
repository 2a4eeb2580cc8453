// Sapha — comparing and restoring versions of a document.
// SPDX-License-Identifier: MIT
#include "history/document_history.hpp"

#include <algorithm>
#include <memory>

#include <sapha/localized_text.hpp>

#include "document_catalog.hpp"
#include "messages/message_language.hpp"

namespace sapha::host {

namespace {

std::string labelFor(Workspace& workspace, std::string_view revision, std::string_view language)
{
    if (revision.empty())
        return inLanguage(language, "ฉบับที่ยังไม่บันทึก", "working copy");
    Result<Revision> resolved = workspace.resolve(revision);
    if (!resolved)
        return std::string(revision);
    return resolved.value().shortId() + " (" + resolved.value().isoTime() + ")";
}

} // namespace

Result<Comparison> compareVersions(Workspace& workspace, const PluginRegistry& registry, std::string_view path,
    std::string_view from, std::string_view to, std::string_view language)
{
    Result<LoadedDocument> before = loadDocument(workspace, registry, path, from);
    if (!before)
        return before.error();
    Result<LoadedDocument> after = loadDocument(workspace, registry, path, to);
    if (!after)
        return after.error();
    Comparison comparison;
    comparison.path = std::string(path);
    comparison.fromLabel = labelFor(workspace, from, language);
    comparison.toLabel = labelFor(workspace, to, language);
    comparison.changes = diff::diffElements(
        before.value().kind->elements(*before.value().document), after.value().kind->elements(*after.value().document));
    return comparison;
}

std::vector<std::string> summarizeRevisions(Workspace& workspace, const PluginRegistry& registry, std::string_view path,
    const std::vector<Revision>& revisions, std::string_view language, std::size_t first, std::size_t count)
{
    const std::size_t end = first + std::min(count, revisions.size() - std::min(first, revisions.size()));
    const IDocumentKind* kind = registry.kindForPath(path);
    auto load = [&](std::size_t index) -> std::unique_ptr<IDocument> {
        if (!kind || index >= revisions.size())
            return nullptr;
        Result<LoadedDocument> loaded = loadDocument(workspace, registry, path, revisions[index].id);
        return loaded ? std::move(loaded.value().document) : nullptr;
    };
    std::vector<std::string> summaries;
    // Newest first: each version is loaded once, as the "after" of its own line and then as the
    // "before" of the newer one.
    std::unique_ptr<IDocument> current = first < end ? load(first) : nullptr;
    for (std::size_t i = first; i < end; ++i) {
        std::unique_ptr<IDocument> older = load(i + 1);
        if (current)
            summaries.push_back(kind->reviewChange(older.get(), *current, ReviewOptions { std::string(language), true }).summary);
        else
            summaries.push_back(revisions[i].message.substr(0, revisions[i].message.find('\n')));
        current = std::move(older);
    }
    return summaries;
}

Result<CommitOutcome> restoreVersion(Workspace& workspace, const PluginRegistry& registry, std::string_view path,
    std::string_view revision, const Author& author, std::string_view message)
{
    Result<Revision> resolved = workspace.resolve(revision);
    if (!resolved)
        return resolved.error();
    // Load it first: a version that the current plugin cannot read is not written back.
    Result<LoadedDocument> old = loadDocument(workspace, registry, path, resolved.value().id);
    if (!old)
        return old.error();
    // The document in the folder is replaced: changes in it that were never committed would be lost
    // (and a refused commit still writes the restored text, so that it is not lost either).
    if (Result<std::string> working = workspace.readWorking(path); working) {
        Result<std::string> committed = workspace.readAt(path, "HEAD");
        if (!committed || committed.value() != working.value())
            return Error { localized("มีการแก้ไขที่ยังไม่ได้บันทึก: บันทึกก่อน (sapha-cli commit " + std::string(path)
                                         + ") เพื่อให้อยู่ในประวัติ แล้วจึงคืนค่า",
                               "has changes that are not committed: commit them first (sapha-cli commit " + std::string(path)
                                   + "), so that they stay in the history, then restore"),
                std::string(path) };
    }
    return workspace.save(path, old.value().text, message, author);
}

} // namespace sapha::host
