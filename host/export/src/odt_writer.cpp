// Sapha export — OpenDocument text (ODT). Fonts are set for Western and complex script with the Thai
// language; the first page uses a master page without header, so page numbers start on page 2.
// SPDX-License-Identifier: MIT
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <string>

#include "odt_tracked_changes.hpp"
#include "table_grid.hpp"
#include "writers.hpp"
#include "xml_part.hpp"
#include "zip_package.hpp"

namespace sapha::exporting::internal {

namespace {

const char* const kNamespaces[][2] = {
    { "xmlns:office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0" },
    { "xmlns:style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0" },
    { "xmlns:text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0" },
    { "xmlns:table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0" },
    { "xmlns:fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" },
    { "xmlns:svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" },
    { "xmlns:dc", "http://purl.org/dc/elements/1.1/" },
    { "xmlns:meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0" },
    { "xmlns:draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" },
};

std::string cm(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.3fcm", value);
    return buffer;
}

std::string pt(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1fpt", value);
    return buffer;
}

pugi::xml_node officeRoot(pugi::xml_document& part, const char* name)
{
    pugi::xml_node root = part.append_child(name);
    for (const auto& [attribute, uri] : kNamespaces)
        root.append_attribute(attribute).set_value(uri);
    root.append_attribute("office:version").set_value("1.3");
    return root;
}

const char* foAlign(Align align)
{
    switch (align) {
    case Align::Center:
        return "center";
    case Align::Right:
        return "end";
    case Align::Justify:
        return "justify";
    case Align::Left:
        break;
    }
    return "start";
}

void textProperties(pugi::xml_node properties, const PageStyle& page, double sizePt, const std::string& language)
{
    properties.append_attribute("style:font-name").set_value(page.fontFamily.c_str());
    properties.append_attribute("fo:font-size").set_value(pt(sizePt).c_str());
    properties.append_attribute("style:font-name-complex").set_value(page.fontFamily.c_str());
    properties.append_attribute("style:font-size-complex").set_value(pt(sizePt).c_str());
    properties.append_attribute("fo:language").set_value(language == "en" ? "en" : "th");
    properties.append_attribute("fo:country").set_value(language == "en" ? "GB" : "TH");
    properties.append_attribute("style:language-complex").set_value("th");
    properties.append_attribute("style:country-complex").set_value("TH");
}

// Automatic styles created as the body needs them, each named once.
class AutomaticStyles {
public:
    AutomaticStyles(pugi::xml_node container, const Document& document) : m_container(container), m_document(document) { }

    struct ParagraphLook {
        std::string parent = "Standard";
        Align align = Align::Left;
        double firstLineCm = 0;
        double leftCm = 0;
        double spaceBeforePt = -1; // -1: the default
        bool keepWithNext = false;
        bool startsDocument = false;
    };

    std::string paragraph(const ParagraphLook& look)
    {
        char key[256];
        std::snprintf(key, sizeof key, "%s|%d|%.3f|%.3f|%.1f|%d|%d", look.parent.c_str(), static_cast<int>(look.align),
            look.firstLineCm, look.leftCm, look.spaceBeforePt, look.keepWithNext, look.startsDocument);
        auto found = m_paragraphs.find(key);
        if (found != m_paragraphs.end())
            return found->second;
        const std::string name = "P" + std::to_string(m_paragraphs.size() + 1);
        pugi::xml_node style = element(m_container, "style:style", "style:name", name.c_str(), "style:family", "paragraph",
            "style:parent-style-name", look.parent.c_str());
        if (look.startsDocument && m_document.page.numbersPagesFromSecond)
            style.append_attribute("style:master-page-name").set_value("First_20_Page");
        pugi::xml_node properties = element(style, "style:paragraph-properties", "fo:text-align", foAlign(look.align));
        if (look.firstLineCm != 0)
            properties.append_attribute("fo:text-indent").set_value(cm(look.firstLineCm).c_str());
        if (look.leftCm > 0)
            properties.append_attribute("fo:margin-left").set_value(cm(look.leftCm).c_str());
        if (look.spaceBeforePt >= 0)
            properties.append_attribute("fo:margin-top").set_value(pt(look.spaceBeforePt).c_str());
        if (look.keepWithNext)
            properties.append_attribute("fo:keep-with-next").set_value("always");
        m_paragraphs.emplace(key, name);
        return name;
    }

