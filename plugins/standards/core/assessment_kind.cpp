// Sapha standards — reading, writing and checking assessments.
// SPDX-License-Identifier: MIT
#include "core/assessment_kind.hpp"

#include <cmath>
#include <cstdlib>
#include <stdexcept>

#include <sapha/localized_text.hpp>
#include <sapha/message_language.hpp>
#include <sapha/thai_text.hpp>
#include <sapha/typed_date.hpp>
#include <sapha/xml_io.hpp>

#include "core/assessment_paper.hpp"
#include "core/standard_kind.hpp"
#include "core/standard_xml.hpp"

namespace sapha::standards {

namespace {

constexpr int kFormatVersion = 1;

// The result as a reader of `language` says it: "ระดับ 4", "ทำได้ 3 ข้อ", "สัดส่วน 0.75", "ผ่าน".
std::string resultText(const IndicatorResult& result, const std::string& language)
{
    const bool thai = language != "en";
    std::string text;
    if (result.level)
        text += (thai ? "ระดับ " : "level ") + std::to_string(*result.level);
    if (result.done)
        text += thai ? "ทำได้ " + std::to_string(*result.done) + " ข้อ" : "done " + std::to_string(*result.done);
    if (result.ratio)
        text += (thai ? "สัดส่วน " : "ratio ") + formatNumber(*result.ratio);
    if (result.met)
        text += *result.met ? (thai ? "ผ่าน" : "met") : (thai ? "ไม่ผ่าน" : "not met");
    return text;
}

// The result recorded under an indicator: <result level="4"/>, done, ratio or met; each refused with its
// place when it is not a number (or yes/no).
Status readResult(const pugi::xml_node& node, const xml::Source& source, IndicatorResult& result)
{
    if (!node)
        return Status::ok();
    if (pugi::xml_attribute level = node.attribute("level")) {
        char* end = nullptr;
        const long value = std::strtol(level.value(), &end, 10);
        if (end == level.value() || *end != '\0')
            return source.failureAt(node, localized("ระดับต้องเป็นจำนวนเต็ม ไม่ใช่ \"" + std::string(level.value()) + "\"",
                                              "level must be a whole number, not \"" + std::string(level.value()) + "\""));
        result.level = static_cast<int>(value);
    }
    if (pugi::xml_attribute done = node.attribute("done")) {
        char* end = nullptr;
        const long value = std::strtol(done.value(), &end, 10);
        if (end == done.value() || *end != '\0')
            return source.failureAt(node, localized("done ต้องเป็นจำนวนเต็ม ไม่ใช่ \"" + std::string(done.value()) + "\"",
                                              "done must be a whole number, not \"" + std::string(done.value()) + "\""));
        result.done = static_cast<int>(value);
    }
    if (pugi::xml_attribute ratio = node.attribute("ratio")) {
        char* end = nullptr;
        const double value = std::strtod(ratio.value(), &end);
        if (end == ratio.value() || *end != '\0' || !std::isfinite(value))
            return source.failureAt(node, localized("ratio ต้องเป็นตัวเลข ไม่ใช่ \"" + std::string(ratio.value()) + "\"",
                                              "ratio must be a number, not \"" + std::string(ratio.value()) + "\""));
        result.ratio = value;
    }
    if (pugi::xml_attribute met = node.attribute("met")) {
        const std::string_view value = met.value();
        if (value != "yes" && value != "no")
            return source.failureAt(node, localized("met ต้องเป็น \"yes\" หรือ \"no\" ไม่ใช่ \"" + std::string(value) + "\"",
                                              "met must be yes or no, not \"" + std::string(value) + "\""));
        result.met = value == "yes";
    }
    return Status::ok();
}

void writeResult(pugi::xml_node& indicator, const IndicatorResult& result)
{
    if (!result.level && !result.done && !result.ratio && !result.met)
        return;
    pugi::xml_node node = indicator.append_child("result");
    if (result.level)
        node.append_attribute("level").set_value(*result.level);
    if (result.done)
        node.append_attribute("done").set_value(*result.done);
    if (result.ratio)
        node.append_attribute("ratio").set_value(formatNumber(*result.ratio).c_str());
    if (result.met)
        node.append_attribute("met").set_value(*result.met ? "yes" : "no");
}

std::string indicatorName(const Assessment& assessment, const AssessedIndicator& indicator)
{
    const std::string label = assessment.thaiDigits ? thai::toThaiDigits(indicator.label) : indicator.label;
    return (assessment.language == "en" ? "Indicator " : "ตัวชี้วัดที่ ") + label;
}

} // namespace

std::string AssessmentKind::id() const noexcept
{
    return kId;
}

LocalizedText AssessmentKind::displayName() const noexcept
{
    return { "แบบประเมินตนเอง", "Self-assessment" };
}

std::string AssessmentKind::fileSuffix() const noexcept
{
    return kSuffix;
}

std::string_view AssessmentKind::rootElement() const
{
    return "assessment";
}

int AssessmentKind::formatVersion() const
{
    return kFormatVersion;
}

std::vector<DocumentReference> AssessmentKind::references(const IDocument& document) const noexcept
{
    try {
        const Assessment& assessment = model(document);
        return { { "assessment", {}, "assesses", assessment.standardPath, assessment.standardVersion } };
    } catch (...) {
        return {};
    }
}

Assessment AssessmentKind::makeNew(const NewDocumentOptions& options) const
{
    auto spec = options.parameters.find("standard");
    if (spec == options.parameters.end() || spec->second.find('@') == std::string::npos)
        throw std::runtime_error(localized("แบบประเมินทำตามมาตรฐานฉบับที่ตั้งชื่อไว้: "
                                           "--standard PATH@VERSION (เช่น standards/centre.standard.xml@เสนอคณะอนุกรรมการ)",
            "an assessment is made against a named version of a standard: "
            "--standard PATH@VERSION (for example standards/centre.standard.xml@เสนอคณะอนุกรรมการ)"));
    if (!options.workspace)
        throw std::runtime_error(localized("แบบประเมินอ่านมาตรฐานจากพื้นที่ทำงาน", "an assessment reads its standard from the workspace"));
    const std::size_t at = spec->second.rfind('@');
    const std::string path = spec->second.substr(0, at);
    const std::string version = spec->second.substr(at + 1);
    Result<std::string> text = options.workspace->readAt(path, version);
    if (!text)
        throw std::runtime_error(localized("อ่านมาตรฐานฉบับนั้นไม่ได้: ", "the standard cannot be read at that version: ") + text.error().describe());
    const StandardKind standardKind;
    Result<std::unique_ptr<IDocument>> standard = standardKind.load(text.value(), path + "@" + version);
    if (!standard)
        throw std::runtime_error(standard.error().describe());
    Assessment assessment = assessmentOf(StandardKind::model(*standard.value()), path, version);
    assessment.organisation = options.title;
    // The date is the day of the assessment, written when it is made: a new form has none unless asked.
    if (!options.date.empty()) {
        const Result<thai::Date> date = thai::parseIsoDate(options.date);
        if (!date)
            throw std::runtime_error(date.error().describe());
        assessment.date = thai::toIsoDate(date.value());
    }
    return assessment;
}

Status AssessmentKind::readModel(
    const pugi::xml_document& xml, std::string_view text, std::string_view sourceName, Assessment& assessment) const
{
    const xml::Source source { text, sourceName };
    const pugi::xml_node root = xml.document_element();
    assessment.language = root.attribute("language").as_string("th");
    assessment.thaiDigits = std::string_view(root.attribute("digits").as_string("arabic")) == "thai";
    assessment.maxScore = root.attribute("max-score").as_double(5);
    if (assessment.maxScore <= 0)
        return source.failureAt(root, localized("max-score ต้องเป็นจำนวนบวก", "max-score must be a positive number"));
    const pugi::xml_node standard = root.child("standard");
    if (!standard || !standard.attribute("path") || !standard.attribute("version"))
        return source.failureAt(standard ? standard : root,
            localized("แบบประเมินต้องระบุมาตรฐาน: <standard path=\"…\" version=\"…\">", "an assessment names its standard: <standard path=\"…\" version=\"…\">"));
    assessment.standardPath = standard.attribute("path").value();
    assessment.standardVersion = standard.attribute("version").value();
    assessment.standardTitle = standard.text().get();
    assessment.organisation = xml::childText(root, "organisation");
    assessment.assessor = xml::childText(root, "assessor");
    assessment.date = xml::childText(root, "date");
    if (Status bands = readBands(root, source, assessment.bands); !bands)
        return bands;
    for (pugi::xml_node c : root.children("component")) {
        if (Status hasId = source.requireAttribute(c, "id"); !hasId)
            return hasId;
        AssessedComponent component { c.attribute("id").value(), c.attribute("label").value(), xml::childText(c, "title"), {} };
        for (pugi::xml_node i : c.children("indicator")) {
            AssessedIndicator indicator;
            if (Status read = readIndicator(i, source, indicator.indicator); !read)
                return read;
            indicator.label = i.attribute("label").value();
            if (Status result = readResult(i.child("result"), source, indicator.result); !result)
                return result;
            indicator.note = xml::childText(i, "note");
            component.indicators.push_back(std::move(indicator));
        }
        assessment.components.push_back(std::move(component));
    }
    return Status::ok();
}

void AssessmentKind::writeModel(const Assessment& assessment, pugi::xml_node& root) const
{
    root.append_attribute("language").set_value(assessment.language.c_str());
    root.append_attribute("digits").set_value(assessment.thaiDigits ? "thai" : "arabic");
    if (assessment.maxScore != 5)
        root.append_attribute("max-score").set_value(formatNumber(assessment.maxScore).c_str());
    pugi::xml_node standard = root.append_child("standard");
    standard.append_attribute("path").set_value(assessment.standardPath.c_str());
    standard.append_attribute("version").set_value(assessment.standardVersion.c_str());
    standard.text().set(assessment.standardTitle.c_str());
    xml::setChildText(root, "organisation", assessment.organisation);
    if (!assessment.assessor.empty())
        xml::setChildText(root, "assessor", assessment.assessor);
    xml::setChildText(root, "date", assessment.date);
    writeBands(root, assessment.bands);
    for (const AssessedComponent& component : assessment.components) {
        pugi::xml_node c = root.append_child("component");
        c.append_attribute("id").set_value(component.id.c_str());
        c.append_attribute("label").set_value(component.label.c_str());
        xml::setChildText(c, "title", component.title);
        for (const AssessedIndicator& indicator : component.indicators) {
            pugi::xml_node i = writeIndicator(c, indicator.indicator);
            i.insert_attribute_after("label", i.attribute("id")).set_value(indicator.label.c_str());
            writeResult(i, indicator.result);
            if (!indicator.note.empty())
                xml::setChildText(i, "note", indicator.note);
        }
    }
}

Findings AssessmentKind::check(const Assessment& assessment, std::string_view language) const
{
    Findings findings;
    if (assessment.organisation.empty())
        findings.push_back({ Severity::Error, "assessment",
            inLanguage(language, "แบบประเมินยังไม่ระบุหน่วยงานที่รับการประเมิน", "the assessment does not name the organisation assessed"), 0 });
    if (std::optional<std::string> problem = assessment.date.empty() ? std::nullopt : thai::storedDateProblem(assessment.date, language))
        findings.push_back({ Severity::Error, "assessment",
            inLanguage(language, "วันที่ประเมิน \"" + assessment.date + "\" " + *problem, "the date \"" + assessment.date + "\" " + *problem), 0 });
    for (const AssessedComponent& component : assessment.components) {
        for (const AssessedIndicator& indicator : component.indicators) {
            Result<std::optional<double>> score = scoreOf(indicator.indicator, indicator.result, assessment.maxScore, language);
            if (!score)
                findings.push_back({ Severity::Error, indicator.indicator.id,
                    indicatorName(assessment, indicator) + ": " + score.error().message, 0 });
            else if (!score.value())
                findings.push_back({ Severity::Warning, indicator.indicator.id,
                    indicatorName(assessment, indicator) + inLanguage(language, " ยังไม่ได้ให้คะแนน", " is not scored yet"), 0 });
        }
    }
    return findings;
}

std::string AssessmentKind::titleOf(const Assessment& assessment) const
{
    // The organisation: the kind's name says the rest ("สร้างแบบประเมินตนเอง: ศูนย์…").
    return assessment.organisation.empty() ? "…" : assessment.organisation;
}

ElementList AssessmentKind::elementsOf(const Assessment& assessment) const
{
    ElementList elements;
    elements.push_back(labelledElement("assessment", {}, "assessment details", {}, "รายละเอียดการประเมิน",
        { { { "หน่วยงาน", "Organisation" }, assessment.organisation }, { { "ผู้ประเมิน", "Assessor" }, assessment.assessor },
            { { "วันที่ประเมิน", "Date" }, assessment.date },
            { { "ตามมาตรฐาน", "Standard" }, assessment.standardPath + "@" + assessment.standardVersion } }));
    for (const AssessedComponent& component : assessment.components) {
        for (const AssessedIndicator& indicator : component.indicators)
            elements.push_back(labelledElement(indicator.indicator.id, {}, "result", indicator.label, "ผลการประเมินตัวชี้วัด",
                { { { "ผลการประเมิน", "Result" }, resultText(indicator.result, assessment.language) },
                    { { "หมายเหตุ", "Note" }, indicator.note } }));
    }
    return elements;
}

exporting::Document AssessmentKind::buildExport(const Assessment& assessment) const
{
    return assessmentPaper(assessment);
}

} // namespace sapha::standards
