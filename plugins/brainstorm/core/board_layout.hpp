// Sapha brainstorm — where everything on the facilitator's board goes, and what lies under a point.
// The board has two bands of columns: first the ideas not yet sorted, one column per group; then the
// clusters, one column each, and a last column to drop an idea on to start a cluster. Columns flow
// into as many rows as the width needs, so the board scrolls one way only. Text is measured by the
// caller (the screen, or the projector at its larger size) and wrapped between words (Thai cut by
// ICU's dictionary), so the layout and its hit-testing are plain data that tests can check.
// SPDX-License-Identifier: MIT
#pragma once

#include "core/brainstorm_export.h"

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "core/session.hpp"

namespace sapha::brainstorm {

struct BoardRect {
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;
    bool contains(double px, double py) const { return px >= x && py >= y && px < x + width && py < y + height; }
};

struct BoardMetrics {
    double width = 1000;          // of the board
    double minColumnWidth = 220;
    double gap = 12;              // between columns and around the board
    double cardPadding = 8;
    double lineHeight = 20;       // of a card's text
    double headerHeight = 34;     // a column's title
    double bandTitleHeight = 28;  // "Not yet sorted", "Clusters"
    double top = 0;               // where the bands start (below what the board shows above them)
    std::function<double(const std::string&)> textWidth; // of a card's text, in the board's units
};

enum class ColumnKind { Group, Cluster, NewCluster };

struct BoardColumn {
    ColumnKind kind = ColumnKind::Group;
    std::string id; // the group's or the cluster's; empty for the new-cluster column
    BoardRect area;   // the whole column
    BoardRect header; // its title
    std::size_t firstCard = 0; // in BoardLayout::cards
    std::size_t cardCount = 0;
};

struct BoardCard {
    std::string ideaId;
    std::size_t column = 0;
    BoardRect area;
    std::vector<std::string> lines; // the idea's text, wrapped
};

struct BoardBand {
    ColumnKind kind = ColumnKind::Group; // Group: not yet sorted; Cluster: the clusters
    BoardRect title;
};

// Where a dragged idea would land: a column, and before which of its cards.
struct DropTarget {
    std::size_t column = static_cast<std::size_t>(-1);
    std::size_t position = 0;
    bool valid() const { return column != static_cast<std::size_t>(-1); }
};

struct SAPHA_BRAINSTORM_EXPORT BoardLayout {
    std::vector<BoardBand> bands;
    std::vector<BoardColumn> columns;
    std::vector<BoardCard> cards;
    double height = 0; // of everything

    // The card under the point, or -1.
    std::ptrdiff_t cardAt(double x, double y) const;
    // The column whose header is under the point, or -1.
    std::ptrdiff_t headerAt(double x, double y) const;
    // Where an idea dropped at the point would go (anywhere in a column's area).
    DropTarget dropAt(double x, double y) const;
    // The card showing `ideaId`, or -1.
    std::ptrdiff_t cardOf(const std::string& ideaId) const;
};

SAPHA_BRAINSTORM_EXPORT BoardLayout layoutBoard(const Session& session, const BoardMetrics& metrics);

// The text in lines no wider than `width`, broken between words; a word wider than a line is cut
// between characters.
SAPHA_BRAINSTORM_EXPORT std::vector<std::string> wrapText(
    const std::string& text, double width, const std::function<double(const std::string&)>& textWidth);

// Applies a drop of `ideaId` on `target`: into a cluster at the position, back to its group, or into a
// new cluster. False when nothing changed.
SAPHA_BRAINSTORM_EXPORT bool dropIdea(Session& session, const BoardLayout& layout, const std::string& ideaId, const DropTarget& target);

} // namespace sapha::brainstorm
