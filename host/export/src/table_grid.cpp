// Sapha export — table grid layout.
// SPDX-License-Identifier: MIT
#include "table_grid.hpp"

#include <algorithm>
#include <numeric>

namespace sapha::exporting::internal {

TableGrid layoutGrid(const Table& table)
{
    TableGrid grid;
    // The column count: the widest row once spans from above are counted.
    struct Pending {
        int rowsLeft = 0;
        int span = 1;
    };
    std::vector<Pending> pending; // per column: a row span still covering it
    for (const auto& row : table.rows) {
        std::vector<GridSlot> slots;
        int column = 0;
        auto skipCovered = [&] {
            while (column < static_cast<int>(pending.size()) && pending[static_cast<std::size_t>(column)].rowsLeft > 0) {
                Pending& cover = pending[static_cast<std::size_t>(column)];
                slots.push_back(GridSlot { nullptr, column, true, cover.span });
                --cover.rowsLeft;
                column += cover.span;
            }
        };
        for (const TableCell& cell : row) {
            skipCovered();
            const int span = std::max(1, cell.columnSpan);
            slots.push_back(GridSlot { &cell, column, false, span });
            if (static_cast<int>(pending.size()) < column + span)
                pending.resize(static_cast<std::size_t>(column + span));
            if (cell.rowSpan > 1)
                pending[static_cast<std::size_t>(column)] = Pending { cell.rowSpan - 1, span };
            column += span;
        }
        skipCovered();
        grid.columnCount = std::max(grid.columnCount, column);
        grid.rows.push_back(std::move(slots));
    }
    grid.columnCount = std::max<int>(grid.columnCount, static_cast<int>(table.columnWidths.size()));
    std::vector<double> widths(static_cast<std::size_t>(std::max(1, grid.columnCount)), 1.0);
    for (std::size_t i = 0; i < widths.size() && i < table.columnWidths.size(); ++i)
        widths[i] = table.columnWidths[i] > 0 ? table.columnWidths[i] : 1.0;
    const double total = std::accumulate(widths.begin(), widths.end(), 0.0);
    for (double& width : widths)
        width /= total;
    grid.columnShares = std::move(widths);
    return grid;
}

} // namespace sapha::exporting::internal
