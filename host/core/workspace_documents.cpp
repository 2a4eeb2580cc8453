// Sapha — the workspace as plugins see it. Nothing thrown below crosses into a plugin: each call
// answers with a value.
// SPDX-License-Identifier: MIT
#include "workspace_documents.hpp"
#include "messages/message_language.hpp"

#include <algorithm>
#include <exception>

#include "document_catalog.hpp"

namespace sapha::host {

std::vector<std::string> WorkspaceDocuments::documents(std::string_view suffix) const noexcept
{
    std::vector<std::string> result;
    try {
        for (const std::string& file : m_workspace.files()) {
            if (file.size() >= suffix.size() && file.compare(file.size() - suffix.size(), suffix.size(), suffix) == 0)
                result.push_back(file);
        }
    } catch (const std::exception&) {
        // Out of memory listing a folder: the plugin sees the documents found so far.
    }
    return result;
}

Result<std::string> WorkspaceDocuments::read(std::string_view path) const noexcept
{
    try {
        if (Status valid = Workspace::checkRelativePath(path); !valid)
            return valid.error();
        return m_workspace.readWorking(path);
    } catch (const std::exception& failure) {
        return Error { failure.what(), std::string(path) };
    }
}

Result<std::string> WorkspaceDocuments::readAt(std::string_view path, std::string_view version) const noexcept
{
    try {
        if (Status valid = Workspace::checkRelativePath(path); !valid)
            return valid.error();
        if (version.empty())
            return Error { localized("ไม่ได้ระบุฉบับ", "no version given"), std::string(path) };
        return m_workspace.readAt(path, version);
    } catch (const std::exception& failure) {
        return Error { failure.what(), std::string(path) };
    }
}

const DocumentSummaries& WorkspaceDocuments::summaries() const
{
    if (!m_summaries)
        m_summaries = indexedSummaries(m_workspace, *m_registry).value_or(DocumentSummaries {});
    return *m_summaries;
}

namespace {

// What a continuation carries on, as continuations are sorted.
auto carriedOn(std::string_view path, std::string_view elementId)
{
    return std::pair { path, elementId };
}

} // namespace

const std::vector<WorkspaceDocuments::Continuation>& WorkspaceDocuments::continuations() const
{
    if (m_continuations)
        return *m_continuations;
    std::vector<Continuation> found;
    for (const IndexedSummary& summary : summaries().documents) {
        if (!summary.mayReferTo("continues"))
            continue;
        summary.forEachReference([&found, &summary](const IndexedSummary::ReferenceView& reference) {
            if (reference.relation == "continues")
                found.push_back(Continuation { reference.path, reference.targetElementId, summary.path, summary.title });
        });
    }
    // Stable: the documents that carry one element on stay in the order of their paths.
    std::stable_sort(found.begin(), found.end(), [](const Continuation& a, const Continuation& b) {
        return carriedOn(a.path, a.elementId) < carriedOn(b.path, b.elementId);
    });
    m_continuations = std::move(found);
    return *m_continuations;
}

std::vector<FollowUp> WorkspaceDocuments::followUps(
    std::string_view path, std::string_view elementId, std::string_view language) const noexcept
{
    std::vector<FollowUp> result;
    if (!m_registry)
        return result;
    try {
        const std::vector<Continuation>& all = continuations();
        const auto asked = carriedOn(path, elementId);
        const auto first = std::lower_bound(all.begin(), all.end(), asked,
            [](const Continuation& continuation, const auto& key) { return carriedOn(continuation.path, continuation.elementId) < key; });
        const auto last = std::upper_bound(first, all.end(), asked,
            [](const auto& key, const Continuation& continuation) { return key < carriedOn(continuation.path, continuation.elementId); });
        for (auto found = first; found != last; ++found) {
            const Continuation& continuation = *found;
            if (continuation.fromPath == path)
                continue;
            const std::string fromPath(continuation.fromPath);
            // The report is the document's as it is now: read for the documents that carry this on only,
            // each once (a meeting carries hundreds of actions over).
            auto [report, inserted] = m_reports.try_emplace({ std::string(language), fromPath });
            if (inserted) {
                if (Result<LoadedDocument> loaded = loadDocument(m_workspace, *m_registry, fromPath, ""))
                    report->second = loaded.value().kind->followUpReport(*loaded.value().document, language);
            }
            result.push_back(FollowUp { fromPath, std::string(continuation.fromTitle), report->second });
        }
    } catch (const std::exception&) {
        // Out of memory reading the workspace: the plugin hears of no follow-up, and carries on without.
    }
    return result;
}

std::vector<DocumentDigest> WorkspaceDocuments::digests(std::string_view suffix, std::string_view containing) const noexcept
{
    std::vector<DocumentDigest> result;
    if (!m_registry)
        return result;
    try {
        for (const IndexedSummary& summary : summaries().documents) {
            if (summary.path.ends_with(suffix) && !summary.digest.empty()
                && summary.digest.find(containing) != std::string_view::npos)
                result.push_back({ std::string(summary.path), std::string(summary.digest) });
        }
    } catch (const std::exception&) {
        // Out of memory reading the index: the plugin sees the digests found so far.
    }
    return result;
}

} // namespace sapha::host
