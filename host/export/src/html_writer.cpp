// Sapha export — one self-contained HTML file (styles inline, no external resource), built with pugixml
// so that every text is escaped.
// SPDX-License-Identifier: MIT
#include <algorithm>
#include <cstdio>
#include <sstream>

#include "table_grid.hpp"
#include "writers.hpp"
#include "xml_part.hpp"

namespace sapha::exporting::internal {

namespace {

const char* alignClass(Align align)
{
    switch (align) {
    case Align::Center:
        return "center";
    case Align::Right:
        return "right";
    case Align::Justify:
        return "justify";
    case Align::Left:
        break;
    }
    return nullptr;
}

std::string styleSheet(const PageStyle& page)
{
    char css[2048];
    std::snprintf(css, sizeof css,
        "@page { size: %.1fcm %.1fcm; margin: %.1fcm %.1fcm %.1fcm %.1fcm; }\n"
        "body { font-family: \"%s\", \"TH Sarabun New\", \"Laksaman\", \"Garuda\", \"Noto Sans Thai\", sans-serif; "
        "font-size: %.0fpt; line-height: 1.35; max-width: %.1fcm; margin: 2em auto; padding: 0 1em; color: #111; }\n"
        "h1 { font-size: 1.25em; text-align: center; margin: 0 0 0.3em; }\n"
        "h2 { font-size: 1.12em; margin: 0.9em 0 0.2em; }\n"
        "h3 { font-size: 1em; margin: 0.7em 0 0.2em; }\n"
        "p { margin: %.0fpt 0 0; }\n"
        "p.indent { text-indent: %.1fcm; }\n"
        ".center { text-align: center; } .right { text-align: right; } .justify { text-align: justify; }\n"
        "table { border-collapse: collapse; width: 100%%; margin: 0.5em 0; }\n"
        "th, td { border: 1px solid #000; padding: 0.15em 0.3em; vertical-align: top; }\n"
        "th { background: #e7e6e6; }\n"
        ".bar { display: inline-block; height: 0.8em; background: #808080; vertical-align: middle; }\n"
        ".signature { margin: 2em 0 0 45%%; text-align: center; }\n"
        ".signature p { margin: 0; }\n"
        ".page-break { break-after: page; }\n"
        "ins { background: #cdf0cd; } del { background: #ffd6d6; }\n",
        page.widthCm, page.heightCm, page.marginTopCm, page.marginRightCm, page.marginBottomCm, page.marginLeftCm,
        page.fontFamily.c_str(), page.fontSizePt, page.widthCm - page.marginLeftCm - page.marginRightCm,
        page.spaceBeforePt, page.firstLineIndentCm);
    return css;
}

class HtmlBody {
public:
    HtmlBody(const Document& document, pugi::xml_node body) : m_document(document), m_body(body) { }

    void write()
    {
        for (const Block& block : m_document.blocks)
            std::visit([this](const auto& b) { add(b); }, block);
    }

private:
    void runs(pugi::xml_node parent, const Runs& runs)
    {
        for (const Run& run : runs) {
            pugi::xml_node target = parent;
            if (run.tracked != Tracked::None)
                target = target.append_child(run.tracked == Tracked::Inserted ? "ins" : "del");
            if (run.isBold)
                target = target.append_child("strong");
            if (run.isItalic)
                target = target.append_child("em");
            if (run.isUnderlined)
                target = target.append_child("u");
            if (run.sizeScale != 1.0) {
                char size[40];
                std::snprintf(size, sizeof size, "font-size: %.2fem", run.sizeScale);
                target = target.append_child("span");
                target.append_attribute("style").set_value(size);
            }
            const std::string text = printed(m_document, run.text);
            std::size_t start = 0;
            while (true) {
                const std::size_t end = text.find('\n', start);
                target.append_child(pugi::node_pcdata)
                    .set_value(text.substr(start, end == std::string::npos ? std::string::npos : end - start).c_str());
                if (end == std::string::npos)
                    break;
                target.append_child("br");
                start = end + 1;
            }
        }
    }

    static void setClass(pugi::xml_node node, std::string classes)
    {
        if (!classes.empty())
            node.append_attribute("class").set_value(classes.c_str());
    }