    std::string text(const Run& run)
    {
        const int flags = (run.isBold ? 1 : 0) | (run.isItalic ? 2 : 0) | (run.isUnderlined ? 4 : 0);
        // Sizes in tenths of a point: a word cloud's few sizes each get one style.
        const long tenths = std::lround(m_document.page.fontSizePt * run.sizeScale * 10);
        const bool sized = run.sizeScale != 1.0;
        if (flags == 0 && !sized)
            return {};
        const std::pair<int, long> key { flags, sized ? tenths : 0 };
        auto found = m_texts.find(key);
        if (found != m_texts.end())
            return found->second;
        const std::string name = "T" + std::to_string(flags) + (sized ? "S" + std::to_string(tenths) : std::string());
        pugi::xml_node style = element(m_container, "style:style", "style:name", name.c_str(), "style:family", "text");
        pugi::xml_node properties = element(style, "style:text-properties");
        if (sized) {
            const std::string size = pt(static_cast<double>(tenths) / 10);
            properties.append_attribute("fo:font-size").set_value(size.c_str());
            properties.append_attribute("style:font-size-complex").set_value(size.c_str());
        }
        if (run.isBold) {
            properties.append_attribute("fo:font-weight").set_value("bold");
            properties.append_attribute("style:font-weight-complex").set_value("bold");
        }
        if (run.isItalic) {
            properties.append_attribute("fo:font-style").set_value("italic");
            properties.append_attribute("style:font-style-complex").set_value("italic");
        }
        if (run.isUnderlined) {
            properties.append_attribute("style:text-underline-style").set_value("solid");
            properties.append_attribute("style:text-underline-width").set_value("auto");
            properties.append_attribute("style:text-underline-color").set_value("font-color");
        }
        m_texts.emplace(key, name);
        return name;
    }

    // The style of a bar in a table's cell: grey, without outline, on the text's middle.
    const std::string& bar()
    {
        if (m_bar.empty()) {
            m_bar = "Bar";
            pugi::xml_node style = element(m_container, "style:style", "style:name", m_bar.c_str(), "style:family", "graphic");
            element(style, "style:graphic-properties", "draw:fill", "solid", "draw:fill-color", "#808080", "draw:stroke", "none",
                "style:vertical-pos", "middle", "style:vertical-rel", "text");
        }
        return m_bar;
    }

    // Styles of one table: the table, its columns and its two kinds of cell. A table that starts the
    // document sets the first page's master page itself (no empty paragraph before it for that).
    std::string table(const std::vector<double>& columnCm, double widthCm, bool startsDocument)
    {
        const std::string name = "Table" + std::to_string(++m_tables);
        pugi::xml_node style = element(m_container, "style:style", "style:name", name.c_str(), "style:family", "table");
        if (startsDocument && m_document.page.numbersPagesFromSecond)
            style.append_attribute("style:master-page-name").set_value("First_20_Page");
        // One line between two cells, not each cell's own border side by side.
        element(style, "style:table-properties", "style:width", cm(widthCm).c_str(), "table:align", "margins",
            "table:border-model", "collapsing");
        for (std::size_t c = 0; c < columnCm.size(); ++c) {
            const std::string column = name + ".C" + std::to_string(c + 1);
            pugi::xml_node columnStyle
                = element(m_container, "style:style", "style:name", column.c_str(), "style:family", "table-column");
            element(columnStyle, "style:table-column-properties", "style:column-width", cm(columnCm[c]).c_str());
        }
        // A row is never split across pages.
        pugi::xml_node row = element(m_container, "style:style", "style:name", (name + ".Row").c_str(), "style:family", "table-row");
        element(row, "style:table-row-properties", "fo:keep-together", "always");
        for (const char* kind : { "Cell", "HeaderCell" }) {
            const std::string cell = name + "." + kind;
            pugi::xml_node cellStyle = element(m_container, "style:style", "style:name", cell.c_str(), "style:family", "table-cell");
            pugi::xml_node properties = element(cellStyle, "style:table-cell-properties", "fo:border", "0.5pt solid #000000",
                "fo:padding", "0.1cm");
            if (std::string(kind) == "HeaderCell") {
                properties.append_attribute("fo:background-color").set_value("#e7e6e6");
                properties.append_attribute("style:vertical-align").set_value("middle");
            }
        }
        return name;
    }

private:
    pugi::xml_node m_container;
    const Document& m_document;
    std::map<std::string, std::string> m_paragraphs;
    std::map<std::pair<int, long>, std::string> m_texts;
    int m_tables = 0;
    std::string m_bar;
};

class OdtBody {
public:
    OdtBody(const Document& document, pugi::xml_node text, AutomaticStyles& styles)
        : m_document(document)
        , m_text(text)
        , m_styles(styles)
        , m_tracked(document, text)
    {
    }

