// Sapha — the workspace: atomic writes and in-process commits through libgit2.
// SPDX-License-Identifier: MIT
#include "workspace/workspace.hpp"

#include <algorithm>
#include <mutex>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sapha/utf8.hpp>

#include "git/git_error.hpp"
#include "git/git_handle.hpp"
#include "messages/message_language.hpp"
#include "storage/index_stat.hpp"
#include "storage/lock_file.hpp"
#include "storage/atomic_file.hpp"
#include "storage/flush_barrier.hpp"
#include "storage/history_index.hpp"
#include "storage/pack_folder.hpp"
#include "storage/repository_update.hpp"
#include "storage/sapha_lock.hpp"
#include "storage/staged_objects.hpp"

namespace fs = std::filesystem;

namespace sapha::host {

using git::check;
using git::GitError;

namespace {

constexpr const char* kMarkerPath = ".sapha/workspace.json";
constexpr const char* kInitialBranch = "main";

std::string oidString(const git_oid& oid)
{
    char buffer[GIT_OID_HEXSZ + 1];
    git_oid_tostr(buffer, sizeof buffer, &oid);
    return buffer;
}

// A revision from its commit's id, author and message (trailing newlines and spaces dropped).
Revision revisionFrom(const git_oid& id, const git_signature& author, const char* message)
{
    Revision revision;
    revision.id = oidString(id);
    revision.authorName = author.name ? author.name : "";
    revision.authorEmail = author.email ? author.email : "";
    revision.time = author.when.time;
    revision.offsetMinutes = author.when.offset;
    revision.message = message ? message : "";
    while (!revision.message.empty() && (revision.message.back() == '\n' || revision.message.back() == ' '))
        revision.message.pop_back();
    return revision;
}

Revision revisionOf(const git_commit* commit)
{
    return revisionFrom(*git_commit_id(commit), *git_commit_author(commit), git_commit_message(commit));
}

git::SignatureHandle makeSignature(const Author& author)
{
    git_signature* raw = nullptr;
    if (author.time != 0)
        check(git_signature_new(&raw, author.name.c_str(), author.email.c_str(), author.time, author.offsetMinutes),
            "making the commit signature");
    else
        check(git_signature_now(&raw, author.name.c_str(), author.email.c_str()), "making the commit signature");
    return git::SignatureHandle(raw);
}

// The id of the blob at `path` in `tree`, or a zero oid when absent.
git_oid entryId(git_tree* tree, const std::string& path)
{
    git_oid id {};
    git_tree_entry* raw = nullptr;
    if (tree && git_tree_entry_bypath(&raw, tree, path.c_str()) == 0) {
        git::TreeEntryHandle entry(raw);
        git_oid_cpy(&id, git_tree_entry_id(entry.get()));
    }
    return id;
}

git::TreeHandle treeOf(git_commit* commit)
{
    git_tree* raw = nullptr;
    check(git_commit_tree(&raw, commit), "reading a commit's tree");
    return git::TreeHandle(raw);
}

Error errorAt(const GitError& error, const fs::path& root)
{
    return Error { error.what(), root.string(), git::errorCodeOf(error) };
}

// Where HEAD points: the branch ref name and its current commit (null when unborn).
struct HeadState {
    std::string refName;
    git::CommitHandle commit;
};

HeadState readHead(git_repository* repository)
{
    HeadState state;
    git_reference* rawHead = nullptr;
    check(git_reference_lookup(&rawHead, repository, "HEAD"), "reading HEAD");
    git::ReferenceHandle head(rawHead);
    if (git_reference_type(head.get()) != GIT_REFERENCE_SYMBOLIC)
        throw GitError(localized("HEAD ไม่ได้อยู่บนกิ่งใด (detached): เปลี่ยนไปที่กิ่งก่อน เช่น `git checkout main`",
                           "HEAD is detached (not on a branch); check out a branch, e.g. `git checkout main`"),
            -1);
    state.refName = git_reference_symbolic_target(head.get());

    git_reference* rawBranch = nullptr;
    const int found = git_reference_lookup(&rawBranch, repository, state.refName.c_str());
    if (found == GIT_ENOTFOUND)
        return state; // unborn branch: no commit yet
    check(found, "reading " + state.refName);
    git::ReferenceHandle branch(rawBranch);
    git_object* rawObject = nullptr;
    check(git_reference_peel(&rawObject, branch.get(), GIT_OBJECT_COMMIT), "reading the commit of " + state.refName);
    state.commit.reset(reinterpret_cast<git_commit*>(rawObject));
    return state;
}

void refuseStaleIndexLock(git_repository* repository)
{
    const fs::path lock = fs::path(git_repository_path(repository)) / "index.lock";
    std::error_code ignored;
    if (git::wasWrittenBeforeBoot(lock))
        fs::remove(lock, ignored); // left by a power cut: no program can be holding it
    if (fs::exists(lock, ignored)) {
        throw GitError(localized(lock.string() + " มีอยู่: โปรแกรม git อื่นกำลังใช้คลัง หรือหยุดไปกลางคัน "
                                                 "ถ้าไม่มีโปรแกรม git ใดทำงานอยู่ ให้ลบแฟ้มนั้นแล้วบันทึกอีกครั้ง",
                           lock.string()
                               + " exists: another git program is using the repository, or one stopped half-way. "
                                 "If no git program is running, delete that file and save again"),
            GIT_ELOCKED);
    }
}

} // namespace

// The repository and the storage engine's parts of a workspace, behind its header: libgit2's types reach
// no file that includes workspace.hpp.
struct Workspace::Storage {
    Storage(fs::path rootFolder, git_repository* opened);
    ~Storage();

