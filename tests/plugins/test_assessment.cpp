// Sapha tests — scoring and the assessment kind: each scheme's score, weighted means, bands, an
// assessment made from a standard's version, checked, summarised and put on paper.
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <cmath>
#include <map>

#include "core/assessment_kind.hpp"
#include "core/assessment_paper.hpp"
#include "core/scoring.hpp"
#include "core/standard_kind.hpp"
#include "core/standards_plugin.hpp"

using namespace sapha;
using namespace sapha::standards;

namespace {

double scored(const Indicator& indicator, const IndicatorResult& result, double maxScore = 5)
{
    Result<std::optional<double>> score = scoreOf(indicator, result, maxScore);
    REQUIRE(score.isOk());
    REQUIRE(score.value().has_value());
    return *score.value();
}

// The standard as files in memory at named versions.
class VersionsInMemory final : public IWorkspaceView {
public:
    std::map<std::string, std::string> versions; // "path@version" → text
    std::vector<std::string> documents(std::string_view) const noexcept override { return {}; }
    std::vector<DocumentDigest> digests(std::string_view, std::string_view) const noexcept override { return {}; }
    Result<std::string> read(std::string_view path) const noexcept override { return Error { "not in the working tree", std::string(path) }; }
    Result<std::string> readAt(std::string_view path, std::string_view version) const noexcept override
    {
        auto found = versions.find(std::string(path) + "@" + std::string(version));
        if (found == versions.end())
            return Error { "no such version \"" + std::string(version) + "\"", std::string(path) };
        return found->second;
    }
};

} // namespace

TEST_CASE("scoring: each scheme gives a score on the standard's scale, or says why it cannot")
{
    Indicator rubric;
    rubric.levels = defaultLevels("th");
    CHECK(scored(rubric, { .level = 4 }) == 4);
    CHECK(scored(rubric, { .level = 4 }, 10) == 8); // a 1–5 rubric on a ten-point scale
    CHECK_FALSE(scoreOf(rubric, {}, 5).value().has_value()); // not scored yet
    CHECK_FALSE(scoreOf(rubric, { .level = 7 }, 5).isOk());

    Indicator checklist;
    checklist.scheme = Scheme::Checklist;
    checklist.practices = { "ก", "ข", "ค", "ง" };
    CHECK(scored(checklist, { .done = 3 }) == doctest::Approx(3.75)); // in proportion without rules
    checklist.rules = { { 1, 1 }, { 2, 3 }, { 4, 5 } };
    CHECK(scored(checklist, { .done = 3 }) == 3);
    CHECK(scored(checklist, { .done = 0 }) == 0);
    CHECK(scored(checklist, { .done = 4 }) == 5);
    CHECK_FALSE(scoreOf(checklist, { .done = 5 }, 5).isOk());

    Indicator threshold;
    threshold.scheme = Scheme::Threshold;
    threshold.target = 0.8;
    CHECK(scored(threshold, { .ratio = 0.8 }) == 5);
    CHECK(scored(threshold, { .ratio = 0.95 }) == 5);
    CHECK(scored(threshold, { .ratio = 0.4 }) == doctest::Approx(2.5));
    CHECK_FALSE(scoreOf(threshold, { .ratio = -0.1 }, 5).isOk());

    Indicator binary;
    binary.scheme = Scheme::Binary;
    CHECK(scored(binary, { .met = true }) == 5);
    CHECK(scored(binary, { .met = false }) == 0);
    binary.points = 3;
    CHECK(scored(binary, { .met = true }) == 3);
}

TEST_CASE("scoring: weighted means and the bands they fall in, compared at two decimals")
{
    CHECK(*weightedMean({ { 4, 1 }, { 2, 3 } }) == doctest::Approx(2.5));
    CHECK_FALSE(weightedMean({}).has_value());
    const std::vector<Band> bands = defaultBands("th");
    CHECK(bandOf(bands, 4.505)->label == "ยอดเยี่ยม"); // 4.51 as written
    CHECK(bandOf(bands, 4.504)->label == "ดีมาก");
    CHECK(bandOf(bands, 1.5)->label == "กำลังพัฒนา");
    CHECK(bandOf(bands, 7) == nullptr);
    CHECK(bandProblems(bands, "en").empty());
    CHECK(bandProblems({ { 3, 2, "กลับด้าน" } }, "en").front().find("ends before it starts") != std::string::npos);
    CHECK(bandProblems({ { 3, 2, "กลับด้าน" } }, "th").front().find("สิ้นสุดก่อนเริ่มต้น") != std::string::npos);
}