    void write()
    {
        for (const Block& block : m_document.blocks)
            std::visit([this](const auto& b) { addTracked(b); }, block);
        m_tracked.finish(m_text, [this] { return paragraph(m_text, AutomaticStyles::ParagraphLook {}); });
        if (m_isFirst) // an empty document still needs its first paragraph (and master page)
            paragraph(m_text, AutomaticStyles::ParagraphLook {});
    }

private:
    // A block inserted or deleted whole is marked outside its paragraphs: an insertion by a change-start
    // before it and a change-end after it, a deletion by a change point where it was, the block itself
    // kept in the change record. Its runs are then written as plain text.
    template <typename WriteBlock> void wholeChange(TrackedMark mark, WriteBlock writeBlock)
    {
        if (mark.tracked == Tracked::None || m_inWholeChange) {
            writeBlock();
            return;
        }
        m_inWholeChange = true;
        if (mark.tracked == Tracked::Inserted) {
            m_tracked.beginInserted(m_parent, mark.origin);
            writeBlock();
            m_tracked.endInserted(m_parent);
        } else {
            const pugi::xml_node body = m_parent;
            m_parent = m_tracked.beginDeleted(body, mark.origin);
            writeBlock();
            m_parent = body;
            m_tracked.endDeleted();
        }
        m_inWholeChange = false;
    }

    template <typename B> void addTracked(const B& block)
    {
        if constexpr (std::is_same_v<B, Table>)
            addTable(block);
        else if constexpr (std::is_same_v<B, List>)
            add(block);
        else
            wholeChange(block.mark, [&] { add(block); });
    }

    // ODF cannot track a table's row: a table with rows inserted or deleted is written as the old table
    // deleted and the new one inserted; one inserted or deleted whole is one change.
    void addTable(const Table& table)
    {
        if (table.rowMarks.empty() || m_inWholeChange) {
            add(table);
            return;
        }
        const TrackedMark first = table.rowMarks.front();
        bool isWhole = true;
        int origin = 0;
        for (const TrackedMark& mark : table.rowMarks) {
            isWhole = isWhole && mark.tracked == first.tracked;
            if (mark.tracked != Tracked::None)
                origin = mark.origin;
        }
        if (isWhole && first.tracked == Tracked::Inserted) {
            wholeTable(table, { Tracked::Inserted, origin });
        } else if (isWhole) {
            wholeTable(table, { Tracked::Deleted, origin });
        } else {
            wholeTable(sideOf(table, Tracked::Inserted), { Tracked::Deleted, origin });
            wholeTable(sideOf(table, Tracked::Deleted), { Tracked::Inserted, origin });
        }
    }

    void wholeTable(const Table& table, TrackedMark mark)
    {
        m_tracked.tableStarting(m_parent);
        if (m_tracked.canMarkAsParagraphs(m_parent)) {
            wholeChange(mark, [&] { add(table); });
            return;
        }
        // At the start of the text there is no paragraph to anchor the marks in: between blocks.
        m_inWholeChange = true;
        if (mark.tracked == Tracked::Inserted) {
            m_tracked.tableInserted(m_parent, mark.origin, [&] { add(table); });
        } else {
            m_tracked.tableDeleted(m_parent, mark.origin, [&](pugi::xml_node record) {
                const pugi::xml_node body = m_parent;
                m_parent = record;
                add(table);
                m_parent = body;
            });
        }
        m_inWholeChange = false;
    }

