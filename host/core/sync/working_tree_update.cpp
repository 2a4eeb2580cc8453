// Sapha — writing a synced version into the working tree the way a save writes a document.
// SPDX-License-Identifier: MIT
#include "sync/working_tree_update.hpp"

#include <map>
#include <string>

#include <sys/stat.h> // chmod

#include "git/git_error.hpp"
#include "git/git_handle.hpp"
#include "messages/message_language.hpp"
#include "storage/index_stat.hpp"
#include "storage/atomic_file.hpp"

namespace fs = std::filesystem;

namespace sapha::host {

namespace {

// Refuses, before anything is written, when a file the update would replace or remove was changed
// outside Sapha (or an untracked file is in the way): libgit2's checkout, run dry, says which.
void refuseChangesOutside(git_repository* repository, git_tree* from, git_tree* to)
{
    std::string changedOutside;
    git_checkout_options checkout = GIT_CHECKOUT_OPTIONS_INIT;
    checkout.checkout_strategy = GIT_CHECKOUT_SAFE | GIT_CHECKOUT_DRY_RUN | GIT_CHECKOUT_DONT_UPDATE_INDEX
        | GIT_CHECKOUT_DONT_WRITE_INDEX;
    checkout.baseline = from;
    checkout.notify_flags = GIT_CHECKOUT_NOTIFY_CONFLICT;
    checkout.notify_cb = [](git_checkout_notify_t, const char* path, const git_diff_file*, const git_diff_file*,
                             const git_diff_file*, void* payload) {
        *static_cast<std::string*>(payload) += std::string(path) + " ";
        return 0;
    };
    checkout.notify_payload = &changedOutside;
    const int done = git_checkout_tree(repository, reinterpret_cast<git_object*>(to), &checkout);
    if (done == GIT_ECONFLICT || !changedOutside.empty())
        throw git::GitError(localized("แฟ้มเหล่านี้ถูกแก้ไขนอก Sapha และจะถูกเขียนทับ: " + changedOutside
                                        + "— บันทึกใน Sapha (หรือคืนค่า) แล้วซิงก์อีกครั้ง",
                                "these files were changed outside Sapha and would be overwritten: " + changedOutside
                                    + "— save them in Sapha (or restore them) and sync again"),
            GIT_ECONFLICT);
    git::check(done, "checking the working files");
}

// The blob `id` as `path` is checked out (the repository's filters applied), written beside its place.
PendingFile stageBlob(git_repository* repository, const fs::path& root, const char* path, const git_oid& id, bool executable)
{
    git_blob* rawBlob = nullptr;
    git::check(git_blob_lookup(&rawBlob, repository, &id), std::string("reading ") + path);
    git::BlobHandle blob(rawBlob);
    git_buf buffer = GIT_BUF_INIT;
    const int filtered = git_blob_filtered_content(&buffer, blob.get(), path, 1);
    const std::string content = filtered == 0 ? std::string(buffer.ptr, buffer.size) : std::string();
    git_buf_dispose(&buffer);
    git::check(filtered, std::string("reading ") + path);
    const fs::path target = root / path;
    std::error_code error;
    fs::create_directories(target.parent_path(), error);
    if (error)
        throw git::GitError(localized("สร้างโฟลเดอร์ " + target.parent_path().string() + " ไม่ได้: " + systemReason(error.value()),
                                "creating the folder " + target.parent_path().string() + " failed: " + error.message()), -1);
    removeAbandonedTemporaries(target); // a sync or a save of this file killed half-way
    Result<PendingFile> staged = PendingFile::stage(target, content);
    if (!staged)
        throw git::GitError(staged.error().describe(), -1);
    if (executable)
        ::chmod(staged.value().temporary().c_str(), 0755);
    return std::move(staged.value());
}

// The bytes of the index for `to`: built in a copy in the staging folder (the real index is replaced
// only by the update's rename), keeping the stat data of unchanged files and taking that of each new
// file from its staged copy (the same file once renamed).
std::string indexFor(git_repository* repository, git_tree* to, const std::map<std::string, fs::path>& written)
{
    const fs::path gitDirectory = git_repository_path(repository);
    const fs::path staging = gitDirectory / "sapha-staging";
    const fs::path copy = staging / "index";
    std::error_code error;
    fs::create_directories(staging, error);
    fs::remove(copy, error);
    if (fs::exists(gitDirectory / "index", error))
        fs::copy_file(gitDirectory / "index", copy, error);
    git_index* raw = nullptr;
    if (git_index_open(&raw, copy.c_str()) < 0 || git_index_read(raw, 1) < 0) {
        git_index_free(raw); // unreadable: built anew from the tree
        raw = nullptr;
        fs::remove(copy, error);
        git::check(git_index_open(&raw, copy.c_str()), "building the index in " + copy.string());
    }
    git::IndexHandle index(raw);
    git::check(git_index_read_tree(index.get(), to), "building the index of the synced version");
    for (const auto& [path, file] : written) {
        const git_index_entry* current = git_index_get_bypath(index.get(), path.c_str(), 0);
        if (!current)
            continue;
        git_index_entry entry = *current;
        git::takeStatOf(entry, file);
        git::check(git_index_add(index.get(), &entry), "updating the index for " + path);
    }
    git::check(git_index_write(index.get()), "writing the index in " + copy.string());
    Result<std::string> bytes = readFile(copy);
    fs::remove(copy, error);
    if (!bytes)
        throw git::GitError(bytes.error().describe(), -1);
    return bytes.value();
}

} // namespace

void stageWorkingTree(git_repository* repository, const fs::path& root, git_tree* from, git_tree* to, RepositoryUpdate& update)
{
    refuseChangesOutside(repository, from, to);

    git_diff* rawDiff = nullptr;
    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    git::check(git_diff_tree_to_tree(&rawDiff, repository, from, to, &options), "comparing the versions' files");
    git::DiffHandle diff(rawDiff);

    std::map<std::string, fs::path> written; // path in the repository -> its staged copy
    for (std::size_t i = 0; i < git_diff_num_deltas(diff.get()); ++i) {
        const git_diff_delta* delta = git_diff_get_delta(diff.get(), i);
        const git_diff_file& file = delta->new_file;
        if (delta->status == GIT_DELTA_DELETED) {
            update.removeWorkingFile(root / delta->old_file.path, root);
        } else if (file.mode == GIT_FILEMODE_BLOB || file.mode == GIT_FILEMODE_BLOB_EXECUTABLE) {
            PendingFile staged = stageBlob(repository, root, file.path, file.id, file.mode == GIT_FILEMODE_BLOB_EXECUTABLE);
            written[file.path] = staged.temporary();
            update.replaceWorkingFile(std::move(staged));
        } else if (file.mode == GIT_FILEMODE_LINK) {
            throw git::GitError(localized(std::string(file.path)
                                            + " เป็นลิงก์สัญลักษณ์ (สร้างด้วย git): Sapha เขียนเฉพาะเอกสาร ให้นำฉบับนี้เข้ามาด้วย `git pull`",
                                    std::string(file.path)
                                        + " is a symbolic link (made with git): Sapha writes documents only; bring this version in "
                                          "with `git pull`"),
                -1);
        }
        // A submodule's commit is not checked out (Sapha makes none).
    }
    update.lockIndex().write(indexFor(repository, to, written));
}

} // namespace sapha::host
