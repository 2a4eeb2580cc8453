// Sapha — sapha-cli's description (see cli_description.hpp).
// SPDX-License-Identifier: MIT
#include "cli_description.hpp"

#include <sapha/command_provider.hpp>

#include "commands/commands.hpp"
#include "plugins/plugin_registry.hpp"

namespace sapha::cli {

namespace {

const Verb kVerbs[] = {
    { "plugins", runPlugins, "plugins [--json]",
        { "ปลั๊กอินที่พบ สถานะ และเหตุผล", "plugins found, their state and why" } },
    { "init", runInit, "init DIR", { "สร้างพื้นที่ทำงานว่าง", "create an empty workspace" } },
    { "new", runNew, "new KIND [PATH] [--title T] [--date D] [--committee ROSTER] [--standard PATH@VERSION] [--from MEETING#ACTION]",
        { "สร้างเอกสารใหม่และบันทึกเป็นฉบับ", "create a document and commit it" } },
    { "list", runList, "list [--json]", { "เอกสารของพื้นที่ทำงานแยกตามชนิด", "documents of the workspace by kind" } },
    { "check", runCheck, "check [PATH...]",
        { "ตรวจเอกสาร (จบด้วย 1 เมื่อพบข้อผิดพลาด)", "validate documents (exit 1 on errors)" } },
    { "commit", runCommit, "commit PATH [-m|--message MSG]",
        { "บันทึกเอกสารเป็นฉบับใหม่ หลังตรวจว่าเปิดได้", "commit a document after checking it loads" } },
    { "log", runLog, "log PATH [--json] [-n N] [--summary] [--calendar buddhist|gregorian]", { "ฉบับที่เปลี่ยนเอกสารนี้", "revisions that changed a document" } },
    { "search", runSearch, "search QUERY [--kind KIND] [--history] [--within] [-n N] [--json]",
        { "ค้นหาคำในเอกสารทั้งหมด (คำไทยทั้งคำ) แสดงเป็นส่วนของเอกสาร", "find words in every document (Thai words whole), by element" } },
    { "trace", runTrace, "trace PATH#ELEMENT [--json]",
        { "ใครเขียนข้อความของส่วนนี้ เมื่อใด และมาจากไหน", "who wrote an element's text, when, and where it came from" } },
    { "show", runShow, "show PATH[@REV]",
        { "เอกสารในฉบับที่ระบุ (รหัสฉบับ ชื่อฉบับ HEAD~N)", "a document at a revision (hash, tag, HEAD~N)" } },
    { "diff", runDiff, "diff PATH REV1 [REV2] [--words] [--json]",
        { "สิ่งที่เปลี่ยน ทีละส่วนและทีละคำ", "what changed, by element and by word" } },
    { "restore", runRestore, "restore PATH REV",
        { "นำฉบับก่อนกลับมาเป็นฉบับใหม่", "bring an earlier version back as a new commit" } },
    { "tag", runTag, "tag NAME [-m|--message MSG] [--rev REV]",
        { "ตั้งชื่อฉบับ (\"ร่างที่ 1\")", "name a version (\"ร่างที่ 1\")" } },
    { "tags", runTags, "tags [--json]", { "ฉบับที่ตั้งชื่อไว้", "the named versions" } },
    { "send", runSend, "send PATH --to PATH [--title T]",
        { "ส่งกลุ่มและความคิดของการระดมความคิดเข้ามาตรฐาน พร้อมเชื่อมกลับ",
            "a session's clusters and ideas into a standard, linked back" } },
    { "remote", runRemote, "remote add NAME URL | list | remove NAME | login HOST --user NAME",
        { "ที่เก็บร่วม (รหัสเข้าอ่านจาก stdin)", "shared remotes (token on stdin)" } },
    { "clone", runClone, "clone URL DIR", { "คัดลอกพื้นที่ทำงานจากที่เก็บร่วม", "a workspace from a remote" } },
    { "pull", runPull, "pull [REMOTE]", { "รับและรวมการเปลี่ยนแปลงจากที่เก็บร่วม", "fetch and merge the remote's changes" } },
    { "push", runPush, "push [REMOTE]",
        { "ส่งฉบับและชื่อฉบับของพื้นที่ทำงานนี้", "send this workspace's versions and named versions" } },
    { "sync", runSync, "sync [REMOTE]",
        { "รับแล้วส่ง (รวมอีกครั้งถ้ามีผู้ส่งก่อน)", "pull, then push (merging again if someone pushed first)" } },
    { "conflicts", runConflicts, "conflicts",
        { "เอกสารที่มีทั้งสองฉบับจากการซิงก์ที่ขัดกัน", "documents holding both versions of a sync conflict" } },
    { "resolve", runResolve, "resolve PATH --ours|--theirs [--element ID]",
        { "เลือกฝั่งของการซิงก์ที่ขัดกัน (บันทึกเป็นฉบับ)", "choose a side of a sync conflict (committed)" } },
    { "export", runExport, "export PATH[@REV] --format F -o OUT [--part ID] [--changes-since REV] [--font NAME] [--thai-digits|--arabic-digits] | export --all DIR [--format F,...]",
        { "ส่งออกเป็น DOCX ODT PDF HTML หรือ Markdown การเปลี่ยนแปลงเป็นการติดตามการแก้ไข (--part: ส่วนที่ส่งออกแยกได้ เช่น รายงานรายไตรมาส; --all: ทุกเอกสาร)",
            "DOCX, ODT, PDF, HTML or Markdown, changes as tracked changes (--part: a part on its own, as a quarterly report; --all DIR: every document)" } },
    { "maintain", runMaintain, "maintain [--auto]",
        { "รวมแฟ้มของฉบับที่บันทึกไว้เป็นแฟ้มเดียวให้อ่านเร็วขึ้น (ทำเองเมื่อบันทึกครบ 50 ครั้ง)",
            "fold the packs the saves left into one, for faster reads (runs by itself every 50 saves)" } },
    { "demo", runDemo, "demo DIR [--quiet]", { "สร้างพื้นที่ทำงานตัวอย่าง", "build the demo workspace" } },
};

} // namespace

std::span<const Verb> hostVerbs()
{
    return kVerbs;
}

host::ProgramDescription cliProgramDescription(host::PluginRegistry& plugins)
{
    host::ProgramDescription program;
    program.name = "sapha-cli";
    program.synopsis = "[-C DIR] VERB [ARGS]";
    program.purpose = { "เอกสารงานคณะกรรมการในที่เก็บ Git จากบรรทัดคำสั่ง",
        "committee documents kept in Git, from the command line" };
    program.description = {
        "sapha-cli ทำทุกอย่างที่ Sapha ทำได้โดยไม่ต้องมีหน้าจอ: สร้าง ตรวจ บันทึก เปรียบเทียบ "
        "นำฉบับก่อนกลับมา ส่งออก และซิงก์เอกสารของพื้นที่ทำงาน ทุกครั้งที่บันทึกคือฉบับใหม่ในที่เก็บ Git\n\n"
        "พื้นที่ทำงานคือโฟลเดอร์ปัจจุบัน หรือโฟลเดอร์ที่ให้ด้วย -C ข้อความแสดงผลตามภาษาในการตั้งค่า",
        "sapha-cli does, without a window, what Sapha does: it creates, checks, commits, compares, restores, "
        "exports and syncs the documents of a workspace. Every save is a commit in the workspace's Git "
        "repository.\n\n"
        "The workspace is the current folder, or the one given with -C. Messages follow the language "
        "of the user's settings." };
    program.options = {
        { "-C", "DIR", { "พื้นที่ทำงาน (ค่าเริ่มต้น: โฟลเดอร์ปัจจุบัน)", "the workspace (default: the current folder)" } },
        { "--version", "", { "แสดงรุ่น", "print the version" } },
        { "--help", "", { "แสดงวิธีใช้", "show this help" } },
        { "--manual-page", "PROGRAM LANG",
            { "เขียนหน้าคู่มือของ sapha หรือ sapha-cli เป็นภาษา th หรือ en (สำหรับผู้ทำแพ็กเกจ)",
                "write the manual page of sapha or sapha-cli in th or en (for packagers)" } },
        { "--bash-completion", "", { "เขียนสคริปต์เติมคำสำหรับ bash (สำหรับผู้ทำแพ็กเกจ)",
                                        "write the bash completion script (for packagers)" } },
    };
    for (const Verb& verb : kVerbs)
        program.commands.push_back({ verb.usage, verb.summary, "" });
    for (const host::PluginRecord& record : plugins.records()) {
        if (record.state != host::PluginState::Running)
            continue;
        const ICommandProvider* provider = query<ICommandProvider>(*record.plugin);
        if (!provider)
            continue;
        for (const CommandInfo& command : provider->commands())
            program.commands.push_back({ command.usage, command.summary, record.manifest.id });
    }
    return program;
}

} // namespace sapha::cli
