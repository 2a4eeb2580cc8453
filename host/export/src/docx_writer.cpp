// Sapha export — WordprocessingML (DOCX). Fonts are set for Latin and complex script (Thai) with the
// Thai language, so that Word on a government PC uses its own TH Sarabun; page numbers from page 2.
// SPDX-License-Identifier: MIT
#include <algorithm>
#include <array>
#include <cmath>
#include <string>

#include "table_grid.hpp"
#include "writers.hpp"
#include "xml_part.hpp"
#include "zip_package.hpp"

namespace sapha::exporting::internal {

namespace {

constexpr const char* kWordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr const char* kRelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

std::string twips(double centimetres)
{
    return std::to_string(static_cast<long>(std::lround(centimetres * 1440.0 / 2.54)));
}

std::string halfPoints(double points)
{
    return std::to_string(static_cast<long>(std::lround(points * 2)));
}

const char* justification(Align align)
{
    switch (align) {
    case Align::Center:
        return "center";
    case Align::Right:
        return "right";
    case Align::Justify:
        return "thaiDistribute"; // Word's justification for Thai text
    case Align::Left:
        break;
    }
    return "left";
}

class DocxBody {
public:
    DocxBody(const Document& document, pugi::xml_node body) : m_document(document), m_body(body) { }

    void write()
    {
        for (const Block& block : m_document.blocks)
            std::visit([this](const auto& b) { add(b); }, block);
        markParagraphsAsWordDoes();
    }

private:
    // Who made a tracked change and when, on a <w:ins> or <w:del>.
    pugi::xml_node tracked(pugi::xml_node parent, Tracked kind, int origin)
    {
        const ChangeOrigin by = changeOriginOf(m_document, origin);
        pugi::xml_node node = element(parent, kind == Tracked::Inserted ? "w:ins" : "w:del", "w:id",
            std::to_string(++m_changeId).c_str(), "w:author", by.author.c_str());
        if (!by.date.empty())
            node.append_attribute("w:date").set_value(by.date.c_str());
        return node;
    }

    // A paragraph; its properties in the schema's order. A tracked mark puts the paragraph mark itself
    // in <w:rPr><w:ins/> (or <w:del/>), so that rejecting (accepting) joins nothing and leaves nothing.
    pugi::xml_node paragraph(pugi::xml_node parent, const char* style, Align align, double firstLineCm, double leftCm,
        bool keepNext, TrackedMark mark = {}, const char* spaceBefore = nullptr)
    {
        pugi::xml_node p = element(parent, "w:p");
        pugi::xml_node pPr = element(p, "w:pPr");
        if (style)
            element(pPr, "w:pStyle", "w:val", style);
        if (keepNext)
            element(pPr, "w:keepNext");
        if (spaceBefore)
            element(pPr, "w:spacing", "w:before", spaceBefore);
        if (firstLineCm > 0 || leftCm > 0) {
            pugi::xml_node ind = element(pPr, "w:ind");
            if (leftCm > 0)
                ind.append_attribute("w:left").set_value(twips(leftCm).c_str());
            if (firstLineCm > 0)
                ind.append_attribute("w:firstLine").set_value(twips(firstLineCm).c_str());
        }
        element(pPr, "w:jc", "w:val", justification(align));
        if (mark.tracked != Tracked::None)
            tracked(element(pPr, "w:rPr"), mark.tracked, mark.origin);
        return p;
    }

    void runs(pugi::xml_node p, const Runs& runs)
    {
        for (const Run& run : runs) {
            const std::string text = printed(m_document, run.text);
            std::size_t start = 0;
            // A line break inside a run is a <w:br/> between text pieces.
            // A tracked run sits inside <w:ins> or <w:del>, with who and when.
            pugi::xml_node parent = run.tracked == Tracked::None ? p : tracked(p, run.tracked, run.origin);
            while (true) {
                const std::size_t end = text.find('\n', start);
                pugi::xml_node r = element(parent, "w:r");
                const bool sized = run.sizeScale != 1.0;
                if (run.isBold || run.isItalic || run.isUnderlined || sized) {
                    pugi::xml_node rPr = element(r, "w:rPr");
                    if (run.isBold) {
                        element(rPr, "w:b");
                        element(rPr, "w:bCs");
                    }
                    if (run.isItalic) {
                        element(rPr, "w:i");
                        element(rPr, "w:iCs");
                    }
                    if (sized) { // in half-points, for Latin and for Thai (complex script)
                        const std::string halfPoints = std::to_string(std::lround(m_document.page.fontSizePt * run.sizeScale * 2));
                        element(rPr, "w:sz", "w:val", halfPoints.c_str());
                        element(rPr, "w:szCs", "w:val", halfPoints.c_str());
                    }
                    if (run.isUnderlined)
                        element(rPr, "w:u", "w:val", "single");
                }
                pugi::xml_node t
                    = element(r, run.tracked == Tracked::Deleted ? "w:delText" : "w:t", "xml:space", "preserve");
                t.text().set(text.substr(start, end == std::string::npos ? std::string::npos : end - start).c_str());
                if (end == std::string::npos)
                    break;
                element(r, "w:br");
                start = end + 1;
            }
        }
    }

