// Sapha brainstorm — the board's layout.
// SPDX-License-Identifier: MIT
#include "core/board_layout.hpp"

#include <algorithm>
#include <cmath>

#include <sapha/thai_words.hpp>

#include "core/board_edits.hpp"

namespace sapha::brainstorm {

namespace {

// The length of the UTF-8 sequence a lead byte starts.
std::size_t sequenceLength(unsigned char lead)
{
    return lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
}

// A word too wide for a line, cut between characters into pieces that fit.
std::vector<std::string> cutWord(const std::string& word, double width, const std::function<double(const std::string&)>& textWidth)
{
    std::vector<std::string> pieces;
    std::string piece;
    for (std::size_t i = 0; i < word.size();) {
        const std::size_t length = std::min(sequenceLength(static_cast<unsigned char>(word[i])), word.size() - i);
        const std::string character = word.substr(i, length);
        if (!piece.empty() && textWidth(piece + character) > width) {
            pieces.push_back(piece);
            piece.clear();
        }
        piece += character;
        i += length;
    }
    if (!piece.empty())
        pieces.push_back(piece);
    return pieces;
}

// Lays out columns left to right, wrapping to a new row when the width is used; returns the y below.
double flowColumns(BoardLayout& layout, std::vector<std::pair<BoardColumn, std::vector<BoardCard>>>& columns,
    const BoardMetrics& metrics, double y)
{
    const double usable = std::max(metrics.minColumnWidth, metrics.width - metrics.gap);
    const std::size_t perRow = std::max<std::size_t>(1, static_cast<std::size_t>((usable) / (metrics.minColumnWidth + metrics.gap)));
    const std::size_t inFirstRow = std::min(perRow, std::max<std::size_t>(1, columns.size()));
    const double columnWidth = (usable - metrics.gap * static_cast<double>(inFirstRow)) / static_cast<double>(inFirstRow);
    double rowHeight = 0;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (i > 0 && i % perRow == 0) {
            y += rowHeight + metrics.gap;
            rowHeight = 0;
        }
        auto& [column, cards] = columns[i];
        const double x = metrics.gap + static_cast<double>(i % perRow) * (columnWidth + metrics.gap);
        column.header = { x, y, columnWidth, metrics.headerHeight };
        double cardY = y + metrics.headerHeight + metrics.cardPadding;
        column.firstCard = layout.cards.size();
        column.cardCount = cards.size();
        const double textWidth = columnWidth - 4 * metrics.cardPadding;
        for (BoardCard& card : cards) {
            card.column = layout.columns.size();
            card.lines = wrapText(card.lines.empty() ? std::string() : card.lines.front(), textWidth, metrics.textWidth);
            const double height = std::max<double>(1, static_cast<double>(card.lines.size())) * metrics.lineHeight + 2 * metrics.cardPadding;
            card.area = { x + metrics.cardPadding, cardY, columnWidth - 2 * metrics.cardPadding, height };
            cardY += height + metrics.cardPadding;
            layout.cards.push_back(std::move(card));
        }
        // Room to drop one more card below the last.
        const double height = std::max(cardY + metrics.lineHeight * 1.5 - y, metrics.headerHeight + metrics.lineHeight * 2);
        column.area = { x, y, columnWidth, height };
        rowHeight = std::max(rowHeight, height);
        layout.columns.push_back(column);
    }
    return columns.empty() ? y : y + rowHeight + metrics.gap;
}

} // namespace

std::vector<std::string> wrapText(const std::string& text, double width, const std::function<double(const std::string&)>& textWidth)
{
    std::vector<std::string> lines;
    std::string line;
    auto finish = [&] {
        while (!line.empty() && line.back() == ' ')
            line.pop_back();
        lines.push_back(line);
        line.clear();
    };
    // Line breaks are ICU's, as in the PDF: a long term may wrap where its parts meet.
    for (const std::string& word : thai::icuWords(text)) {
        if (word == "\n") {
            finish();
            continue;
        }
        if (line.empty() && word == " ")
            continue; // no space at the start of a line
        if (textWidth(line + word) <= width) {
            line += word;
            continue;
        }
        if (!line.empty())
            finish();
        if (word == " ")
            continue;
        if (textWidth(word) <= width) {
            line = word;
            continue;
        }
        std::vector<std::string> pieces = cutWord(word, width, textWidth);
        for (std::size_t i = 0; i + 1 < pieces.size(); ++i)
            lines.push_back(pieces[i]);
        line = pieces.empty() ? std::string() : pieces.back();
    }
    if (!line.empty() || lines.empty())
        finish();
    return lines;
}

