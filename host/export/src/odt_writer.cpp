// Sapha export — OpenDocument text (ODT). Fonts are set for Western and complex script with the Thai
// language; the first page uses a master page without header, so page numbers start on page 2.
// SPDX-License-Identifier: MIT
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <string>

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

    // Styles of one table: the table, its columns and its two kinds of cell.
    std::string table(const std::vector<double>& columnCm, double widthCm)
    {
        const std::string name = "Table" + std::to_string(++m_tables);
        pugi::xml_node style = element(m_container, "style:style", "style:name", name.c_str(), "style:family", "table");
        element(style, "style:table-properties", "style:width", cm(widthCm).c_str(), "table:align", "margins");
        for (std::size_t c = 0; c < columnCm.size(); ++c) {
            const std::string column = name + ".C" + std::to_string(c + 1);
            pugi::xml_node columnStyle
                = element(m_container, "style:style", "style:name", column.c_str(), "style:family", "table-column");
            element(columnStyle, "style:table-column-properties", "style:column-width", cm(columnCm[c]).c_str());
        }
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
};

class OdtBody {
public:
    OdtBody(const Document& document, pugi::xml_node text, AutomaticStyles& styles)
        : m_document(document)
        , m_text(text)
        , m_styles(styles)
    {
        // ODF keeps the tracked changes at the start of the text; the body marks where each applies.
        m_changes = element(m_text, "text:tracked-changes");
    }

    void write()
    {
        for (const Block& block : m_document.blocks)
            std::visit([this](const auto& b) { add(b); }, block);
        if (m_isFirst) // an empty document still needs its first paragraph (and master page)
            paragraph(m_text, AutomaticStyles::ParagraphLook {});
    }

private:
    pugi::xml_node paragraph(pugi::xml_node parent, AutomaticStyles::ParagraphLook look, const char* elementName = "text:p")
    {
        look.startsDocument = m_isFirst && parent == m_text;
        if (parent == m_text)
            m_isFirst = false;
        return element(parent, elementName, "text:style-name", m_styles.paragraph(look).c_str());
    }

    void runs(pugi::xml_node p, const Runs& runs)
    {
        for (const Run& run : runs) {
            if (run.tracked == Tracked::Deleted) {
                // The deleted text lives in the change record; the body keeps only where it was.
                pugi::xml_node deletion = changeRecord("text:deletion");
                pugi::xml_node held = element(deletion, "text:p");
                held.append_child(pugi::node_pcdata).set_value(printed(m_document, run.text).c_str());
                element(p, "text:change", "text:change-id", m_lastChangeId.c_str());
                continue;
            }
            if (run.tracked == Tracked::Inserted) {
                changeRecord("text:insertion");
                element(p, "text:change-start", "text:change-id", m_lastChangeId.c_str());
            }
            const std::string style = m_styles.text(run);
            pugi::xml_node target = style.empty() ? p : element(p, "text:span", "text:style-name", style.c_str());
            const std::string text = printed(m_document, run.text);
            std::size_t start = 0;
            while (true) {
                const std::size_t end = text.find('\n', start);
                const std::string piece = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
                if (!piece.empty())
                    target.append_child(pugi::node_pcdata).set_value(piece.c_str());
                if (end == std::string::npos)
                    break;
                element(target, "text:line-break");
                start = end + 1;
            }
            if (run.tracked == Tracked::Inserted)
                element(p, "text:change-end", "text:change-id", m_lastChangeId.c_str());
        }
    }

    // A new changed region of `kind` ("text:insertion", "text:deletion") with who and when; returns
    // the kind's element. Its id is m_lastChangeId.
    pugi::xml_node changeRecord(const char* kind)
    {
        m_lastChangeId = "ct" + std::to_string(++m_changeCount);
        pugi::xml_node region = element(m_changes, "text:changed-region", "text:id", m_lastChangeId.c_str(), "xml:id",
            m_lastChangeId.c_str());
        pugi::xml_node change = element(region, kind);
        pugi::xml_node info = element(change, "office:change-info");
        element(info, "dc:creator").text().set(m_document.changeAuthor.empty() ? "Sapha" : m_document.changeAuthor.c_str());
        element(info, "dc:date").text().set(m_document.changeDate.empty() ? "2000-01-01T00:00:00" : m_document.changeDate.c_str());
        return change;
    }

    void add(const Heading& heading)
    {
        AutomaticStyles::ParagraphLook look;
        const int level = std::clamp(heading.level, 1, 3);
        look.parent = "Heading_20_" + std::to_string(level);
        look.align = heading.align;
        pugi::xml_node h = paragraph(m_text, look, "text:h");
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
        runs(paragraph(m_text, look), block.runs);
    }

    void add(const List& list)
    {
        int number = 0;
        for (const ListItem& item : list.items) {
            AutomaticStyles::ParagraphLook look;
            look.leftCm = list.leftIndentCm + 1.0 * (item.level + 1);
            look.firstLineCm = -0.75; // a hanging indent for the number
            pugi::xml_node p = paragraph(m_text, look);
            const std::string marker = list.isNumbered ? std::to_string(++number) + "." : std::string("•");
            runs(p, Runs { Run { marker } });
            element(p, "text:tab");
            runs(p, item.runs);
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
        if (m_isFirst)
            paragraph(m_text, AutomaticStyles::ParagraphLook {}); // the master page is set on a paragraph
        const std::string name = m_styles.table(columnCm, widthCm);
        pugi::xml_node tableNode = element(m_text, "table:table", "table:name", name.c_str(), "table:style-name", name.c_str());
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
            pugi::xml_node row = element(parent, "table:table-row");
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
                runs(paragraph(cellNode, look), cellRuns);
                for (int i = 1; i < cell.columnSpan; ++i)
                    element(row, "table:covered-table-cell");
            }
        }
    }

    void add(const PageBreak&)
    {
        AutomaticStyles::ParagraphLook look;
        look.parent = "Page_20_Break";
        paragraph(m_text, look);
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
                runs(paragraph(m_text, look), Runs { Run { lines[i] } });
            }
        }
    }

    const Document& m_document;
    pugi::xml_node m_text;
    AutomaticStyles& m_styles;
    bool m_isFirst = true;
    pugi::xml_node m_changes;
    int m_changeCount = 0;
    std::string m_lastChangeId;
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
    // Without tracked changes the (empty) record is left out.
    if (!text.child("text:tracked-changes").first_child())
        text.remove_child("text:tracked-changes");
    return xmlPart(part);
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
        document.usesThaiDigits ? "๑" : "1");
    element(element(layout, "style:header-style"), "style:header-footer-properties", "fo:min-height", "0cm",
        "fo:margin-bottom", cm(page.marginTopCm / 2 - 0.5).c_str());
    // The first page has the same margins without the header's room.
    pugi::xml_node firstLayout = element(automatic, "style:page-layout", "style:name", "FirstPageLayout");
    element(firstLayout, "style:page-layout-properties", "fo:page-width", cm(page.widthCm).c_str(), "fo:page-height",
        cm(page.heightCm).c_str(), "fo:margin-top", cm(page.marginTopCm).c_str(), "fo:margin-bottom",
        cm(page.marginBottomCm).c_str(), "fo:margin-left", cm(page.marginLeftCm).c_str(), "fo:margin-right",
        cm(page.marginRightCm).c_str(), "style:print-orientation", page.widthCm > page.heightCm ? "landscape" : "portrait", "style:num-format",
        document.usesThaiDigits ? "๑" : "1");

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