    void add(const Heading& heading)
    {
        const std::string style = "Heading" + std::to_string(std::clamp(heading.level, 1, 3));
        pugi::xml_node p = paragraph(m_body, style.c_str(), heading.align, 0, 0, true, heading.mark);
        runs(p, heading.runs);
    }

    void add(const Paragraph& block)
    {
        pugi::xml_node p = paragraph(m_body, nullptr, block.align,
            block.hasFirstLineIndent ? m_document.page.firstLineIndentCm : 0, block.leftIndentCm, block.keepWithNext,
            block.mark);
        runs(p, block.runs);
    }

    void add(const List& list)
    {
        for (std::size_t i = 0; i < list.items.size(); ++i) {
            const ListItem& item = list.items[i];
            // Numbers are written out, so that Word, LibreOffice and the PDF agree on them.
            const double left = list.leftIndentCm + 1.0 * (item.level + 1);
            pugi::xml_node p = paragraph(m_body, nullptr, Align::Left, 0, left, false, item.mark);
            pugi::xml_node ind = p.child("w:pPr").child("w:ind");
            ind.append_attribute("w:hanging").set_value(twips(0.75).c_str());
            Runs marker = listMarker(list, i);
            marker.push_back(Run { "\t", false, false, false, item.mark.tracked, item.mark.origin });
            runs(p, marker);
            runs(p, item.runs);
        }
    }

    void add(const Table& table)
    {
        const TableGrid grid = layoutGrid(table);
        const double textWidthCm = m_document.page.widthCm - m_document.page.marginLeftCm - m_document.page.marginRightCm;
        pugi::xml_node tbl = element(m_body, "w:tbl");
        pugi::xml_node tblPr = element(tbl, "w:tblPr");
        element(tblPr, "w:tblStyle", "w:val", "TableGrid");
        element(tblPr, "w:tblW", "w:w", twips(textWidthCm).c_str(), "w:type", "dxa");
        element(tblPr, "w:tblLayout", "w:type", "fixed");
        pugi::xml_node gridNode = element(tbl, "w:tblGrid");
        std::vector<double> columnCm;
        for (double share : grid.columnShares) {
            columnCm.push_back(share * textWidthCm);
            element(gridNode, "w:gridCol", "w:w", twips(share * textWidthCm).c_str());
        }
        for (std::size_t r = 0; r < grid.rows.size(); ++r) {
            pugi::xml_node tr = element(tbl, "w:tr");
            const TrackedMark rowMark = r < table.rowMarks.size() ? table.rowMarks[r] : TrackedMark {};
            const bool isHeaderRow = static_cast<int>(r) < table.headerRows;
            // A row is never split across pages; header rows repeat on each page.
            pugi::xml_node trPr = element(tr, "w:trPr");
            element(trPr, "w:cantSplit");
            if (isHeaderRow)
                element(trPr, "w:tblHeader");
            if (rowMark.tracked != Tracked::None) // a row inserted or deleted whole
                tracked(trPr, rowMark.tracked, rowMark.origin);
            for (const GridSlot& slot : grid.rows[r]) {
                const int span = slot.cell ? std::max(1, slot.cell->columnSpan) : slot.coveringSpan;
                double width = 0;
                for (int c = slot.column; c < slot.column + span && c < static_cast<int>(columnCm.size()); ++c)
                    width += columnCm[static_cast<std::size_t>(c)];
                pugi::xml_node tc = element(tr, "w:tc");
                pugi::xml_node tcPr = element(tc, "w:tcPr");
                element(tcPr, "w:tcW", "w:w", twips(width).c_str(), "w:type", "dxa");
                if (span > 1)
                    element(tcPr, "w:gridSpan", "w:val", std::to_string(span).c_str());
                if (!slot.cell) {
                    element(tcPr, "w:vMerge");
                    element(tc, "w:p");
                    continue;
                }
                if (slot.cell->rowSpan > 1)
                    element(tcPr, "w:vMerge", "w:val", "restart");
                if (slot.cell->isHeader) {
                    element(tcPr, "w:shd", "w:val", "clear", "w:color", "auto", "w:fill", "E7E6E6");
                    element(tcPr, "w:vAlign", "w:val", "center");
                }
                // Header rows keep with the first row after them, so that they never end a page alone.
                pugi::xml_node p = paragraph(tc, "TableText", slot.cell->align, 0, 0, isHeaderRow);
                Runs cellRuns = slot.cell->runs;
                if (slot.cell->isHeader)
                    for (Run& run : cellRuns)
                        run.isBold = true;
                runs(p, cellRuns);
                if (slot.cell->bar > 0)
                    barShape(p, (width - 0.3) * std::min(1.0, slot.cell->bar));
            }
        }
        // Word needs a paragraph between a table and what follows; a table inserted or deleted whole
        // takes it along.
        TrackedMark wholeTable = table.rowMarks.empty() ? TrackedMark {} : table.rowMarks.front();
        for (const TrackedMark& mark : table.rowMarks)
            if (mark.tracked != wholeTable.tracked)
                wholeTable = {};
        paragraph(m_body, nullptr, Align::Left, 0, 0, false, table.rows.empty() ? TrackedMark {} : wholeTable);
    }