    void add(const Heading& heading)
    {
        const std::string name = "h" + std::to_string(std::clamp(heading.level, 1, 3));
        pugi::xml_node h = m_body.append_child(name.c_str());
        if (const char* align = alignClass(heading.align); align && heading.level > 1)
            setClass(h, align);
        runs(h, heading.runs);
    }

    void add(const Paragraph& block)
    {
        pugi::xml_node p = m_body.append_child("p");
        std::string classes = block.hasFirstLineIndent ? "indent" : "";
        if (const char* align = alignClass(block.align))
            classes += (classes.empty() ? "" : " ") + std::string(align);
        setClass(p, classes);
        if (block.leftIndentCm > 0) {
            char style[64];
            std::snprintf(style, sizeof style, "margin-left: %.2fcm", block.leftIndentCm);
            p.append_attribute("style").set_value(style);
        }
        runs(p, block.runs);
    }

    void add(const List& list)
    {
        pugi::xml_node root = m_body.append_child(list.isNumbered ? "ol" : "ul");
        for (const ListItem& item : list.items) {
            pugi::xml_node li = root.append_child("li");
            if (item.level > 0) {
                char style[64];
                std::snprintf(style, sizeof style, "margin-left: %dcm", item.level);
                li.append_attribute("style").set_value(style);
            }
            runs(li, item.runs);
        }
    }

    void add(const Table& table)
    {
        const TableGrid grid = layoutGrid(table);
        pugi::xml_node tableNode = m_body.append_child("table");
        pugi::xml_node columns = tableNode.append_child("colgroup");
        for (double share : grid.columnShares) {
            char style[48];
            std::snprintf(style, sizeof style, "width: %.1f%%", share * 100);
            columns.append_child("col").append_attribute("style").set_value(style);
        }
        pugi::xml_node head = table.headerRows > 0 ? tableNode.append_child("thead") : pugi::xml_node();
        pugi::xml_node body = tableNode.append_child("tbody");
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            pugi::xml_node row = (static_cast<int>(r) < table.headerRows ? head : body).append_child("tr");
            for (const TableCell& cell : table.rows[r]) {
                pugi::xml_node td = row.append_child(cell.isHeader ? "th" : "td");
                if (cell.columnSpan > 1)
                    td.append_attribute("colspan").set_value(cell.columnSpan);
                if (cell.rowSpan > 1)
                    td.append_attribute("rowspan").set_value(cell.rowSpan);
                if (const char* align = alignClass(cell.align))
                    setClass(td, align);
                runs(td, cell.runs);
                if (cell.bar > 0) {
                    char width[64];
                    std::snprintf(width, sizeof width, "width: %.1f%%", std::min(1.0, cell.bar) * 100);
                    pugi::xml_node bar = td.append_child("span");
                    setClass(bar, "bar");
                    bar.append_attribute("style").set_value(width);
                }
            }
        }
    }

    void add(const PageBreak&) { setClass(m_body.append_child("div"), "page-break"); }

    void add(const SignatureBlock& block)
    {
        for (const Signatory& signatory : block.signatories) {
            pugi::xml_node div = m_body.append_child("div");
            setClass(div, "signature");
            for (const std::string& line : signatureLines(m_document, signatory))
                runs(div.append_child("p"), Runs { Run { line } });
        }
    }

    const Document& m_document;
    pugi::xml_node m_body;
};

} // namespace

std::string writeHtml(const Document& document)
{
    pugi::xml_document page;
    pugi::xml_node html = page.append_child("html");
    html.append_attribute("lang").set_value(document.language == "en" ? "en" : "th");
    pugi::xml_node head = html.append_child("head");
    head.append_child("meta").append_attribute("charset").set_value("utf-8");
    pugi::xml_node viewport = head.append_child("meta");
    viewport.append_attribute("name").set_value("viewport");
    viewport.append_attribute("content").set_value("width=device-width, initial-scale=1");
    head.append_child("title").text().set(document.title.c_str());
    head.append_child("style").text().set(styleSheet(document.page).c_str());
    HtmlBody(document, html.append_child("body")).write();

    std::ostringstream out;
    out << "<!DOCTYPE html>\n";
    // No self-closing tags: "<td/>" is not an empty cell in HTML. No indentation either: whitespace
    // between inline elements would show as spaces inside Thai words.
    page.save(out, "", pugi::format_raw | pugi::format_no_declaration | pugi::format_no_empty_element_tags,
        pugi::encoding_utf8);
    return out.str();
}

} // namespace sapha::exporting::internal
