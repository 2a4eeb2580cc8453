// Sapha standards — reading, writing and checking standards.
// SPDX-License-Identifier: MIT
#include "core/standard_kind.hpp"

#include "core/standard_paper.hpp"

#include <cstdio>

#include <sapha/xml_io.hpp>

namespace sapha::standards {

namespace {

constexpr int kFormatVersion = 1;

bool isIndicatorType(std::string_view type)
{
    return type == "process" || type == "output" || type == "outcome" || type == "quantitative";
}

std::string formatWeight(double weight)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", weight);
    return buffer;
}

} // namespace

std::vector<Level> defaultLevels(const std::string& language)
{
    static const char* const kThai[] = { "ต้องปรับปรุง", "พอใช้", "ดี", "ดีมาก", "ดีเลิศ" };
    static const char* const kEnglish[] = { "Needs improvement", "Fair", "Good", "Very good", "Excellent" };
    std::vector<Level> levels;
    for (int score = 1; score <= 5; ++score)
        levels.push_back(Level { score, language == "en" ? kEnglish[score - 1] : kThai[score - 1], {} });
    return levels;
}

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

std::string StandardKind::componentLabel(int component, const std::string& language)
{
    return (language == "en" ? "Component " : "องค์ประกอบที่ ") + std::to_string(component);
}

std::string StandardKind::indicatorLabel(int component, int indicator, const std::string& language)
{
    return (language == "en" ? "Indicator " : "ตัวชี้วัดที่ ") + std::to_string(component) + "." + std::to_string(indicator);
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
    return standard;
}

Status StandardKind::readModel(
    const pugi::xml_document& xml, std::string_view text, std::string_view sourceName, Standard& standard) const
{
    const xml::Source source { text, sourceName };
    const pugi::xml_node root = xml.document_element();
    standard.language = root.attribute("language").as_string("th");
    standard.thaiDigits = std::string_view(root.attribute("digits").as_string("arabic")) == "thai";
    standard.title = xml::childText(root, "title");
    standard.code = xml::childText(root, "code");
    standard.versionLabel = xml::childText(root, "version-label");
    standard.scope = xml::childText(root, "scope");
    for (pugi::xml_node c : root.children("component")) {
        if (Status hasId = source.requireAttribute(c, "id"); !hasId)
            return hasId;
        Component component;
        component.id = c.attribute("id").value();
        component.title = xml::childText(c, "title");
        component.description = xml::childText(c, "description");
        for (pugi::xml_node i : c.children("indicator")) {
            if (Status hasId = source.requireAttribute(i, "id"); !hasId)
                return hasId;
            Indicator indicator;
            indicator.id = i.attribute("id").value();
            indicator.type = i.attribute("type").as_string("process");
            if (!isIndicatorType(indicator.type))
                return source.failureAt(i, "indicator type must be process, output, outcome or quantitative, not \""
                        + indicator.type + "\"");
            indicator.weight = i.attribute("weight").as_double(1.0);
            indicator.statement = xml::childText(i, "statement");
            indicator.evidence = xml::childText(i, "evidence");
            for (pugi::xml_node l : i.child("levels").children("level")) {
                Level level;
                level.score = l.attribute("score").as_int(0);
                level.label = l.attribute("label").value();
                level.descriptor = l.text().get();
                indicator.levels.push_back(std::move(level));
            }
            component.indicators.push_back(std::move(indicator));
        }
        standard.components.push_back(std::move(component));
    }
    return Status::ok();
}