    // A grey bar `widthCm` long as an inline DrawingML rectangle, which Word and LibreOffice draw.
    void barShape(pugi::xml_node p, double widthCm)
    {
        const std::string cx = std::to_string(std::lround(std::max(0.01, widthCm) * 360000)); // EMU
        const std::string cy = std::to_string(std::lround(0.35 * 360000));
        const std::string id = std::to_string(++m_shapeId);
        pugi::xml_node inline_ = element(element(element(p, "w:r"), "w:drawing"), "wp:inline", "distT", "0", "distB", "0",
            "distL", "0", "distR", "0");
        element(inline_, "wp:extent", "cx", cx.c_str(), "cy", cy.c_str());
        element(inline_, "wp:docPr", "id", id.c_str(), "name", ("Bar " + id).c_str());
        pugi::xml_node data = element(element(inline_, "a:graphic"), "a:graphicData", "uri",
            "http://schemas.microsoft.com/office/word/2010/wordprocessingShape");
        pugi::xml_node shape = element(data, "wps:wsp");
        element(shape, "wps:cNvSpPr");
        pugi::xml_node properties = element(shape, "wps:spPr");
        pugi::xml_node transform = element(properties, "a:xfrm");
        element(transform, "a:off", "x", "0", "y", "0");
        element(transform, "a:ext", "cx", cx.c_str(), "cy", cy.c_str());
        element(element(properties, "a:prstGeom", "prst", "rect"), "a:avLst");
        element(element(properties, "a:solidFill"), "a:srgbClr", "val", "808080");
        element(element(properties, "a:ln"), "a:noFill");
        element(shape, "wps:bodyPr");
    }

    void add(const PageBreak& pageBreak)
    {
        pugi::xml_node p = paragraph(m_body, nullptr, Align::Left, 0, 0, false, pageBreak.mark);
        const TrackedMark mark = pageBreak.mark;
        pugi::xml_node parent = mark.tracked == Tracked::None ? p : tracked(p, mark.tracked, mark.origin);
        element(element(parent, "w:r"), "w:br", "w:type", "page");
    }

    void add(const SignatureBlock& block)
    {
        for (const Signatory& signatory : block.signatories) {
            const std::vector<std::string> lines = signatureLines(m_document, signatory);
            for (std::size_t i = 0; i < lines.size(); ++i) {
                pugi::xml_node p = paragraph(m_body, nullptr, Align::Center, 0, 7.0, i + 1 < lines.size(), block.mark,
                    i == 0 ? "600" : nullptr);
                runs(p, Runs { Run { lines[i], false, false, false, block.mark.tracked, block.mark.origin } });
            }
        }
    }