    // One version of a tracked table: without what is marked `dropped` (Inserted: the old version).
    static Table sideOf(const Table& table, Tracked dropped)
    {
        Table side = table;
        side.rows.clear();
        side.rowMarks.clear();
        side.headerRows = 0;
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            const Tracked rowTracked = r < table.rowMarks.size() ? table.rowMarks[r].tracked : Tracked::None;
            if (rowTracked == dropped)
                continue;
            if (static_cast<int>(r) < table.headerRows)
                ++side.headerRows;
            std::vector<TableCell> row = table.rows[r];
            for (TableCell& cell : row) {
                Runs kept;
                for (Run run : cell.runs) {
                    if (run.tracked == dropped)
                        continue;
                    run.tracked = Tracked::None;
                    kept.push_back(std::move(run));
                }
                cell.runs = std::move(kept);
            }
            side.rows.push_back(std::move(row));
        }
        return side;
    }

    // ODF reads a run of spaces as one, and none at a line's start: each space that would be lost is a
    // <text:s/> (with its count), a tab a <text:tab/>, so that "ประเภท กระบวนการ    น้ำหนัก 1" keeps its gap.
    void appendText(pugi::xml_node target, const std::string& text)
    {
        std::string plain;
        auto flush = [&] {
            if (!plain.empty())
                target.append_child(pugi::node_pcdata).set_value(plain.c_str());
            plain.clear();
        };
        for (std::size_t i = 0; i < text.size();) {
            if (text[i] == '\t') {
                flush();
                element(target, "text:tab");
                m_afterSpace = false;
                ++i;
                continue;
            }
            if (text[i] != ' ') {
                plain += text[i++];
                m_afterSpace = false;
                continue;
            }
            std::size_t count = 0;
            while (i < text.size() && text[i] == ' ') {
                ++count;
                ++i;
            }
            if (!m_afterSpace) {
                plain += ' ';
                --count;
            }
            if (count > 0) {
                flush();
                pugi::xml_node spaces = element(target, "text:s");
                if (count > 1)
                    spaces.append_attribute("text:c").set_value(static_cast<unsigned>(count));
            }
            m_afterSpace = true;
        }
        flush();
    }

    pugi::xml_node paragraph(pugi::xml_node parent, AutomaticStyles::ParagraphLook look, const char* elementName = "text:p")
    {
        m_afterSpace = true;
        look.startsDocument = m_isFirst && parent == m_text;
        if (parent == m_text)
            m_isFirst = false;
        pugi::xml_node p = element(parent, elementName, "text:style-name", m_styles.paragraph(look).c_str());
        m_tracked.paragraphStarted(p, parent);
        return p;
    }

    void runs(pugi::xml_node p, const Runs& runs)
    {
        for (Run run : runs) {
            if (m_inWholeChange) // the block's own change covers its text
                run.tracked = Tracked::None;
            if (run.tracked == Tracked::Deleted) {
                // The deleted text lives in the change record; the body keeps only where it was.
                pugi::xml_node deletion = m_tracked.record("text:deletion", run.origin);
                pugi::xml_node held = element(deletion, "text:p");
                const bool afterSpace = m_afterSpace; // the deleted text does not go on the body's line
                appendText(held, printed(m_document, run.text));
                m_afterSpace = afterSpace;
                element(p, "text:change", "text:change-id", m_tracked.lastId().c_str());
                continue;
            }
            if (run.tracked == Tracked::Inserted) {
                m_tracked.record("text:insertion", run.origin);
                element(p, "text:change-start", "text:change-id", m_tracked.lastId().c_str());
            }
            const std::string style = m_styles.text(run);
            pugi::xml_node target = style.empty() ? p : element(p, "text:span", "text:style-name", style.c_str());
            const std::string text = printed(m_document, run.text);
            std::size_t start = 0;
            while (true) {
                const std::size_t end = text.find('\n', start);
                const std::string piece = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
                appendText(target, piece);
                if (end == std::string::npos)
                    break;
                element(target, "text:line-break");
                m_afterSpace = true;
                start = end + 1;
            }
            if (run.tracked == Tracked::Inserted)
                element(p, "text:change-end", "text:change-id", m_tracked.lastId().c_str());
        }
    }

    void add(const Heading& heading)
    {
        AutomaticStyles::ParagraphLook look;
        const int level = std::clamp(heading.level, 1, 3);
        look.parent = "Heading_20_" + std::to_string(level);
        look.align = heading.align;
        pugi::xml_node h = paragraph(m_parent, look, "text:h");
        h.append_attribute("text:outline-level").set_value(level);
        runs(h, heading.runs);
    }

