// Sapha — manual pages (see manual_page.hpp).
// SPDX-License-Identifier: MIT
#include "manual/manual_page.hpp"

#include <algorithm>

#include <sapha/thai_words.hpp>

namespace sapha::host {

namespace {

bool isThai(std::string_view language)
{
    return language == "th";
}

// A heading in the page's language; man(7) sections keep their English names in English pages.
std::string heading(std::string_view language, const char* thai, const char* english)
{
    return std::string(".SH ") + (isThai(language) ? thai : english) + "\n";
}

// Paragraphs separated by blank lines, each a roff paragraph.
std::string paragraphs(std::string_view text)
{
    std::string out;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find("\n\n", start);
        if (end == std::string_view::npos)
            end = text.size();
        if (!out.empty())
            out += ".PP\n";
        out += roffText(text.substr(start, end - start)) + "\n";
        start = end + 2;
    }
    return out;
}

// "log PATH [--json]" with the verb in bold and the rest as typed.
std::string usageLine(const std::string& usage)
{
    const std::size_t space = usage.find(' ');
    if (space == std::string::npos)
        return ".B " + roffText(usage) + "\n";
    return "\\fB" + roffText(usage.substr(0, space)) + "\\fR" + roffText(usage.substr(space)) + "\n";
}

std::string optionLine(const OptionDescription& option)
{
    std::string line = "\\fB" + roffText(option.name) + "\\fR";
    if (!option.value.empty())
        line += " \\fI" + roffText(option.value) + "\\fR";
    return line + "\n";
}

std::string environmentAndFiles(std::string_view language)
{
    const bool th = isThai(language);
    std::string out = heading(language, "ตัวแปรสภาพแวดล้อม", "ENVIRONMENT");
    const auto item = [&](const char* name, const char* thai, const char* english) {
        out += ".TP\n.B " + roffText(name) + "\n" + roffText(th ? thai : english) + "\n";
    };
    item("SAPHA_PLUGIN_PATH", "โฟลเดอร์ปลั๊กอินเพิ่มเติม คั่นด้วย : ค้นก่อนโฟลเดอร์ของโปรแกรม",
        "extra plugin folders, separated by ':', searched before the installation's");
    item("SAPHA_CONFIG_HOME", "โฟลเดอร์ของ settings.json แทน ~/.config/sapha",
        "the folder of settings.json instead of ~/.config/sapha");
    item("XDG_CONFIG_HOME, XDG_DATA_HOME", "ตำแหน่งการตั้งค่าและปลั๊กอินของผู้ใช้ตามมาตรฐาน XDG",
        "where the user's settings and plugins are, as the XDG base directories say");
    out += heading(language, "ไฟล์", "FILES");
    item("~/.config/sapha/settings.json", "การตั้งค่าของผู้ใช้: ชื่อผู้บันทึก ภาษา พื้นที่ทำงานล่าสุด รหัสเข้าที่เก็บร่วม (อ่านได้เฉพาะเจ้าของ)",
        "the user's settings: author, language, recent workspaces, tokens for shared remotes (readable by its owner only)");
    item("~/.local/share/sapha/plugins/", "ปลั๊กอินที่ผู้ใช้ติดตั้งเอง", "plugins the user installed");
    const std::string installed = "../" SAPHA_PLUGIN_DIR "/";
    out += ".TP\n.B " + roffText(installed) + "\n"
        + roffText(th ? "ปลั๊กอินที่มากับ Sapha (นับจากโฟลเดอร์ของโปรแกรม)" : "the plugins that ship with Sapha (from the program's folder)")
        + "\n";
    item("WORKSPACE/.git/sapha/", "ดัชนีประวัติ บันทึกกันข้อมูลหาย และบันทึกการระดมความคิดสดของพื้นที่ทำงาน",
        "the workspace's history index, recovery journal and live-session journals");
    return out;
}

} // namespace

namespace {

bool isThaiLetter(const std::string& word)
{
    // Thai is U+0E00..U+0E7F: UTF-8 E0 B8 80 .. E0 B9 BF.
    return word.size() >= 3 && static_cast<unsigned char>(word[0]) == 0xE0
        && (static_cast<unsigned char>(word[1]) == 0xB8 || static_cast<unsigned char>(word[1]) == 0xB9);
}

} // namespace