    // The kind of tracked change on a paragraph's mark ("w:ins", "w:del"), or "".
    static std::string markKind(pugi::xml_node p)
    {
        if (std::string(p.name()) != "w:p")
            return "";
        pugi::xml_node change = p.child("w:pPr").child("w:rPr").first_child();
        return change ? change.name() : "";
    }

    static bool isWholeTableTracked(pugi::xml_node table, const std::string& kind)
    {
        if (std::string(table.name()) != "w:tbl" || !table.child("w:tr"))
            return false;
        for (pugi::xml_node row = table.child("w:tr"); row; row = row.next_sibling("w:tr"))
            if (!row.child("w:trPr").child(kind.c_str()))
                return false;
        return true;
    }

    // Paragraphs inserted or deleted whole are written "P¶" (their own marks tracked). Word itself tracks
    // them "¶P": the mark of the paragraph before, and not the last one's own, which then ends the
    // paragraph before when the change is undone. LibreOffice reads Word's form, and Word's last paragraph
    // mark can never be tracked: so each run of tracked paragraphs (with the tables tracked whole among
    // them) hands its last mark to the untracked paragraph before it, where there is one.
    void markParagraphsAsWordDoes()
    {
        std::vector<pugi::xml_node> blocks;
        for (pugi::xml_node node : m_body.children())
            if (std::string(node.name()) == "w:p" || std::string(node.name()) == "w:tbl")
                blocks.push_back(node);
        std::size_t i = 0;
        while (i < blocks.size()) {
            const std::string kind = markKind(blocks[i]);
            if (kind.empty()) {
                ++i;
                continue;
            }
            std::size_t end = i; // one past the run of paragraphs tracked as `kind`
            while (end < blocks.size() && markKind(blocks[end]) == kind)
                ++end;
            // At the end of the body, tables tracked whole before the run belong to it: the mark before
            // them is the only one that can take them away with the body's last paragraph.
            std::size_t start = i;
            while (end == blocks.size() && start > 0
                && (isWholeTableTracked(blocks[start - 1], kind) || markKind(blocks[start - 1]) == kind))
                --start;
            pugi::xml_node before = start > 0 ? blocks[start - 1] : pugi::xml_node();
            pugi::xml_node last = blocks[end - 1];
            const bool isLastOfBody = end == blocks.size();
            if (std::string(last.name()) == "w:p" && before && std::string(before.name()) == "w:p" && markKind(before).empty()) {
                pugi::xml_node lastRPr = last.child("w:pPr").child("w:rPr");
                pugi::xml_node pPr = before.child("w:pPr");
                pugi::xml_node rPr = pPr.child("w:rPr") ? pPr.child("w:rPr") : element(pPr, "w:rPr");
                rPr.append_copy(lastRPr.first_child());
                last.child("w:pPr").remove_child(lastRPr);
            } else if (isLastOfBody && std::string(last.name()) == "w:p") {
                last.child("w:pPr").remove_child("w:rPr"); // the body's last mark stays whatever happens
            }
            i = end;
        }
    }

