// Sapha standards — reading, writing and checking standards.
// SPDX-License-Identifier: MIT
#include "core/standard_kind.hpp"

#include "core/standard_paper.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include <sapha/localized_text.hpp>
#include <sapha/message_language.hpp>
#include <sapha/thai_text.hpp>
#include <sapha/xml_io.hpp>

#include "core/criteria_text.hpp"
#include "core/numbering.hpp"
#include "core/scoring.hpp"
#include "core/standard_xml.hpp"

namespace sapha::standards {

namespace {

// Format 2 added scoring schemes, codes, owners, guidance, sources, comments, definitions, the legal
// basis, the scale, declared weight total and bands. Format 1 files load unchanged.
constexpr int kFormatVersion = 2;

// A component or a section: id, title, description, comments; its indicators follow.
pugi::xml_node writeHeading(pugi::xml_node& parent, const char* element, const std::string& id, const std::string& title,
    const std::string& description, const std::vector<Comment>& comments)
{
    pugi::xml_node node = parent.append_child(element);
    node.append_attribute("id").set_value(id.c_str());
    xml::setChildText(node, "title", title);
    if (!description.empty())
        xml::setChildText(node, "description", description);
    writeComments(node, comments);
    return node;
}

std::string digitsOf(const std::string& text, bool thaiDigits)
{
    return thaiDigits ? thai::toThaiDigits(text) : text;
}

} // namespace

std::string StandardKind::id() const noexcept
{
    return kId;
}

LocalizedText StandardKind::displayName() const noexcept
{
    return { "มาตรฐาน", "Standard" };
}

std::string StandardKind::fileSuffix() const noexcept
{
    return kSuffix;
}

std::string_view StandardKind::rootElement() const
{
    return "standard";
}

int StandardKind::formatVersion() const
{
    return kFormatVersion;
}

std::string StandardKind::componentLabel(int component, const std::string& language, bool thaiDigits)
{
    return (language == "en" ? "Component " : "องค์ประกอบที่ ") + digitsOf(std::to_string(component), thaiDigits);
}

std::string StandardKind::indicatorLabel(int component, int indicator, const std::string& language, bool thaiDigits)
{
    return indicatorLabel(std::to_string(component) + "." + std::to_string(indicator), language, thaiDigits);
}

std::string StandardKind::indicatorLabel(const std::string& number, const std::string& language, bool thaiDigits)
{
    return (language == "en" ? "Indicator " : "ตัวชี้วัดที่ ") + digitsOf(number, thaiDigits);
}

std::string StandardKind::sectionLabel(const std::string& number, const std::string& language, bool thaiDigits)
{
    return (language == "en" ? "Standard " : "มาตรฐานที่ ") + digitsOf(number, thaiDigits);
}

Standard StandardKind::makeNew(const NewDocumentOptions& options) const
{
    Standard standard;
    standard.language = options.language == "en" ? "en" : "th";
    standard.title = options.title.empty() ? (standard.language == "en" ? "New standard" : "ร่างมาตรฐาน") : options.title;
    standard.versionLabel = standard.language == "en" ? "Draft 1" : "ร่างที่ 1";
    Component component;
    component.id = xml::newElementId("comp");
    component.title = standard.language == "en" ? "Management" : "การบริหารจัดการ";
    Indicator indicator;
    indicator.id = xml::newElementId("ind");
    indicator.levels = defaultLevels(standard.language);
    component.indicators.push_back(std::move(indicator));
    standard.components.push_back(std::move(component));
    standard.bands = defaultBands(standard.language);
    return standard;
}

Status StandardKind::readModel(
    const pugi::xml_document& xml, std::string_view text, std::string_view sourceName, Standard& standard) const
{
    const xml::Source source { text, sourceName };
    const pugi::xml_node root = xml.document_element();
    standard.language = root.attribute("language").as_string("th");
    standard.thaiDigits = std::string_view(root.attribute("digits").as_string("arabic")) == "thai";
    standard.maxScore = root.attribute("max-score").as_double(5);
    if (standard.maxScore <= 0)
        return source.failureAt(root, localized("max-score ต้องเป็นจำนวนบวก", "max-score must be a positive number"));
    standard.weightTotal = root.attribute("weight-total").as_double(0);
    standard.title = xml::childText(root, "title");
    standard.code = xml::childText(root, "code");
    standard.versionLabel = xml::childText(root, "version-label");
    standard.scope = xml::childText(root, "scope");
    standard.legalBasis = xml::childText(root, "legal-basis");
    for (pugi::xml_node d : root.children("definition"))
        standard.definitions.push_back({ d.attribute("term").value(), d.text().get() });
    if (Status bands = readBands(root, source, standard.bands); !bands)
        return bands;
    if (Status comments = readComments(root, source, standard.comments); !comments)
        return comments;
    for (pugi::xml_node c : root.children("component")) {
        if (Status hasId = source.requireAttribute(c, "id"); !hasId)
            return hasId;
        Component component;
        component.id = c.attribute("id").value();
        component.title = xml::childText(c, "title");
        component.description = xml::childText(c, "description");
        if (Status comments = readComments(c, source, component.comments); !comments)
            return comments;
        for (pugi::xml_node i : c.children("indicator")) {
            Indicator indicator;
            if (Status read = readIndicator(i, source, indicator); !read)
                return read;
            component.indicators.push_back(std::move(indicator));
        }
        for (pugi::xml_node n : c.children("section")) {
            if (Status hasId = source.requireAttribute(n, "id"); !hasId)
                return hasId;
            Section section { n.attribute("id").value(), xml::childText(n, "title"), xml::childText(n, "description"), {} };
            if (Status comments = readComments(n, source, section.comments); !comments)
                return comments;
            for (pugi::xml_node i : n.children("indicator")) {
                Indicator indicator;
                if (Status read = readIndicator(i, source, indicator); !read)
                    return read;
                indicator.section = section.id;
                component.indicators.push_back(std::move(indicator));
            }
            component.sections.push_back(std::move(section));
        }
        standard.components.push_back(std::move(component));
    }
    return Status::ok();
}

void StandardKind::writeModel(const Standard& standard, pugi::xml_node& root) const
{
    root.append_attribute("language").set_value(standard.language.c_str());
    root.append_attribute("digits").set_value(standard.thaiDigits ? "thai" : "arabic");
    if (standard.maxScore != 5)
        root.append_attribute("max-score").set_value(formatNumber(standard.maxScore).c_str());
    if (standard.weightTotal > 0)
        root.append_attribute("weight-total").set_value(formatNumber(standard.weightTotal).c_str());
    xml::setChildText(root, "title", standard.title);
    if (!standard.code.empty())
        xml::setChildText(root, "code", standard.code);
    if (!standard.versionLabel.empty())
        xml::setChildText(root, "version-label", standard.versionLabel);
    if (!standard.scope.empty())
        xml::setChildText(root, "scope", standard.scope);
    if (!standard.legalBasis.empty())
        xml::setChildText(root, "legal-basis", standard.legalBasis);
    for (const Definition& definition : standard.definitions) {
        pugi::xml_node d = root.append_child("definition");
        d.append_attribute("term").set_value(definition.term.c_str());
        d.text().set(definition.meaning.c_str());
    }
    writeBands(root, standard.bands);
    writeComments(root, standard.comments);
    for (const Component& component : standard.components) {
        pugi::xml_node c = writeHeading(root, "component", component.id, component.title, component.description, component.comments);
        for (const Indicator& indicator : component.indicators) {
            if (indicator.section.empty())
                writeIndicator(c, indicator);
        }
        for (const Section& section : component.sections) {
            pugi::xml_node n = writeHeading(c, "section", section.id, section.title, section.description, section.comments);
            for (const Indicator& indicator : component.indicators) {
                if (indicator.section == section.id)
                    writeIndicator(n, indicator);
            }
        }
    }
}

namespace {

// `name` is the indicator as the document names it; the messages are in the reader's `language`.
void checkScheme(const Indicator& indicator, const std::string& name, double maxScore, std::string_view language, Findings& findings)
{
    const bool inThai = language == "th";
    auto error = [&](const std::string& thai, const std::string& english) {
        findings.push_back({ Severity::Error, indicator.id, name + (inThai ? thai : english), 0 });
    };
    switch (indicator.scheme) {
    case Scheme::Rubric: {
        int previous = 0;
        std::string missing;
        for (const Level& level : indicator.levels) {
            if (level.score <= previous)
                error(": ระดับคะแนนเรียงไม่ถูกลำดับ", ": levels are out of order");
            previous = level.score;
            if (level.descriptor.empty())
                missing += (missing.empty() ? "" : ", ") + std::to_string(level.score);
        }
        if (indicator.levels.empty())
            error(" ยังไม่มีระดับคะแนน", " has no scoring levels");
        else if (!missing.empty())
            findings.push_back({ Severity::Warning, indicator.id,
                name + (inThai ? ": ยังไม่มีเกณฑ์ของระดับ " : ": no criterion yet for level ") + missing, 0 });
        break;
    }
    case Scheme::Checklist: {
        if (indicator.practices.empty())
            error(" ให้คะแนนตามรายการตรวจสอบแต่ยังไม่มีรายการปฏิบัติ", " is scored by a checklist that lists no practices");
        int previous = -1;
        for (const ChecklistRule& rule : indicator.rules) {
            if (rule.done <= previous)
                error(": เกณฑ์ของรายการตรวจสอบเรียงไม่ถูกลำดับ", ": checklist rules are out of order");
            previous = rule.done;
            const std::string asked = std::to_string(rule.done);
            const std::string listed = std::to_string(indicator.practices.size());
            if (rule.done > static_cast<int>(indicator.practices.size()))
                error(": เกณฑ์หนึ่งของรายการตรวจสอบกำหนด " + asked + " ข้อ แต่มีรายการเพียง " + listed + " ข้อ",
                    ": a checklist rule asks for " + asked + " practices, but " + listed + " are listed");
            if (rule.score < 0 || rule.score > maxScore)
                error(": เกณฑ์หนึ่งของรายการตรวจสอบให้ " + formatNumber(rule.score) + " คะแนน ซึ่งอยู่นอกช่วง 0–" + formatNumber(maxScore),
                    ": a checklist rule gives " + formatNumber(rule.score) + ", outside the scale 0–" + formatNumber(maxScore));
        }
        break;
    }
    case Scheme::Threshold:
        if (indicator.target <= 0 || indicator.target > 1)
            error(": เป้าหมายต้องเป็นสัดส่วนที่มากกว่า 0 และไม่เกิน 1 ไม่ใช่ " + formatNumber(indicator.target),
                ": the threshold target must be a ratio above 0 and at most 1, not " + formatNumber(indicator.target));
        break;
    case Scheme::Binary:
        if (indicator.points < 0 || indicator.points > maxScore)
            error(": คะแนนแบบผ่าน/ไม่ผ่าน " + formatNumber(indicator.points) + " อยู่นอกช่วง 0–" + formatNumber(maxScore),
                ": binary points " + formatNumber(indicator.points) + " are outside the scale 0–" + formatNumber(maxScore));
        break;
    }
}

} // namespace

Findings StandardKind::check(const Standard& standard, std::string_view language) const
{
    // Elements are named as the document numbers them; the sentences are in the reader's language.
    const bool inThai = language == "th";
    Findings findings;
    if (standard.title.empty())
        findings.push_back({ Severity::Error, {}, inLanguage(language, "มาตรฐานยังไม่มีชื่อ", "the standard has no title"), 0 });
    if (standard.components.empty())
        findings.push_back({ Severity::Warning, {}, inLanguage(language, "มาตรฐานยังไม่มีองค์ประกอบ", "the standard has no components"), 0 });
    std::map<std::string, std::string> codes; // code → the indicator that has it first
    double weights = 0;
    for (std::size_t c = 0; c < standard.components.size(); ++c) {
        const Component& component = standard.components[c];
        const std::string componentName = componentLabel(static_cast<int>(c) + 1, standard.language, standard.thaiDigits);
        if (component.title.empty())
            findings.push_back({ Severity::Error, component.id, componentName + (inThai ? " ยังไม่มีชื่อ" : " has no title"), 0 });
        if (component.indicators.empty())
            findings.push_back({ Severity::Warning, component.id, componentName + (inThai ? " ยังไม่มีตัวชี้วัด" : " has no indicators"), 0 });
        for (std::size_t s = 0; s < component.sections.size(); ++s) {
            const Section& section = component.sections[s];
            const std::string name = sectionLabel(sectionNumber(component, static_cast<int>(c) + 1, s), standard.language, standard.thaiDigits);
            if (section.title.empty())
                findings.push_back({ Severity::Error, section.id, name + (inThai ? " ยังไม่มีชื่อ" : " has no title"), 0 });
            if (std::none_of(component.indicators.begin(), component.indicators.end(),
                    [&](const Indicator& indicator) { return indicator.section == section.id; }))
                findings.push_back({ Severity::Warning, section.id, name + (inThai ? " ยังไม่มีตัวชี้วัด" : " has no indicators"), 0 });
        }
        for (std::size_t i = 0; i < component.indicators.size(); ++i) {
            const Indicator& indicator = component.indicators[i];
            const std::string name
                = indicatorLabel(indicatorNumber(component, static_cast<int>(c) + 1, i), standard.language, standard.thaiDigits);
            weights += indicator.weight;
            if (indicator.statement.empty())
                findings.push_back({ Severity::Error, indicator.id, name + (inThai ? " ยังไม่มีข้อความตัวชี้วัด" : " has an empty statement"), 0 });
            if (indicator.weight <= 0)
                findings.push_back({ Severity::Error, indicator.id,
                    name + (inThai ? " มีน้ำหนักไม่มากกว่าศูนย์" : " has a weight that is not positive"), 0 });
            if (!indicator.code.empty()) {
                auto [first, isNew] = codes.emplace(indicator.code, name);
                if (!isNew)
                    findings.push_back({ Severity::Error, indicator.id,
                        inThai ? name + " มีรหัส \"" + indicator.code + "\" ซ้ำกับ " + first->second
                               : name + " has the code \"" + indicator.code + "\", already given to " + first->second,
                        0 });
            }
            checkScheme(indicator, name, standard.maxScore, language, findings);
        }
    }
    if (standard.weightTotal > 0 && std::abs(weights - standard.weightTotal) > 1e-6)
        findings.push_back({ Severity::Error, {},
            inThai ? "น้ำหนักของตัวชี้วัดรวมได้ " + formatNumber(weights) + " ไม่ตรงกับที่กำหนดไว้ " + formatNumber(standard.weightTotal)
                   : "the indicators' weights add up to " + formatNumber(weights) + ", not the declared " + formatNumber(standard.weightTotal),
            0 });
    for (const std::string& problem : bandProblems(standard.bands, language))
        findings.push_back({ Severity::Error, {}, (inThai ? "ช่วงระดับคะแนน: " : "level bands: ") + problem, 0 });
    return findings;
}

std::string StandardKind::titleOf(const Standard& standard) const
{
    return standard.versionLabel.empty() ? standard.title : standard.title + " (" + standard.versionLabel + ")";
}

namespace {

// The words a reader of `language` knows an indicator's scoring by (the file keeps the code; its type:
// criteria_text.hpp's typeName).
std::string schemeInWords(Scheme scheme, const std::string& language)
{
    const bool thai = language != "en";
    switch (scheme) {
    case Scheme::Checklist:
        return thai ? "รายการตรวจสอบ" : "checklist";
    case Scheme::Threshold:
        return thai ? "ค่าเป้าหมาย" : "threshold";
    case Scheme::Binary:
        return thai ? "มี/ไม่มี" : "met or not";
    case Scheme::Rubric:
        break;
    }
    return thai ? "เกณฑ์ระดับ" : "rubric";
}

// Lines of a list as one field's value; a list with no lines adds no field (and no line to the text).
void addListField(std::vector<ElementField>& fields, LocalizedText label, const std::vector<std::string>& lines)
{
    if (lines.empty())
        return;
    std::string value;
    for (const std::string& line : lines)
        value += (value.empty() ? "" : "\n") + line;
    fields.push_back({ std::move(label), std::move(value) });
}

// The reviewers' comments as elements of their own, so that "added a comment" is said of the node.
void addComments(const std::vector<Comment>& comments, const std::string& parentId, const std::string& language,
    ElementList& elements)
{
    for (const Comment& comment : comments) {
        std::vector<ElementField> fields { { { "ความเห็น", "Comment" }, comment.text } };
        if (comment.resolved)
            fields.push_back({ { "สถานะ", "Status" }, language == "en" ? "resolved" : "ยุติแล้ว" });
        elements.push_back(labelledElement(comment.id, parentId, "comment", comment.author, "ความเห็น", std::move(fields)));
    }
}

} // namespace

std::vector<DocumentReference> StandardKind::references(const IDocument& document) const noexcept
{
    try {
        std::vector<DocumentReference> out;
        const Standard& standard = model(document);
        for (std::size_t c = 0; c < standard.components.size(); ++c) {
            const Component& component = standard.components[c];
            for (std::size_t i = 0; i < component.indicators.size(); ++i) {
                const Indicator& indicator = component.indicators[i];
                const std::size_t hash = indicator.source.find('#');
                if (indicator.source.empty())
                    continue;
                DocumentReference source { indicator.id,
                    "ตัวชี้วัดที่ " + indicatorNumber(component, static_cast<int>(c) + 1, i), "source",
                    indicator.source.substr(0, hash), {} };
                if (hash != std::string::npos)
                    source.targetElementId = indicator.source.substr(hash + 1);
                out.push_back(std::move(source));
            }
        }
        return out;
    } catch (...) {
        return {};
    }
}

ElementList StandardKind::elementsOf(const Standard& standard) const
{
    ElementList elements;
    const std::string& language = standard.language;
    std::vector<ElementField> details { { { "ชื่อมาตรฐาน", "Standard" }, standard.title }, { { "รหัส", "Code" }, standard.code },
        { { "ฉบับ", "Version" }, standard.versionLabel }, { { "ขอบเขต", "Scope" }, standard.scope },
        { { "อ้างอิงกฎหมาย", "Legal basis" }, standard.legalBasis },
        { { "คะแนนเต็ม", "Full score" }, formatNumber(standard.maxScore) },
        { { "น้ำหนักรวม", "Total weight" }, formatNumber(standard.weightTotal) } };
    std::vector<std::string> lines;
    for (const Definition& definition : standard.definitions)
        lines.push_back(definition.term + ": " + definition.meaning);
    addListField(details, { "นิยามศัพท์", "Definitions" }, lines);
    lines.clear();
    for (const Band& band : standard.bands)
        lines.push_back(formatNumber(band.from) + "–" + formatNumber(band.to) + " " + band.label);
    addListField(details, { "ระดับผลการประเมิน", "Result bands" }, lines);
    elements.push_back(labelledElement("standard", {}, "standard details", {}, "รายละเอียดมาตรฐาน", std::move(details)));
    addComments(standard.comments, "standard", language, elements);
    for (std::size_t c = 0; c < standard.components.size(); ++c) {
        const Component& component = standard.components[c];
        elements.push_back(labelledElement(component.id, {}, "component", std::to_string(c + 1), "องค์ประกอบ",
            { { { "ชื่อองค์ประกอบ", "Title" }, component.title }, { { "คำอธิบาย", "Description" }, component.description } }));
        addComments(component.comments, component.id, language, elements);
        for (std::size_t n = 0; n < component.sections.size(); ++n) {
            const Section& section = component.sections[n];
            elements.push_back(labelledElement(section.id, component.id, "standard",
                sectionNumber(component, static_cast<int>(c) + 1, n), "มาตรฐาน",
                { { { "ชื่อมาตรฐาน", "Title" }, section.title }, { { "คำอธิบาย", "Description" }, section.description } }));
            addComments(section.comments, section.id, language, elements);
        }
        for (std::size_t i = 0; i < component.indicators.size(); ++i) {
            const Indicator& indicator = component.indicators[i];
            std::vector<ElementField> fields { { { "ตัวชี้วัด", "Indicator" }, indicator.statement },
                { { "รหัส", "Code" }, indicator.code }, { { "คำอธิบาย", "Description" }, indicator.description },
                { { "ประเภท", "Type" }, typeName(indicator.type, language == "en") },
                { { "ผู้รับผิดชอบ", "Responsible" }, indicator.owner }, { { "น้ำหนัก", "Weight" }, formatNumber(indicator.weight) },
                { { "ให้คะแนนแบบ", "Scored by" }, schemeInWords(indicator.scheme, language) },
                { { "เอกสาร/หลักฐาน", "Evidence" }, indicator.evidence },
                { { "แนวทางการพิจารณา", "Guidance for assessors" }, indicator.guidance },
                { { "หมายเหตุ", "Notes" }, indicator.notes }, { { "ที่มาของแนวคิด", "Source of the idea" }, indicator.source } };
            lines.clear();
            for (const Level& level : indicator.levels)
                lines.push_back(std::to_string(level.score) + " " + level.label + ": " + level.descriptor);
            addListField(fields, { "ระดับคะแนน", "Levels" }, lines);
            addListField(fields, { "รายการปฏิบัติ", "Practices" }, indicator.practices);
            lines.clear();
            for (const ChecklistRule& rule : indicator.rules)
                lines.push_back(std::to_string(rule.done) + " → " + formatNumber(rule.score));
            addListField(fields, { "เกณฑ์การให้คะแนน", "Scoring rules" }, lines);
            fields.push_back({ { "ค่าเป้าหมาย", "Target" }, formatNumber(indicator.target) });
            fields.push_back({ { "คะแนนเมื่อผ่าน", "Points when met" }, formatNumber(indicator.points) });
            const std::string label = indicatorNumber(component, static_cast<int>(c) + 1, i);
            elements.push_back(labelledElement(indicator.id, indicator.section.empty() ? component.id : indicator.section,
                "indicator", label, "ตัวชี้วัด", std::move(fields)));
            addComments(indicator.comments, indicator.id, language, elements);
        }
    }
    return elements;
}

exporting::Document StandardKind::buildExport(const Standard& standard) const
{
    return standardPaper(standard);
}

} // namespace sapha::standards
