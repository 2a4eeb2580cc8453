// Sapha — fetching from a remote so that a power cut at any instant leaves a valid repository.
// SPDX-License-Identifier: MIT
#include "sync/durable_fetch.hpp"

#include <filesystem>
#include <string_view>

#include "git/git_error.hpp"
#include "git/git_handle.hpp"
#include "messages/message_language.hpp"
#include "storage/repository_update.hpp"

namespace sapha::host {

namespace {

// Where this repository keeps the remote's ref `name` (a fetch refspec's destination; a tag keeps its
// name), or empty when it keeps none.
std::string localNameOf(git_remote* remote, const std::string& name)
{
    if (name.rfind("refs/tags/", 0) == 0)
        return name;
    for (std::size_t i = 0; i < git_remote_refspec_count(remote); ++i) {
        const git_refspec* spec = git_remote_get_refspec(remote, i);
        if (git_refspec_direction(spec) != GIT_DIRECTION_FETCH || !git_refspec_src_matches(spec, name.c_str()))
            continue;
        git_buf local = GIT_BUF_INIT;
        const int transformed = git_refspec_transform(&local, spec, name.c_str());
        std::string result = transformed == 0 ? std::string(local.ptr, local.size) : std::string();
        git_buf_dispose(&local);
        return result;
    }
    return {};
}

} // namespace

void fetchDurably(git_repository* repository, git_remote* remote, const git_fetch_options& options, const std::string& what)
{
    {
        // libgit2 flushes the pack and its index, each before it is put in place, only with its fsync
        // on (off elsewhere: git_runtime.cpp): a power cut could otherwise leave an index cut short.
        struct FsyncDuringDownload {
            FsyncDuringDownload() { git_libgit2_opts(GIT_OPT_ENABLE_FSYNC_GITDIR, 1); }
            ~FsyncDuringDownload() { git_libgit2_opts(GIT_OPT_ENABLE_FSYNC_GITDIR, 0); }
        } fsyncOn;
        git::check(git_remote_download(remote, nullptr, &options), "fetching from " + what);
    }

    const git_remote_head** heads = nullptr;
    std::size_t count = 0;
    git::check(git_remote_ls(&heads, &count, remote), "listing the branches of " + what);
    git_odb* rawOdb = nullptr;
    git::check(git_repository_odb(&rawOdb, repository), "opening the objects");
    git::Handle<git_odb, git_odb_free> odb(rawOdb);
    git_signature* rawWho = nullptr;
    if (git_signature_default(&rawWho, repository) != 0)
        git::check(git_signature_now(&rawWho, "Sapha", "sapha@localhost"), "the reflog's name");
    git::SignatureHandle who(rawWho);

    RepositoryUpdate update(repository, git_repository_path(repository));
    bool moved = false;
    for (std::size_t i = 0; i < count; ++i) {
        const std::string name = heads[i]->name;
        if (name.size() > 3 && std::string_view(name).substr(name.size() - 3) == "^{}")
            continue; // a tag's peeled line, not a ref
        const std::string local = localNameOf(remote, name);
        if (local.empty() || !git_odb_exists(odb.get(), &heads[i]->oid))
            continue;
        git_oid current {};
        const bool exists = git_reference_name_to_id(&current, repository, local.c_str()) == 0;
        if (exists && (git_oid_equal(&current, &heads[i]->oid) || local.rfind("refs/tags/", 0) == 0))
            continue; // up to date, or a named version of ours (never moved by a fetch, as with git)
        try {
            update.moveRef(local, heads[i]->oid, exists ? &current : nullptr, *who, "sapha: fetch " + what);
        } catch (const git::GitError& failure) {
            if (failure.code() != GIT_ELOCKED)
                throw;
            // Said as for any lock git's programs left (git_error.cpp), with the way out.
            const std::string lock = (std::filesystem::path(git_repository_path(repository)) / (local + ".lock")).string();
            throw git::GitError(localized("ดึงจาก " + what + " ไม่ได้: ล็อกแฟ้ม '" + lock
                                            + "' ไม่ได้ — โปรแกรม git หรือ Sapha อื่นกำลังแก้ไขอยู่ หรือหยุดไปกลางคัน: "
                                              "ถ้าไม่มีโปรแกรมใดทำงานอยู่ ให้ลบแฟ้มล็อกนั้นแล้วลองอีกครั้ง",
                                    "fetching from " + what + ": failed to lock file '" + lock
                                        + "' — another git or Sapha program is changing it, or one was stopped half-way: if none is "
                                          "running, delete that lock file and try again"),
                GIT_ELOCKED);
        }
        moved = true;
    }
    if (moved)
        update.apply(); // the pack and the refs' content flushed, then the refs renamed, flushed
    git_remote_disconnect(remote);
}

} // namespace sapha::host
