// Sapha — comparing and restoring versions of a document.
// SPDX-License-Identifier: MIT
#include "history/document_history.hpp"

#include "document_catalog.hpp"

namespace sapha::host {

namespace {

std::string labelFor(Workspace& workspace, std::string_view revision)
{
    if (revision.empty())
        return "working copy";
    Result<Revision> resolved = workspace.resolve(revision);
    if (!resolved)
        return std::string(revision);
    return resolved.value().shortId() + " (" + resolved.value().isoTime() + ")";
}

} // namespace

Result<Comparison> compareVersions(Workspace& workspace, const PluginRegistry& registry, std::string_view path,
    std::string_view from, std::string_view to)
{
    Result<LoadedDocument> before = loadDocument(workspace, registry, path, from);
    if (!before)
        return before.error();
    Result<LoadedDocument> after = loadDocument(workspace, registry, path, to);
    if (!after)
        return after.error();
    Comparison comparison;
    comparison.path = std::string(path);
    comparison.fromLabel = labelFor(workspace, from);
    comparison.toLabel = labelFor(workspace, to);
    comparison.changes = diff::diffElements(
        before.value().kind->elements(*before.value().document), after.value().kind->elements(*after.value().document));
    return comparison;
}

std::vector<std::string> summarizeRevisions(Workspace& workspace, const PluginRegistry& registry, std::string_view path,
    const std::vector<Revision>& revisions, std::string_view language)
{
    std::vector<std::string> summaries(revisions.size());
    // Each version is loaded once: it is the "after" of its own line and the "before" of the newer one.
    std::vector<std::unique_ptr<IDocument>> documents(revisions.size());
    const IDocumentKind* kind = registry.kindForPath(path);
    for (std::size_t i = 0; i < revisions.size() && kind; ++i) {
        if (Result<LoadedDocument> loaded = loadDocument(workspace, registry, path, revisions[i].id); loaded)
            documents[i] = std::move(loaded.value().document);
    }
    for (std::size_t i = 0; i < revisions.size(); ++i) {
        const std::string subject = revisions[i].message.substr(0, revisions[i].message.find('\n'));
        if (!kind || !documents[i]) {
            summaries[i] = subject;
            continue;
        }
        const IDocument* before = i + 1 < revisions.size() ? documents[i + 1].get() : nullptr;
        summaries[i] = kind->summarizeChange(before, *documents[i], language);
    }
    return summaries;
}

Result<CommitOutcome> restoreVersion(Workspace& workspace, const PluginRegistry& registry, std::string_view path,
    std::string_view revision, const Author& author)
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
            return Error { "has changes that are not committed: commit them first (sapha-cli commit " + std::string(path)
                    + "), so that they stay in the history, then restore",
                std::string(path) };
    }
    const std::string subject = resolved.value().message.substr(0, resolved.value().message.find('\n'));
    const std::string message = "Restore " + std::string(path) + " to the version of "
        + resolved.value().isoTime().substr(0, 16) + " (" + resolved.value().shortId() + ": " + subject + ")";
    return workspace.save(path, old.value().text, message, author);
}

} // namespace sapha::host
