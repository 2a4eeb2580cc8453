// Sapha export — Markdown (CommonMark with pipe tables), for wikis, e-mail and review in plain text.
// SPDX-License-Identifier: MIT
#include <algorithm>
#include <cmath>
#include <string>

#include "table_grid.hpp"
#include "writers.hpp"

namespace sapha::exporting::internal {

namespace {

// Escapes what Markdown would read as markup; inside tables also the pipe, and line breaks become <br>.
std::string escaped(const std::string& text, bool inTable)
{
    std::string out;
    bool atLineStart = true;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n') {
            out += inTable ? "<br>" : "  \n";
            atLineStart = true;
            continue;
        }
        const bool special = c == '\\' || c == '`' || c == '*' || c == '_' || c == '[' || c == ']' || c == '<' || c == '>'
            || c == '|' || (atLineStart && (c == '#' || c == '+' || c == '-' || c == '='));
        if (special)
            out += '\\';
        out += c;
        // "12. " at the start of a line would start a list.
        if (atLineStart && c >= '0' && c <= '9') {
            std::size_t j = i + 1;
            while (j < text.size() && text[j] >= '0' && text[j] <= '9')
                out += text[j++];
            if (j < text.size() && (text[j] == '.' || text[j] == ')')) {
                out += '\\';
            }
            i = j - 1;
        }
        atLineStart = false;
    }
    return out;
}

std::string runs(const Document& document, const Runs& runs, bool inTable)
{
    std::string out;
    for (const Run& run : runs) {
        std::string text = escaped(printed(document, run.text), inTable);
        if (text.empty())
            continue;
        // Emphasis markers must touch the text: spaces at either end stay outside them.
        const std::size_t first = text.find_first_not_of(' ');
        if (first == std::string::npos) {
            out += text;
            continue;
        }
        const std::size_t last = text.find_last_not_of(' ');
        const std::string before = text.substr(0, first);
        const std::string after = text.substr(last + 1);
        text = text.substr(first, last - first + 1);
        if (run.isBold)
            text = "**" + text + "**";
        if (run.isItalic)
            text = "*" + text + "*";
        if (run.tracked == Tracked::Inserted)
            text = "{+" + text + "+}";
        else if (run.tracked == Tracked::Deleted)
            text = "[-" + text + "-]";
        out += before + text + after;
    }
    return out;
}

// A bar in text: up to twenty block characters, for its share of the cell.
std::string barText(double share)
{
    std::string bar;
    for (long i = 0; share > 0 && i < std::lround(std::min(1.0, share) * 20); ++i)
        bar += "\u2588";
    return bar;
}

} // namespace

std::string writeMarkdown(const Document& document)
{
    std::string out;
    auto blankLine = [&out] {
        if (!out.empty() && out.compare(out.size() - std::min<std::size_t>(out.size(), 2), 2, "\n\n") != 0)
            out += out.back() == '\n' ? "\n" : "\n\n";
    };
    for (const Block& block : document.blocks) {
        blankLine();
        if (const auto* heading = std::get_if<Heading>(&block)) {
            out += std::string(static_cast<std::size_t>(std::clamp(heading->level, 1, 6)), '#') + " "
                + runs(document, heading->runs, false) + "\n";
        } else if (const auto* paragraph = std::get_if<Paragraph>(&block)) {
            out += runs(document, paragraph->runs, false) + "\n";
        } else if (const auto* list = std::get_if<List>(&block)) {
            for (std::size_t i = 0; i < list->items.size(); ++i) {
                const ListItem& item = list->items[i];
                out += std::string(static_cast<std::size_t>(item.level) * 3, ' ')
                    + (list->isNumbered ? runs(document, listMarker(*list, i), true) + " " : std::string("- "))
                    + runs(document, item.runs, true) + "\n";
            }
        } else if (const auto* table = std::get_if<Table>(&block)) {
            const TableGrid grid = layoutGrid(*table);
            const std::size_t columns = static_cast<std::size_t>(std::max(1, grid.columnCount));
            auto rowText = [&](std::size_t r) {
                std::vector<std::string> cells(columns);
                for (const GridSlot& slot : grid.rows[r]) {
                    if (slot.cell && static_cast<std::size_t>(slot.column) < columns)
                        cells[static_cast<std::size_t>(slot.column)] = runs(document, slot.cell->runs, true) + barText(slot.cell->bar);
                }
                std::string line = "|";
                for (const std::string& cell : cells)
                    line += " " + cell + " |";
                return line + "\n";
            };
            // Pipe tables have one header row: the table's header rows are joined into it.
            std::size_t first = 0;
            if (table->headerRows > 0) {
                out += rowText(0);
                first = 1;
            } else {
                out += "|" + std::string(columns * 3, ' ') + "|\n";
            }
            out += "|";
            for (std::size_t c = 0; c < columns; ++c)
                out += " --- |";
            out += "\n";
            for (std::size_t r = first; r < grid.rows.size(); ++r)
                out += rowText(r);
        } else if (std::get_if<PageBreak>(&block)) {
            out += "---\n";
        } else if (const auto* signatures = std::get_if<SignatureBlock>(&block)) {
            for (const Signatory& signatory : signatures->signatories) {
                const std::vector<std::string> lines = signatureLines(document, signatory);
                for (std::size_t i = 0; i < lines.size(); ++i)
                    out += escaped(lines[i], false) + (i + 1 < lines.size() ? "  \n" : "\n\n");
            }
        }
    }
    return out;
}

} // namespace sapha::exporting::internal
