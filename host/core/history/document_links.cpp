// Sapha — links between documents.
// SPDX-License-Identifier: MIT
#include "history/document_links.hpp"

#include <filesystem>

namespace sapha::host {

std::vector<DocumentLink> workspaceLinks(
    Workspace& workspace, const PluginRegistry& registry, const std::function<bool()>& stopped)
{
    std::vector<DocumentLink> links;
    for (const DocumentEntry& entry : listDocuments(workspace, registry)) {
        if (stopped && stopped())
            return links;
        Result<LoadedDocument> loaded = loadDocument(workspace, registry, entry.path, "");
        if (!loaded)
            continue;
        for (const DocumentReference& reference : loaded.value().kind->references(*loaded.value().document)) {
            links.push_back(DocumentLink { entry.path, loaded.value().kind->title(*loaded.value().document), reference,
                revisionReferredTo(workspace, reference) });
        }
    }
    return links;
}

std::string revisionReferredTo(Workspace& workspace, const DocumentReference& reference)
{
    if (reference.version.empty()) {
        // The file as it is: shown beside its latest version.
        if (Result<std::vector<Revision>> latest = workspace.history(reference.path, 1); latest && !latest.value().empty())
            return latest.value().front().id;
    } else if (Result<Revision> revision = workspace.resolve(reference.version); revision) {
        return revision.value().id;
    }
    return {};
}

std::vector<DocumentLink> linksTo(const std::vector<DocumentLink>& links, std::string_view path)
{
    std::vector<DocumentLink> result;
    for (const DocumentLink& link : links) {
        if (link.reference.path == path)
            result.push_back(link);
    }
    return result;
}

std::string describeIncoming(const DocumentLink& link, std::string_view language)
{
    const bool english = language == "en";
    const std::string& relation = link.reference.relation;
    const std::string verb = relation == "certifies" ? (english ? "certified by " : "รับรองโดย ")
        : relation == "attaches"                     ? (english ? "attached to " : "แนบใน ")
        : relation == "assesses"                     ? (english ? "used to assess " : "ใช้ประเมิน ")
        : relation == "source"                       ? (english ? "the source of " : "ที่มาของ ")
        : relation == "continues"                    ? (english ? "carried on in " : "ทำต่อใน ")
                                                     : (english ? "approved by " : "เห็นชอบโดย ");
    return verb + link.fromTitle + (link.reference.label.empty() ? "" : ", " + link.reference.label);
}

std::vector<Error> brokenLinks(Workspace& workspace, const std::vector<DocumentLink>& links, std::string_view path)
{
    std::vector<Error> errors;
    for (const DocumentLink& link : links) {
        if (link.fromPath != path)
            continue;
        const DocumentReference& reference = link.reference;
        // "มติระเบียบวาระที่ 4 approves …"; a reference without a label is the document's own ("assesses …").
        const std::string who = reference.label.empty() ? std::string() : reference.label + " ";
        if (reference.version.empty()) {
            if (Status valid = Workspace::checkRelativePath(reference.path); !valid)
                errors.push_back({ who + reference.relation + " \"" + reference.path + "\", which is not a path inside the workspace", link.fromPath });
            else if (!std::filesystem::is_regular_file(workspace.root() / reference.path))
                errors.push_back({ who + reference.relation + " " + reference.path + ", a file that is not in the workspace", link.fromPath });
            continue;
        }
        const std::string what = who + reference.relation + " " + reference.path + " at \""
            + reference.version + "\"";
        if (link.revisionId.empty())
            errors.push_back({ what + ", a version that does not exist (name it first)", link.fromPath });
        else if (!workspace.readAt(reference.path, link.revisionId))
            errors.push_back({ what + ", but that version has no such document", link.fromPath });
    }
    return errors;
}

} // namespace sapha::host
