// Sapha export — where each table cell sits once spans are taken into account: every writer needs the
// same grid (DOCX and ODT must write covered cells, PDF draws by column).
// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include <sapha/export/document.hpp>

namespace sapha::exporting::internal {

struct GridSlot {
    const TableCell* cell = nullptr; // the cell that starts here; null when covered
    int column = 0;
    bool isCoveredFromAbove = false; // covered by a row span (DOCX writes vMerge continue here)
    int coveringSpan = 1;            // for a slot covered from above: the covering cell's column span
};

struct TableGrid {
    int columnCount = 0;
    // Per row, the slots in column order; a cell spanning columns takes one slot.
    std::vector<std::vector<GridSlot>> rows;
    std::vector<double> columnShares; // relative widths summing to 1
};

TableGrid layoutGrid(const Table& table);

} // namespace sapha::exporting::internal