void StandardKind::writeModel(const Standard& standard, pugi::xml_node& root) const
{
    root.append_attribute("language").set_value(standard.language.c_str());
    root.append_attribute("digits").set_value(standard.thaiDigits ? "thai" : "arabic");
    xml::setChildText(root, "title", standard.title);
    if (!standard.code.empty())
        xml::setChildText(root, "code", standard.code);
    if (!standard.versionLabel.empty())
        xml::setChildText(root, "version-label", standard.versionLabel);
    if (!standard.scope.empty())
        xml::setChildText(root, "scope", standard.scope);
    for (const Component& component : standard.components) {
        pugi::xml_node c = root.append_child("component");
        c.append_attribute("id").set_value(component.id.c_str());
        xml::setChildText(c, "title", component.title);
        if (!component.description.empty())
            xml::setChildText(c, "description", component.description);
        for (const Indicator& indicator : component.indicators) {
            pugi::xml_node i = c.append_child("indicator");
            i.append_attribute("id").set_value(indicator.id.c_str());
            i.append_attribute("type").set_value(indicator.type.c_str());
            i.append_attribute("weight").set_value(formatWeight(indicator.weight).c_str());
            xml::setChildText(i, "statement", indicator.statement);
            pugi::xml_node levels = i.append_child("levels");
            for (const Level& level : indicator.levels) {
                pugi::xml_node l = levels.append_child("level");
                l.append_attribute("score").set_value(level.score);
                l.append_attribute("label").set_value(level.label.c_str());
                l.text().set(level.descriptor.c_str());
            }
            if (!indicator.evidence.empty())
                xml::setChildText(i, "evidence", indicator.evidence);
        }
    }
}

Findings StandardKind::check(const Standard& standard) const
{
    Findings findings;
    if (standard.title.empty())
        findings.push_back({ Severity::Error, {}, "the standard has no title", 0 });
    if (standard.components.empty())
        findings.push_back({ Severity::Warning, {}, "the standard has no components", 0 });
    for (std::size_t c = 0; c < standard.components.size(); ++c) {
        const Component& component = standard.components[c];
        const std::string componentName = componentLabel(static_cast<int>(c) + 1, standard.language);
        if (component.title.empty())
            findings.push_back({ Severity::Error, component.id, componentName + " has no title", 0 });
        if (component.indicators.empty())
            findings.push_back({ Severity::Warning, component.id, componentName + " has no indicators", 0 });
        for (std::size_t i = 0; i < component.indicators.size(); ++i) {
            const Indicator& indicator = component.indicators[i];
            const std::string name = indicatorLabel(static_cast<int>(c) + 1, static_cast<int>(i) + 1, standard.language);
            if (indicator.statement.empty())
                findings.push_back({ Severity::Error, indicator.id, name + " has an empty statement", 0 });
            if (indicator.weight <= 0)
                findings.push_back({ Severity::Error, indicator.id, name + " has a weight that is not positive", 0 });
            int previous = 0;
            std::string missing;
            for (const Level& level : indicator.levels) {
                if (level.score <= previous)
                    findings.push_back({ Severity::Error, indicator.id, name + ": levels are out of order", 0 });
                previous = level.score;
                if (level.descriptor.empty())
                    missing += (missing.empty() ? "" : ", ") + std::to_string(level.score);
            }
            if (indicator.levels.empty())
                findings.push_back({ Severity::Error, indicator.id, name + " has no scoring levels", 0 });
            else if (!missing.empty())
                findings.push_back({ Severity::Warning, indicator.id, name + ": no criterion yet for level " + missing, 0 });
        }
    }
    return findings;
}

std::string StandardKind::titleOf(const Standard& standard) const
{
    return standard.versionLabel.empty() ? standard.title : standard.title + " (" + standard.versionLabel + ")";
}

ElementList StandardKind::elementsOf(const Standard& standard) const
{
    ElementList elements;
    elements.push_back({ "standard", {}, "standard details", {},
        standard.title + "\n" + standard.code + "\n" + standard.versionLabel + "\n" + standard.scope, "รายละเอียดมาตรฐาน" });
    for (std::size_t c = 0; c < standard.components.size(); ++c) {
        const Component& component = standard.components[c];
        elements.push_back({ component.id, {}, "component", std::to_string(c + 1),
            component.title + "\n" + component.description, "องค์ประกอบ" });
        for (std::size_t i = 0; i < component.indicators.size(); ++i) {
            const Indicator& indicator = component.indicators[i];
            std::string text = indicator.statement + "\n" + indicator.type + "\n" + formatWeight(indicator.weight) + "\n"
                + indicator.evidence;
            for (const Level& level : indicator.levels)
                text += "\n" + std::to_string(level.score) + " " + level.label + ": " + level.descriptor;
            const std::string label = std::to_string(c + 1) + "." + std::to_string(i + 1);
            elements.push_back({ indicator.id, component.id, "indicator", label, text, "ตัวชี้วัด" });
        }
    }
    return elements;
}

exporting::Document StandardKind::buildExport(const Standard& standard) const
{
    return standardPaper(standard);
}

} // namespace sapha::standards
