// Sapha — the workspace's remotes.
// SPDX-License-Identifier: MIT
#include "sync/remotes.hpp"

#include <git2.h>

#include "git/git_error.hpp"
#include "git/git_handle.hpp"
#include "messages/message_language.hpp"

namespace sapha::host {

namespace {

using RemoteHandle = git::Handle<git_remote, git_remote_free>;

git::RepositoryHandle openRepository(const std::filesystem::path& root)
{
    git_repository* raw = nullptr;
    git::check(git_repository_open_ext(&raw, root.c_str(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr), "opening the workspace's repository");
    return git::RepositoryHandle(raw);
}

} // namespace

Result<std::vector<RemoteInfo>> listRemotes(const std::filesystem::path& workspaceRoot)
{
    try {
        git::RepositoryHandle repository = openRepository(workspaceRoot);
        git_strarray names {};
        git::check(git_remote_list(&names, repository.get()), "listing remotes");
        std::vector<RemoteInfo> remotes;
        for (std::size_t i = 0; i < names.count; ++i) {
            git_remote* raw = nullptr;
            if (git_remote_lookup(&raw, repository.get(), names.strings[i]) == 0) {
                RemoteHandle remote(raw);
                remotes.push_back({ names.strings[i], git_remote_url(remote.get()) ? git_remote_url(remote.get()) : "" });
            }
        }
        git_strarray_dispose(&names);
        return remotes;
    } catch (const git::GitError& failure) {
        return Error { failure.what(), workspaceRoot.string() };
    }
}

Status addRemote(const std::filesystem::path& workspaceRoot, const std::string& name, const std::string& url)
{
    if (url.empty())
        return Status::failure(localized("เซิร์ฟเวอร์ต้องมีที่อยู่ (โฟลเดอร์ git:// ssh:// หรือ https://)",
                                   "a remote needs an address (a folder, git://, ssh:// or https://)"),
            name);
    int valid = 0;
    if (git_remote_name_is_valid(&valid, name.c_str()) < 0 || !valid)
        return Status::failure(localized("git ไม่รับชื่อนี้เป็นชื่อเซิร์ฟเวอร์ (ใช้ตัวอักษร ตัวเลข '-' '_' '.')",
                                   "not a name git takes for a remote (letters, digits, '-', '_', '.')"),
            name);
    try {
        git::RepositoryHandle repository = openRepository(workspaceRoot);
        git_remote* raw = nullptr;
        const int made = git_remote_create(&raw, repository.get(), name.c_str(), url.c_str());
        if (made == GIT_EEXISTS)
            return Status::failure(localized("มีเซิร์ฟเวอร์ชื่อนี้อยู่แล้ว", "a remote of this name exists already"), name);
        git::check(made, "adding remote " + name);
        RemoteHandle remote(raw);
        return Status::ok();
    } catch (const git::GitError& failure) {
        return Status::failure(failure.what(), name);
    }
}

Status removeRemote(const std::filesystem::path& workspaceRoot, const std::string& name)
{
    try {
        git::RepositoryHandle repository = openRepository(workspaceRoot);
        const int removed = git_remote_delete(repository.get(), name.c_str());
        if (removed == GIT_ENOTFOUND)
            return Status::failure(localized("ไม่มีเซิร์ฟเวอร์ชื่อนี้", "no remote of this name"), name);
        git::check(removed, "removing remote " + name);
        return Status::ok();
    } catch (const git::GitError& failure) {
        return Status::failure(failure.what(), name);
    }
}

} // namespace sapha::host
