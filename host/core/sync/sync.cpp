// Sapha — clone, pull, push and sync.
// SPDX-License-Identifier: MIT
#include "sync/sync.hpp"
#include "sync/transfer.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <git2.h>

#include <sapha/xml_merge.hpp>

#include "git/git_error.hpp"
#include "git/git_handle.hpp"
#include "messages/message_language.hpp"
#include "storage/lock_file.hpp"
#include "sync/durable_fetch.hpp"
#include "sync/working_tree_update.hpp"
#include "storage/repository_update.hpp"
#include "storage/flush_barrier.hpp"
#include "storage/sapha_lock.hpp"

namespace sapha::host {

namespace {

using RemoteHandle = git::Handle<git_remote, git_remote_free>;
using AnnotatedHandle = git::Handle<git_annotated_commit, git_annotated_commit_free>;
using ConflictIteratorHandle = git::Handle<git_index_conflict_iterator, git_index_conflict_iterator_free>;

// A transfer's failure: the callbacks' reason when they gave one, else libgit2's.
Error transferError(const TransferState& state, const git::GitError& failure, const std::string& where)
{
    // The transfer's own reason (credentials asked over plain HTTP, refused) is about the remote.
    if (!state.why.empty())
        return Error { state.why, where, state.cancelled ? ErrorCode::Cancelled : ErrorCode::Network };
    return Error { failure.what(), where, git::errorCodeOf(failure) };
}

git::RepositoryHandle openRepository(const std::filesystem::path& root)
{
    git_repository* raw = nullptr;
    git::check(git_repository_open_ext(&raw, root.c_str(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr), "opening the workspace's repository");
    return git::RepositoryHandle(raw);
}

RemoteHandle lookupRemote(git_repository* repository, const std::string& name)
{
    git_remote* raw = nullptr;
    const int found = git_remote_lookup(&raw, repository, name.c_str());
    if (found == GIT_ENOTFOUND)
        throw git::GitError(localized("ไม่มีเซิร์ฟเวอร์ชื่อ \"" + name + "\" (sapha-cli remote add " + name + " ที่อยู่)",
                                "no remote named \"" + name + "\" (sapha-cli remote add " + name + " URL)"),
            found);
    git::check(found, "reading remote " + name);
    return RemoteHandle(raw);
}

// The branch HEAD is on ("refs/heads/main"), even before its first commit.
std::string headBranch(git_repository* repository)
{
    git_reference* raw = nullptr;
    git::check(git_reference_lookup(&raw, repository, "HEAD"), "reading HEAD");
    git::ReferenceHandle head(raw);
    if (git_reference_type(head.get()) != GIT_REFERENCE_SYMBOLIC)
        throw git::GitError(localized("HEAD ไม่ได้อยู่บนกิ่งใด (detached): เปลี่ยนไปที่กิ่งของพื้นที่ทำงานก่อน",
                                "HEAD is not on a branch (detached): check out the workspace's branch first"),
            GIT_ERROR);
    return git_reference_symbolic_target(head.get());
}

void fetch(git_repository* repository, const std::string& remoteName, TransferState& state)
{
    RemoteHandle remote = lookupRemote(repository, remoteName);
    git::removeLocksFromBeforeBoot(git_repository_path(repository));
    git_fetch_options options = GIT_FETCH_OPTIONS_INIT;
    options.callbacks = transferCallbacks(state);
    options.download_tags = GIT_REMOTE_DOWNLOAD_TAGS_ALL;
    fetchDurably(repository, remote.get(), options, remoteName);
}

std::string oidText(const git_oid& oid)
{
    char text[GIT_OID_HEXSZ + 1];
    git_oid_tostr(text, sizeof text, &oid);
    return text;
}

git::SignatureHandle signatureOf(const Author& author)
{
    git_signature* raw = nullptr;
    if (author.time != 0)
        git::check(git_signature_new(&raw, author.name.c_str(), author.email.c_str(), author.time, author.offsetMinutes), "the merge's author");
    else
        git::check(git_signature_now(&raw, author.name.c_str(), author.email.c_str()), "the merge's author");
    return git::SignatureHandle(raw);
}

// Writes the commit's tree into the working tree and the index (refusing to overwrite a file changed
// outside Sapha; each file replaced whole), then moves the branch from `expected` to it. Flushed before
// and after the move.
void checkoutAndMove(git_repository* repository, const std::filesystem::path& root, const std::string& branch,
    const git_oid* expected, const git_oid& target, const std::string& reflog)
{
    const std::filesystem::path gitDirectory = git_repository_path(repository);
    Result<std::unique_ptr<SaphaLock>> lock = SaphaLock::acquire(gitDirectory);
    if (!lock)
        throw git::GitError(lock.error().describe(), GIT_ELOCKED);
    git_commit* rawCommit = nullptr;
    git::check(git_commit_lookup(&rawCommit, repository, &target), "reading the merged version");
    git::CommitHandle commit(rawCommit);
    git_tree* rawTree = nullptr;
    git::check(git_commit_tree(&rawTree, commit.get()), "reading the merged version's files");
    git::TreeHandle tree(rawTree);

    git::TreeHandle oldTree;
    if (expected) {
        git_commit* rawOld = nullptr;
        git::check(git_commit_lookup(&rawOld, repository, expected), "reading the workspace's version");
        git::CommitHandle old(rawOld);
        git_tree* rawOldTree = nullptr;
        git::check(git_commit_tree(&rawOldTree, old.get()), "reading the workspace's files");
        oldTree.reset(rawOldTree);
    }
    // The files, the index and the branch change as a save changes them (repository_update.hpp): the
    // fetched and merged objects, each new file and the new index durable before anything names them.
    RepositoryUpdate update(repository, gitDirectory);
    stageWorkingTree(repository, root, oldTree.get(), tree.get(), update);
    git_signature* rawWho = nullptr;
    if (git_signature_default(&rawWho, repository) != 0)
        git::check(git_signature_now(&rawWho, "Sapha", "sapha@localhost"), "the reflog's name");
    git::SignatureHandle who(rawWho);
    try {
        update.moveRef(branch, target, expected, *who, reflog);
    } catch (const git::GitError& moved) {
        if (moved.code() == GIT_EMODIFIED || moved.code() == GIT_EEXISTS)
            throw git::GitError(localized("พื้นที่ทำงานเปลี่ยนไประหว่างซิงก์ (มีการบันทึกในระหว่างนั้น): ซิงก์อีกครั้ง",
                                    "the workspace changed while it was synced (a save in the meantime): sync again"),
                moved.code());
        throw;
    }
    update.apply();
}

// Merges `theirs` into `ours` in memory; conflicting documents get both versions between markers.
// The text of a blob of the index (a side of a conflict); empty when there is none.
std::string blobText(git_repository* repository, const git_index_entry* entry)
{
    if (!entry)
        return {};
    git_blob* raw = nullptr;
    git::check(git_blob_lookup(&raw, repository, &entry->id), std::string("reading ") + entry->path);
    git::BlobHandle blob(raw);
    return std::string(static_cast<const char*>(git_blob_rawcontent(blob.get())), git_blob_rawsize(blob.get()));
}

// Ways to put both sides of every conflict block of `marked` (a merge with conflict markers) one after
// the other. The line merge trims lines both sides share from a block's ends (two added items both end in
// "</item>", which then stands once after the block), so besides the plain union the variants repeat the
// 1–3 lines after the block (or before it) between the two sides. Which one loses nothing is for the
// document's elements to judge.
std::vector<std::string> unionCandidates(const std::string& marked)
{
    std::vector<std::string> lines;
    for (std::size_t start = 0; start < marked.size();) {
        const std::size_t end = marked.find('\n', start);
        lines.push_back(marked.substr(start, end == std::string::npos ? std::string::npos : end - start + 1));
        start = end == std::string::npos ? marked.size() : end + 1;
    }
    std::vector<std::string> candidates;
    for (int repeatAfter = 0; repeatAfter <= 3; ++repeatAfter) {
        for (int repeatBefore = 0; repeatBefore <= (repeatAfter == 0 ? 3 : 0); ++repeatBefore) {
            std::string candidate;
            bool usable = true;
            for (std::size_t i = 0; i < lines.size() && usable; ++i) {
                if (!lines[i].starts_with("<<<<<<< ")) {
                    candidate += lines[i];
                    continue;
                }
                std::string ours;
                std::string theirs;
                std::size_t j = i + 1;
                for (; j < lines.size() && !lines[j].starts_with("======="); ++j)
                    ours += lines[j];
                for (++j; j < lines.size() && !lines[j].starts_with(">>>>>>> "); ++j)
                    theirs += lines[j];
                if (j >= lines.size()) {
                    usable = false;
                    break;
                }
                std::string between;
                for (int k = 1; k <= repeatAfter && j + static_cast<std::size_t>(k) < lines.size(); ++k)
                    between += lines[j + static_cast<std::size_t>(k)];
                for (int k = repeatBefore; k >= 1; --k) {
                    if (i >= static_cast<std::size_t>(k))
                        between += lines[i - static_cast<std::size_t>(k)];
                }
                candidate += ours + between + theirs;
                i = j;
            }
            if (usable && std::find(candidates.begin(), candidates.end(), candidate) == candidates.end())
                candidates.push_back(candidate);
        }
    }
    return candidates;
}

git_oid mergeCommits(git_repository* repository, git_commit* ours, git_commit* theirs, const Author& author,
    const std::string& remote, const TransferOptions& options, std::vector<std::string>& conflicts)
{
    git_merge_options mergeOptions = GIT_MERGE_OPTIONS_INIT;
    git_index* rawIndex = nullptr;
    git::check(git_merge_commits(&rawIndex, repository, ours, theirs, &mergeOptions), "merging");
    git::IndexHandle index(rawIndex);
    if (git_index_has_conflicts(index.get())) {
        struct Conflict {
            std::string path;
            git_index_entry ancestor {};
            git_index_entry ours {};
            git_index_entry theirs {};
            bool hasAncestor = false;
            bool hasOurs = false;
            bool hasTheirs = false;
        };
        std::vector<Conflict> found;
        git_index_conflict_iterator* rawIterator = nullptr;
        git::check(git_index_conflict_iterator_new(&rawIterator, index.get()), "listing conflicts");
        ConflictIteratorHandle iterator(rawIterator);
        const git_index_entry* ancestor = nullptr;
        const git_index_entry* our = nullptr;
        const git_index_entry* their = nullptr;
        while (git_index_conflict_next(&ancestor, &our, &their, iterator.get()) == 0) {
            Conflict conflict;
            conflict.path = (our ? our : their ? their : ancestor)->path;
            if (ancestor) {
                conflict.ancestor = *ancestor;
                conflict.hasAncestor = true;
            }
            if (our) {
                conflict.ours = *our;
                conflict.hasOurs = true;
            }
            if (their) {
                conflict.theirs = *their;
                conflict.hasTheirs = true;
            }
            found.push_back(conflict);
        }
        iterator.reset();
        for (Conflict& conflict : found) {
            // The path strings of the entries belong to the index: keep our own copy while it changes.
            conflict.ancestor.path = conflict.ours.path = conflict.theirs.path = conflict.path.c_str();
            git_merge_file_options fileOptions = GIT_MERGE_FILE_OPTIONS_INIT;
            fileOptions.ancestor_label = "base";
            fileOptions.our_label = "this workspace";
            const std::string theirLabel = "remote " + remote;
            fileOptions.their_label = theirLabel.c_str();
            git_index_entry merged {};
            if (conflict.hasOurs && conflict.hasTheirs) {
                git_merge_file_result result {};
                git::check(git_merge_file_from_index(&result, repository, conflict.hasAncestor ? &conflict.ancestor : nullptr,
                               &conflict.ours, &conflict.theirs, &fileOptions),
                    "merging " + conflict.path);
                std::string text(result.ptr ? result.ptr : "", result.len);
                bool clean = result.automergeable != 0;
                git_merge_file_result_free(&result);
                const std::string base = clean ? std::string() : blobText(repository, conflict.hasAncestor ? &conflict.ancestor : nullptr);
                const std::string mine = clean ? std::string() : blobText(repository, &conflict.ours);
                const std::string other = clean ? std::string() : blobText(repository, &conflict.theirs);
                // Where the lines clash, the document's kind merges it by element; conflicts it keeps are
                // records in the document, which still opens.
                bool byElement = false;
                if (!clean && options.mergeByElement) {
                    if (auto merged = options.mergeByElement(conflict.path, base, mine, other)) {
                        text = std::move(merged->text);
                        clean = merged->conflicts == 0;
                        byElement = true;
                    }
                }
                // Else both sides' lines together may still be a whole merge (two items added at the same
                // place): taken only when the document's elements say nothing is lost.
                if (!clean && !byElement && options.acceptsUnion) {
                    for (const std::string& candidate : unionCandidates(text)) {
                        if (options.acceptsUnion(conflict.path, base, mine, other, candidate)) {
                            text = candidate;
                            clean = true;
                            break;
                        }
                    }
                }
                git_oid blob {};
                git::check(git_blob_create_from_buffer(&blob, repository, text.data(), text.size()), "writing the merged " + conflict.path);
                merged = conflict.ours;
                merged.id = blob;
                if (!clean)
                    conflicts.push_back(conflict.path);
            } else {
                // Removed on one side, changed on the other: the changed document stays, and is named.
                merged = conflict.hasOurs ? conflict.ours : conflict.theirs;
                conflicts.push_back(conflict.path);
            }
            git::check(git_index_conflict_remove(index.get(), conflict.path.c_str()), "settling " + conflict.path);
            merged.flags = 0;
            merged.flags_extended = 0;
            git::check(git_index_add(index.get(), &merged), "settling " + conflict.path);
        }
    }
    git_oid tree {};
    git::check(git_index_write_tree_to(&tree, index.get(), repository), "writing the merged files");
    git_tree* rawTree = nullptr;
    git::check(git_tree_lookup(&rawTree, repository, &tree), "reading the merged files");
    git::TreeHandle treeHandle(rawTree);
    git::SignatureHandle signature = signatureOf(author);
    std::string message = "Merge " + remote;
    if (!conflicts.empty()) {
        message += "\n\nBoth sides changed the same parts of these documents; both versions are kept in them"
                   " (sapha-cli conflicts, sapha-cli resolve):\n";
        for (const std::string& path : conflicts)
            message += "  " + path + "\n";
    }
    const git_commit* parents[] = { ours, theirs };
    git_oid id {};
    git::check(git_commit_create(&id, repository, nullptr, signature.get(), signature.get(), "UTF-8", message.c_str(),
                   treeHandle.get(), 2, parents),
        "writing the merge");
    return id;
}

SyncOutcome mergeFetched(git_repository* repository, const std::filesystem::path& root, const std::string& remote, const Author& author,
    const TransferOptions& options)
{
    SyncOutcome outcome;
    const std::string branch = headBranch(repository);
    const std::string tracking = "refs/remotes/" + remote + "/" + branch.substr(std::string("refs/heads/").size());
    git_oid theirId {};
    if (git_reference_name_to_id(&theirId, repository, tracking.c_str()) != 0)
        return outcome; // the remote has no such branch yet (an empty shared repository)
    git_oid ourId {};
    const bool unborn = git_reference_name_to_id(&ourId, repository, branch.c_str()) != 0;
    if (unborn) {
        checkoutAndMove(repository, root, branch, nullptr, theirId, "sapha: sync: from " + remote);
        outcome.merge = SyncOutcome::Merge::FastForward;
        outcome.revision = oidText(theirId);
        return outcome;
    }
    git_oid base {};
    const int related = git_merge_base(&base, repository, &ourId, &theirId);
    if (related == 0 && git_oid_equal(&base, &theirId)) {
        outcome.merge = SyncOutcome::Merge::UpToDate;
        outcome.revision = oidText(ourId);
        return outcome;
    }
    if (related == 0 && git_oid_equal(&base, &ourId)) {
        checkoutAndMove(repository, root, branch, &ourId, theirId, "sapha: sync: fast-forward to " + remote);
        outcome.merge = SyncOutcome::Merge::FastForward;
        outcome.revision = oidText(theirId);
        return outcome;
    }
    if (related != 0 && related != GIT_ENOTFOUND)
        git::check(related, "finding the common version");
    git_commit* rawOurs = nullptr;
    git::check(git_commit_lookup(&rawOurs, repository, &ourId), "reading the workspace's version");
    git::CommitHandle ours(rawOurs);
    git_commit* rawTheirs = nullptr;
    git::check(git_commit_lookup(&rawTheirs, repository, &theirId), "reading the remote's version");
    git::CommitHandle theirs(rawTheirs);
    const git_oid merged = mergeCommits(repository, ours.get(), theirs.get(), author, remote, options, outcome.conflicts);
    checkoutAndMove(repository, root, branch, &ourId, merged, "sapha: sync: merge " + remote);
    outcome.merge = SyncOutcome::Merge::Merged;
    outcome.revision = oidText(merged);
    return outcome;
}

struct PushResult {
    bool branchRejected = false; // the remote has versions this workspace has not fetched
    bool branchRefused = false;  // the remote would not take the branch for another reason (branchWhy)
    std::string branchWhy;
    std::vector<std::string> rejectedTags;
};

// Whether a remote's reason for refusing the branch means "someone pushed first" (fetch, merge, push
// again) rather than something a retry cannot mend (a lock file left by a push that stopped half-way).
bool meansFetchFirst(const std::string& why)
{
    return why.empty() || why.find("fetch first") != std::string::npos || why.find("fast-forward") != std::string::npos
        || why.find("fast forward") != std::string::npos || why.find("stale") != std::string::npos;
}

// The remote's refusal, with the way out when it is a lock file.
Error refusalOf(const PushResult& result, const std::string& remote)
{
    std::string why = result.branchWhy;
    while (!why.empty() && (why.back() == ' ' || why.back() == ':'))
        why.pop_back(); // libgit2 ends some reasons with ": " and nothing after it
    std::string message = localized("เซิร์ฟเวอร์ไม่รับฉบับของพื้นที่ทำงานนี้: \"" + why + "\"",
        "the remote would not take this workspace's versions: " + why);
    if (result.branchWhy.find(".lock") != std::string::npos)
        message += localized(" — มีการส่งขึ้นเซิร์ฟเวอร์อื่นกำลังทำอยู่ หรือหยุดไปกลางคัน: ถ้าไม่มีใครกำลังส่ง ให้ลบแฟ้มล็อกนั้นแล้วซิงก์อีกครั้ง "
                             "ทุกอย่างยังเก็บไว้ที่นี่",
            " — another push to it is under way, or one stopped half-way: if no one is pushing, delete that lock "
            "file and sync again; everything is kept here");
    return Error { message, remote };
}

PushResult push(git_repository* repository, const std::string& remoteName, TransferState& state)
{
    RemoteHandle remote = lookupRemote(repository, remoteName);
    const std::string branch = headBranch(repository);
    std::vector<std::string> refspecs { branch + ":" + branch };
    git_strarray tags {};
    git::check(git_tag_list(&tags, repository), "listing named versions");
    for (std::size_t i = 0; i < tags.count; ++i)
        refspecs.push_back(std::string("refs/tags/") + tags.strings[i] + ":refs/tags/" + tags.strings[i]);
    git_strarray_dispose(&tags);
    std::vector<char*> pointers;
    for (std::string& spec : refspecs)
        pointers.push_back(spec.data());
    const git_strarray specs { pointers.data(), pointers.size() };

    git_push_options options = GIT_PUSH_OPTIONS_INIT;
    options.callbacks = transferCallbacks(state);
    state.rejected.clear();
    const int pushed = git_remote_push(remote.get(), &specs, &options);
    PushResult result;
    // Over some transports libgit2 reports "someone pushed first" as this error rather than per reference.
    if (pushed == GIT_ENONFASTFORWARD) {
        result.branchRejected = true;
        result.branchWhy = "the remote has versions this workspace has not fetched";
        return result;
    }
    git::check(pushed, "pushing to " + remoteName);
    for (const auto& [reference, why] : state.rejected) {
        if (reference == branch) {
            (meansFetchFirst(why) ? result.branchRejected : result.branchRefused) = true;
            result.branchWhy = why;
        } else {
            result.rejectedTags.push_back(reference);
        }
    }
    return result;
}

// The documents of HEAD still holding a conflict (markers or records): they are not pushed, so that the
// others get the person's choice, not the conflict.
std::vector<std::string> unsettledInHead(git_repository* repository)
{
    struct Walk {
        git_repository* repository;
        std::vector<std::string> found;
    } walk { repository, {} };
    git_object* rawTree = nullptr;
    if (git_revparse_single(&rawTree, repository, "HEAD^{tree}") != 0)
        return {}; // nothing committed yet
    git::ObjectHandle tree(rawTree);
    git::check(git_tree_walk(reinterpret_cast<git_tree*>(tree.get()), GIT_TREEWALK_PRE,
                   [](const char* folder, const git_tree_entry* entry, void* payload) -> int {
                       auto* walk = static_cast<Walk*>(payload);
                       if (git_tree_entry_type(entry) != GIT_OBJECT_BLOB)
                           return 0;
                       git_blob* rawBlob = nullptr;
                       if (git_blob_lookup(&rawBlob, walk->repository, git_tree_entry_id(entry)) != 0)
                           return -1;
                       git::BlobHandle blob(rawBlob);
                       const std::string_view text(static_cast<const char*>(git_blob_rawcontent(blob.get())),
                           static_cast<std::size_t>(git_blob_rawsize(blob.get())));
                       if (hasUnsettledConflict(text))
                           walk->found.push_back(std::string(folder) + git_tree_entry_name(entry));
                       return 0;
                   },
                   &walk),
        "looking for unsettled conflicts");
    return walk.found;
}

// Makes the local branch of the remote's "main" (else "master", else its only branch) and checks it out.
Status adoptRemoteBranch(git_repository* repository)
{
    try {
        git_strarray references {};
        git::check(git_reference_list(&references, repository), "listing the remote's branches");
        std::vector<std::string> branches;
        for (std::size_t i = 0; i < references.count; ++i) {
            const std::string name = references.strings[i];
            if (name.starts_with("refs/remotes/origin/") && !name.ends_with("/HEAD"))
                branches.push_back(name.substr(std::string("refs/remotes/origin/").size()));
        }
        git_strarray_dispose(&references);
        if (branches.empty())
            return Status::ok(); // an empty shared repository: the first push fills it
        std::string chosen = branches.front();
        for (const char* preferred : { "master", "main" }) {
            if (std::find(branches.begin(), branches.end(), preferred) != branches.end())
                chosen = preferred;
        }
        git_oid target {};
        git::check(git_reference_name_to_id(&target, repository, ("refs/remotes/origin/" + chosen).c_str()), "reading the remote's branch");
        git::check(git_repository_set_head(repository, ("refs/heads/" + chosen).c_str()), "choosing the branch");
        const std::filesystem::path root = std::filesystem::path(git_repository_workdir(repository));
        checkoutAndMove(repository, root, "refs/heads/" + chosen, nullptr, target, "sapha: clone");
        git_reference* branch = nullptr;
        git::check(git_branch_lookup(&branch, repository, chosen.c_str(), GIT_BRANCH_LOCAL), "reading the branch");
        git::ReferenceHandle branchHandle(branch);
        git::check(git_branch_set_upstream(branch, ("origin/" + chosen).c_str()), "following the remote's branch");
        return Status::ok();
    } catch (const git::GitError& failure) {
        return Error { failure.what(), {}, git::errorCodeOf(failure) };
    }
}

} // namespace

bool hasConflictMarkers(std::string_view text)
{
    std::size_t start = 0;
    bool opened = false;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        const std::string_view line = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
        if (line.starts_with("<<<<<<< "))
            opened = true;
        else if (opened && line.starts_with(">>>>>>> "))
            return true;
        if (end == std::string_view::npos)
            break;
        start = end + 1;
    }
    return false;
}

bool hasUnsettledConflict(std::string_view text)
{
    return hasConflictMarkers(text) || xml::hasConflictRecords(text);
}

std::vector<std::string> conflictedDocuments(const std::filesystem::path& root, const std::vector<std::string>& paths)
{
    std::vector<std::string> conflicted;
    for (const std::string& path : paths) {
        std::ifstream in(root / path, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        if (hasUnsettledConflict(text.str()))
            conflicted.push_back(path);
    }
    return conflicted;
}

Status cloneWorkspace(const std::string& url, const std::filesystem::path& directory, const TransferOptions& options)
{
    std::error_code error;
    if (std::filesystem::exists(directory, error) && !std::filesystem::is_empty(directory, error))
        return Status::failure(localized("มีอยู่แล้วและไม่ว่าง: โคลนลงโฟลเดอร์ใหม่", "exists and is not empty: clone into a new folder"),
            directory.string());
    TransferState state(options);
    git_clone_options clone = GIT_CLONE_OPTIONS_INIT;
    clone.fetch_opts.callbacks = transferCallbacks(state);
    clone.fetch_opts.download_tags = GIT_REMOTE_DOWNLOAD_TAGS_ALL;
    git_repository* raw = nullptr;
    const int cloned = git_clone(&raw, url.c_str(), directory.c_str(), &clone);
    git::RepositoryHandle repository(raw);
    if (cloned < 0) {
        const std::string why = state.why.empty() ? git::lastErrorMessage() : state.why;
        std::filesystem::remove_all(directory, error); // a half-made clone helps nobody
        return Status::failure(withoutPassword(localized("โคลนไม่ได้: ", "could not be cloned: ") + why, url), withoutPassword(url, url));
    }
    // A shared repository made with `git init --bare` points its HEAD at "master" while Sapha pushes
    // "main": the clone then has no branch. Take the remote's main (or its only) branch.
    if (git_repository_head_unborn(repository.get()) == 1) {
        if (Status adopted = adoptRemoteBranch(repository.get()); !adopted) {
            repository.reset();
            std::filesystem::remove_all(directory, error);
            return Status::failure(withoutPassword(adopted.error().message, url), withoutPassword(url, url));
        }
    }
    flushFileSystem(directory);
    return Status::ok();
}

Result<SyncOutcome> pullWorkspace(const std::filesystem::path& root, const std::string& remote, const Author& author,
    const TransferOptions& options)
{
    TransferState state(options);
    try {
        git::RepositoryHandle repository = openRepository(root);
        fetch(repository.get(), remote, state);
        return mergeFetched(repository.get(), root, remote, author, options);
    } catch (const git::GitError& failure) {
        return transferError(state, failure, remote);
    }
}

Result<SyncOutcome> pushWorkspace(const std::filesystem::path& root, const std::string& remote, const TransferOptions& options)
{
    TransferState state(options);
    try {
        git::RepositoryHandle repository = openRepository(root);
        if (std::vector<std::string> unsettled = unsettledInHead(repository.get()); !unsettled.empty())
            return Error { localized("มีข้อขัดแย้งจากการซิงก์ที่ยังไม่ได้เลือก: เลือกก่อนส่งขึ้นเซิร์ฟเวอร์ (sapha-cli resolve "
                                         + unsettled.front() + ")",
                               "holds a sync conflict not yet chosen: resolve it before pushing (sapha-cli resolve "
                                   + unsettled.front() + ")"),
                unsettled.front() };
        PushResult result = push(repository.get(), remote, state);
        if (result.branchRefused)
            return refusalOf(result, remote);
        if (result.branchRejected)
            return Error { localized("เซิร์ฟเวอร์มีการแก้ไขที่พื้นที่ทำงานนี้ยังไม่มี (มีคนส่งขึ้นไปก่อน: \"" + result.branchWhy
                                         + "\"): sapha-cli sync จะดึงมารวมแล้วจึงส่ง",
                               "the remote has changes this workspace does not (someone pushed first: " + result.branchWhy
                                   + "); sapha-cli sync fetches and merges them, then pushes"),
                remote };
        SyncOutcome outcome;
        outcome.pushed = true;
        outcome.pushAttempts = 1;
        outcome.rejectedTags = result.rejectedTags;
        return outcome;
    } catch (const git::GitError& failure) {
        return transferError(state, failure, remote);
    }
}

Result<SyncOutcome> syncWorkspace(const std::filesystem::path& root, const std::string& remote, const Author& author,
    const TransferOptions& options)
{
    constexpr int kAttempts = 3;
    TransferState state(options);
    try {
        git::RepositoryHandle repository = openRepository(root);
        SyncOutcome outcome;
        for (int attempt = 1; attempt <= kAttempts; ++attempt) {
            fetch(repository.get(), remote, state);
            SyncOutcome merged = mergeFetched(repository.get(), root, remote, author, options);
            if (attempt == 1 || merged.merge != SyncOutcome::Merge::UpToDate) {
                outcome.merge = merged.merge;
                outcome.conflicts.insert(outcome.conflicts.end(), merged.conflicts.begin(), merged.conflicts.end());
            }
            outcome.revision = merged.revision;
            // Both versions of a conflict stay here until a person chooses: the others get the choice, not
            // the markers.
            if (!outcome.conflicts.empty())
                return outcome;
            if (std::vector<std::string> unsettled = unsettledInHead(repository.get()); !unsettled.empty()) {
                outcome.conflicts = unsettled; // left from an earlier merge, not yet chosen
                return outcome;
            }
            PushResult pushed = push(repository.get(), remote, state);
            outcome.pushAttempts = attempt;
            if (pushed.branchRefused)
                return refusalOf(pushed, remote);
            if (!pushed.branchRejected) {
                outcome.pushed = true;
                outcome.rejectedTags = pushed.rejectedTags;
                return outcome;
            }
        }
        return Error { localized("เซิร์ฟเวอร์เปลี่ยนไม่หยุดระหว่างที่พื้นที่ทำงานนี้ส่งขึ้นไป (ลอง " + std::to_string(kAttempts)
                                     + " ครั้ง): ซิงก์อีกครั้งในอีกสักครู่ ทุกอย่างรวมและเก็บไว้ที่นี่แล้ว",
                           "the remote kept changing while this workspace pushed (" + std::to_string(kAttempts)
                               + " tries): sync again in a moment; everything is merged and kept here"),
            remote };
    } catch (const git::GitError& failure) {
        return transferError(state, failure, remote);
    }
}

Result<std::string> sideOfLastMerge(const std::filesystem::path& root, const std::string& path, bool theirs)
{
    try {
        git::RepositoryHandle repository = openRepository(root);
        git_revwalk* rawWalk = nullptr;
        git::check(git_revwalk_new(&rawWalk, repository.get()), "walking the history");
        git::RevwalkHandle walk(rawWalk);
        git::check(git_revwalk_push_head(walk.get()), "walking the history");
        git_revwalk_simplify_first_parent(walk.get());
        git_oid id {};
        while (git_revwalk_next(&id, walk.get()) == 0) {
            git_commit* rawCommit = nullptr;
            git::check(git_commit_lookup(&rawCommit, repository.get(), &id), "reading the history");
            git::CommitHandle commit(rawCommit);
            if (git_commit_parentcount(commit.get()) != 2)
                continue;
            git_commit* rawParent = nullptr;
            git::check(git_commit_parent(&rawParent, commit.get(), theirs ? 1 : 0), "reading the merge's parents");
            git::CommitHandle parent(rawParent);
            git_tree* rawTree = nullptr;
            git::check(git_commit_tree(&rawTree, parent.get()), "reading the merge's parents");
            git::TreeHandle tree(rawTree);
            git_tree_entry* rawEntry = nullptr;
            if (git_tree_entry_bypath(&rawEntry, tree.get(), path.c_str()) != 0)
                continue;
            git::TreeEntryHandle entry(rawEntry);
            git_blob* rawBlob = nullptr;
            git::check(git_blob_lookup(&rawBlob, repository.get(), git_tree_entry_id(entry.get())), "reading " + path);
            git::BlobHandle blob(rawBlob);
            const std::string text(static_cast<const char*>(git_blob_rawcontent(blob.get())), git_blob_rawsize(blob.get()));
            if (hasConflictMarkers(text))
                continue;
            return text;
        }
        return Error { localized("ไม่มีการรวมในประวัติที่มีเอกสารนี้ทั้งสองฝั่ง", "no merge in the history has this document on both sides"), path };
    } catch (const git::GitError& failure) {
        return Error { failure.what(), path, git::errorCodeOf(failure) };
    }
}

} // namespace sapha::host
