// Sapha — the documents index: each document's kind, title, references and digest, kept in
// .git/sapha/documents-index so that a question across the workspace (what refers to this document, a
// committee's meetings, the work that carries on an action item) reads no document that did not change.
// The index holds nothing the working files do not: a missing, damaged or foreign one is built anew.
// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <sapha/document_kind.hpp>

#include "plugins/plugin_registry.hpp"
#include "workspace/workspace.hpp"

namespace sapha::host {

// One document of the index: views into bytes kept by the DocumentSummaries that holds it (the index file
// mapped, or the entry just written for a document read again), so that 10,000 documents are not copied.
struct IndexedSummary {
    std::string_view path;
    std::string_view kindId;
    // The working file as it was read: a file whose size or time of change differs is read again
    // (storage/file_stamp.hpp; a time of -1 is read again every time).
    std::uint64_t size = 0;
    std::int64_t changedAt = 0;
    std::string_view title;
    std::string_view digest; // IDocumentKind::digest
    std::string_view referenceFields; // what the document refers to, as the index writes it

    // One reference as views into the index's bytes: what references() copies.
    struct ReferenceView {
        std::string_view elementId, label, relation, path, version, targetElementId;
    };
    // What the document refers to, as its kind said.
    std::vector<DocumentReference> references() const;
    // Calls `each` with every reference, copying nothing (a question over 10,000 documents).
    void forEachReference(const std::function<void(const ReferenceView&)>& each) const;
    // False when no reference can hold `text` (a path, a relation): its references need not be read.
    bool mayReferTo(std::string_view text) const { return referenceFields.find(text) != std::string_view::npos; }
};

// The documents of the index, and what keeps the bytes their views are into.
struct DocumentSummaries {
    std::vector<IndexedSummary> documents; // by path
    std::vector<std::shared_ptr<const void>> kept;
    std::size_t readAgain = 0; // documents read through their plugin to bring the index up to date
};

// Every document of `workspace` that loads, sorted by path, from the index brought up to date first:
// documents new or changed since (a save, a sync, an edit outside Sapha) are read through their plugin,
// those gone are dropped, and the index is rewritten when anything changed (one that cannot be written, a
// read-only workspace or a full disk, is used this once and built again next time). A document to be read
// again whose plugin does not run is left out. `stop`, asked between two documents read, gives up: nothing is
// returned and the index is left as it was.
std::optional<DocumentSummaries> indexedSummaries(
    Workspace& workspace, const PluginRegistry& registry, const std::function<bool()>& stop = {});

// Every document's title, by path, from the index (brought up to date first: the first call in a
// workspace reads every document). Empty when `stop` gave the work up.
std::map<std::string, std::string> documentTitles(
    Workspace& workspace, const PluginRegistry& registry, const std::function<bool()>& stop = {});

// The index as bytes, and back (nothing when the bytes are not an index written by `build`: it is then
// built anew). Public for the tests.
std::string serializeSummaries(const std::vector<IndexedSummary>& summaries, std::string_view build);
std::optional<DocumentSummaries> parseSummaries(std::shared_ptr<const std::string> bytes, std::string_view build);

// What made the index's digests: Sapha's version and each plugin's id, version and library file (its size
// and time), from the manifests found (nothing loaded). An index written by another build is built anew,
// as a plugin may change what its digests hold.
std::string indexBuild(const PluginRegistry& registry);

} // namespace sapha::host
