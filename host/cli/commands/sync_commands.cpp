// Sapha — working with a shared remote from the command line: `remote add|list|remove|login`, `clone`,
// `pull`, `push`, `sync`, `conflicts`, `resolve`. Progress goes to stderr (host/core/sync/sync.hpp).
// SPDX-License-Identifier: MIT
#include "commands/commands.hpp"

#include <chrono>
#include <cstdio>
#include <iostream>

#include <unistd.h>

#include "document_catalog.hpp"
#include "document_save.hpp"
#include "search/workspace_search.hpp"
#include "sync/conflict_resolution.hpp"
#include "sync/remotes.hpp"
#include "sync/sync.hpp"
#include "sync/sync_options.hpp"

namespace sapha::cli {

namespace {

// Progress on stderr: rewritten in place on a terminal, a line per quarter otherwise (logs stay short).
host::TransferOptions transferOptions(CliContext& context)
{
    host::TransferOptions options = host::syncOptions(context.settings(), context.plugins());
    const bool terminal = isatty(STDERR_FILENO) != 0;
    auto lastShown = std::make_shared<std::chrono::steady_clock::time_point>();
    auto lastQuarter = std::make_shared<int>(-1);
    const bool inThai = context.settings().language() == "th";
    options.progress = [terminal, lastShown, lastQuarter, inThai](const host::TransferStep& step) {
        const char* what = step.kind == host::TransferStep::Kind::Receiving ? (inThai ? "กำลังรับ" : "receiving")
            : step.kind == host::TransferStep::Kind::Resolving                ? (inThai ? "กำลังตรวจ" : "resolving")
                                                                              : (inThai ? "กำลังส่ง" : "sending");
        const char* objects = inThai ? "ออบเจกต์" : "objects";
        const bool finished = step.total > 0 && step.done == step.total;
        const auto now = std::chrono::steady_clock::now();
        if (terminal) {
            if (!finished && now - *lastShown < std::chrono::milliseconds(100))
                return true;
            *lastShown = now;
            std::fprintf(stderr, "\r%s %zu/%zu %s (%.1f MB)%s", what, step.done, step.total, objects, step.bytes / 1e6, finished ? "\n" : "");
        } else {
            const int quarter = step.total ? static_cast<int>(step.done * 4 / step.total) + (static_cast<int>(step.kind) * 10) : 0;
            if (quarter == *lastQuarter)
                return true;
            *lastQuarter = quarter;
            std::fprintf(stderr, "sapha-cli: %s %zu/%zu %s\n", what, step.done, step.total, objects);
        }
        return true;
    };
    return options;
}

// The remote named, or the workspace's only one, or "origin".
std::string chosenRemote(const std::filesystem::path& root, const std::vector<std::string>& positionals)
{
    if (!positionals.empty())
        return positionals.front();
    Result<std::vector<host::RemoteInfo>> remotes = host::listRemotes(root);
    if (remotes && remotes.value().size() == 1)
        return remotes.value().front().name;
    return "origin";
}

// What a sync did, in the reader's `language`.
void printOutcome(const host::SyncOutcome& outcome, const std::string& remote, std::string_view language, bool fetched = true)
{
    const bool inThai = language == "th";
    const std::string revision = outcome.revision.substr(0, 8);
    switch (fetched ? outcome.merge : host::SyncOutcome::Merge::UpToDate) {
    case host::SyncOutcome::Merge::NothingFetched:
        std::printf(inThai ? "%s ยังไม่มีเอกสารสำหรับพื้นที่ทำงานนี้\n" : "%s has nothing for this workspace yet\n", remote.c_str());
        break;
    case host::SyncOutcome::Merge::UpToDate:
        if (fetched)
            std::printf(inThai ? "ตรงกับ %s แล้ว ไม่มีการแก้ไขใหม่\n" : "up to date with %s\n", remote.c_str());
        break;
    case host::SyncOutcome::Merge::FastForward:
        std::printf(inThai ? "รับการแก้ไขจาก %s แล้ว: ตอนนี้อยู่ที่ %s\n" : "took %s's changes: now at %s\n", remote.c_str(), revision.c_str());
        break;
    case host::SyncOutcome::Merge::Merged:
        std::printf(inThai ? "รวมการแก้ไขจาก %s กับของพื้นที่ทำงานนี้แล้ว: %s\n" : "merged %s's changes with this workspace's: %s\n",
            remote.c_str(), revision.c_str());
        break;
    }
    for (const std::string& path : outcome.conflicts)
        std::printf(inThai ? "การแก้ไขขัดแย้งกัน: %s (เก็บไว้ทั้งสองแบบ sapha-cli check %s แสดงให้ดู "
                             "sapha-cli resolve %s --ours หรือ --theirs เลือก)\n"
                           : "conflict: %s (both versions kept; sapha-cli check %s shows them, sapha-cli resolve %s --ours or --theirs "
                             "chooses)\n",
            path.c_str(), path.c_str(), path.c_str());
    if (!outcome.conflicts.empty() && !outcome.pushed)
        std::printf(inThai ? "ยังไม่ได้ส่ง: ผู้อื่นจะได้รับสิ่งที่คุณเลือกเมื่อเลือกครบทุกจุดที่ขัดแย้งกันแล้ว (แล้วสั่ง sapha-cli sync)\n"
                           : "not pushed: the others get your choice once the conflicts are resolved (then sapha-cli sync)\n");
    if (outcome.pushed)
        std::printf(inThai ? "ส่งไปที่ %s แล้ว%s\n" : "pushed to %s%s\n", remote.c_str(),
            outcome.pushAttempts <= 1 ? ""
                : inThai              ? " (หลังรวมสิ่งที่ผู้อื่นส่งไปก่อน)"
                                      : " (after merging what others pushed first)");
    for (const std::string& tag : outcome.rejectedTags)
        std::printf(inThai ? "ยังไม่ได้ส่ง: %s (ที่คลังที่ใช้ร่วมกันมีฉบับที่ตั้งชื่อนี้ไว้กับฉบับอื่น)\n"
                           : "not pushed: %s (the remote has a named version of this name on another version)\n",
            tag.c_str());
}

Result<std::filesystem::path> workspaceRoot(CliContext& context)
{
    Result<host::Workspace*> workspace = context.workspace();
    if (!workspace)
        return workspace.error();
    return workspace.value()->root();
}

// `pull` and `sync`: run `operation` on the chosen remote, print what came of it; exit 1 when conflicts
// were left for a person.
using MergingOperation = Result<host::SyncOutcome> (*)(
    const std::filesystem::path&, const std::string&, const host::Author&, const host::TransferOptions&);

int fetchAndMerge(CliContext& context, Arguments& arguments, const char* usage, MergingOperation operation)
{
    if (int bad = expectArguments(context, arguments, 0, 1, usage))
        return bad;
    Result<std::filesystem::path> root = workspaceRoot(context);
    if (!root)
        return context.fail(root.error());
    const std::string remote = chosenRemote(root.value(), arguments.positionals());
    Result<host::SyncOutcome> outcome = operation(root.value(), remote, context.author(), transferOptions(context));
    if (!outcome)
        return context.fail(outcome.error());
    // The others' changes go into the indexes now, not at the next log or search.
    if (outcome.value().merge == host::SyncOutcome::Merge::FastForward || outcome.value().merge == host::SyncOutcome::Merge::Merged) {
        if (Result<host::Documents*> documents = context.documents())
            host::updateIndexes(*documents.value());
    }
    printOutcome(outcome.value(), remote, context.settings().language());
    return outcome.value().conflicts.empty() ? kExitOk : 1;
}

} // namespace

int runRemote(CliContext& context, Arguments& arguments)
{
    const char* usage = "sapha-cli [-C DIR] remote add NAME URL | list | remove NAME | login HTTPS-ORIGIN --user NAME";
    std::optional<std::string> user = arguments.takeOption("--user");
    const std::vector<std::string> words = arguments.positionals();
    if (words.empty() || !arguments.unknownOptions().empty() || arguments.hadMissingValue())
        return context.usage(usage);
    const std::string& action = words.front();
    if (action == "login") {
        // The token is read from standard input, so that it lands in no shell history; it is kept in the
        // user's settings, never in the repository.
        if (words.size() != 2 || !user)
            return context.usage(usage);
        // The token is kept for one origin: scheme, host and port. A bare host means its HTTPS.
        const std::string origin = host::originOfUrl(words[1].find("://") == std::string::npos ? "https://" + words[1] : words[1]);
        if (origin.rfind("https://", 0) != 0)
            return context.fail(Error { localized("เก็บโทเค็นเข้าระบบไว้ให้ที่อยู่ https:// เท่านั้น: ผ่าน HTTP ธรรมดาใครในเครือข่ายก็อ่านได้",
                                            "a sign-in token is kept for an https:// address only: over plain HTTP anyone on the "
                                            "network could read it"),
                host::withoutPassword(words[1], words[1]) });
        std::string token;
        std::getline(std::cin, token);
        while (!token.empty() && (token.back() == '\r' || token.back() == ' '))
            token.pop_back();
        if (token.empty())
            return context.fail(localized("ไม่มีโทเค็นในอินพุตมาตรฐาน (echo โทเค็น | sapha-cli remote login HTTPS-ORIGIN --user ชื่อผู้ใช้)",
                "no token on standard input (echo TOKEN | sapha-cli remote login HTTPS-ORIGIN --user NAME)"));
        context.settings().set("remote." + origin + ".user", *user);
        context.settings().set("remote." + origin + ".token", token);
        if (Status saved = context.settings().save(); !saved)
            return context.fail(saved.error());
        std::printf(context.settings().language() == "th" ? "เข้าสู่ระบบ %s ในชื่อ %s แล้ว (เก็บไว้ใน %s)\n" : "signed in to %s as %s (kept in %s)\n",
            origin.c_str(), user->c_str(), context.settings().path().c_str());
        return kExitOk;
    }
    Result<std::filesystem::path> root = workspaceRoot(context);
    if (!root)
        return context.fail(root.error());
    if (action == "list" && words.size() == 1) {
        Result<std::vector<host::RemoteInfo>> remotes = host::listRemotes(root.value());
        if (!remotes)
            return context.fail(remotes.error());
        for (const host::RemoteInfo& remote : remotes.value())
            std::printf("%s\t%s\n", remote.name.c_str(), host::withoutPassword(remote.url, remote.url).c_str());
        return kExitOk;
    }
    if (action == "add" && words.size() == 3) {
        if (Status added = host::addRemote(root.value(), words[1], words[2]); !added)
            return context.fail(added.error());
        std::printf("%s\t%s\n", words[1].c_str(), host::withoutPassword(words[2], words[2]).c_str());
        return kExitOk;
    }
    if (action == "remove" && words.size() == 2) {
        if (Status removed = host::removeRemote(root.value(), words[1]); !removed)
            return context.fail(removed.error());
        return kExitOk;
    }
    return context.usage(usage);
}

int runClone(CliContext& context, Arguments& arguments)
{
    if (int bad = expectArguments(context, arguments, 2, 2, "sapha-cli clone URL DIR"))
        return bad;
    context.requireGit();
    const std::string url = arguments.positionals()[0];
    const std::filesystem::path directory = arguments.positionals()[1];
    if (Status cloned = host::cloneWorkspace(url, directory, transferOptions(context)); !cloned)
        return context.fail(cloned.error());
    std::printf(context.settings().language() == "th" ? "คัดลอก %s มาไว้ที่ %s แล้ว\n" : "cloned %s into %s\n",
        host::withoutPassword(url, url).c_str(), directory.c_str());
    return kExitOk;
}

int runPull(CliContext& context, Arguments& arguments)
{
    return fetchAndMerge(context, arguments, "sapha-cli [-C DIR] pull [REMOTE]", host::pullWorkspace);
}

// Documents of the workspace holding conflict markers.
std::vector<std::string> conflictedInWorkspace(CliContext& context, host::Workspace& workspace)
{
    std::vector<std::string> paths;
    for (const host::DocumentEntry& entry : host::listDocuments(workspace, context.plugins()))
        paths.push_back(entry.path);
    return host::conflictedDocuments(workspace.root(), paths);
}

int runPush(CliContext& context, Arguments& arguments)
{
    if (int bad = expectArguments(context, arguments, 0, 1, "sapha-cli [-C DIR] push [REMOTE]"))
        return bad;
    Result<std::filesystem::path> root = workspaceRoot(context);
    if (!root)
        return context.fail(root.error());
    if (const auto conflicted = conflictedInWorkspace(context, *context.workspace().value()); !conflicted.empty())
        return context.fail(Error { localized("มีทั้งสองฉบับของข้อขัดแย้งจากการซิงก์: เลือกก่อนส่งขึ้นเซิร์ฟเวอร์ (sapha-cli check " + conflicted.front()
                                                + " แสดงให้ดู sapha-cli resolve " + conflicted.front() + " --ours หรือ --theirs)",
                                            "holds both versions of a sync conflict: resolve it before pushing (sapha-cli check "
                                                + conflicted.front() + " shows them; sapha-cli resolve " + conflicted.front()
                                                + " --ours or --theirs)"),
            conflicted.front() });
    const std::string remote = chosenRemote(root.value(), arguments.positionals());
    Result<host::SyncOutcome> pushed = host::pushWorkspace(root.value(), remote, transferOptions(context));
    if (!pushed)
        return context.fail(pushed.error());
    printOutcome(pushed.value(), remote, context.settings().language(), false);
    return kExitOk;
}

int runSync(CliContext& context, Arguments& arguments)
{
    return fetchAndMerge(context, arguments, "sapha-cli [-C DIR] sync [REMOTE]", host::syncWorkspace);
}

int runConflicts(CliContext& context, Arguments& arguments)
{
    if (int bad = expectArguments(context, arguments, 0, 0, "sapha-cli [-C DIR] conflicts"))
        return bad;
    Result<host::Workspace*> workspace = context.workspace();
    if (!workspace)
        return context.fail(workspace.error());
    const std::vector<std::string> conflicted = conflictedInWorkspace(context, *workspace.value());
    for (const std::string& path : conflicted)
        std::printf("%s\n", path.c_str());
    return conflicted.empty() ? kExitOk : 1;
}

int runResolve(CliContext& context, Arguments& arguments)
{
    const char* usage = "sapha-cli [-C DIR] resolve PATH --ours|--theirs [--element ID]   (ID \"\": the document's own fields)";
    const bool ours = arguments.takeFlag("--ours");
    const bool theirs = arguments.takeFlag("--theirs");
    const std::optional<std::string> element = arguments.takeOption("--element");
    if (int bad = expectArguments(context, arguments, 1, 1, usage))
        return bad;
    if (ours == theirs)
        return context.usage(localized("เลือกฝั่งเดียว: --ours (ของพื้นที่ทำงานนี้) หรือ --theirs (ของเซิร์ฟเวอร์) วิธีใช้: ",
                                 "choose one side: --ours (this workspace's) or --theirs (the remote's); usage: ")
            + usage);
    const std::string path = arguments.positionals().front();
    Result<host::Documents*> documents = context.documents();
    if (!documents)
        return context.fail(documents.error());
    Result<host::ResolvedConflict> resolved
        = documents.value()->resolveConflict(path, theirs ? xml::Side::Theirs : xml::Side::Ours, element);
    if (!resolved)
        return context.fail(resolved.error());
    std::printf("%s %s: %s\n", resolved.value().saved.commit.revision.shortId().c_str(), path.c_str(), resolved.value().message.c_str());
    if (resolved.value().remaining > 0)
        std::printf(context.settings().language() == "th" ? "ยังต้องเลือกอีก %zu จุดใน %s (sapha-cli check %s)\n"
                                                          : "%zu conflict(s) of %s still to choose (sapha-cli check %s)\n",
            resolved.value().remaining, path.c_str(), path.c_str());
    return kExitOk;
}

} // namespace sapha::cli
