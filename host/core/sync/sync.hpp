// Sapha — working together across machines through a shared Git remote: clone, pull (fetch and merge),
// push, and sync (all three, fetching and merging again when someone pushed first). Local work commits as
// usual; sync runs whenever the remote can be reached.
//
// A merge keeps everything: documents changed on one side only are taken as they are; a document
// changed on both sides is merged line by line, as git merges; where both changed the same lines, the
// document's kind merges it element by element (sdk xml_merge.hpp): the same field changed differently
// stays as a conflict record in the document, which still opens, shows both values and lets a person
// choose. A kind that cannot merge leaves both versions in the file between conflict markers. Either
// way the merge commit names the document, `check` refuses it, it is not pushed, and `sapha-cli
// resolve` (or the editor) chooses. Merge commits have both parents. The working tree is
// updated before the branch moves (compare-and-swap), so a crash leaves either the old state or the
// new one, never a branch ahead of its files.
// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <sapha/status.hpp>

#include "sync/transfer_options.hpp"
#include "workspace/revision.hpp"

namespace sapha::host {

struct SyncOutcome {
    enum class Merge { NothingFetched, UpToDate, FastForward, Merged };
    Merge merge = Merge::NothingFetched;
    std::string revision;               // HEAD afterwards
    std::vector<std::string> conflicts; // documents left with both versions in them
    bool pushed = false;
    int pushAttempts = 0;
    std::vector<std::string> rejectedTags; // named versions the remote has under the same name, elsewhere
};

// Clones `url` into `directory` (which must not exist or be empty), with progress.
Status cloneWorkspace(const std::string& url, const std::filesystem::path& directory, const TransferOptions& options);
// Fetches `remote` and merges its branch of the same name into the workspace's.
Result<SyncOutcome> pullWorkspace(const std::filesystem::path& root, const std::string& remote, const Author& author,
    const TransferOptions& options);
// Pushes the branch and the named versions; a rejection (someone pushed first) is an error saying so.
Result<SyncOutcome> pushWorkspace(const std::filesystem::path& root, const std::string& remote, const TransferOptions& options);
// Pull, then push; when the push is rejected, pulls and pushes again (up to three times). A merge that
// left conflicts is not pushed: the remote gets the person's choice, not the conflict markers.
Result<SyncOutcome> syncWorkspace(const std::filesystem::path& root, const std::string& remote, const Author& author,
    const TransferOptions& options);

// The workspace's documents left with a conflict by a merge: markers or element conflict records.
std::vector<std::string> conflictedDocuments(const std::filesystem::path& root, const std::vector<std::string>& paths);
// Whether the text holds a conflict: markers or element conflict records.
bool hasUnsettledConflict(std::string_view text);
// Whether the text holds a conflict marker line ("<<<<<<< ", "=======", ">>>>>>> ").
bool hasConflictMarkers(std::string_view text);
// The document as it was on one side of the last merge that changed it: `theirs` false is the
// workspace's own side (first parent), true the remote's (second parent).
Result<std::string> sideOfLastMerge(const std::filesystem::path& root, const std::string& path, bool theirs);

} // namespace sapha::host
