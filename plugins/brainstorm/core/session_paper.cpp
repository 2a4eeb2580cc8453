// Sapha brainstorm — session results on paper.
// SPDX-License-Identifier: MIT
#include "core/session_paper.hpp"

#include "core/session_results.hpp"

#include <algorithm>
#include <cmath>
#include <deque>

#include <sapha/thai_text.hpp>

namespace sapha::brainstorm {

namespace {

using exporting::Align;
using exporting::Run;
using exporting::TableCell;

} // namespace

exporting::Document sessionPaper(const Session& session)
{
    const bool english = session.language == "en";
    exporting::Document paper;
    paper.title = session.topic;
    paper.language = session.language;
    paper.heading(1, session.topic, Align::Center);
    std::string when;
    if (auto date = thai::parseIsoDate(session.date); date)
        when = english ? thai::formatEnglishDate(date.value()) : thai::formatLongDate(date.value(), thai::Digits::Arabic);
    if (!session.venue.empty())
        when += (when.empty() ? "" : english ? ", " : "  ณ ") + session.venue;
    if (!when.empty()) {
        exporting::Paragraph line;
        line.align = Align::Center;
        line.runs.push_back(Run { when });
        paper.blocks.push_back(line);
    }
    if (!session.prompt.empty())
        paper.labelled(english ? "Question:" : "โจทย์", session.prompt);

    paper.heading(2, english ? "Ideas by group" : "ความคิดของแต่ละกลุ่ม");
    for (const Group& group : session.groups) {
        paper.heading(3, group.name);
        if (group.participants > 0)
            paper.paragraph(english ? std::to_string(group.participants) + " participants" : "ผู้เข้าร่วม " + std::to_string(group.participants) + " คน",
                false);
        if (!group.prompt.empty())
            paper.paragraph(group.prompt, false);
        exporting::List ideas;
        for (const Idea& idea : session.ideas) {
            if (idea.groupId == group.id)
                ideas.items.push_back({ { Run { idea.text } }, 0 });
        }
        if (!ideas.items.empty())
            paper.blocks.push_back(std::move(ideas));
    }

    if (!session.clusters.empty()) {
        paper.heading(2, english ? "Themes" : "การจัดกลุ่มความคิด");
        exporting::Table table;
        table.columnWidths = { 3, 6, 1.5 };
        table.headerRows = 1;
        table.rows.push_back({ TableCell { { Run { english ? "Theme" : "หมวด" } }, 1, 1, true, Align::Center },
            TableCell { { Run { english ? "Ideas" : "ความคิด" } }, 1, 1, true, Align::Center },
            TableCell { { Run { english ? "Votes" : "คะแนน" } }, 1, 1, true, Align::Center } });
        for (const Cluster& cluster : session.clusters) {
            std::string members;
            int votes = session.votesFor(cluster.id);
            for (const std::string& ideaId : cluster.ideaIds) {
                for (const Idea& idea : session.ideas) {
                    if (idea.id == ideaId)
                        members += (members.empty() ? "" : "\n") + ("• " + idea.text);
                }
                votes += session.votesFor(ideaId);
            }
            table.rows.push_back({ TableCell { { Run { cluster.title } } }, TableCell { { Run { members } } },
                TableCell { { Run { std::to_string(votes) } }, 1, 1, false, Align::Center } });
        }
        paper.blocks.push_back(std::move(table));
    }

    // Ranking, with a bar for each idea's votes, drawn by each format to its cell's width.
    int most = 0;
    for (const Idea* idea : rankedIdeas(session))
        most = std::max(most, session.votesFor(idea->id));
    if (most > 0) {
        paper.heading(2, english ? "Ranking by votes" : "ลำดับความสำคัญตามคะแนน");
        exporting::Table ranking;
        ranking.columnWidths = { 6, 1.5, 2.7 }; // "คะแนน" on one line in Word and LibreOffice
        ranking.headerRows = 1;
        ranking.rows.push_back({ TableCell { { Run { english ? "Idea" : "ความคิด" } }, 1, 1, true, Align::Center },
            TableCell { { Run { english ? "Votes" : "คะแนน" } }, 1, 1, true, Align::Center }, TableCell { {}, 1, 1, true } });
        for (const Idea* idea : rankedIdeas(session)) {
            const int votes = session.votesFor(idea->id);
            if (votes == 0)
                break;
            TableCell bar;
            bar.bar = static_cast<double>(votes) / most;
            ranking.rows.push_back({ TableCell { { Run { idea->text } } },
                TableCell { { Run { std::to_string(votes) } }, 1, 1, false, Align::Center }, bar });
        }
        paper.blocks.push_back(std::move(ranking));
    }

    // The words the room used most (Thai cut into words by ICU's dictionary) as a word cloud: each word
    // sized by how often it was used, the most used in the middle of the lines; then the counts.
    const std::vector<WordCount> words = wordCloud(session, 40);
    if (!words.empty()) {
        paper.heading(2, english ? "Words used most" : "คำที่ใช้บ่อย");
        const int most = words.front().count;
        const int least = words.back().count;
        std::deque<Run> cloud;
        for (std::size_t i = 0; i < words.size(); ++i) {
            const double weight = most == least ? 1.0 : std::sqrt(static_cast<double>(words[i].count - least) / (most - least));
            Run word { words[i].word, weight > 0.5 };
            word.sizeScale = 1.0 + 1.6 * weight;
            if (i % 2 == 0)
                cloud.push_back(word);
            else
                cloud.push_front(word);
        }
        exporting::Paragraph paragraph;
        paragraph.align = Align::Center;
        for (const Run& word : cloud) {
            if (!paragraph.runs.empty())
                paragraph.runs.push_back(Run { "\u2003" }); // an em space: kept by every format, where plain spaces may collapse
            paragraph.runs.push_back(word);
        }
        paper.blocks.push_back(std::move(paragraph));
        std::string counts;
        for (std::size_t i = 0; i < words.size() && i < 15; ++i)
            counts += (counts.empty() ? "" : "   ") + words[i].word + " (" + std::to_string(words[i].count) + ")";
        paper.paragraph(counts, false);
    }
    return paper;
}

} // namespace sapha::brainstorm
