// Sapha standards — the XML of indicators, bands and comments.
// SPDX-License-Identifier: MIT
#include "core/standard_xml.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include <sapha/message_language.hpp>

namespace sapha::standards {

namespace {

bool isIndicatorType(std::string_view type)
{
    return type == "process" || type == "output" || type == "outcome" || type == "quantitative";
}

void writeText(pugi::xml_node& parent, const char* name, const std::string& text)
{
    if (!text.empty())
        xml::setChildText(parent, name, text);
}

// A number attribute, refused with its place when it is not a number.
Status readNumber(const pugi::xml_node& node, const xml::Source& source, const char* name, double& value)
{
    const pugi::xml_attribute attribute = node.attribute(name);
    if (!attribute)
        return Status::ok();
    const char* text = attribute.value();
    char* end = nullptr;
    const double parsed = std::strtod(text, &end);
    if (end == text || *end != '\0' || !std::isfinite(parsed))
        return source.failureAt(node, localized(std::string(name) + " ต้องเป็นตัวเลข ไม่ใช่ \"" + text + "\"",
                                          std::string(name) + " must be a number, not \"" + text + "\""));
    value = parsed;
    return Status::ok();
}

} // namespace

std::string formatNumber(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", value);
    return buffer;
}

Status readComments(const pugi::xml_node& parent, const xml::Source& source, std::vector<Comment>& comments)
{
    for (pugi::xml_node c : parent.children("comment")) {
        if (Status hasId = source.requireAttribute(c, "id"); !hasId)
            return hasId;
        comments.push_back({ c.attribute("id").value(), c.attribute("author").value(), c.attribute("date").value(),
            c.text().get(), c.attribute("resolved").as_bool(false) });
    }
    return Status::ok();
}

void writeComments(pugi::xml_node& parent, const std::vector<Comment>& comments)
{
    for (const Comment& comment : comments) {
        pugi::xml_node c = parent.append_child("comment");
        c.append_attribute("id").set_value(comment.id.c_str());
        c.append_attribute("author").set_value(comment.author.c_str());
        c.append_attribute("date").set_value(comment.date.c_str());
        if (comment.resolved)
            c.append_attribute("resolved").set_value("true");
        c.text().set(comment.text.c_str());
    }
}

Status readBands(const pugi::xml_node& parent, const xml::Source& source, std::vector<Band>& bands)
{
    for (pugi::xml_node b : parent.child("bands").children("band")) {
        Band band;
        if (!b.attribute("from") || !b.attribute("to"))
            return source.failureAt(b, localized("ช่วงผลการประเมินต้องมี from และ to", "a band needs from and to"));
        if (Status from = readNumber(b, source, "from", band.from); !from)
            return from;
        if (Status to = readNumber(b, source, "to", band.to); !to)
            return to;
        band.label = b.text().get();
        bands.push_back(std::move(band));
    }
    return Status::ok();
}

void writeBands(pugi::xml_node& parent, const std::vector<Band>& bands)
{
    if (bands.empty())
        return;
    pugi::xml_node node = parent.append_child("bands");
    for (const Band& band : bands) {
        pugi::xml_node b = node.append_child("band");
        char from[32], to[32];
        std::snprintf(from, sizeof from, "%.2f", band.from);
        std::snprintf(to, sizeof to, "%.2f", band.to);
        b.append_attribute("from").set_value(from);
        b.append_attribute("to").set_value(to);
        b.text().set(band.label.c_str());
    }
}

Status readIndicator(const pugi::xml_node& node, const xml::Source& source, Indicator& indicator)
{
    if (Status hasId = source.requireAttribute(node, "id"); !hasId)
        return hasId;
    indicator.id = node.attribute("id").value();
    indicator.code = node.attribute("code").value();
    indicator.type = node.attribute("type").as_string("process");
    if (!isIndicatorType(indicator.type))
        return source.failureAt(node, localized("ประเภทตัวชี้วัดต้องเป็น \"process\", \"output\", \"outcome\" หรือ \"quantitative\" ไม่ใช่ \"" + indicator.type + "\"",
                                          "indicator type must be process, output, outcome or quantitative, not \"" + indicator.type + "\""));
    if (Status weight = readNumber(node, source, "weight", indicator.weight); !weight)
        return weight;
    if (!parseScheme(node.attribute("scheme").as_string("rubric"), indicator.scheme))
        return source.failureAt(node, localized("แบบการให้คะแนนต้องเป็น \"rubric\", \"checklist\", \"threshold\" หรือ \"binary\" ไม่ใช่ \""
                                                    + std::string(node.attribute("scheme").value()) + "\"",
                                          "scheme must be rubric, checklist, threshold or binary, not \""
                                              + std::string(node.attribute("scheme").value()) + "\""));
    indicator.owner = node.attribute("owner").value();
    indicator.statement = xml::childText(node, "statement");
    indicator.description = xml::childText(node, "description");
    for (pugi::xml_node l : node.child("levels").children("level")) {
        Level level;
        level.score = l.attribute("score").as_int(0);
        level.label = l.attribute("label").value();
        level.descriptor = l.text().get();
        indicator.levels.push_back(std::move(level));
    }
    if (pugi::xml_node checklist = node.child("checklist")) {
        for (pugi::xml_node p : checklist.children("practice"))
            indicator.practices.push_back(p.text().get());
        for (pugi::xml_node r : checklist.children("rule")) {
            ChecklistRule rule;
            rule.done = r.attribute("done").as_int(-1);
            if (rule.done < 0)
                return source.failureAt(r, localized("เกณฑ์แบบรายการต้องมี done คือจำนวนรายการปฏิบัติ (0 ขึ้นไป)",
                                           "a checklist rule needs done, the number of practices (0 or more)"));
            if (Status score = readNumber(r, source, "score", rule.score); !score)
                return score;
            indicator.rules.push_back(rule);
        }
    }
    if (pugi::xml_node threshold = node.child("threshold")) {
        if (Status target = readNumber(threshold, source, "target", indicator.target); !target)
            return target;
    }
    if (pugi::xml_node binary = node.child("binary")) {
        if (Status points = readNumber(binary, source, "points", indicator.points); !points)
            return points;
    }
    indicator.evidence = xml::childText(node, "evidence");
    indicator.guidance = xml::childText(node, "guidance");
    indicator.notes = xml::childText(node, "notes");
    indicator.source = xml::childText(node, "source");
    return readComments(node, source, indicator.comments);
}

pugi::xml_node writeIndicator(pugi::xml_node& parent, const Indicator& indicator)
{
    pugi::xml_node i = parent.append_child("indicator");
    i.append_attribute("id").set_value(indicator.id.c_str());
    if (!indicator.code.empty())
        i.append_attribute("code").set_value(indicator.code.c_str());
    i.append_attribute("type").set_value(indicator.type.c_str());
    i.append_attribute("weight").set_value(formatNumber(indicator.weight).c_str());
    i.append_attribute("scheme").set_value(schemeName(indicator.scheme));
    if (!indicator.owner.empty())
        i.append_attribute("owner").set_value(indicator.owner.c_str());
    xml::setChildText(i, "statement", indicator.statement);
    writeText(i, "description", indicator.description);
    // Every scheme's data is kept, whichever is chosen: switching schemes while drafting loses nothing.
    if (!indicator.levels.empty() || indicator.scheme == Scheme::Rubric) {
        pugi::xml_node levels = i.append_child("levels");
        for (const Level& level : indicator.levels) {
            pugi::xml_node l = levels.append_child("level");
            l.append_attribute("score").set_value(level.score);
            l.append_attribute("label").set_value(level.label.c_str());
            l.text().set(level.descriptor.c_str());
        }
    }
    if (!indicator.practices.empty() || !indicator.rules.empty() || indicator.scheme == Scheme::Checklist) {
        pugi::xml_node checklist = i.append_child("checklist");
        for (const std::string& practice : indicator.practices)
            checklist.append_child("practice").text().set(practice.c_str());
        for (const ChecklistRule& rule : indicator.rules) {
            pugi::xml_node r = checklist.append_child("rule");
            r.append_attribute("done").set_value(rule.done);
            r.append_attribute("score").set_value(formatNumber(rule.score).c_str());
        }
    }
    if (indicator.scheme == Scheme::Threshold || indicator.target != 1.0)
        i.append_child("threshold").append_attribute("target").set_value(formatNumber(indicator.target).c_str());
    if (indicator.scheme == Scheme::Binary || indicator.points != 0)
        i.append_child("binary").append_attribute("points").set_value(formatNumber(indicator.points).c_str());
    writeText(i, "evidence", indicator.evidence);
    writeText(i, "guidance", indicator.guidance);
    writeText(i, "notes", indicator.notes);
    writeText(i, "source", indicator.source);
    writeComments(i, indicator.comments);
    return i;
}

} // namespace sapha::standards