std::string roffText(std::string_view text)
{
    // Thai has no spaces between words, and troff breaks lines only at spaces: a break point (\:)
    // goes between two Thai words (ICU's, the line breaks of the PDF too) so that a paragraph can wrap.
    std::string withBreaks;
    std::string previous;
    for (const std::string& word : thai::icuWords(text)) {
        if (isThaiLetter(previous) && isThaiLetter(word))
            withBreaks += '\x01';
        withBreaks += word;
        previous = word;
    }
    std::string out;
    bool lineStart = true;
    for (const char c : withBreaks) {
        if (c == '\x01') {
            out += "\\:";
            continue;
        }
        if (lineStart && (c == '.' || c == '\''))
            out += "\\&";
        if (c == '\\')
            out += "\\e";
        else if (c == '-')
            out += "\\-";
        else
            out += c;
        lineStart = c == '\n';
    }
    return out;
}

std::string manualPage(const ProgramDescription& program, std::string_view language, std::string_view version,
    std::string_view date)
{
    const bool th = isThai(language);
    std::string upper = program.name;
    std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    std::string page = ".\\\" Written by " + program.name + " from its own description; do not edit.\n";
    page += ".TH " + roffText(upper) + " 1 \"" + std::string(date) + "\" \"Sapha " + std::string(version) + "\" \""
        + (th ? "คู่มือ Sapha" : "Sapha Manual") + "\"\n";
    if (th)
        page += ".ad l\n"; // Thai spaces are few and mean a pause: stretching them reads badly
    page += heading(language, "ชื่อ", "NAME");
    page += roffText(program.name) + " \\- " + roffText(program.purpose.in(language)) + "\n";
    page += heading(language, "การใช้", "SYNOPSIS");
    page += ".B " + roffText(program.name) + "\n" + roffText(program.synopsis) + "\n";
    page += heading(language, "คำอธิบาย", "DESCRIPTION");
    page += paragraphs(program.description.in(language));

    if (!program.options.empty()) {
        page += heading(language, "ตัวเลือก", "OPTIONS");
        for (const OptionDescription& option : program.options)
            page += ".TP\n" + optionLine(option) + roffText(option.summary.in(language)) + "\n";
    }
    const auto commandSection = [&](bool fromPlugins) {
        bool first = true;
        for (const CommandDescription& command : program.commands) {
            if (command.plugin.empty() == fromPlugins)
                continue;
            if (first)
                page += fromPlugins ? heading(language, "คำสั่งจากปลั๊กอิน", "COMMANDS FROM PLUGINS")
                                    : heading(language, "คำสั่ง", "COMMANDS");
            first = false;
            std::string summary = command.summary.in(language);
            if (fromPlugins)
                summary += th ? " (ปลั๊กอิน " + command.plugin + ")" : " (plugin " + command.plugin + ")";
            page += ".TP\n" + usageLine(command.usage) + roffText(summary) + "\n";
        }
    };
    commandSection(false);
    commandSection(true);
    page += environmentAndFiles(language);
    if (!program.commands.empty()) {
        page += heading(language, "สถานะเมื่อจบ", "EXIT STATUS");
        page += ".TP\n.B 0\n" + roffText(th ? "สำเร็จ" : "success") + "\n";
        page += ".TP\n.B 1\n"
            + roffText(th ? "ทำไม่สำเร็จ หรือผลตรวจพบข้อผิดพลาด (ข้อความบอกว่าอะไรและที่ไหน)"
                          : "failure, or the result is not good (a failed check, an overdue item); the message names what and where")
            + "\n";
        page += ".TP\n.B 2\n" + roffText(th ? "ใช้คำสั่งผิด" : "wrong usage") + "\n";
    }
    page += heading(language, "ดูเพิ่ม", "SEE ALSO");
    page += program.name == "sapha" ? ".BR sapha\\-cli (1),\n.BR git (1)\n" : ".BR sapha (1),\n.BR git (1)\n";
    return page;
}

} // namespace sapha::host