BoardLayout layoutBoard(const Session& session, const BoardMetrics& metrics)
{
    BoardLayout layout;
    // A card holds its idea's whole text in lines.front() until the flow wraps it to its column.
    auto cardFor = [](const Idea& idea) { return BoardCard { idea.id, 0, {}, { idea.text } }; };
    double y = metrics.top + metrics.gap;

    std::vector<std::pair<BoardColumn, std::vector<BoardCard>>> groups;
    for (const Group& group : session.groups) {
        std::vector<BoardCard> cards;
        for (const Idea& idea : session.ideas) {
            if (idea.groupId == group.id && !session.clusterOf(idea.id))
                cards.push_back(cardFor(idea));
        }
        groups.push_back({ BoardColumn { ColumnKind::Group, group.id, {}, {}, 0, 0 }, std::move(cards) });
    }
    layout.bands.push_back({ ColumnKind::Group, { metrics.gap, y, metrics.width - 2 * metrics.gap, metrics.bandTitleHeight } });
    y = flowColumns(layout, groups, metrics, y + metrics.bandTitleHeight);

    std::vector<std::pair<BoardColumn, std::vector<BoardCard>>> clusters;
    for (const Cluster& cluster : session.clusters) {
        std::vector<BoardCard> cards;
        for (const std::string& ideaId : cluster.ideaIds) {
            for (const Idea& idea : session.ideas) {
                if (idea.id == ideaId)
                    cards.push_back(cardFor(idea));
            }
        }
        clusters.push_back({ BoardColumn { ColumnKind::Cluster, cluster.id, {}, {}, 0, 0 }, std::move(cards) });
    }
    clusters.push_back({ BoardColumn { ColumnKind::NewCluster, {}, {}, {}, 0, 0 }, {} });
    layout.bands.push_back({ ColumnKind::Cluster, { metrics.gap, y, metrics.width - 2 * metrics.gap, metrics.bandTitleHeight } });
    y = flowColumns(layout, clusters, metrics, y + metrics.bandTitleHeight);
    layout.height = y;
    return layout;
}

std::ptrdiff_t BoardLayout::cardAt(double x, double y) const
{
    for (std::size_t i = 0; i < cards.size(); ++i) {
        if (cards[i].area.contains(x, y))
            return static_cast<std::ptrdiff_t>(i);
    }
    return -1;
}

std::ptrdiff_t BoardLayout::headerAt(double x, double y) const
{
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (columns[i].header.contains(x, y))
            return static_cast<std::ptrdiff_t>(i);
    }
    return -1;
}

std::ptrdiff_t BoardLayout::cardOf(const std::string& ideaId) const
{
    for (std::size_t i = 0; i < cards.size(); ++i) {
        if (cards[i].ideaId == ideaId)
            return static_cast<std::ptrdiff_t>(i);
    }
    return -1;
}

DropTarget BoardLayout::dropAt(double x, double y) const
{
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const BoardColumn& column = columns[c];
        if (!column.area.contains(x, y))
            continue;
        // Before the first card whose middle is below the point.
        std::size_t position = 0;
        for (std::size_t k = 0; k < column.cardCount; ++k) {
            const BoardRect& area = cards[column.firstCard + k].area;
            if (y < area.y + area.height / 2)
                break;
            position = k + 1;
        }
        return { c, position };
    }
    return {};
}

bool dropIdea(Session& session, const BoardLayout& layout, const std::string& ideaId, const DropTarget& target)
{
    if (!target.valid() || target.column >= layout.columns.size())
        return false;
    const BoardColumn& column = layout.columns[target.column];
    const Cluster* from = session.clusterOf(ideaId);
    switch (column.kind) {
    case ColumnKind::Group:
        return from && moveIdea(session, ideaId, {});
    case ColumnKind::NewCluster:
        return !startCluster(session, ideaId).empty();
    case ColumnKind::Cluster: {
        const std::string before = from ? from->id : std::string();
        const Cluster* cluster = nullptr;
        for (const Cluster& c : session.clusters)
            cluster = c.id == column.id ? &c : cluster;
        const std::vector<std::string> membersBefore = cluster ? cluster->ideaIds : std::vector<std::string> {};
        if (!moveIdea(session, ideaId, column.id, target.position))
            return false;
        for (const Cluster& c : session.clusters) {
            if (c.id == column.id)
                return before != column.id || c.ideaIds != membersBefore;
        }
        return true;
    }
    }
    return false;
}

} // namespace sapha::brainstorm
