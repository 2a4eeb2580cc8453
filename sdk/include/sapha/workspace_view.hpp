// Sapha — what a plugin may read of the workspace: its documents by kind, and their content.
// SPDX-License-Identifier: MIT
#pragma once

#include <sapha/sdk_export.h>

#include <string>
#include <string_view>
#include <vector>

#include <sapha/status.hpp>

namespace sapha {

// A document that carries on an element of another (an action plan drafted for a meeting's action item),
// and what it reports of that work now: the text a later meeting reads under "เรื่องสืบเนื่อง". (API 7.)
struct FollowUp {
    std::string path;   // the document that carries the work on, workspace-relative
    std::string title;  // its title
    std::string report; // its kind's report (IDocumentKind::followUpReport); empty when it says nothing
};

// A document's digest (IDocumentKind::digest) as the workspace's index keeps it. (API 10.)
struct DocumentDigest {
    std::string path; // workspace-relative
    std::string digest;
};

// Read-only. A new meeting reads its committee's roster and earlier meetings through it; a command
// lists every meeting of a committee. Paths are workspace-relative, '/'-separated.
class SAPHA_SDK_EXPORT IWorkspaceView {
public:
    virtual ~IWorkspaceView();
    // Every document whose file name ends with `suffix` (".meeting.xml"), sorted.
    virtual std::vector<std::string> documents(std::string_view suffix) const noexcept = 0;
    // A document's content as it is in the working tree; the error names the path.
    virtual Result<std::string> read(std::string_view path) const noexcept = 0;
    // A document's content at a version: a named version ("เสนอคณะอนุกรรมการ") or any revision. An
    // assessment reads the version of the standard it is made against.
    virtual Result<std::string> readAt(std::string_view path, std::string_view version) const noexcept = 0;
    // The documents, of any kind, that carry on element `elementId` of `path` (their references say
    // "continues" it), each with its report in `language`, so that a plugin hears of work another plugin's
    // documents do without knowing their format. Default: none. (API 7.)
    virtual std::vector<FollowUp> followUps(
        std::string_view path, std::string_view elementId, std::string_view language) const noexcept;
    // The digest of every document whose file name ends with `suffix`, whose kind gives one and which holds
    // the bytes `containing` (a committee's roster path: the others are not copied), sorted by path: from
    // the workspace's index, so only documents changed since it was last brought up to date are read (a
    // committee with 1,500 meetings numbers its next one without reading them). A document that does not
    // load is left out. (API 10.)
    virtual std::vector<DocumentDigest> digests(std::string_view suffix, std::string_view containing) const noexcept = 0;
};

// What a plugin's command may change (`sapha-cli certify`): documents, each saved as a new version
// exactly as the host saves any document — it must load, a protected change is refused, and a
// milestone it reaches is named.
struct SavedVersion {
    std::string revision;     // the new revision's full id (the previous one when nothing changed)
    std::string namedVersion; // the named version the save made (a milestone reached); empty when none
};

class SAPHA_SDK_EXPORT IWorkspaceChanges {
public:
    virtual ~IWorkspaceChanges();
    // Writes `content` (the kind's XML) as `path` and commits it; `message` empty: the kind's own
    // summary of the change.
    virtual Result<SavedVersion> save(std::string_view path, std::string_view content, std::string_view message) noexcept = 0;
    // The revision that last changed `path` (its full id).
    virtual Result<std::string> lastRevision(std::string_view path) noexcept = 0;
    // A folder for the plugin's own durable state (a live session's journal): inside the repository's
    // private area, so neither in the working tree nor in the history; created when missing.
    virtual Result<std::string> privateDirectory(std::string_view plugin) noexcept = 0;
};

} // namespace sapha