    void add(const Paragraph& block)
    {
        AutomaticStyles::ParagraphLook look;
        look.align = block.align;
        look.firstLineCm = block.hasFirstLineIndent ? m_document.page.firstLineIndentCm : 0;
        look.leftCm = block.leftIndentCm;
        look.keepWithNext = block.keepWithNext;
        runs(paragraph(m_parent, look), block.runs);
    }

    void add(const List& list)
    {
        for (std::size_t i = 0; i < list.items.size(); ++i) {
            const ListItem& item = list.items[i];
            wholeChange(item.mark, [&] {
                AutomaticStyles::ParagraphLook look;
                look.leftCm = list.leftIndentCm + 1.0 * (item.level + 1);
                look.firstLineCm = -0.75; // a hanging indent for the number
                pugi::xml_node p = paragraph(m_parent, look);
                runs(p, listMarker(list, i));
                element(p, "text:tab");
                runs(p, item.runs);
            });
        }
    }

    void add(const Table& table)
    {
        const TableGrid grid = layoutGrid(table);
        const PageStyle& page = m_document.page;
        const double widthCm = page.widthCm - page.marginLeftCm - page.marginRightCm;
        std::vector<double> columnCm;
        for (double share : grid.columnShares)
            columnCm.push_back(share * widthCm);
        m_tracked.tableStarting(m_parent);
        const bool startsDocument = m_isFirst && m_parent == m_text;
        if (startsDocument)
            m_isFirst = false;
        const std::string name = m_styles.table(columnCm, widthCm, startsDocument);
        pugi::xml_node tableNode = element(m_parent, "table:table", "table:name", name.c_str(), "table:style-name", name.c_str());
        for (std::size_t c = 0; c < columnCm.size(); ++c)
            element(tableNode, "table:table-column", "table:style-name", (name + ".C" + std::to_string(c + 1)).c_str());
        pugi::xml_node headerRows;
        for (std::size_t r = 0; r < grid.rows.size(); ++r) {
            pugi::xml_node parent = tableNode;
            if (static_cast<int>(r) < table.headerRows) {
                if (!headerRows)
                    headerRows = element(tableNode, "table:table-header-rows");
                parent = headerRows;
            }
            pugi::xml_node row = element(parent, "table:table-row", "table:style-name", (name + ".Row").c_str());
            for (const GridSlot& slot : grid.rows[r]) {
                if (!slot.cell) {
                    for (int i = 0; i < slot.coveringSpan; ++i)
                        element(row, "table:covered-table-cell");
                    continue;
                }
                const TableCell& cell = *slot.cell;
                pugi::xml_node cellNode = element(row, "table:table-cell", "table:style-name",
                    (name + (cell.isHeader ? ".HeaderCell" : ".Cell")).c_str(), "office:value-type", "string");
                if (cell.columnSpan > 1)
                    cellNode.append_attribute("table:number-columns-spanned").set_value(cell.columnSpan);
                if (cell.rowSpan > 1)
                    cellNode.append_attribute("table:number-rows-spanned").set_value(cell.rowSpan);
                AutomaticStyles::ParagraphLook look;
                look.align = cell.align;
                look.spaceBeforePt = 0;
                Runs cellRuns = cell.runs;
                if (cell.isHeader)
                    for (Run& run : cellRuns)
                        run.isBold = true;
                pugi::xml_node cellParagraph = paragraph(cellNode, look);
                runs(cellParagraph, cellRuns);
                if (cell.bar > 0) { // a grey bar across its share of the cell, drawn as a shape in the line
                    double cellWidth = 0;
                    for (int c = slot.column; c < slot.column + std::max(1, cell.columnSpan) && c < static_cast<int>(columnCm.size()); ++c)
                        cellWidth += columnCm[static_cast<std::size_t>(c)];
                    element(cellParagraph, "draw:rect", "text:anchor-type", "as-char", "draw:style-name", m_styles.bar().c_str(),
                        "svg:width", cm((cellWidth - 0.3) * std::min(1.0, cell.bar)).c_str(), "svg:height", "0.35cm");
                }
                for (int i = 1; i < cell.columnSpan; ++i)
                    element(row, "table:covered-table-cell");
            }
        }
        // An empty paragraph after each table, as in the DOCX: a table inserted or deleted whole is then
        // the stretch from the end of the paragraph before to the end of this one, which LibreOffice and
        // ODF can track without joining the paragraphs around it.
        paragraph(m_parent, AutomaticStyles::ParagraphLook {});
    }

