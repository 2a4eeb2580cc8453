// Sapha — command-line descriptions (see program_description.hpp).
// SPDX-License-Identifier: MIT
#include "manual/program_description.hpp"

#include <algorithm>
#include <cctype>

namespace sapha::host {

std::string verbOf(const CommandDescription& command)
{
    return command.usage.substr(0, command.usage.find(' '));
}

std::vector<std::string> optionsInUsage(const std::string& usage)
{
    std::vector<std::string> options;
    std::size_t at = 0;
    while ((at = usage.find('-', at)) != std::string::npos) {
        const bool startsWord = at == 0 || usage[at - 1] == ' ' || usage[at - 1] == '[' || usage[at - 1] == '|';
        std::size_t end = at + 1;
        while (end < usage.size() && (std::isalnum(static_cast<unsigned char>(usage[end])) || usage[end] == '-'))
            ++end;
        const std::string option = usage.substr(at, end - at);
        if (startsWord && option.size() > 1 && option != "--"
            && std::find(options.begin(), options.end(), option) == options.end())
            options.push_back(option);
        at = end;
    }
    return options;
}

ProgramDescription guiProgramDescription()
{
    ProgramDescription program;
    program.name = "sapha";
    program.synopsis = "[--lang LANG] [--screenshot FILE] [WORKSPACE | DOCUMENT]";
    program.purpose = { "เอกสารงานคณะกรรมการ: มาตรฐาน การระดมความคิด รายงานการประชุม",
        "committee documents: standards, brainstorming sessions, minutes of meetings" };
    program.description = {
        "Sapha (สภา) เป็นโปรแกรมสำหรับงานคณะกรรมการ: ร่างมาตรฐาน ระดมความคิดในที่ประชุมเชิงปฏิบัติการ "
        "และจัดทำรายงานการประชุมตามแบบของราชการไทย\n\n"
        "ทุกเอกสารเก็บในที่เก็บ Git ทุกครั้งที่บันทึกคือฉบับใหม่ คณะกรรมการจึงเปิดดู เปรียบเทียบ "
        "และนำฉบับก่อนกลับมาได้ และซิงก์กับที่เก็บร่วมได้\n\n"
        "ให้ชื่อโฟลเดอร์พื้นที่ทำงานเพื่อเปิดพื้นที่ทำงานนั้น หรือชื่อเอกสาร (เช่น ไฟล์ .meeting.xml) "
        "เพื่อเปิดพื้นที่ทำงานที่เก็บเอกสารนั้นพร้อมเปิดเอกสาร ถ้าไม่ให้ จะเปิดพื้นที่ทำงานล่าสุด",
        "Sapha is a desktop tool for committee work: drafting standards, brainstorming in a workshop, "
        "and the minutes of meetings in the official Thai format.\n\n"
        "Every document lives in a Git repository and every save is a version, so a committee can "
        "browse, compare and restore any version, and sync with a shared remote.\n\n"
        "Given a workspace folder, Sapha opens it; given a document (a .meeting.xml file, say), it opens "
        "the workspace that holds it at that document. Given nothing, it opens the last workspace." };
    program.options = {
        { "--lang", "LANG", { "ภาษาของหน้าจอ: th หรือ en", "interface language: th or en" } },
        { "--exit-when-idle", "",
            { "พิมพ์เวลาจนหน้าต่างหลักพร้อมแล้วออก (สำหรับวัดความเร็ว)",
                "print the time to an idle main window and exit (for benchmarks)" } },
        { "--exit-when-history-shown", "",
            { "พิมพ์เวลาจนประวัติของเอกสารที่ให้แสดงครบ (ฉบับ สิ่งที่แก้ไข และที่เอกสารอื่นอ้างถึง) แล้วออก (สำหรับวัดความเร็ว)",
                "print the time until the given document's history is shown whole (its versions, what each changed "
                "and what other documents say of them) and exit (for benchmarks)" } },
        { "--screenshot", "FILE",
            { "เมื่อหน้าต่างพร้อม บันทึกภาพหน้าต่างเป็น PNG แล้วออก (สำหรับเอกสารและการทดสอบ)",
                "once the window is ready, save a picture of it as PNG and exit (for documentation and tests)" } },
        { "--help", "", { "แสดงวิธีใช้", "show this help" } },
    };
    return program;
}

} // namespace sapha::host