    // The commit a revision spec names (see resolve()); null with `error` set when none. Lock held.
    git_commit* findCommit(const std::string& spec, std::string& error);
    // Commits `content` as `path`; with `workingFile`, also puts that staged file in place in the same
    // durable update. Save lock and `lock` held.
    Result<CommitOutcome> commitContent(const std::string& path, std::string_view content, std::string_view message,
        const Author& author, PendingFile* workingFile);
    // Where the save's new objects are built (created on first use). `lock` held.
    StagedObjects& stagedObjects();
    fs::path gitDirectory() const;

    fs::path root;
    git_repository* repository; // owned; freed in the destructor
    std::unique_ptr<StagedObjects> staged;
    std::unique_ptr<HistoryIndex> historyIndex;
    mutable std::mutex lock;
    // Last: let go first, it waits for a fold under way, which uses the members above.
    std::unique_ptr<PackFolder> folder;
};

fs::path Workspace::Storage::gitDirectory() const
{
    return fs::path(git_repository_path(repository));
}

StagedObjects& Workspace::Storage::stagedObjects()
{
    if (!staged)
        staged = std::make_unique<StagedObjects>(gitDirectory() / "objects");
    return *staged;
}

Workspace::Storage::Storage(fs::path rootFolder, git_repository* opened)
    : root(std::move(rootFolder))
    , repository(opened)
    // After a fold, the view the saves build in is made anew: it still lists the packs folded away
    // (and keeps them open), which would otherwise pile up for as long as the program runs.
    , folder(std::make_unique<PackFolder>(fs::path(git_repository_path(opened)), lock, [this] { staged.reset(); }))
{
}

Workspace::Storage::~Storage()
{
    // The fold is let go first: it gives a fold under way its bounded time (a fold uses its own
    // repository, never this one). Joining it here waited for the whole fold.
    folder.reset();
    git_repository_free(repository);
}

Workspace::Workspace(fs::path root, std::unique_ptr<Storage> storage)
    : m_root(std::move(root))
    , m_storage(std::move(storage))
{
}

Workspace::~Workspace() = default;

void Workspace::waitForPackFolding()
{
    m_storage->folder->wait();
}

Result<std::size_t> Workspace::foldPacks(std::size_t atLeast)
{
    // A person asked (or a save handed the fold over): waiting some time for a save under way is fine.
    return m_storage->folder->foldNow(std::max<std::size_t>(atLeast, 2), std::chrono::seconds(30));
}

void Workspace::handPackFoldsTo(std::function<void()> startFold)
{
    m_storage->folder->handFoldsTo(std::move(startFold));
}

Status Workspace::checkRelativePath(std::string_view path)
{
    if (path.empty())
        return Status::failure(localized("ไม่ได้ระบุเส้นทาง", "an empty path"), {}, ErrorCode::Invalid);
    const fs::path relative(path);
    if (relative.is_absolute())
        return Status::failure(localized("ต้องเป็นเส้นทางภายในพื้นที่ทำงาน ไม่ใช่เส้นทางเต็มจากราก", "a path inside the workspace is expected, not an absolute path"),
            std::string(path), ErrorCode::Invalid);
    for (const fs::path& part : relative) {
        if (part == "..")
            return Status::failure(localized("เส้นทางออกไปนอกพื้นที่ทำงาน", "the path leaves the workspace"), std::string(path), ErrorCode::Invalid);
        if (part == ".git")
            return Status::failure(localized("แฟ้มใน .git ไม่ใช่เอกสาร", "files inside .git are not documents"), std::string(path), ErrorCode::Invalid);
        // File systems take at most 255 bytes a name; longer, every call on it fails ("File name too long").
        if (part.native().size() > 255)
            return Status::failure(localized("ชื่อหนึ่งในเส้นทางยาวเกิน 255 ไบต์ (" + std::to_string(part.native().size()) + "): ตั้งชื่อให้สั้นลง",
                                   "a name in the path is longer than 255 bytes (" + std::to_string(part.native().size())
                                       + "): shorten it"),
                std::string(path), ErrorCode::Invalid);
    }
    // A name is shown, listed one a line and sent as JSON: it is valid UTF-8 without control characters
    // (a newline would split a listing, a tab a column).
    for (const char c : path) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
            return Status::failure(localized("เส้นทางมีอักขระควบคุม (ขึ้นบรรทัดใหม่ แท็บ): เปลี่ยนชื่อ",
                                   "the path holds a control character (a line break, a tab): rename it"),
                std::string(path), ErrorCode::Invalid);
    }
    if (!isValidUtf8(path))
        return Status::failure(localized("เส้นทางไม่ใช่ UTF-8 ที่ถูกต้อง: เปลี่ยนชื่อ", "the path is not valid UTF-8: rename it"), std::string(path),
            ErrorCode::Invalid);
    return Status::ok();
}