TEST_CASE("assessment: made from a named version of the standard, unscored, then scored, summarised and checked")
{
    StandardKind standardKind;
    const auto demo = homelessCentreDemo(standardKind, AssessmentKind());
    VersionsInMemory workspace;
    workspace.versions["standards/centre.standard.xml@เสนอคณะอนุกรรมการ"] = demo[0].revisions[2].xml;

    AssessmentKind kind;
    NewDocumentOptions options;
    options.title = "ศูนย์ทดสอบ";
    options.date = "2018-10-01";
    options.workspace = &workspace;
    CHECK_FALSE(kind.create(options).isOk()); // no --standard
    options.parameters["standard"] = "standards/centre.standard.xml@ร่างที่ 9";
    auto missing = kind.create(options);
    REQUIRE_FALSE(missing.isOk());
    CHECK(missing.error().message.find("ร่างที่ 9") != std::string::npos);
    options.parameters["standard"] = "standards/centre.standard.xml@เสนอคณะอนุกรรมการ";
    auto created = kind.create(options);
    REQUIRE(created.isOk());
    Assessment assessment = AssessmentKind::model(*created.value());
    CHECK(assessment.organisation == "ศูนย์ทดสอบ");
    CHECK(assessment.standardVersion == "เสนอคณะอนุกรรมการ");
    REQUIRE(assessment.components.size() == 3);
    CHECK(assessment.components[2].indicators[0].label == "3.1");
    CHECK(assessment.components[2].indicators[0].indicator.scheme == Scheme::Threshold);
    CHECK(assessment.components[2].indicators[0].indicator.comments.empty()); // drafting comments stay in the standard

    // Unscored: one warning per indicator, no score.
    int unscored = 0;
    for (const Finding& finding : kind.validate(assessment, "en"))
        unscored += finding.message.find("is not scored yet") != std::string::npos ? 1 : 0;
    CHECK(unscored == 7);
    CHECK_FALSE(summarizeAll(assessment).score.has_value());

    // Scored: management 4 (weight 1) and 3 of 4 practices (3.75, weight 1) → 3.875; the whole weighs the
    // return ratio twice.
    auto& management = assessment.components[0].indicators;
    management[0].result.level = 4;
    management[1].result.done = 3;
    const Summary first = summarizeComponent(assessment, assessment.components[0]);
    CHECK(*first.score == doctest::Approx(3.875));
    CHECK(first.band->label == "ดีมาก");
    CHECK(first.scored == 2);
    auto& outcome = assessment.components[2].indicators;
    outcome[0].result.ratio = 0.3; // target 0.6 → 2.5, weight 2
    outcome[1].result.level = 5;
    const Summary whole = summarizeAll(assessment);
    CHECK(*whole.score == doctest::Approx((4 + 3.75 + 2.5 * 2 + 5) / 5.0));
    CHECK(whole.scored == 4);
    CHECK(whole.total == 7);

    // A result the scheme cannot take is an error with the indicator named.
    assessment.components[1].indicators[0].result.level = 9;
    bool named = false;
    for (const Finding& finding : kind.validate(assessment, "en"))
        named = named || (finding.severity == Severity::Error && finding.message.find("ตัวชี้วัดที่ 2.1: level 9") != std::string::npos);
    CHECK(named);
    assessment.components[1].indicators[0].result.level = 3;

    // Round trip, and the reference to the standard's version.
    const std::string xml = kind.save(assessment).value();
    auto loaded = kind.load(xml, "a.assessment.xml");
    REQUIRE(loaded.isOk());
    CHECK(kind.save(*loaded.value()).value() == xml);
    const std::vector<DocumentReference> references = kind.references(*loaded.value());
    REQUIRE(references.size() == 1);
    CHECK(references[0].relation == "assesses");
    CHECK(references[0].path == "standards/centre.standard.xml");
    CHECK(references[0].version == "เสนอคณะอนุกรรมการ");
    std::string bad = xml;
    bad.replace(bad.find("<result level=\"4\">"), 18, "<result level=\"four\">");
    auto refused = kind.load(bad, "a.assessment.xml");
    REQUIRE_FALSE(refused.isOk());
    CHECK(refused.error().message.find("level must be a whole number") != std::string::npos);

    // On paper: a form table per component and the summary with a bar per component.
    const exporting::Document paper = assessmentPaper(assessment);
    int tables = 0;
    int bars = 0;
    std::string text;
    for (const exporting::Block& block : paper.blocks) {
        if (const auto* table = std::get_if<exporting::Table>(&block)) {
            ++tables;
            for (const auto& row : table->rows)
                for (const auto& cell : row)
                    for (const auto& run : cell.runs)
                        text += run.text + "|";
            for (const auto& row : table->rows)
                for (const auto& cell : row)
                    bars += cell.bar > 0 ? 1 : 0;
        }
    }
    CHECK(tables == 4);
    CHECK(text.find("ทำได้ 3 จาก 4 ข้อ|3.75|") != std::string::npos);
    CHECK(text.find("ภาพรวม|5/7|") != std::string::npos);
    CHECK(bars > 0); // the scores drawn as bars
}

TEST_CASE("assessment: a new form has no date of its own, and its paper a dotted line to write it on")
{
    StandardKind standardKind;
    const auto demo = homelessCentreDemo(standardKind, AssessmentKind());
    VersionsInMemory workspace;
    workspace.versions["standards/centre.standard.xml@เสนอคณะอนุกรรมการ"] = demo[0].revisions[2].xml;
    AssessmentKind kind;
    NewDocumentOptions options;
    options.title = "ศูนย์ทดสอบ";
    options.workspace = &workspace;
    options.parameters["standard"] = "standards/centre.standard.xml@เสนอคณะอนุกรรมการ";
    auto created = kind.create(options);
    REQUIRE(created.isOk());
    CHECK(AssessmentKind::model(*created.value()).date.empty()); // not today's date
    auto paper = kind.exportDocument(*created.value());
    REQUIRE(paper.isOk());
    bool dottedDate = false;
    for (const exporting::Block& block : paper.value().blocks)
        if (const auto* paragraph = std::get_if<exporting::Paragraph>(&block))
            dottedDate = dottedDate || exporting::plainText(paragraph->runs) == "วันที่ประเมิน ........................................";
    CHECK(dottedDate);

    options.date = "2018-10-01";
    auto dated = kind.create(options);
    REQUIRE(dated.isOk());
    CHECK(AssessmentKind::model(*dated.value()).date == "2018-10-01");
}
