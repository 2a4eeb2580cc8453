// Sapha minutes — official minutes on paper.
// SPDX-License-Identifier: MIT
#include "core/meeting_paper.hpp"

#include <sapha/thai_text.hpp>

#include "core/meeting_kind.hpp"

namespace sapha::minutes {

namespace {

using exporting::Align;
using exporting::Run;

struct Words {
    const char* minutesOf;
    const char* meetingNo;
    const char* on;
    const char* at;
    const char* present;
    const char* absent;
    const char* attending;
    const char* substituteFor;
    const char* started;
    const char* ended;
    const char* hours;
    const char* resolution;
    const char* task;
    const char* assignee;
    const char* due;
    const char* recorder;
    const char* checker;
};

constexpr Words kThai { "รายงานการประชุม", "ครั้งที่ ", "เมื่อ", "ณ ", "ผู้มาประชุม", "ผู้ไม่มาประชุม", "ผู้เข้าร่วมประชุม", "แทน ",
    "เริ่มประชุมเวลา ", "เลิกประชุมเวลา ", " น.", "มติที่ประชุม", "งานที่มอบหมาย", "ผู้รับผิดชอบ", "กำหนดเสร็จ",
    "ผู้จดรายงานการประชุม", "ผู้ตรวจรายงานการประชุม" };
constexpr Words kEnglish { "Minutes of the ", "Meeting no. ", "On ", "At ", "Present", "Absent", "In attendance",
    "for ", "The meeting began at ", "The meeting ended at ", "", "Resolution", "Task", "Assigned to", "Due",
    "Minutes taken by", "Minutes checked by" };

std::string personLine(const Person& person, const Words& words)
{
    std::string line = person.name;
    if (!person.position.empty())
        line += "  " + person.position;
    if (!person.substituteFor.empty())
        line += "  " + std::string(words.substituteFor) + person.substituteFor;
    else if (!person.role.empty())
        line += "  " + person.role;
    if (person.attendance == Attendance::Absent && !person.absenceReason.empty())
        line += "  (" + person.absenceReason + ")";
    return line;
}

void peopleSection(exporting::Document& paper, const Meeting& meeting, Attendance attendance, const char* title)
{
    const Words& words = meeting.language == "en" ? kEnglish : kThai;
    exporting::List list;
    for (const Person& person : meeting.people) {
        if (person.attendance == attendance)
            list.items.push_back(exporting::ListItem { { Run { personLine(person, words) } }, 0 });
    }
    if (list.items.empty())
        return;
    exporting::Paragraph heading;
    heading.runs.push_back(Run { title, true });
    heading.keepWithNext = true;
    paper.blocks.push_back(std::move(heading));
    paper.blocks.push_back(std::move(list));
}

void paragraphs(exporting::Document& paper, const std::string& text)
{
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = text.find('\n', start);
        const std::string line = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (!line.empty())
            paper.paragraph(line);
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
}

// A statistics table: the total, then each breakdown under its name, as the figures were reported.
void statisticsTable(exporting::Document& paper, const StatTable& stats, bool english)
{
    exporting::Paragraph title;
    title.runs.push_back(Run { stats.title, true });
    title.leftIndentCm = english ? 0 : 1.25;
    title.keepWithNext = true;
    paper.blocks.push_back(std::move(title));
    exporting::Table table;
    table.columnWidths = { 6, 2 };
    table.headerRows = 1;
    const std::string unit = stats.unit.empty() ? "" : " (" + stats.unit + ")";
    table.rows.push_back({ { { Run { english ? "Item" : "รายการ" } }, 1, 1, true, Align::Center },
        { { Run { (english ? "Number" : "จำนวน") + unit } }, 1, 1, true, Align::Center } });
    table.rows.push_back({ { { Run { english ? "Total" : "รวมทั้งสิ้น", true } } },
        { { Run { std::to_string(stats.total), true } }, 1, 1, false, Align::Right } });
    for (const Breakdown& breakdown : stats.breakdowns) {
        table.rows.push_back({ { { Run { (english ? "By " : "จำแนกตาม") + breakdown.name, true } }, 2 } });
        for (const auto& [label, value] : breakdown.rows)
            table.rows.push_back({ { { Run { "    " + label } } }, { { Run { std::to_string(value) } }, 1, 1, false, Align::Right } });
    }
    paper.blocks.push_back(std::move(table));
}

// The usual phrase for a recorded vote.
std::string votePhrase(const Vote& vote, bool english)
{
    if (english) {
        return "Carried by " + std::to_string(vote.inFavour) + " votes in favour, " + std::to_string(vote.against)
            + " against and " + std::to_string(vote.abstaining) + " abstentions.";
    }
    return "ด้วยคะแนนเสียงเห็นชอบ " + std::to_string(vote.inFavour) + " เสียง ไม่เห็นชอบ " + std::to_string(vote.against)
        + " เสียง งดออกเสียง " + std::to_string(vote.abstaining) + " เสียง";
}

void agendaItem(exporting::Document& paper, const Meeting& meeting, const AgendaItem& item, std::vector<int>& path)
{
    const Words& words = meeting.language == "en" ? kEnglish : kThai;
    paper.heading(path.size() == 1 ? 2 : 3, MeetingKind::numberLabel(path, meeting.language) + "  " + item.title);
    paragraphs(paper, item.text);
    for (const Attachment& attachment : item.attachments) {
        const bool english = meeting.language == "en";
        paper.paragraph((english ? "Attachment: " : "เอกสารประกอบ: ") + attachment.title
            + (attachment.title.empty() ? "" : " ") + "(" + attachment.reference + ")");
    }
    for (const StatTable& stats : item.tables)
        statisticsTable(paper, stats, meeting.language == "en");
    for (std::size_t i = 0; i < item.children.size(); ++i) {
        path.push_back(static_cast<int>(i) + 1);
        agendaItem(paper, meeting, item.children[i], path);
        path.pop_back();
    }
    if (!item.resolution.empty()) {
        exporting::Paragraph label;
        label.runs.push_back(Run { words.resolution, true });
        label.leftIndentCm = meeting.language == "en" ? 0 : 1.25;
        label.keepWithNext = true;
        paper.blocks.push_back(std::move(label));
        paragraphs(paper, item.resolution);
        if (item.vote)
            paper.paragraph(votePhrase(*item.vote, meeting.language == "en"));
        for (const ItemLink& link : item.links) {
            const bool english = meeting.language == "en";
            const std::string verb = link.relation == "certifies" ? (english ? "Certifies " : "รับรอง ")
                                                                  : (english ? "Approves " : "เห็นชอบ ");
            paper.paragraph("(" + verb + link.document + (english ? ", version \u201c" : " ฉบับ \u201c") + link.version + "\u201d)");
        }
    }
    if (!item.actions.empty()) {
        exporting::Table table;
        table.columnWidths = { 6, 3, 2 };
        table.headerRows = 1;
        table.rows.push_back({ { { Run { words.task } }, 1, 1, true, Align::Center },
            { { Run { words.assignee } }, 1, 1, true, Align::Center }, { { Run { words.due } }, 1, 1, true, Align::Center } });
        for (const ActionItem& action : item.actions) {
            std::string due = "-";
            if (auto date = thai::parseIsoDate(action.due); date)
                due = meeting.language == "en" ? thai::formatEnglishDate(date.value())
                                               : thai::formatLongDate(date.value(), thai::Digits::Arabic);
            table.rows.push_back({ { { Run { action.task } } }, { { Run { action.assignee } } },
                { { Run { due } }, 1, 1, false, Align::Center } });
        }
        paper.blocks.push_back(std::move(table));
    }
}

} // namespace

exporting::Document meetingPaper(const Meeting& meeting)
{
    const bool english = meeting.language == "en";
    const Words& words = english ? kEnglish : kThai;
    exporting::Document paper;
    paper.title = meeting.heading();
    paper.language = meeting.language;
    paper.usesThaiDigits = meeting.thaiDigits;

    paper.heading(1, std::string(words.minutesOf) + meeting.committee, Align::Center);
    exporting::Paragraph number;
    number.align = Align::Center;
    number.runs.push_back(Run { words.meetingNo + std::to_string(meeting.number) + "/" + std::to_string(meeting.year) });
    paper.blocks.push_back(number);
    if (auto date = thai::parseIsoDate(meeting.date); date) {
        exporting::Paragraph when;
        when.align = Align::Center;
        when.runs.push_back(Run { words.on
            + (english ? thai::formatEnglishDate(date.value()) : thai::formatLongDate(date.value(), thai::Digits::Arabic)) });
        paper.blocks.push_back(when);
    }
    if (!meeting.venue.empty()) {
        exporting::Paragraph where;
        where.align = Align::Center;
        where.runs.push_back(Run { words.at + meeting.venue });
        paper.blocks.push_back(where);
    }
    peopleSection(paper, meeting, Attendance::Present, words.present);
    peopleSection(paper, meeting, Attendance::Absent, words.absent);
    peopleSection(paper, meeting, Attendance::Attending, words.attending);
    // With the committee's rule known (from its roster), the minutes say whether the quorum was met.
    if (!meeting.roster.empty() && meeting.memberCount() > 0) {
        const std::string counts = std::to_string(meeting.membersPresent()) + (english ? " of " : " คน จากทั้งหมด ")
            + std::to_string(meeting.memberCount()) + (english ? " members" : " คน");
        paper.paragraph(english ? (meeting.hasQuorum() ? "A quorum was present (" : "No quorum was present (") + counts + ")."
                                : (meeting.hasQuorum() ? "ครบองค์ประชุม (มาประชุม " : "ไม่ครบองค์ประชุม (มาประชุม ") + counts + ")",
            false);
    }
    if (!meeting.startTime.empty())
        paper.paragraph(words.started + meeting.startTime + words.hours, false);

    std::vector<int> path;
    for (std::size_t i = 0; i < meeting.agenda.size(); ++i) {
        path.assign(1, static_cast<int>(i) + 1);
        agendaItem(paper, meeting, meeting.agenda[i], path);
    }
    // The closing time and the two signatures are always printed: what is not known yet is a dotted line
    // to be written in by hand on the paper that is signed.
    const std::string dots = "..........";
    paper.paragraph(words.ended + (meeting.endTime.empty() ? dots : meeting.endTime) + words.hours, false);
    exporting::SignatureBlock signatures;
    signatures.signatories.push_back({ words.recorder, meeting.recorder.name.empty() ? dots + dots + dots : meeting.recorder.name,
        meeting.recorder.position });
    signatures.signatories.push_back({ words.checker, meeting.checker.name.empty() ? dots + dots + dots : meeting.checker.name,
        meeting.checker.position });
    paper.blocks.push_back(std::move(signatures));
    return paper;
}

} // namespace sapha::minutes