Status Workspace::checkNoLinkOut(std::string_view path) const
{
    // Every part of the path that exists must be a plain folder or file of the workspace: a symbolic link
    // would take a save, or a commit, to a file outside it.
    fs::path walked = m_root;
    for (const fs::path& part : fs::path(path)) {
        walked /= part;
        std::error_code error;
        const fs::file_status status = fs::symlink_status(walked, error);
        if (error || status.type() == fs::file_type::not_found)
            return Status::ok(); // the rest is made by the save, as folders and a file
        if (status.type() == fs::file_type::symlink)
            return Status::failure(localized("ผ่านลิงก์สัญลักษณ์ (" + walked.lexically_relative(m_root).generic_string()
                                       + ") ซึ่งอาจพาออกนอกพื้นที่ทำงาน: Sapha บันทึกเฉพาะแฟ้มธรรมดา",
                                   "goes through a symbolic link (" + walked.lexically_relative(m_root).generic_string()
                                       + "), which could lead out of the workspace: Sapha saves and commits plain files only"),
                std::string(path), ErrorCode::Invalid);
    }
    return Status::ok();
}

Result<std::unique_ptr<Workspace>> Workspace::create(const fs::path& directory, const Author& author, std::string_view language)
{
    std::error_code error;
    fs::create_directories(directory, error);
    if (error)
        return Error { localized("สร้างโฟลเดอร์ไม่ได้: ", "cannot create the folder: ") + error.message(), directory.string(), ErrorCode::Storage };
    if (fs::exists(directory / ".git"))
        return Error { localized("เป็นคลัง Git อยู่แล้ว: ให้เปิดแทน", "already a Git repository; open it instead"), directory.string(), ErrorCode::Invalid };

    try {
        git_repository_init_options options = GIT_REPOSITORY_INIT_OPTIONS_INIT;
        options.flags = GIT_REPOSITORY_INIT_MKPATH | GIT_REPOSITORY_INIT_NO_REINIT;
        options.initial_head = kInitialBranch;
        git_repository* raw = nullptr;
        check(git_repository_init_ext(&raw, directory.c_str(), &options), "creating the repository");
        git::RepositoryHandle repository(raw);
        const fs::path root = fs::canonical(directory);
        std::unique_ptr<Workspace> workspace(new Workspace(root, std::make_unique<Storage>(root, repository.release())));

        const std::string marker = "{\n  \"sapha\": \"workspace\",\n  \"format\": 1\n}\n";
        fs::create_directories(root / ".sapha");
        Result<CommitOutcome> first
            = workspace->save(kMarkerPath, marker, language == "th" ? "สร้างพื้นที่ทำงานของสภา" : "Create the Sapha workspace", author);
        if (!first)
            return first.error();
        return workspace;
    } catch (const GitError& failure) {
        return errorAt(failure, directory);
    }
}

