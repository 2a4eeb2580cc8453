// Sapha — links between documents.
// SPDX-License-Identifier: MIT
#include "history/document_links.hpp"

#include <algorithm>
#include <filesystem>
#include <optional>

#include "index/document_index.hpp"

namespace sapha::host {

namespace {

// The links of the workspace's documents (those pointing at `onlyTo` when given), from the documents index.
std::vector<DocumentLink> indexedLinks(Workspace& workspace, const PluginRegistry& registry,
    const std::function<bool()>& stopped, const std::string* onlyTo)
{
    std::vector<DocumentLink> links;
    std::optional<DocumentSummaries> summaries = indexedSummaries(workspace, registry, stopped);
    if (!summaries)
        return links;
    for (const IndexedSummary& summary : summaries->documents) {
        if (onlyTo && !summary.mayReferTo(*onlyTo))
            continue;
        for (DocumentReference& reference : summary.references()) {
            if (onlyTo && reference.path != *onlyTo)
                continue;
            // Resolved here, for the links asked for only: a version's revision is a walk of the history.
            std::string revision = revisionReferredTo(workspace, reference);
            links.push_back(DocumentLink { std::string(summary.path), std::string(summary.title), std::move(reference),
                std::move(revision) });
        }
    }
    return links;
}

} // namespace

std::vector<DocumentLink> workspaceLinks(
    Workspace& workspace, const PluginRegistry& registry, const std::function<bool()>& stopped)
{
    return indexedLinks(workspace, registry, stopped, nullptr);
}

std::vector<DocumentLink> workspaceLinksTo(
    Workspace& workspace, const PluginRegistry& registry, const std::string& path, const std::function<bool()>& stopped)
{
    return indexedLinks(workspace, registry, stopped, &path);
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

bool addIncomingNames(
    std::map<std::string, std::string>& names, const std::vector<DocumentLink>& links, std::string_view language)
{
    bool added = false;
    std::map<std::string, std::vector<std::string>> said; // by revision: the lines added
    for (const DocumentLink& link : links) {
        if (link.revisionId.empty())
            continue;
        std::string line = describeIncoming(link, language);
        std::vector<std::string>& lines = said[link.revisionId];
        if (std::find(lines.begin(), lines.end(), line) != lines.end())
            continue;
        std::string& name = names[link.revisionId];
        name += (name.empty() ? "" : "; ") + line;
        lines.push_back(std::move(line));
        added = true;
    }
    return added;
}

namespace {

// What a link does, seen from the document that makes it: in English the relation's own word
// ("approves"), in Thai the verb a secretary writes.
std::string outgoingVerb(const std::string& relation, std::string_view language)
{
    if (language != "th")
        return relation;
    return relation == "approves" ? "เห็นชอบ"
        : relation == "certifies" ? "รับรอง"
        : relation == "attaches"  ? "แนบ"
        : relation == "assesses"  ? "ประเมินตาม"
        : relation == "source"    ? "อ้างที่มาจาก"
        : relation == "continues" ? "ทำต่อจาก"
                                  : relation;
}

} // namespace

std::vector<Error> brokenLinks(
    Workspace& workspace, const std::vector<DocumentLink>& links, std::string_view path, std::string_view language)
{
    const bool inThai = language == "th";
    std::vector<Error> errors;
    for (const DocumentLink& link : links) {
        if (link.fromPath != path)
            continue;
        const DocumentReference& reference = link.reference;
        // "มติระเบียบวาระที่ 4 approves …"; a reference without a label is the document's own ("assesses …").
        const std::string who = (reference.label.empty() ? std::string() : reference.label + " ") + outgoingVerb(reference.relation, language);
        if (reference.version.empty()) {
            if (Status valid = Workspace::checkRelativePath(reference.path); !valid)
                errors.push_back({ who + " \"" + reference.path
                        + (inThai ? "\" ซึ่งไม่ใช่ที่อยู่ภายในพื้นที่ทำงาน" : "\", which is not a path inside the workspace"),
                    link.fromPath });
            else if (!std::filesystem::is_regular_file(workspace.root() / reference.path))
                errors.push_back({ who + " " + reference.path + (inThai ? " ซึ่งไม่มีในพื้นที่ทำงาน" : ", a file that is not in the workspace"),
                    link.fromPath });
            continue;
        }
        const std::string what = who + " " + reference.path + (inThai ? " ฉบับ \"" : " at \"") + reference.version + "\"";
        if (link.revisionId.empty())
            errors.push_back({ what + (inThai ? " ซึ่งไม่มีฉบับที่ตั้งชื่อนี้ (ตั้งชื่อฉบับก่อน)" : ", a version that does not exist (name it first)"),
                link.fromPath });
        else if (!workspace.readAt(reference.path, link.revisionId))
            errors.push_back({ what + (inThai ? " แต่ฉบับนั้นไม่มีเอกสารนี้" : ", but that version has no such document"), link.fromPath });
    }
    return errors;
}

} // namespace sapha::host
