// Sapha — saving one document as a new version (see document_save.hpp).
// SPDX-License-Identifier: MIT
#include "document_save.hpp"

#include "document_catalog.hpp"
#include "messages/message_language.hpp"
#include "sync/conflict_records.hpp"

namespace sapha::host {

ChangeReview reviewChange(
    const IDocumentKind& kind, const IDocument* before, const IDocument& after, std::string_view language, bool summarize)
{
    return kind.reviewChange(before, after, ReviewOptions { std::string(language), summarize });
}

Result<std::string> nameMilestone(
    Workspace& workspace, const Milestone& milestone, std::string_view revisionId, const Author& author)
{
    Result<std::vector<NamedVersion>> existing = workspace.namedVersions();
    if (!existing)
        return existing.error();
    auto taken = [&](const std::string& name) {
        for (const NamedVersion& version : existing.value()) {
            if (version.name == name || version.tagName == Workspace::tagNameFor(name))
                return true;
        }
        return false;
    };
    std::string name = milestone.name;
    for (int attempt = 2; taken(name); ++attempt)
        name = milestone.name + " (" + std::to_string(attempt) + ")";
    if (Status named = workspace.createTag(name, milestone.message, revisionId, author); !named)
        return named.error();
    return name;
}

Result<SavedDocument> saveDocument(Workspace& workspace, const PluginRegistry& registry, std::string_view path,
    const std::string* givenContent, std::string_view message, const Author& author, std::string_view language,
    bool conflictsSettled)
{
    std::string keptContent;
    const std::string* content = givenContent;
    if (givenContent && !conflictsSettled) {
        keptContent = keepingConflictRecords(workspace, path, *givenContent);
        content = &keptContent;
    }
    const IDocumentKind* kind = registry.kindForPath(path);
    Result<std::unique_ptr<IDocument>> current = Error { localized("ยังไม่ได้อ่าน", "not loaded"), std::string(path) };
    if (content && kind) {
        current = kind->load(*content, path);
    } else {
        Result<LoadedDocument> loaded = loadDocument(workspace, registry, path, "");
        if (!loaded)
            current = loaded.error();
        else
            current = std::move(loaded.value().document);
    }
    // A file that does not load is never committed: the error says where it breaks.
    if (!kind && current)
        current = Error { localized("ไม่ใช่เอกสารชนิดที่ Sapha รู้จัก (ดูจากท้ายชื่อแฟ้ม)", "not a document of any kind Sapha knows (by its file name ending)"),
            std::string(path), ErrorCode::Invalid };
    if (!current)
        return Error { current.error().message + localized(": ไม่ได้บันทึกสิ่งใด", "; nothing was committed"), current.error().where, current.error().code };

    Result<LoadedDocument> previous = loadDocument(workspace, registry, path, "HEAD");
    const ChangeReview review = reviewChange(
        *kind, previous ? previous.value().document.get() : nullptr, *current.value(), language, message.empty());
    if (!review.protection.empty() && message.empty())
        return Error { review.protection + localized(": บอกเหตุผลด้วย -m \"...\" ไม่ได้บันทึกสิ่งใด", "; say why with -m \"...\"; nothing was committed"),
            std::string(path), ErrorCode::Refused };
    const std::string text = message.empty() ? review.summary : std::string(message);

    Result<CommitOutcome> committed
        = content ? workspace.save(path, *content, text, author) : workspace.commitFile(path, text, author);
    if (!committed)
        return committed.error();
    SavedDocument saved { std::move(committed.value()), {} };
    saved.title = kind->title(*current.value());
    if (saved.commit.isNewCommit && review.milestone) {
        Result<std::string> named = nameMilestone(workspace, *review.milestone, saved.commit.revision.id, author);
        if (!named)
            return Error { localized("บันทึกเป็น " + saved.commit.revision.shortId() + " แล้ว แต่ตั้งชื่อฉบับ \"" + review.milestone->name
                                         + "\" ไม่ได้: " + named.error().message,
                               "saved as " + saved.commit.revision.shortId() + ", but the named version \""
                                   + review.milestone->name + "\" was not made: " + named.error().message),
                std::string(path) };
        saved.milestone = named.value();
    }
    return saved;
}

Result<SavedVersion> WorkspaceChanges::save(std::string_view path, std::string_view content, std::string_view message) noexcept
{
    try {
        if (Status valid = Workspace::checkRelativePath(path); !valid)
            return valid.error();
        const std::string text(content);
        Result<SavedDocument> saved = saveDocument(m_workspace, m_registry, path, &text, message, m_author, m_language);
        if (!saved)
            return saved.error();
        return SavedVersion { saved.value().commit.revision.id, saved.value().milestone };
    } catch (const std::exception& failure) {
        return Error { failure.what(), std::string(path) };
    }
}

Result<std::string> WorkspaceChanges::lastRevision(std::string_view path) noexcept
{
    try {
        Result<std::vector<Revision>> history = m_workspace.history(path, 1);
        if (!history)
            return history.error();
        if (history.value().empty())
            return Error { localized("ยังไม่มีฉบับที่บันทึกไว้", "has no committed version"), std::string(path) };
        return history.value().front().id;
    } catch (const std::exception& failure) {
        return Error { failure.what(), std::string(path) };
    }
}

Result<std::string> WorkspaceChanges::privateDirectory(std::string_view plugin) noexcept
{
    try {
        return pluginPrivateDirectory(m_workspace, plugin);
    } catch (const std::exception& failure) {
        return Error { failure.what(), std::string(plugin) };
    }
}

Result<std::string> pluginPrivateDirectory(const Workspace& workspace, std::string_view plugin)
{
    if (plugin.empty() || plugin.find_first_of("/\\.") != std::string_view::npos)
        return Error { localized("ไม่ใช่รหัสปลั๊กอิน", "not a plugin id"), std::string(plugin) };
    const std::filesystem::path folder = workspace.root() / ".git" / "sapha" / std::string(plugin);
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    if (error)
        return Error { localized("สร้างไม่ได้: ", "cannot be created: ") + error.message(), folder.string() };
    return folder.string();
}

} // namespace sapha::host