Result<std::unique_ptr<Workspace>> Workspace::open(const fs::path& directory)
{
    std::error_code error;
    if (!fs::is_directory(directory, error))
        return Error { localized("ไม่มีโฟลเดอร์นี้", "no such folder"), directory.string(), ErrorCode::NotFound };
    git_repository* raw = nullptr;
    const int result = git_repository_open_ext(&raw, directory.c_str(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr);
    git::RepositoryHandle repository(raw);
    if (result == GIT_ENOTFOUND)
        return Error { localized("ไม่ใช่พื้นที่ทำงานของ Sapha (ไม่มีคลัง Git ที่นี่): สร้างด้วย `sapha-cli init`",
                           "not a Sapha workspace (no Git repository here); create one with `sapha-cli init`"),
            directory.string(), ErrorCode::NotFound };
    if (result < 0)
        return Error { localized("เปิดคลัง Git ไม่ได้: ", "cannot open the repository: ") + git::lastErrorMessage(), directory.string() };
    if (git_repository_is_bare(repository.get()))
        return Error { localized("คลังเปล่า (bare) ไม่มีแฟ้มให้ทำงาน: โคลนออกมาก่อนจึงทำงานได้", "a bare repository has no working files; clone it to work on it"),
            directory.string() };
    return std::unique_ptr<Workspace>(new Workspace(fs::canonical(directory), std::make_unique<Storage>(fs::canonical(directory), repository.release())));
}



Result<CommitOutcome> Workspace::save(
    std::string_view path, std::string_view content, std::string_view message, const Author& author)
{
    if (Status valid = checkRelativePath(path); !valid)
        return valid.error();
    if (Status inside = checkNoLinkOut(path); !inside)
        return inside.error();
    if (content.size() > kMaxDocumentBytes)
        return Error { localized("มีขนาด " + std::to_string(content.size() / (1024 * 1024)) + " MB เกินกว่าที่เอกสารหนึ่งมีได้ ("
                               + std::to_string(kMaxDocumentBytes / (1024 * 1024)) + " MB): ไม่ได้บันทึกสิ่งใด",
                           "is " + std::to_string(content.size() / (1024 * 1024)) + " MB, over the "
                               + std::to_string(kMaxDocumentBytes / (1024 * 1024)) + " MB a document may have: nothing was saved"),
            std::string(path), ErrorCode::Invalid };
    const fs::path target = m_root / fs::path(path);
    std::error_code error;
    fs::create_directories(target.parent_path(), error);
    if (error)
        return Error { localized("สร้างโฟลเดอร์ไม่ได้: ", "cannot create the folder: ") + error.message(), target.parent_path().string(),
            ErrorCode::Storage };
    // Other processes: the save lock, held across the file and its commit, names this process.
    Result<std::unique_ptr<SaphaLock>> saveLock = SaphaLock::acquire(m_storage->gitDirectory());
    if (!saveLock)
        return saveLock.error();
    // This process's threads: the file and the commit change together.
    std::lock_guard guard(m_storage->lock);
    removeAbandonedTemporaries(target); // a save of this file killed half-way
    Result<PendingFile> staged = PendingFile::stage(target, content);
    if (!staged)
        return staged.error();
    return m_storage->commitContent(std::string(path), content, message, author, &staged.value());
}

Result<CommitOutcome> Workspace::commitFile(std::string_view path, std::string_view message, const Author& author)
{
    if (Status valid = checkRelativePath(path); !valid)
        return valid.error();
    if (Status inside = checkNoLinkOut(path); !inside)
        return inside.error();
    Result<std::unique_ptr<SaphaLock>> saveLock = SaphaLock::acquire(m_storage->gitDirectory());
    if (!saveLock)
        return saveLock.error();
    Result<std::string> content = readWorking(path);
    if (!content)
        return content.error();
    std::lock_guard guard(m_storage->lock);
    return m_storage->commitContent(std::string(path), content.value(), message, author, nullptr);
}

namespace {

// The index entry for `path` holding `blobId`, with the stat data of `file` so that git sees it clean.
git_index_entry indexEntryFor(const std::string& path, const git_oid& blobId, const fs::path& file)
{
    git_index_entry entry {};
    git::takeStatOf(entry, file);
    entry.mode = GIT_FILEMODE_BLOB;
    entry.id = blobId;
    entry.path = path.c_str();
    return entry;
}

// The bytes of the repository's index with `entry` added: built in a copy in the staging folder, so
// that the real index is replaced only by the update's rename. The index is only a cache of the last
// commit's files: one that cannot be read (cut short, emptied) is rebuilt from `baseline`.
std::string indexWith(const fs::path& gitDirectory, const fs::path& stagingDirectory, const git_index_entry& entry,
    git_tree* baseline)
{
    const fs::path copy = stagingDirectory / "index";
    std::error_code error;
    fs::remove(copy, error);
    if (fs::exists(gitDirectory / "index"))
        fs::copy_file(gitDirectory / "index", copy, error);
    if (error)
        throw GitError(localized("คัดลอกดัชนีไปที่ " + copy.string() + " ไม่ได้: " + systemReason(error.value()),
                           "copying the index to " + copy.string() + " failed: " + error.message()), -1, ErrorCode::Storage);
    git_index* raw = nullptr;
    if (git_index_open(&raw, copy.c_str()) < 0) { // reads the index, and fails on a damaged one
        git_index_free(raw);
        raw = nullptr;
        fs::remove(copy, error);
        check(git_index_open(&raw, copy.c_str()), "rebuilding the damaged index " + (gitDirectory / "index").string());
        if (baseline)
            check(git_index_read_tree(raw, baseline), "rebuilding the damaged index " + (gitDirectory / "index").string());
    }
    git::IndexHandle index(raw);
    check(git_index_add(index.get(), &entry), "updating the index");
    check(git_index_write(index.get()), "writing the index");
    Result<std::string> bytes = readFile(copy);
    if (!bytes)
        throw GitError(bytes.error().describe(), -1, ErrorCode::Storage);
    return bytes.value();
}

// The objects a save of `path` made: the commit, the trees from the root down to the file, the blob.
std::vector<git_oid> newObjects(const git_oid& commitId, git_tree* root, const std::string& path, const git_oid& blobId)
{
    std::vector<git_oid> ids { commitId, *git_tree_id(root), blobId };
    for (std::size_t slash = path.find('/'); slash != std::string::npos; slash = path.find('/', slash + 1)) {
        git_tree_entry* raw = nullptr;
        check(git_tree_entry_bypath(&raw, root, path.substr(0, slash).c_str()), "reading the new tree");
        git::TreeEntryHandle folder(raw);
        ids.push_back(*git_tree_entry_id(folder.get()));
    }
    return ids;
}

} // namespace


Result<CommitOutcome> Workspace::Storage::commitContent(const std::string& path, std::string_view content,
    std::string_view message, const Author& author, PendingFile* workingFile)
{
    StagedObjects& staged = stagedObjects();
    const fs::path gitDir = gitDirectory();
    try {
        refuseStaleIndexLock(repository);
        const fs::path staging = freshStagingDirectory(gitDir);
        HeadState head = readHead(repository);
        // An unborn branch has no baseline: libgit2 builds the tree from nothing.
        git::TreeHandle baseline = head.commit ? treeOf(head.commit.get()) : git::TreeHandle();

        // 0. The new objects, in memory.
        git_repository* objects = staged.repository();
        const git_oid blobId = staged.holdBlob(content);
        const git_oid previous = entryId(baseline.get(), path);
        if (head.commit && git_oid_equal(&previous, &blobId)) {
            staged.reset();
            if (workingFile) {
                // The same content as the last commit: only the working file may differ from it.
                if (Status installed = workingFile->install(); !installed)
                    return installed.error();
                flushFileSystem(gitDir);
            }
            return CommitOutcome { revisionOf(head.commit.get()), false };
        }

        git_tree_update upsert {};
        upsert.action = GIT_TREE_UPDATE_UPSERT;
        upsert.id = blobId;
        upsert.filemode = GIT_FILEMODE_BLOB;
        upsert.path = path.c_str();
        git_tree* rawBaseline = nullptr;
        if (head.commit)
            check(git_tree_lookup(&rawBaseline, objects, git_tree_id(baseline.get())), "reading the last tree");
        git::TreeHandle stagedBaseline(rawBaseline);
        git_oid treeId;
        check(git_tree_create_updated(&treeId, objects, stagedBaseline.get(), 1, &upsert), "building the tree");
        git_tree* rawTree = nullptr;
        check(git_tree_lookup(&rawTree, objects, &treeId), "reading the new tree");
        git::TreeHandle tree(rawTree);
        git_commit* rawParent = nullptr;
        if (head.commit)
            check(git_commit_lookup(&rawParent, objects, git_commit_id(head.commit.get())), "reading the last commit");
        git::CommitHandle parent(rawParent);

        git::SignatureHandle signature = makeSignature(author);
        std::string fullMessage(message);
        if (fullMessage.empty())
            fullMessage = "Update " + path;
        if (fullMessage.back() != '\n')
            fullMessage += '\n';
        const git_commit* parents[] = { parent.get() };
        git_oid commitId;
        check(git_commit_create(&commitId, objects, nullptr, signature.get(), signature.get(), nullptr,
                  fullMessage.c_str(), tree.get(), parent ? 1 : 0, parents),
            "creating the commit");

        // 1–3. Written, flushed, renamed in place: see RepositoryUpdate.
        RepositoryUpdate update(repository, gitDir);
        update.addPack(staged.writePack(newObjects(commitId, tree.get(), path, blobId), staging));
        // Compare-and-swap: the branch moves only if it still points where we read it.
        update.moveRef(head.refName, commitId, head.commit ? git_commit_id(head.commit.get()) : nullptr,
            *signature, "sapha: " + fullMessage);
        // The index follows, so that `git status` stays clean for this file.
        const git_index_entry entry
            = indexEntryFor(path, blobId, workingFile ? workingFile->temporary() : root / path);
        update.lockIndex().write(indexWith(gitDir, staging, entry, baseline.get()));
        if (workingFile)
            update.replaceWorkingFile(std::move(*workingFile));
        update.apply();
        folder->foldIfMany();
        // The new pack is found by the repository's next read that misses (libgit2 then rescans).
        return CommitOutcome { revisionFrom(commitId, *signature, fullMessage.c_str()), true };
    } catch (const GitError& failure) {
        staged.reset();
        // The commit was refused (a lock, a concurrent commit) before the update began: the new text
        // still goes to the document, uncommitted, so that it is on disk and the next save commits it.
        if (workingFile && !workingFile->temporary().empty() && workingFile->install()) {
            try {
                flushFileSystem(gitDir);
            } catch (const GitError&) {
                // The refusal below is what the user needs to read.
            }
        }
        if (failure.code() == GIT_EMODIFIED || failure.code() == GIT_EEXISTS)
            return Error { localized("พื้นที่ทำงานเปลี่ยนไประหว่างบันทึก (โปรแกรมอื่นบันทึกก่อน): ไม่มีสิ่งใดถูกเขียนทับ บันทึกอีกครั้ง",
                               "the workspace changed since this save began (another program committed); nothing was "
                               "overwritten, save again"),
                root.string(), ErrorCode::Changed };
        return errorAt(failure, root);
    }
}

Result<std::vector<Revision>> Workspace::history(std::string_view pathView, std::size_t limit)
{
    if (Status valid = checkRelativePath(pathView); !valid)
        return valid.error();
    std::lock_guard guard(m_storage->lock);
    std::vector<Revision> revisions;
    try {
        HeadState head = readHead(m_storage->repository);
        if (!head.commit)
            return revisions; // unborn branch: no history yet
        if (!m_storage->historyIndex)
            m_storage->historyIndex = std::make_unique<HistoryIndex>(m_storage->gitDirectory() / "sapha" / "history-index");
        m_storage->historyIndex->update(m_storage->repository, *git_commit_id(head.commit.get()));
        for (const git_oid& id : m_storage->historyIndex->commitsChanging(std::string(pathView), limit)) {
            git_commit* rawCommit = nullptr;
            check(git_commit_lookup(&rawCommit, m_storage->repository, &id), "reading commit " + oidString(id));
            git::CommitHandle commit(rawCommit);
            revisions.push_back(revisionOf(commit.get()));
        }
    } catch (const GitError& failure) {
        return errorAt(failure, m_root);
    }
    return revisions;
}

Result<std::string> Workspace::readAt(std::string_view pathView, std::string_view revisionView)
{
    if (Status valid = checkRelativePath(pathView); !valid)
        return valid.error();
    std::lock_guard guard(m_storage->lock);
    const std::string path(pathView);
    const std::string spec(revisionView.empty() ? std::string_view("HEAD") : revisionView);
    const std::string where = path + "@" + spec;
    std::string problem;
    git::CommitHandle commit(m_storage->findCommit(spec, problem));
    if (!commit)
        return Error { problem, where, ErrorCode::NotFound };
    try {
        git::TreeHandle tree = treeOf(commit.get());
        git_tree_entry* rawEntry = nullptr;
        if (git_tree_entry_bypath(&rawEntry, tree.get(), path.c_str()) < 0)
            return Error { localized("ฉบับนั้นไม่มีเอกสารนี้", "the document does not exist in that revision"), where, ErrorCode::NotFound };
        git::TreeEntryHandle entry(rawEntry);
        git_blob* rawBlob = nullptr;
        check(git_blob_lookup(&rawBlob, m_storage->repository, git_tree_entry_id(entry.get())), "reading " + where);
        git::BlobHandle blob(rawBlob);
        return std::string(static_cast<const char*>(git_blob_rawcontent(blob.get())),
            static_cast<std::size_t>(git_blob_rawsize(blob.get())));
    } catch (const GitError& failure) {
        return Error { failure.what(), where, git::errorCodeOf(failure) };
    }
}

Result<std::string> Workspace::readWorking(std::string_view path) const
{
    if (Status valid = checkRelativePath(path); !valid)
        return valid.error();
    if (Status inside = checkNoLinkOut(path); !inside)
        return inside.error();
    // A plain file of a document's size only: a device (/dev/zero) or a huge file would be read without end.
    const fs::path file = m_root / fs::path(path);
    std::error_code error;
    const fs::file_status status = fs::status(file, error);
    if (!error && status.type() != fs::file_type::regular && status.type() != fs::file_type::not_found)
        return Error { localized("ไม่ใช่แฟ้มธรรมดา", "is not a plain file"), std::string(path), ErrorCode::Invalid };
    if (const std::uintmax_t size = fs::file_size(file, error); !error && size > kMaxDocumentBytes)
        return Error { localized("มีขนาด " + std::to_string(size / (1024 * 1024)) + " MB เกินกว่าที่เอกสารหนึ่งมีได้ ("
                               + std::to_string(kMaxDocumentBytes / (1024 * 1024)) + " MB)",
                           "is " + std::to_string(size / (1024 * 1024)) + " MB, over the "
                               + std::to_string(kMaxDocumentBytes / (1024 * 1024)) + " MB a document may have"),
            std::string(path), ErrorCode::Invalid };
    return readFile(file);
}


git_commit* Workspace::Storage::findCommit(const std::string& spec, std::string& error)
{
    git_object* rawObject = nullptr;
    if (git_revparse_single(&rawObject, repository, spec.c_str()) < 0) {
        const std::string gitMessage = git::lastErrorMessage();
        // Not a Git revision: perhaps the name of a named version, spaces and all.
        const std::string tagRef = "refs/tags/" + tagNameFor(spec);
        if (git_revparse_single(&rawObject, repository, tagRef.c_str()) < 0) {
            // libgit2's own words ("revspec … not found") add nothing a Thai reader needs.
            error = localized("ไม่มีฉบับ \"" + spec + "\" (ไม่ใช่รหัสการบันทึกหรือชื่อฉบับที่ตั้งไว้)",
                "unknown revision \"" + spec + "\" (" + gitMessage + ")");
            return nullptr;
        }
    }
    git::ObjectHandle object(rawObject);
    git_object* rawCommit = nullptr;
    if (git_object_peel(&rawCommit, object.get(), GIT_OBJECT_COMMIT) < 0) {
        error = localized("\"" + spec + "\" ไม่ใช่การบันทึก", "\"" + spec + "\" does not name a commit");
        return nullptr;
    }
    return reinterpret_cast<git_commit*>(rawCommit);
}

Result<Revision> Workspace::resolve(std::string_view revisionView)
{
    std::lock_guard guard(m_storage->lock);
    const std::string spec(revisionView);
    std::string problem;
    git::CommitHandle commit(m_storage->findCommit(spec, problem));
    if (!commit)
        return Error { problem, spec };
    return revisionOf(commit.get());
}

std::string Workspace::tagNameFor(std::string_view name)
{
    // git check-ref-format: no spaces, control characters, ~ ^ : ? * [ \, "..", "@{", or a final '.'/".lock".
    std::string tag;
    for (const char c : name) {
        const bool unsafe = static_cast<unsigned char>(c) < 0x20 || c == ' ' || c == '~' || c == '^' || c == ':'
            || c == '?' || c == '*' || c == '[' || c == '\\' || c == 0x7f;
        tag += unsafe ? '-' : c;
    }
    while (tag.find("..") != std::string::npos)
        tag.replace(tag.find(".."), 2, ".");
    while (tag.find("@{") != std::string::npos)
        tag.replace(tag.find("@{"), 2, "@-");
    while (!tag.empty() && (tag.back() == '.' || tag.back() == '/'))
        tag.pop_back();
    if (tag.size() >= 5 && tag.compare(tag.size() - 5, 5, ".lock") == 0)
        tag += "-";
    while (!tag.empty() && (tag.front() == '-' || tag.front() == '.' || tag.front() == '/'))
        tag.erase(tag.begin());
    return tag.empty() ? "version" : tag;
}

Result<std::vector<NamedVersion>> Workspace::namedVersions()
{
    std::lock_guard guard(m_storage->lock);
    std::vector<NamedVersion> versions;
    git_strarray names {};
    if (git_tag_list(&names, m_storage->repository) < 0)
        return Error { localized("อ่านรายชื่อฉบับที่ตั้งชื่อไม่ได้: ", "cannot list the named versions: ") + git::lastErrorMessage(), m_root.string() };
    for (std::size_t i = 0; i < names.count; ++i) {
        const std::string tagName = names.strings[i];
        git_object* rawObject = nullptr;
        if (git_revparse_single(&rawObject, m_storage->repository, ("refs/tags/" + tagName).c_str()) < 0)
            continue;
        git::ObjectHandle object(rawObject);
        NamedVersion version;
        version.tagName = tagName;
        version.name = tagName;
        if (git_object_type(object.get()) == GIT_OBJECT_TAG) {
            const auto* tag = reinterpret_cast<const git_tag*>(object.get());
            std::string message = git_tag_message(tag) ? git_tag_message(tag) : "";
            const std::size_t lineEnd = message.find('\n');
            const std::string firstLine = message.substr(0, lineEnd);
            if (!firstLine.empty() && tagNameFor(firstLine) == tagName) {
                version.name = firstLine;
                message = lineEnd == std::string::npos ? std::string() : message.substr(lineEnd + 1);
            }
            while (!message.empty() && (message.front() == '\n'))
                message.erase(message.begin());
            while (!message.empty() && (message.back() == '\n'))
                message.pop_back();
            version.message = message;
            if (const git_signature* tagger = git_tag_tagger(tag)) {
                version.taggerName = tagger->name ? tagger->name : "";
                version.time = tagger->when.time;
                version.offsetMinutes = tagger->when.offset;
            }
        }
        git_object* rawCommit = nullptr;
        if (git_object_peel(&rawCommit, object.get(), GIT_OBJECT_COMMIT) == 0) {
            git::CommitHandle commit(reinterpret_cast<git_commit*>(rawCommit));
            version.revisionId = oidString(*git_commit_id(commit.get()));
            if (version.time == 0) {
                version.time = git_commit_time(commit.get());
                version.offsetMinutes = git_commit_time_offset(commit.get());
            }
        }
        versions.push_back(std::move(version));
    }
    git_strarray_dispose(&names);
    std::sort(versions.begin(), versions.end(),
        [](const NamedVersion& a, const NamedVersion& b) { return a.time < b.time; });
    return versions;
}

Status Workspace::createTag(
    std::string_view name, std::string_view message, std::string_view revisionView, const Author& author)
{
    if (name.empty())
        return Status::failure(localized("ฉบับที่ตั้งชื่อต้องมีชื่อ", "a named version needs a name"));
    Result<std::unique_ptr<SaphaLock>> saveLock = SaphaLock::acquire(m_storage->gitDirectory());
    if (!saveLock)
        return saveLock.error();
    std::lock_guard guard(m_storage->lock);
    const std::string spec(revisionView);
    const std::string tagName = tagNameFor(name);
    std::string problem;
    git::CommitHandle commit(m_storage->findCommit(spec, problem));
    if (!commit)
        return Status::failure(problem, spec);
    StagedObjects& staged = m_storage->stagedObjects();
    try {
        const fs::path staging = freshStagingDirectory(m_storage->gitDirectory());
        git::SignatureHandle tagger = makeSignature(author);
        // The name as people wrote it leads the message; git shows it with `git tag -n`.
        std::string fullMessage(name);
        if (!message.empty())
            fullMessage += "\n\n" + std::string(message);
        fullMessage += '\n';
        git_object* rawTarget = nullptr;
        check(git_object_lookup(&rawTarget, staged.repository(), git_commit_id(commit.get()), GIT_OBJECT_COMMIT),
            "reading the version to name");
        git::ObjectHandle target(rawTarget);
        git_oid tagId;
        check(git_tag_annotation_create(&tagId, staged.repository(), tagName.c_str(), target.get(), tagger.get(),
                  fullMessage.c_str()),
            "naming the version \"" + std::string(name) + "\"");
        RepositoryUpdate update(m_storage->repository, m_storage->gitDirectory());
        update.addPack(staged.writePack({ tagId }, staging));
        update.moveRef("refs/tags/" + tagName, tagId, nullptr, *tagger, "sapha: name " + std::string(name));
        update.apply();
        m_storage->folder->foldIfMany();
        return Status::ok();
    } catch (const GitError& failure) {
        staged.reset();
        if (failure.code() == GIT_EEXISTS)
            return Status::failure(localized("มีฉบับที่ชื่อ \"" + std::string(name) + "\" อยู่แล้ว: ตั้งชื่ออื่น",
                                   "a version is already named \"" + std::string(name) + "\"; choose another name"),
                m_root.string());
        return Status(errorAt(failure, m_root));
    }
}

namespace {

// Appends to `files` (when given) every regular file below the folder open as `folder` (taken: closed
// here), each as `prefix` and its name, and to `folders` (when given) every folder below it, each as `prefix`, its name and
// '/'. Names starting with '.' (.git, .sapha, a person's hidden files) are left out; a link is listed when
// it names a regular file, never followed into a folder; a folder that cannot be read is passed over.
// With the kind each entry of a folder gives, a file needs no stat of its own: at 10,000 documents
// std::filesystem's walk (a path object for each) was a fifth of a `list`.
void appendEntries(int folder, const std::string& prefix, std::vector<std::string>* files, std::vector<std::string>* folders)
{
    DIR* listing = ::fdopendir(folder);
    if (!listing) {
        ::close(folder);
        return;
    }
    while (const dirent* entry = ::readdir(listing)) {
        const char* name = entry->d_name;
        if (name[0] == '.')
            continue;
        unsigned char type = entry->d_type;
        if (type == DT_UNKNOWN || type == DT_LNK) { // a file system that does not say, or a link: asked
            struct stat status {};
            if (::fstatat(::dirfd(listing), name, &status, type == DT_LNK ? 0 : AT_SYMLINK_NOFOLLOW) != 0)
                continue; // removed meanwhile, or a link to nothing
            if (type == DT_LNK) {
                if (files && S_ISREG(status.st_mode))
                    files->push_back(prefix + name);
                continue;
            }
            type = S_ISREG(status.st_mode) ? DT_REG : S_ISDIR(status.st_mode) ? DT_DIR : DT_UNKNOWN;
        }
        if (type == DT_REG) {
            if (files)
                files->push_back(prefix + name);
        } else if (type == DT_DIR) {
            if (folders)
                folders->push_back(prefix + name + "/");
            const int inner = ::openat(::dirfd(listing), name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (inner >= 0)
                appendEntries(inner, prefix + name + "/", files, folders);
        }
    }
    ::closedir(listing);
}

} // namespace

std::vector<std::string> Workspace::files() const
{
    std::vector<std::string> result;
    const int root = ::open(m_root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (root >= 0)
        appendEntries(root, std::string(), &result, nullptr);
    std::sort(result.begin(), result.end());
    return result;
}

std::vector<std::string> Workspace::folders() const
{
    std::vector<std::string> result;
    const int root = ::open(m_root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (root >= 0)
        appendEntries(root, std::string(), nullptr, &result);
    std::sort(result.begin(), result.end());
    return result;
}

Author fallbackAuthor(const fs::path& repositoryDirectory)
{
    Author author;
    git_config* rawConfig = nullptr;
    git_repository* rawRepository = nullptr;
    if (git_repository_open_ext(&rawRepository, repositoryDirectory.c_str(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr)
        == 0) {
        git::RepositoryHandle repository(rawRepository);
        git_repository_config_snapshot(&rawConfig, repository.get());
    } else {
        git_config* rawDefault = nullptr;
        if (git_config_open_default(&rawDefault) == 0) {
            git::ConfigHandle live(rawDefault);
            git_config_snapshot(&rawConfig, live.get());
        }
    }
    git::ConfigHandle config(rawConfig);
    const char* value = nullptr;
    if (config && git_config_get_string(&value, config.get(), "user.name") == 0 && value)
        author.name = value;
    if (config && git_config_get_string(&value, config.get(), "user.email") == 0 && value)
        author.email = value;
    const char* login = std::getenv("USER");
    char host[256] = "localhost";
    gethostname(host, sizeof host - 1);
    if (author.name.empty())
        author.name = login && *login ? login : "sapha";
    if (author.email.empty())
        author.email = author.name + "@" + host;
    return author;
}

} // namespace sapha::host