    void add(const PageBreak&)
    {
        AutomaticStyles::ParagraphLook look;
        look.parent = "Page_20_Break";
        paragraph(m_parent, look);
    }

    void add(const SignatureBlock& block)
    {
        for (const Signatory& signatory : block.signatories) {
            const std::vector<std::string> lines = signatureLines(m_document, signatory);
            for (std::size_t i = 0; i < lines.size(); ++i) {
                AutomaticStyles::ParagraphLook look;
                look.align = Align::Center;
                look.leftCm = 7.0;
                look.keepWithNext = i + 1 < lines.size();
                look.spaceBeforePt = i == 0 ? 30 : -1;
                runs(paragraph(m_parent, look), Runs { Run { lines[i] } });
            }
        }
    }

    const Document& m_document;
    pugi::xml_node m_text;
    AutomaticStyles& m_styles;
    bool m_isFirst = true;
    OdtTrackedChanges m_tracked;
    pugi::xml_node m_parent = m_text; // where blocks go: the text, or a deletion's record
    bool m_inWholeChange = false;
    bool m_afterSpace = true; // at a paragraph's or line's start, or after a space: a space here would be lost
};

std::string contentPart(const Document& document)
{
    pugi::xml_document part;
    pugi::xml_node root = officeRoot(part, "office:document-content");
    pugi::xml_node fonts = element(root, "office:font-face-decls");
    element(fonts, "style:font-face", "style:name", document.page.fontFamily.c_str(), "svg:font-family",
        ("'" + document.page.fontFamily + "'").c_str());
    AutomaticStyles styles(element(root, "office:automatic-styles"), document);
    pugi::xml_node text = element(element(root, "office:body"), "office:text");
    OdtBody(document, text, styles).write();
    return xmlPart(part);
}

// How page numbers are written. ODF's own token for Thai digits ("๑") is read by LibreOffice as Arabic
// digits; LibreOffice's "Native Numbering" gives the digits of the text's language, Thai.
const char* pageNumberFormat(const Document& document)
{
    return document.usesThaiDigits ? "Native Numbering" : "1";
}

std::string stylesPart(const Document& document)
{
    const PageStyle& page = document.page;
    pugi::xml_document part;
    pugi::xml_node root = officeRoot(part, "office:document-styles");
    pugi::xml_node fonts = element(root, "office:font-face-decls");
    element(fonts, "style:font-face", "style:name", page.fontFamily.c_str(), "svg:font-family",
        ("'" + page.fontFamily + "'").c_str());

    pugi::xml_node styles = element(root, "office:styles");
    pugi::xml_node defaults = element(styles, "style:default-style", "style:family", "paragraph");
    element(defaults, "style:paragraph-properties", "fo:margin-top", pt(page.spaceBeforePt).c_str(), "fo:margin-bottom", "0pt");
    textProperties(element(defaults, "style:text-properties"), page, page.fontSizePt, document.language);
    pugi::xml_node standard = element(styles, "style:style", "style:name", "Standard", "style:family", "paragraph",
        "style:class", "text");
    (void)standard;
    const double headingSizes[] = { page.fontSizePt + 4, page.fontSizePt + 2, page.fontSizePt };
    for (int level = 1; level <= 3; ++level) {
        const std::string name = "Heading_20_" + std::to_string(level);
        pugi::xml_node heading = element(styles, "style:style", "style:name", name.c_str(), "style:display-name",
            ("Heading " + std::to_string(level)).c_str(), "style:family", "paragraph", "style:parent-style-name", "Standard",
            "style:next-style-name", "Standard", "style:default-outline-level", std::to_string(level).c_str());
        element(heading, "style:paragraph-properties", "fo:margin-top", level == 1 ? "0pt" : "12pt", "fo:keep-with-next",
            "always");
        element(heading, "style:text-properties", "fo:font-size", pt(headingSizes[level - 1]).c_str(),
            "style:font-size-complex", pt(headingSizes[level - 1]).c_str(), "fo:font-weight", "bold",
            "style:font-weight-complex", "bold");
    }
    pugi::xml_node pageBreak = element(styles, "style:style", "style:name", "Page_20_Break", "style:display-name",
        "Page Break", "style:family", "paragraph", "style:parent-style-name", "Standard");
    element(pageBreak, "style:paragraph-properties", "fo:break-before", "page");
    pugi::xml_node header = element(styles, "style:style", "style:name", "Header", "style:family", "paragraph",
        "style:parent-style-name", "Standard");
    element(header, "style:paragraph-properties", "fo:text-align", "center", "fo:margin-top", "0pt");

    pugi::xml_node automatic = element(root, "office:automatic-styles");
    pugi::xml_node layout = element(automatic, "style:page-layout", "style:name", "PageLayout");
    element(layout, "style:page-layout-properties", "fo:page-width", cm(page.widthCm).c_str(), "fo:page-height",
        cm(page.heightCm).c_str(), "fo:margin-top", cm(page.marginTopCm / 2).c_str(), "fo:margin-bottom",
        cm(page.marginBottomCm).c_str(), "fo:margin-left", cm(page.marginLeftCm).c_str(), "fo:margin-right",
        cm(page.marginRightCm).c_str(), "style:print-orientation", page.widthCm > page.heightCm ? "landscape" : "portrait", "style:num-format",
        pageNumberFormat(document));
    element(element(layout, "style:header-style"), "style:header-footer-properties", "fo:min-height", "0cm",
        "fo:margin-bottom", cm(page.marginTopCm / 2 - 0.5).c_str());
    // The first page has the same margins without the header's room.
    pugi::xml_node firstLayout = element(automatic, "style:page-layout", "style:name", "FirstPageLayout");
    element(firstLayout, "style:page-layout-properties", "fo:page-width", cm(page.widthCm).c_str(), "fo:page-height",
        cm(page.heightCm).c_str(), "fo:margin-top", cm(page.marginTopCm).c_str(), "fo:margin-bottom",
        cm(page.marginBottomCm).c_str(), "fo:margin-left", cm(page.marginLeftCm).c_str(), "fo:margin-right",
        cm(page.marginRightCm).c_str(), "style:print-orientation", page.widthCm > page.heightCm ? "landscape" : "portrait", "style:num-format",
        pageNumberFormat(document));

    pugi::xml_node masters = element(root, "office:master-styles");
    pugi::xml_node standardMaster = element(masters, "style:master-page", "style:name", "Standard", "style:page-layout-name",
        "PageLayout");
    pugi::xml_node headerParagraph = element(element(standardMaster, "style:header"), "text:p", "text:style-name", "Header");
    headerParagraph.append_child(pugi::node_pcdata).set_value("- ");
    element(headerParagraph, "text:page-number", "text:select-page", "current").text().set(document.usesThaiDigits ? "๒" : "2");
    headerParagraph.append_child(pugi::node_pcdata).set_value(" -");
    element(masters, "style:master-page", "style:name", "First_20_Page", "style:display-name", "First Page",
        "style:page-layout-name", "FirstPageLayout", "style:next-style-name", "Standard");
    return xmlPart(part);
}

std::string metaPart(const Document& document)
{
    pugi::xml_document part;
    pugi::xml_node root = officeRoot(part, "office:document-meta");
    pugi::xml_node meta = element(root, "office:meta");
    element(meta, "meta:generator").text().set("Sapha");
    element(meta, "dc:title").text().set(document.title.c_str());
    element(meta, "dc:language").text().set(document.language == "en" ? "en-GB" : "th-TH");
    return xmlPart(part);
}

std::string manifestPart()
{
    pugi::xml_document part;
    pugi::xml_node root = element(part, "manifest:manifest", "xmlns:manifest",
        "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0", "manifest:version", "1.3");
    element(root, "manifest:file-entry", "manifest:full-path", "/", "manifest:version", "1.3", "manifest:media-type",
        "application/vnd.oasis.opendocument.text");
    for (const char* file : { "content.xml", "styles.xml", "meta.xml" })
        element(root, "manifest:file-entry", "manifest:full-path", file, "manifest:media-type", "text/xml");
    return xmlPart(part);
}

} // namespace

std::string writeOdt(const Document& document)
{
    return zipPackage({
        { "mimetype", "application/vnd.oasis.opendocument.text", true },
        { "META-INF/manifest.xml", manifestPart() },
        { "content.xml", contentPart(document) },
        { "styles.xml", stylesPart(document) },
        { "meta.xml", metaPart(document) },
    });
}

} // namespace sapha::exporting::internal
