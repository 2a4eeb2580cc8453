// Sapha tests — host manual: the command-line descriptions, the manual pages and the bash completion
// written from them, and finding the workspace that holds a document file.
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "manual/bash_completion.hpp"
#include "manual/manual_page.hpp"
#include "workspace/workspace_locator.hpp"

using namespace sapha::host;
using sapha::Result;
namespace fs = std::filesystem;

namespace {

ProgramDescription exampleProgram()
{
    ProgramDescription program;
    program.name = "sapha-cli";
    program.synopsis = "[-C DIR] VERB [ARGS]";
    program.purpose = { "เอกสารงานคณะกรรมการ", "committee documents" };
    program.description = { "ย่อหน้าแรก\n\nย่อหน้าที่สอง", ".first paragraph\n\nsecond \\ paragraph" };
    program.options = { { "-C", "DIR", { "พื้นที่ทำงาน", "the workspace" } } };
    program.commands = { { "log PATH [--json] [-n N]", { "ฉบับที่เปลี่ยนเอกสาร", "revisions of a document" }, "" },
        { "actions [--open]", { "เรื่องที่ต้องดำเนินการ", "action items" }, "minutes" } };
    return program;
}

} // namespace

TEST_CASE("manual: the options a usage line names, each once, without arguments or paths")
{
    CHECK(optionsInUsage("log PATH [--json] [-n N]") == std::vector<std::string> { "--json", "-n" });
    CHECK(optionsInUsage("resolve PATH --ours|--theirs [--element ID] [--ours]")
        == std::vector<std::string> { "--ours", "--theirs", "--element" });
    CHECK(optionsInUsage("show PATH[@REV]").empty());
    CHECK(optionsInUsage("new KIND PATH [--standard PATH@VERSION]") == std::vector<std::string> { "--standard" });
    CHECK(optionsInUsage("check [PATH...]").empty());
    CHECK(verbOf({ "remote add NAME URL | list", {}, "" }) == "remote");
}

TEST_CASE("manual: roff text is escaped, and Thai words get break points")
{
    CHECK(roffText(".hidden") == "\\&.hidden");
    CHECK(roffText("a\n'quote") == "a\n\\&'quote");
    CHECK(roffText("back\\slash") == "back\\eslash");
    CHECK(roffText("-C --json") == "\\-C \\-\\-json");
    // troff breaks lines only at spaces; Thai has none between words.
    CHECK(roffText("ตรวจเอกสาร") == "ตรวจ\\:เอกสาร");
    CHECK(roffText("Git ตรวจ") == "Git ตรวจ");
}

TEST_CASE("manual: the page has every section and command, in the reader's language")
{
    const std::string english = manualPage(exampleProgram(), "en", "1.2.3", "2026-12-03");
    CHECK(english.find(".TH SAPHA\\-CLI 1 \"2026-12-03\" \"Sapha 1.2.3\"") != std::string::npos);
    for (const char* section : { ".SH NAME", ".SH SYNOPSIS", ".SH DESCRIPTION", ".SH OPTIONS", ".SH COMMANDS",
             ".SH COMMANDS FROM PLUGINS", ".SH ENVIRONMENT", ".SH FILES", ".SH EXIT STATUS", ".SH SEE ALSO" })
        CHECK_MESSAGE(english.find(section) != std::string::npos, section);
    CHECK(english.find("\\fBlog\\fR PATH [\\-\\-json] [\\-n N]\nrevisions of a document") != std::string::npos);
    CHECK(english.find("action items (plugin minutes)") != std::string::npos);
    CHECK(english.find("\\&.first paragraph\n.PP\nsecond \\e paragraph") != std::string::npos);
    CHECK(english.find(".ad l") == std::string::npos);

    const std::string thai = manualPage(exampleProgram(), "th", "1.2.3", "2026-12-03");
    CHECK(thai.find(".SH ชื่อ") != std::string::npos);
    CHECK(thai.find(".SH คำสั่งจากปลั๊กอิน") != std::string::npos);
    CHECK(thai.find("(ปลั๊กอิน minutes)") != std::string::npos);
    CHECK(thai.find("ย่อหน้า") != std::string::npos);
    CHECK(thai.find(".ad l") != std::string::npos);
    CHECK(thai.find("revisions of a document") == std::string::npos);
}

TEST_CASE("manual: the completion offers the verbs, each verb's options and the document kinds")
{
    const std::string script = bashCompletion(exampleProgram(), { "minutes.meeting", "minutes" });
    CHECK(script.find("compgen -W \"log actions\"") != std::string::npos);
    CHECK(script.find("log) options=\"--json -n\" ;;") != std::string::npos);
    CHECK(script.find("actions) options=\"--open\" ;;") != std::string::npos);
    CHECK(script.find("compgen -W \"minutes.meeting minutes\"") != std::string::npos);
    CHECK(script.find("compgen -W \"-C\"") != std::string::npos);
    CHECK(script.find("complete -o filenames _sapha_cli sapha-cli") != std::string::npos);
}

TEST_CASE("workspace_locator: a document file is found in the nearest workspace above it")
{
    const fs::path root = fs::temp_directory_path() / "sapha-locator-test";
    fs::remove_all(root);
    fs::create_directories(root / "outer" / ".git");
    fs::create_directories(root / "outer" / "minutes" / "2563");
    fs::create_directories(root / "loose");
    std::ofstream(root / "outer" / "minutes" / "2563" / "ประชุม 1.meeting.xml") << "<meeting/>";
    std::ofstream(root / "loose" / "a.meeting.xml") << "<meeting/>";

    Result<DocumentLocation> found = locateDocument(root / "outer" / "minutes" / "2563" / ".." / "2563" / "ประชุม 1.meeting.xml");
    REQUIRE(found.isOk());
    CHECK(found.value().workspace == fs::canonical(root / "outer"));
    CHECK(found.value().path == "minutes/2563/ประชุม 1.meeting.xml");

    Result<DocumentLocation> loose = locateDocument(root / "loose" / "a.meeting.xml");
    REQUIRE_FALSE(loose.isOk());
    CHECK(loose.error().describe().find("not inside a Sapha workspace") != std::string::npos);
    CHECK(loose.error().describe().find("a.meeting.xml") != std::string::npos);
    CHECK_FALSE(locateDocument(root / "missing.meeting.xml").isOk());
    CHECK_FALSE(locateDocument(root / "outer" / "minutes").isOk());
    fs::remove_all(root);
}
