// Sapha tests — accepting and rejecting tracked changes in DOCX and ODT, by the formats' rules.
// SPDX-License-Identifier: MIT
#include "tracked_changes.hpp"

#include <algorithm>
#include <map>
#include <sstream>

#include <pugixml.hpp>

namespace sapha::test {

namespace {

std::string name(pugi::xml_node node)
{
    return node.name();
}

std::string serialised(const pugi::xml_document& document)
{
    std::ostringstream out;
    document.save(out, "", pugi::format_raw);
    return out.str();
}

// Every element under `root` named `wanted`, in document order (collected first: callers change the tree).
std::vector<pugi::xml_node> elementsNamed(pugi::xml_node root, const char* wanted)
{
    std::vector<pugi::xml_node> found;
    for (const pugi::xpath_node& node : root.select_nodes((std::string(".//") + wanted).c_str()))
        found.push_back(node.node());
    return found;
}

void unwrap(pugi::xml_node node)
{
    pugi::xml_node parent = node.parent();
    while (pugi::xml_node child = node.first_child())
        parent.insert_move_before(child, node);
    parent.remove_child(node);
}

// ---- WordprocessingML ----

std::string docxText(pugi::xml_node paragraph)
{
    std::string text;
    for (const pugi::xpath_node& found : paragraph.select_nodes(".//*")) {
        const pugi::xml_node node = found.node();
        const std::string n = name(node);
        if (n == "w:t" || n == "w:delText")
            text += node.text().get();
        else if (n == "w:tab")
            text += "\t";
        else if (n == "w:br")
            text += std::string(node.attribute("w:type").value()) == "page" ? "<page>" : "\n";
    }
    return text;
}

} // namespace

std::string decideDocx(const std::string& documentXml, Decision decision, std::vector<std::string>& problems)
{
    pugi::xml_document document;
    if (!document.load_string(documentXml.c_str(), pugi::parse_default | pugi::parse_ws_pcdata)) {
        problems.push_back("word/document.xml does not parse");
        return documentXml;
    }
    const char* kept = decision == Decision::AcceptAll ? "w:ins" : "w:del";
    const char* dropped = decision == Decision::AcceptAll ? "w:del" : "w:ins";
    pugi::xml_node body = document.child("w:document").child("w:body");

    // Rows: a dropped row goes with everything in it; a table without rows goes too.
    for (pugi::xml_node row : elementsNamed(body, "w:tr")) {
        pugi::xml_node trPr = row.child("w:trPr");
        if (trPr.child(dropped))
            row.parent().remove_child(row);
        else if (trPr.child(kept))
            trPr.remove_child(trPr.child(kept));
    }
    for (pugi::xml_node table : elementsNamed(body, "w:tbl"))
        if (!table.child("w:tr"))
            table.parent().remove_child(table);

    // Runs: dropped ones go, kept ones stay as plain runs (deleted text read again as text).
    for (pugi::xml_node change : elementsNamed(body, dropped))
        if (name(change.parent()) != "w:rPr")
            change.parent().remove_child(change);
    for (pugi::xml_node change : elementsNamed(body, kept))
        if (name(change.parent()) != "w:rPr")
            unwrap(change);
    if (decision == Decision::RejectAll)
        for (pugi::xml_node text : elementsNamed(body, "w:delText"))
            text.set_name("w:t");

    // Paragraph marks: a paragraph whose mark goes joins the next paragraph (its text first). With no
    // paragraph after it (a table, the section's end), only an empty paragraph can go.
    for (pugi::xml_node p : elementsNamed(body, "w:p")) {
        pugi::xml_node rPr = p.child("w:pPr").child("w:rPr");
        if (rPr.child(kept))
            rPr.remove_child(rPr.child(kept));
        if (!rPr.child(dropped))
            continue;
        pugi::xml_node next = p.next_sibling();
        if (name(next) == "w:p") {
            pugi::xml_node at = next.child("w:pPr") ? next.child("w:pPr").next_sibling() : next.first_child();
            for (pugi::xml_node child = p.child("w:pPr").next_sibling(); child;) {
                pugi::xml_node following = child.next_sibling();
                if (at)
                    next.insert_move_before(child, at);
                else
                    next.append_move(child);
                child = following;
            }
            p.parent().remove_child(p);
        } else if (docxText(p).empty()) {
            p.parent().remove_child(p);
        } else {
            problems.push_back("a paragraph whose mark goes has nothing to join: " + docxText(p));
        }
    }
    for (const char* leftover : { "w:ins", "w:del", "w:delText" })
        if (!elementsNamed(body, leftover).empty())
            problems.push_back(std::string("left in the document: ") + leftover);
    return serialised(document);
}

Flow docxFlow(const std::string& documentXml)
{
    pugi::xml_document document;
    document.load_string(documentXml.c_str(), pugi::parse_default | pugi::parse_ws_pcdata);
    Flow flow;
    for (pugi::xml_node block : document.child("w:document").child("w:body").children()) {
        if (name(block) == "w:p") {
            flow.push_back("¶ " + docxText(block));
        } else if (name(block) == "w:tbl") {
            for (pugi::xml_node row : block.children("w:tr")) {
                std::string line;
                for (pugi::xml_node cell : row.children("w:tc")) {
                    std::string text;
                    for (pugi::xml_node p : cell.children("w:p"))
                        text += (text.empty() ? "" : "\n") + docxText(p);
                    line += "│ " + text + " ";
                }
                flow.push_back(line);
            }
        }
    }
    return flow;
}

// ---- OpenDocument ----

namespace {

bool isOdtParagraph(pugi::xml_node node)
{
    return name(node) == "text:p" || name(node) == "text:h";
}

std::string odtText(pugi::xml_node paragraph)
{
    std::string text;
    for (pugi::xml_node node : paragraph.children()) {
        const std::string n = name(node);
        if (node.type() == pugi::node_pcdata)
            text += node.value();
        else if (n == "text:tab")
            text += "\t";
        else if (n == "text:line-break")
            text += "\n";
        else if (n == "text:s")
            text += std::string(static_cast<std::size_t>(std::max(1, node.attribute("text:c").as_int(1))), ' ');
        else if (n == "text:span" || n == "text:a")
            text += odtText(node);
    }
    return text;
}

void odtRows(pugi::xml_node parent, Flow& flow)
{
    for (pugi::xml_node node : parent.children()) {
        if (name(node) == "table:table-header-rows" || name(node) == "table:table-rows") {
            odtRows(node, flow);
        } else if (name(node) == "table:table-row") {
            std::string line;
            for (pugi::xml_node cell : node.children()) {
                std::string text;
                for (pugi::xml_node p : cell.children())
                    if (name(p) == "text:p" || name(p) == "text:h")
                        text += (text.empty() ? "" : "\n") + odtText(p);
                line += "│ " + text + " ";
            }
            flow.push_back(line);
        }
    }
}

} // namespace

std::string decideOdt(const std::string& contentXml, Decision decision, std::vector<std::string>& problems)
{
    pugi::xml_document document;
    if (!document.load_string(contentXml.c_str(), pugi::parse_default | pugi::parse_ws_pcdata)) {
        problems.push_back("content.xml does not parse");
        return contentXml;
    }
    pugi::xml_node text = document.child("office:document-content").child("office:body").child("office:text");
    std::map<std::string, pugi::xml_node> records; // id → <text:insertion> or <text:deletion>
    for (pugi::xml_node region : text.child("text:tracked-changes").children("text:changed-region"))
        records[region.attribute("text:id").value()] = region.first_child();

    auto kindOf = [&](pugi::xml_node mark) {
        auto found = records.find(mark.attribute("text:change-id").value());
        if (found == records.end()) {
            problems.push_back(std::string("a change mark without its record: ") + mark.attribute("text:change-id").value());
            return std::string();
        }
        return name(found->second);
    };

    // Insertions: accepted, their marks go; rejected, everything between start and end goes. A region
    // from inside one paragraph to inside a later one ("¶P") joins what is left of the two.
    for (pugi::xml_node start : elementsNamed(text, "text:change-start")) {
        if (kindOf(start) != "text:insertion")
            continue;
        const std::string id = start.attribute("text:change-id").value();
        pugi::xml_node end = text.find_node([&](pugi::xml_node node) {
            return name(node) == "text:change-end" && id == node.attribute("text:change-id").value();
        });
        if (!end) {
            problems.push_back("insertion " + id + " has no end");
            continue;
        }
        if (decision == Decision::AcceptAll) {
            start.parent().remove_child(start);
            end.parent().remove_child(end);
            continue;
        }
        pugi::xml_node first = start.parent();
        pugi::xml_node last = end.parent();
        if (first == last) {
            while (start.next_sibling() != end)
                first.remove_child(start.next_sibling());
        } else if (first.parent() == last.parent()) {
            // From inside paragraph `first` to inside paragraph `last`: both keep what lies outside.
            while (start.next_sibling())
                first.remove_child(start.next_sibling());
            while (first.next_sibling() != last)
                first.parent().remove_child(first.next_sibling());
            while (last.first_child() != end)
                last.remove_child(last.first_child());
            last.remove_child(end);
            while (last.first_child())
                first.append_move(last.first_child());
            last.parent().remove_child(last);
            end = pugi::xml_node();
        } else if (first.parent() == last) {
            // From inside a paragraph to between blocks after it.
            while (start.next_sibling())
                first.remove_child(start.next_sibling());
            while (first.next_sibling() != end)
                last.remove_child(first.next_sibling());
        } else {
            problems.push_back("insertion " + id + " starts and ends in unrelated places");
        }
        if (end)
            end.parent().remove_child(end);
        start.parent().remove_child(start);
    }
    // Deletions: accepted, the point goes; rejected, the record's content comes back at the point. Inside
    // a paragraph, the record's first paragraph joins the text before the point and its last one the text
    // after it; between blocks, the record's blocks come back whole.
    for (pugi::xml_node point : elementsNamed(text, "text:change")) {
        if (kindOf(point) != "text:deletion")
            continue;
        if (decision == Decision::AcceptAll) {
            point.parent().remove_child(point);
            continue;
        }
        pugi::xml_node record = records[point.attribute("text:change-id").value()];
        std::vector<pugi::xml_node> content;
        for (pugi::xml_node child : record.children())
            if (name(child) != "office:change-info")
                content.push_back(child);
        pugi::xml_node paragraph = point.parent();
        const bool inParagraph = name(paragraph) == "text:p" || name(paragraph) == "text:h";
        if (!inParagraph) {
            for (pugi::xml_node child : content)
                paragraph.insert_copy_before(child, point);
            paragraph.remove_child(point);
            continue;
        }
        if (content.empty() || !isOdtParagraph(content.front()) || !isOdtParagraph(content.back())) {
            problems.push_back("a deletion inside a paragraph does not begin and end with paragraphs");
            paragraph.remove_child(point);
            continue;
        }
        if (content.size() == 1) {
            for (pugi::xml_node child : content.front().children())
                paragraph.insert_copy_before(child, point);
            paragraph.remove_child(point);
            continue;
        }
        pugi::xml_node container = paragraph.parent();
        pugi::xml_node lastPart = container.insert_copy_after(content.back(), paragraph);
        lastPart.remove_children();
        while (point.next_sibling())
            lastPart.append_move(point.next_sibling());
        paragraph.remove_child(point);
        for (pugi::xml_node child : content.front().children())
            paragraph.append_copy(child);
        for (std::size_t i = content.size() - 1; i-- > 1;)
            container.insert_copy_after(content[i], paragraph);
        std::vector<pugi::xml_node> lastChildren;
        for (pugi::xml_node child : content.back().children())
            lastChildren.push_back(child);
        for (auto child = lastChildren.rbegin(); child != lastChildren.rend(); ++child)
            lastPart.prepend_copy(*child);
    }
    text.remove_child("text:tracked-changes");
    for (const char* leftover : { "text:change-start", "text:change-end", "text:change" })
        if (!elementsNamed(text, leftover).empty())
            problems.push_back(std::string("left in the document: ") + leftover);
    return serialised(document);
}

Flow odtFlow(const std::string& contentXml)
{
    pugi::xml_document document;
    document.load_string(contentXml.c_str(), pugi::parse_default | pugi::parse_ws_pcdata);
    Flow flow;
    pugi::xml_node text = document.child("office:document-content").child("office:body").child("office:text");
    for (pugi::xml_node block : text.children()) {
        if (name(block) == "text:p" || name(block) == "text:h")
            flow.push_back("¶ " + odtText(block));
        else if (name(block) == "table:table")
            odtRows(block, flow);
    }
    return flow;
}

std::string flowDifference(const Flow& expected, const Flow& actual)
{
    std::size_t i = 0;
    while (i < expected.size() && i < actual.size() && expected[i] == actual[i])
        ++i;
    std::string out = "first difference at line " + std::to_string(i + 1) + " of " + std::to_string(expected.size())
        + " expected / " + std::to_string(actual.size()) + " got\n";
    for (std::size_t k = i; k < std::min(i + 4, std::max(expected.size(), actual.size())); ++k) {
        out += "  expected: " + (k < expected.size() ? expected[k] : std::string("(none)")) + "\n";
        out += "  got:      " + (k < actual.size() ? actual[k] : std::string("(none)")) + "\n";
    }
    return out;
}

} // namespace sapha::test