    const Document& m_document;
    pugi::xml_node m_body;
    int m_changeId = 0;
    int m_shapeId = 0;
};

void runDefaults(pugi::xml_node rPr, const PageStyle& page, const std::string& language)
{
    const char* font = page.fontFamily.c_str();
    element(rPr, "w:rFonts", "w:ascii", font, "w:hAnsi", font, "w:eastAsia", font, "w:cs", font);
    element(rPr, "w:sz", "w:val", halfPoints(page.fontSizePt).c_str());
    element(rPr, "w:szCs", "w:val", halfPoints(page.fontSizePt).c_str());
    element(rPr, "w:lang", "w:val", language == "en" ? "en-GB" : "th-TH", "w:bidi", "th-TH");
}

std::string stylesPart(const Document& document)
{
    const PageStyle& page = document.page;
    pugi::xml_document part;
    pugi::xml_node styles = element(part, "w:styles", "xmlns:w", kWordNamespace);
    pugi::xml_node defaults = element(styles, "w:docDefaults");
    runDefaults(element(element(defaults, "w:rPrDefault"), "w:rPr"), page, document.language);
    pugi::xml_node pPr = element(element(defaults, "w:pPrDefault"), "w:pPr");
    element(pPr, "w:spacing", "w:before", std::to_string(std::lround(page.spaceBeforePt * 20)).c_str(), "w:after", "0",
        "w:line", "240", "w:lineRule", "auto");

    pugi::xml_node normal = element(styles, "w:style", "w:type", "paragraph", "w:default", "1", "w:styleId", "Normal");
    element(normal, "w:name", "w:val", "Normal");
    element(normal, "w:qFormat");

    const double headingSizes[] = { page.fontSizePt + 4, page.fontSizePt + 2, page.fontSizePt };
    for (int level = 1; level <= 3; ++level) {
        const std::string id = "Heading" + std::to_string(level);
        pugi::xml_node style = element(styles, "w:style", "w:type", "paragraph", "w:styleId", id.c_str());
        element(style, "w:name", "w:val", ("heading " + std::to_string(level)).c_str());
        element(style, "w:basedOn", "w:val", "Normal");
        element(style, "w:next", "w:val", "Normal");
        element(style, "w:qFormat");
        pugi::xml_node headingPPr = element(style, "w:pPr");
        element(headingPPr, "w:keepNext");
        element(headingPPr, "w:spacing", "w:before", level == 1 ? "0" : "240");
        element(headingPPr, "w:outlineLvl", "w:val", std::to_string(level - 1).c_str());
        pugi::xml_node rPr = element(style, "w:rPr");
        element(rPr, "w:b");
        element(rPr, "w:bCs");
        element(rPr, "w:sz", "w:val", halfPoints(headingSizes[level - 1]).c_str());
        element(rPr, "w:szCs", "w:val", halfPoints(headingSizes[level - 1]).c_str());
    }
    pugi::xml_node tableText = element(styles, "w:style", "w:type", "paragraph", "w:styleId", "TableText");
    element(tableText, "w:name", "w:val", "Table Text");
    element(tableText, "w:basedOn", "w:val", "Normal");
    element(element(tableText, "w:pPr"), "w:spacing", "w:before", "0");

    pugi::xml_node grid = element(styles, "w:style", "w:type", "table", "w:styleId", "TableGrid");
    element(grid, "w:name", "w:val", "Table Grid");
    pugi::xml_node tblPr = element(grid, "w:tblPr");
    pugi::xml_node borders = element(tblPr, "w:tblBorders");
    for (const char* side : { "w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV" })
        element(borders, side, "w:val", "single", "w:sz", "4", "w:space", "0", "w:color", "000000");
    pugi::xml_node margins = element(tblPr, "w:tblCellMar");
    element(margins, "w:left", "w:w", "85", "w:type", "dxa");
    element(margins, "w:right", "w:w", "85", "w:type", "dxa");
    return xmlPart(part);
}

std::string headerPart(const Document& document)
{
    pugi::xml_document part;
    pugi::xml_node header = element(part, "w:hdr", "xmlns:w", kWordNamespace);
    pugi::xml_node p = element(header, "w:p");
    element(element(p, "w:pPr"), "w:jc", "w:val", "center");
    element(element(p, "w:r"), "w:t", "xml:space", "preserve").text().set("- ");
    pugi::xml_node field = element(p, "w:fldSimple", "w:instr", document.usesThaiDigits ? "PAGE \\* ThaiArabic" : "PAGE");
    element(element(field, "w:r"), "w:t").text().set(document.usesThaiDigits ? "๒" : "2");
    element(element(p, "w:r"), "w:t", "xml:space", "preserve").text().set(" -");
    return xmlPart(part);
}

std::string documentPart(const Document& document)
{
    const PageStyle& page = document.page;
    pugi::xml_document part;
    pugi::xml_node root = element(part, "w:document", "xmlns:w", kWordNamespace, "xmlns:r", kRelationshipNamespace,
        "xmlns:wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing", "xmlns:a",
        "http://schemas.openxmlformats.org/drawingml/2006/main", "xmlns:wps",
        "http://schemas.microsoft.com/office/word/2010/wordprocessingShape");
    pugi::xml_node body = element(root, "w:body");
    DocxBody(document, body).write();
    pugi::xml_node section = element(body, "w:sectPr");
    element(section, "w:headerReference", "w:type", "default", "r:id", "rIdHeader");
    pugi::xml_node size = element(section, "w:pgSz", "w:w", twips(page.widthCm).c_str(), "w:h", twips(page.heightCm).c_str());
    if (page.widthCm > page.heightCm) // Word wants the orientation said, not only the sizes
        size.append_attribute("w:orient").set_value("landscape");
    element(section, "w:pgMar", "w:top", twips(page.marginTopCm).c_str(), "w:right", twips(page.marginRightCm).c_str(),
        "w:bottom", twips(page.marginBottomCm).c_str(), "w:left", twips(page.marginLeftCm).c_str(), "w:header",
        twips(page.marginTopCm / 2).c_str(), "w:footer", twips(page.marginBottomCm / 2).c_str(), "w:gutter", "0");
    if (page.numbersPagesFromSecond)
        element(section, "w:titlePg"); // the first page has its own (empty) header
    return xmlPart(part);
}

std::string contentTypesPart()
{
    pugi::xml_document part;
    pugi::xml_node types
        = element(part, "Types", "xmlns", "http://schemas.openxmlformats.org/package/2006/content-types");
    element(types, "Default", "Extension", "rels", "ContentType", "application/vnd.openxmlformats-package.relationships+xml");
    element(types, "Default", "Extension", "xml", "ContentType", "application/xml");
    const char* const overrides[][2] = {
        { "/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml" },
        { "/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml" },
        { "/word/settings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml" },
        { "/word/header1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml" },
        { "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml" },
        { "/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml" },
    };
    for (const auto& entry : overrides)
        element(types, "Override", "PartName", entry[0], "ContentType", entry[1]);
    return xmlPart(part);
}

std::string relationshipsPart(const std::vector<std::array<const char*, 3>>& relationships)
{
    pugi::xml_document part;
    pugi::xml_node root
        = element(part, "Relationships", "xmlns", "http://schemas.openxmlformats.org/package/2006/relationships");
    for (const auto& [id, type, target] : relationships)
        element(root, "Relationship", "Id", id, "Type", type, "Target", target);
    return xmlPart(part);
}

std::string settingsPart(const Document& document)
{
    pugi::xml_document part;
    pugi::xml_node settings = element(part, "w:settings", "xmlns:w", kWordNamespace);
    element(settings, "w:defaultTabStop", "w:val", twips(0.75).c_str());
    element(settings, "w:themeFontLang", "w:val", "en-GB", "w:bidi", "th-TH");
    (void)document;
    return xmlPart(part);
}

std::string corePropertiesPart(const Document& document)
{
    pugi::xml_document part;
    pugi::xml_node core = element(part, "cp:coreProperties", "xmlns:cp",
        "http://schemas.openxmlformats.org/package/2006/metadata/core-properties", "xmlns:dc",
        "http://purl.org/dc/elements/1.1/");
    element(core, "dc:title").text().set(document.title.c_str());
    element(core, "dc:creator").text().set("Sapha");
    element(core, "dc:language").text().set(document.language == "en" ? "en-GB" : "th-TH");
    return xmlPart(part);
}

std::string appPropertiesPart()
{
    pugi::xml_document part;
    pugi::xml_node properties = element(part, "Properties", "xmlns",
        "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties");
    element(properties, "Application").text().set("Sapha");
    return xmlPart(part);
}

} // namespace

std::string writeDocx(const Document& document)
{
    const char* officeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    const char* core = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
    const char* app = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties";
    const char* styles = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
    const char* settings = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings";
    const char* header = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header";
    return zipPackage({
        { "[Content_Types].xml", contentTypesPart() },
        { "_rels/.rels",
            relationshipsPart({ { { "rId1", officeDocument, "word/document.xml" } },
                { { "rId2", core, "docProps/core.xml" } }, { { "rId3", app, "docProps/app.xml" } } }) },
        { "word/document.xml", documentPart(document) },
        { "word/_rels/document.xml.rels",
            relationshipsPart({ { { "rIdStyles", styles, "styles.xml" } }, { { "rIdSettings", settings, "settings.xml" } },
                { { "rIdHeader", header, "header1.xml" } } }) },
        { "word/styles.xml", stylesPart(document) },
        { "word/settings.xml", settingsPart(document) },
        { "word/header1.xml", headerPart(document) },
        { "docProps/core.xml", corePropertiesPart(document) },
        { "docProps/app.xml", appPropertiesPart() },
    });
}

} // namespace sapha::exporting::internal
