// Sapha tests — the plans plugin: its XML read and written back, errors that say where, the checks a
// secretariat relies on (budgets at every level, units, agencies, quarters), a plan started from a
// meeting's action item, its links, its paper and its CSV.
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <map>

#include <sapha/export/document.hpp>

#include "core/action_source.hpp"
#include "core/plan_checks.hpp"
#include "core/plan_csv.hpp"
#include "core/plan_edits.hpp"
#include "core/plan_follow_up.hpp"
#include "core/plan_kind.hpp"
#include "core/plans_plugin.hpp"
#include "files_in_memory.hpp"

using namespace sapha;
using namespace sapha::plans;

namespace {

using sapha::test::FilesInMemory;

const char* const kMeeting = R"(<?xml version="1.0"?>
<meeting format="1" language="th" digits="arabic" status="draft">
  <committee roster="committees/chiangrai.roster.xml">คณะอนุกรรมการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย</committee>
  <number>1</number>
  <year>2563</year>
  <date>2020-08-17</date>
  <agenda>
    <item id="item-4">
      <title>เรื่องเพื่อพิจารณา</title>
      <item id="item-4-1">
        <title>แผนปฏิบัติการ</title>
        <action id="act-plan" status="open"><task>จัดทำแผนปฏิบัติการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย ประจำปี 2564 ภายใต้กรอบแนวทาง 5 ด้าน</task><assignee>ฝ่ายเลขานุการ</assignee></action>
        <action id="act-done" status="done"><task>แจ้งหน่วยงาน</task></action>
      </item>
    </item>
  </agenda>
</meeting>
)";

// The demo plan, as the plugin contributes it (its last revision).
std::unique_ptr<IDocument> demoPlan(const PlanKind& kind)
{
    const std::vector<DemoDocument> demo = chiangRaiPlanDemo(kind);
    REQUIRE(demo.size() == 1);
    auto loaded = kind.load(demo[0].revisions.back().xml, demo[0].path);
    REQUIRE(loaded);
    return std::move(loaded.value());
}

bool hasFinding(const Findings& findings, Severity severity, const std::string& words)
{
    for (const Finding& finding : findings)
        if (finding.severity == severity && finding.message.find(words) != std::string::npos)
            return true;
    return false;
}

std::string errorOf(const PlanKind& kind, const std::string& xml)
{
    auto loaded = kind.load(xml, "plans/p.plan.xml");
    REQUIRE_FALSE(loaded);
    return loaded.error().describe();
}

} // namespace

TEST_CASE("plans: the Thai fiscal calendar")
{
    CHECK(fiscalYearOf({ 2020, 9, 30 }) == 2563);
    CHECK(fiscalYearOf({ 2020, 10, 1 }) == 2564);
    CHECK(quarterStart(2563, 1) == "2019-10-01");
    CHECK(quarterEnd(2563, 1) == "2019-12-31");
    CHECK(quarterStart(2563, 2) == "2020-01-01");
    CHECK(quarterEnd(2563, 2) == "2020-03-31");
    CHECK(quarterStart(2563, 4) == "2020-07-01");
    CHECK(quarterEnd(2563, 4) == "2020-09-30");
    CHECK(quarterOfMonth(10) == 1);
    CHECK(quarterOfMonth(12) == 1);
    CHECK(quarterOfMonth(1) == 2);
    CHECK(quarterOfMonth(6) == 3);
    CHECK(quarterOfMonth(9) == 4);
    CHECK(quarterLabel(2563, 1, "th") == "ไตรมาสที่ 1 (ต.ค.–ธ.ค. 2562)");
    CHECK(quarterLabel(2563, 4, "en") == "Quarter 4 (Jul–Sep 2020)");
    CHECK(formatBaht(1250000) == "1,250,000");
    CHECK(formatBaht(950) == "950");
    CHECK(formatNumber(12.5) == "12.5");
    CHECK(formatNumber(200) == "200");
}

TEST_CASE("plans: the demo plan loads, saves back byte for byte and checks clean")
{
    const PlanKind kind;
    const std::vector<DemoDocument> demo = chiangRaiPlanDemo(kind);
    REQUIRE(demo.size() == 1);
    CHECK(demo[0].revisions.size() == 3);
    for (const DemoRevision& revision : demo[0].revisions) {
        auto loaded = kind.load(revision.xml, demo[0].path);
        REQUIRE(loaded);
        auto saved = kind.save(*loaded.value());
        REQUIRE(saved);
        CHECK(saved.value() == revision.xml);
        for (const Finding& finding : kind.validate(*loaded.value(), "en")) {
            const std::string said = std::string(severityName(finding.severity)) + ": " + finding.message;
            FAIL_CHECK(said);
        }
    }
    const auto document = demoPlan(kind); // held: the model lives as long as its document
    const Plan& plan = PlanKind::model(*document);
    CHECK(plan.strategies.size() == 5);
    CHECK(plan.steps.size() == 7);
    CHECK(plan.budgetTotal() == 270000);
    CHECK(plan.budget == 270000);
    REQUIRE(plan.latestProgress());
    CHECK(plan.latestProgress()->quarter == 4);
}

TEST_CASE("plans: a damaged plan is refused, naming the file, the line and what is wrong")
{
    const PlanKind kind;
    const std::string head = "<?xml version=\"1.0\"?>\n<plan format=\"1\">\n<title>t</title>\n<strategies>\n<strategy id=\"s\">\n";
    CHECK(errorOf(kind, head + "<project id=\"p\">\n<budget source=\"จังหวัด\" amount=\"5o000\"/>\n</project></strategy></strategies></plan>")
        == "plans/p.plan.xml:7: amount must be a whole number of baht, not \"5o000\"");
    CHECK(errorOf(kind, head + "<project id=\"p\">\n<months>10 13</months>\n</project></strategy></strategies></plan>")
        == "plans/p.plan.xml:7: months are numbers from 1 to 12, not \"13\"");
    CHECK(errorOf(kind, head + "<project id=\"p\">\n<indicator id=\"i\" target=\"-3\" unit=\"คน\">x</indicator>\n</project></strategy></strategies></plan>")
        == "plans/p.plan.xml:7: target must be a number of zero or more, not \"-3\"");
    CHECK(errorOf(kind, head + "<project>\n</project></strategy></strategies></plan>").find("plans/p.plan.xml:6") == 0);
    CHECK(errorOf(kind, "<?xml version=\"1.0\"?>\n<plan format=\"1\">\n<progress id=\"r\" quarter=\"5\"/>\n</plan>")
        == "plans/p.plan.xml:3: a progress report's quarter is 1, 2, 3 or 4, not \"5\"");
    CHECK(errorOf(kind, "<?xml version=\"1.0\"?>\n<plan format=\"1\">\n<budget>มาก</budget>\n</plan>")
        == "plans/p.plan.xml:3: the plan's budget must be a whole number of baht, not \"มาก\"");
    CHECK(errorOf(kind, "<?xml version=\"1.0\"?>\n<plan format=\"9\"/>\n").find("format") != std::string::npos);
}

TEST_CASE("plans: budgets must add up at every level, targets need units, activities an agency")
{
    const PlanKind kind;
    auto document = demoPlan(kind);
    Plan& plan = PlanKind::model(*document);
    CHECK_FALSE(hasErrors(checkPlan(plan, "2020-12-31", "en")));

    plan.strategies[0].projects[0].budget[0].amount += 5000;
    Findings findings = checkPlan(plan, "2020-12-31", "en");
    CHECK(hasFinding(findings, Severity::Error, "the strategies' projects total 275,000 baht, the plan's budget is 270,000"));
    CHECK(hasFinding(findings, Severity::Error, "strategy 1: its projects total 80,000 baht, its budget is 75,000"));

    plan.strategies[0].projects[0].budget[0].amount -= 5000;
    plan.strategies[1].projects[0].indicators[0].unit.clear();
    plan.strategies[2].projects[0].responsible.clear();
    plan.strategies[3].projects[0].budget[0].source.clear();
    findings = checkPlan(plan, "2020-12-31", "en");
    CHECK(hasFinding(findings, Severity::Error, "the target of \"การเผยแพร่ประชาสัมพันธ์\" has no unit"));
    CHECK(hasFinding(findings, Severity::Error, "project 3.1 \"ประชุมเครือข่ายการคุ้มครองคนไร้ที่พึ่งระดับอำเภอ\" has no responsible agency"));
    CHECK(hasFinding(findings, Severity::Warning, "45,000 baht without its source"));

    plan.origin.clear();
    plan.fiscalYear = 2020;
    findings = checkPlan(plan, "2020-12-31", "en");
    CHECK(hasFinding(findings, Severity::Warning, "the plan answers no resolution"));
    CHECK(hasFinding(findings, Severity::Error, "the fiscal year 2020 is not a Buddhist-Era year"));
}

TEST_CASE("plans: progress is never reported ahead of its period")
{
    const PlanKind kind;
    auto document = demoPlan(kind);
    Plan& plan = PlanKind::model(*document);
    // The fourth quarter of 2563 begins on 1 July 2020: on 30 June it cannot have been reported on.
    CHECK(hasFinding(checkPlan(plan, "2020-06-30", "en"), Severity::Error, "reports on a period not yet begun (it starts 2020-07-01)"));
    CHECK_FALSE(hasErrors(checkPlan(plan, "2020-10-05", "en")));

    plan.progress[0].reported = "2020-06-15";
    CHECK(hasFinding(checkPlan(plan, "2020-12-31", "en"), Severity::Error, "is dated 2020-06-15, before its quarter began (2020-07-01)"));
    plan.progress[0].reported = "2563-10-05";
    CHECK(hasFinding(checkPlan(plan, "2020-12-31", "en"), Severity::Error, "Buddhist-Era year"));
    plan.progress[0].reported = "2020-10-05";

    plan.progress.push_back(plan.progress[0]);
    plan.progress.back().id = "prg-again";
    CHECK(hasFinding(checkPlan(plan, "2020-12-31", "en"), Severity::Error, "quarter 4 is reported twice"));
    plan.progress.pop_back();

    plan.progress[0].results.push_back({ "ind-nowhere", 3, {} });
    plan.progress[0].spending.push_back({ "prj-outreach", 50000 });
    const Findings findings = checkPlan(plan, "2020-12-31", "en");
    CHECK(hasFinding(findings, Severity::Error, "reports on an indicator the plan has not: ind-nowhere"));
    CHECK(hasFinding(findings, Severity::Warning, "has spent 65,000 baht of its budget of 60,000"));
}

TEST_CASE("plans: a plan started from a meeting's action item takes its committee, title and year")
{
    FilesInMemory workspace;
    workspace.files["minutes/m.meeting.xml"] = kMeeting;
    const PlanKind kind;

    const std::vector<ActionItemSource> open = openActionItems(workspace);
    REQUIRE(open.size() == 1); // the done one is not offered
    CHECK(open[0].reference == "minutes/m.meeting.xml#act-plan");
    CHECK(open[0].meetingNumber == "1/2563");

    // A later meeting that carried it and marked it done closes it; so does one that adopts its plan.
    const std::string carried = R"(<?xml version="1.0"?>
<meeting format="1"><committee>ค</committee><number>2</number><year>2563</year><agenda><item id="i"><title>เรื่องสืบเนื่อง</title>
<action id="act-2" status="STATUS" origin="minutes/m.meeting.xml#act-plan"><task>จัดทำแผน</task></action>
<link relation="approves" document="DOCUMENT" version="v"></link></item></agenda></meeting>
)";
    const auto secondMeeting = [&](const std::string& status, const std::string& document) {
        std::string text = carried;
        text.replace(text.find("STATUS"), 6, status);
        text.replace(text.find("DOCUMENT"), 8, document);
        return text;
    };
    workspace.files["minutes/m2.meeting.xml"] = secondMeeting("done", "plans/other.plan.xml");
    CHECK(openActionItems(workspace).empty());
    workspace.followUpsOf["minutes/m.meeting.xml#act-plan"] = { FollowUp { "plans/p.plan.xml", "แผน", "" } };
    workspace.files["minutes/m2.meeting.xml"] = secondMeeting("open", "plans/p.plan.xml");
    CHECK(openActionItems(workspace).empty()); // its plan adopted
    workspace.files["minutes/m2.meeting.xml"] = secondMeeting("open", "plans/other.plan.xml");
    REQUIRE(openActionItems(workspace).size() == 1); // the copy carried over is not offered twice

    const std::vector<NewDocumentQuestion> questions = kind.newDocumentQuestions(workspace, "th");
    REQUIRE(questions.size() == 1);
    CHECK(questions[0].parameter == "from");
    REQUIRE(questions[0].choices.size() == 2);
    CHECK(questions[0].choices[0].value == "minutes/m.meeting.xml#act-plan");
    CHECK(questions[0].choices[0].label.ends_with("(มีแผนแล้ว: แผน)")); // a plan answers it already
    CHECK(questions[0].choices[1].value.empty()); // or a plan that answers no action item

    NewDocumentOptions options;
    options.workspace = &workspace;
    options.date = "2020-08-20";
    options.parameters["from"] = "minutes/m.meeting.xml#act-plan";
    auto created = kind.create(options);
    REQUIRE(created);
    const Plan& plan = PlanKind::model(*created.value());
    CHECK(plan.title == "แผนปฏิบัติการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย ประจำปี 2564");
    CHECK(plan.fiscalYear == 2564); // named in the title, not the year of the date (2563)
    CHECK(plan.committee == "คณะอนุกรรมการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย");
    CHECK(plan.roster == "committees/chiangrai.roster.xml");
    CHECK(plan.origin == "minutes/m.meeting.xml#act-plan");

    const std::vector<DocumentReference> references = kind.references(*created.value());
    REQUIRE(references.size() == 1);
    CHECK(references[0].relation == "continues");
    CHECK(references[0].path == "minutes/m.meeting.xml");
    CHECK(references[0].targetElementId == "act-plan");

    options.parameters["from"] = "minutes/m.meeting.xml#act-none";
    auto missing = kind.create(options);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().describe().find("the meeting has no action item \"act-none\"") != std::string::npos);
    options.parameters["from"] = "minutes/m.meeting.xml";
    CHECK_FALSE(kind.create(options));
    options.parameters["from"] = "";
    options.title = "แผนงาน";
    auto plain = kind.create(options);
    REQUIRE(plain);
    CHECK(PlanKind::model(*plain.value()).fiscalYear == 2563); // 20 August 2020 is in fiscal year 2563
    CHECK(PlanKind::model(*plain.value()).origin.empty());
}

TEST_CASE("plans: the paper is the landscape plan table with a Gantt row, the steps and each quarter")
{
    const PlanKind kind;
    auto document = demoPlan(kind);
    const Plan& plan = PlanKind::model(*document);
    auto paper = kind.exportDocument(*document);
    REQUIRE(paper);
    CHECK(paper.value().page.widthCm > paper.value().page.heightCm);

    std::vector<const exporting::Table*> tables;
    for (const exporting::Block& block : paper.value().blocks)
        if (const auto* table = std::get_if<exporting::Table>(&block))
            tables.push_back(table);
    REQUIRE(tables.size() == 3); // the plan, the steps, the fourth quarter
    const exporting::Table& planTable = *tables[0];
    CHECK(planTable.headerRows == 2);
    CHECK(planTable.columnWidths.size() == 17);
    CHECK(exporting::plainText(planTable.rows[1][0].runs) == "ต.ค.");
    // A row per strategy and per project, between the headers and the total.
    CHECK(planTable.rows.size() == 2 + 5 + 7 + 1);
    // The Gantt row of project 1.2 (November to January) fills those three months and no other.
    const std::vector<exporting::TableCell>& register12 = planTable.rows[4];
    CHECK(exporting::plainText(register12[0].runs).starts_with("1.2 จัดทำทะเบียน"));
    std::string filled;
    for (std::size_t m = 0; m < 12; ++m)
        filled += register12[5 + m].bar > 0 ? "x" : ".";
    CHECK(filled == ".xxx........");
    CHECK(exporting::plainText(planTable.rows.back()[1].runs) == "270,000");

    // The quarter's table: results against targets, percent, the budget spent so far.
    const exporting::Table& quarter = *tables[2];
    bool foundHelped = false;
    for (const auto& row : quarter.rows)
        if (!row.empty() && exporting::plainText(row[0].runs) == "คนไร้ที่พึ่งได้รับการช่วยเหลือ") {
            foundHelped = true;
            CHECK(exporting::plainText(row[3].runs) == "80.8");
        }
    CHECK(foundHelped);
    CHECK(plan.progress.size() == 1);
}

TEST_CASE("plans: each reported quarter exports on its own as the report a meeting is handed")
{
    const PlanKind kind;
    auto document = demoPlan(kind);
    const std::vector<ExportPart> parts = kind.exportParts(*document);
    REQUIRE(parts.size() == 1); // the demo reports its fourth quarter only
    CHECK(parts[0].id == "q4");
    CHECK(parts[0].label.in("th") == "รายงานผลการดำเนินงาน ไตรมาสที่ 4 (ก.ค.–ก.ย. 2563)");
    CHECK(parts[0].label.in("en").starts_with("Progress report, Quarter 4"));

    auto paper = kind.exportPart(*document, "q4");
    REQUIRE(paper);
    CHECK(paper.value().page.widthCm > paper.value().page.heightCm);
    std::size_t tables = 0;
    bool signed_ = false;
    for (const exporting::Block& block : paper.value().blocks) {
        CHECK_FALSE(std::holds_alternative<exporting::PageBreak>(block)); // the report starts on its first page
        tables += std::holds_alternative<exporting::Table>(block) ? 1 : 0;
        if (const auto* signature = std::get_if<exporting::SignatureBlock>(&block))
            signed_ = signature->signatories.size() == 1 && signature->signatories[0].role == "ผู้รายงาน";
    }
    CHECK(tables == 1); // the quarter's table alone: no plan table, no steps
    CHECK(signed_);
    CHECK(paper.value().title.starts_with("รายงานผลการดำเนินงาน ไตรมาสที่ 4"));

    // A quarter not reported, and any other id, are refused naming the parts there are.
    auto missing = kind.exportPart(*document, "q1");
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::NotFound);
    CHECK(missing.error().message.find("q4 (Progress report, Quarter 4") != std::string::npos);
    CHECK_FALSE(kind.exportPart(*document, "../q4"));
    // A plan with no quarter reported has no part.
    Plan empty = PlanKind::model(*document);
    empty.progress.clear();
    CHECK(kind.exportParts(empty).empty());
    CHECK(kind.exportPart(empty, "q4").error().message.find("this document has none") != std::string::npos);
}

TEST_CASE("plans: the CSV quotes what needs quoting and never hands a spreadsheet a formula")
{
    const PlanKind kind;
    auto document = demoPlan(kind);
    Plan& plan = PlanKind::model(*document);
    plan.strategies[0].projects[0].title = "=HYPERLINK(\"http://x\",\"y\"), ต่อ";
    const std::string csv = planCsv(plan);
    CHECK(csv.starts_with("\xEF\xBB\xBF"));
    CHECK(csv.find("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\"), ต่อ\"") != std::string::npos);
    CHECK(csv.find("\r\n1.2,") != std::string::npos);
    CHECK(csv.find(",x,x,x,x,x,x,x,x,x,x,x,x\r\n") != std::string::npos); // project 1.1 works all year
}

TEST_CASE("plans: the titles a task gives")
{
    CHECK(planTitleFromTask("จัดทำแผนปฏิบัติการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย ประจำปี 2563 ภายใต้กรอบแนวทาง 5 ด้าน")
        == "แผนปฏิบัติการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย ประจำปี 2563");
    CHECK(planTitleFromTask("Draft the action plan for 2021 under five directions") == "the action plan for 2021");
    CHECK(planTitleFromTask("แผนงาน") == "แผนงาน");
}

TEST_CASE("plans: the editor's outline adds after the selection, removes with what it holds, reports the next quarter")
{
    const PlanKind kind;
    auto document = demoPlan(kind);
    Plan& plan = PlanKind::model(*document);
    const std::string project = addProject(plan, "prj-outreach");
    REQUIRE(plan.strategies[0].projects.size() == 3);
    CHECK(plan.strategies[0].projects[1].id == project); // right after the selected project
    const std::string indicator = addIndicator(plan, project);
    CHECK(findInPlan(plan, indicator).project == &plan.strategies[0].projects[1]);
    CHECK(addIndicator(plan, "str-access").empty()); // an indicator belongs to a project
    const std::string strategy = addStrategy(plan, "str-access");
    CHECK(plan.strategies[1].id == strategy);
    const std::string step = addStep(plan, "step-publicity");
    CHECK(plan.steps[1].id == step);

    // The fourth quarter is reported: the next report is the first quarter not yet reported.
    const std::string report = addProgressReport(plan, "2020-10-20");
    CHECK(findInPlan(plan, report).report->quarter == 1);
    addProgressReport(plan, "2020-10-20");
    addProgressReport(plan, "2020-10-20");
    CHECK(addProgressReport(plan, "2020-10-20").empty()); // all four are there

    // Up and down among its siblings, never past the ends.
    CHECK(moveInPlan(plan, step, -1));
    CHECK(plan.steps[0].id == step);
    CHECK_FALSE(moveInPlan(plan, step, -1));
    CHECK(moveInPlan(plan, "ind-rights", -1));
    CHECK(plan.strategies[0].projects[0].indicators[0].id == "ind-rights");
    CHECK(moveInPlan(plan, "str-network", 1));
    CHECK(plan.strategies[4].id == "str-network");
    CHECK_FALSE(moveInPlan(plan, "no-such-id", 1));

    // Removing a project takes its indicators; the neighbour is selected next.
    CHECK(removeFromPlan(plan, project) == "prj-register");
    CHECK(findInPlan(plan, indicator).indicator == nullptr);
    CHECK(removeFromPlan(plan, "ind-register") == "prj-register"); // the last indicator: its project
    CHECK(removeFromPlan(plan, "no-such-id").empty());
    auto saved = kind.save(*document);
    REQUIRE(saved);
    CHECK(kind.load(saved.value(), "p.plan.xml"));
}

TEST_CASE("plans: the report a plan gives the meeting that follows up its action item")
{
    const PlanKind kind;
    auto document = demoPlan(kind);
    const std::string thai = kind.followUpReport(*document, "th");
    CHECK(thai.starts_with("แผนปฏิบัติการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย ประจำปี 2563 มี 5 แนวทาง 7 โครงการ งบประมาณ 270,000 บาท"));
    // Reached: the register (1 of 1), the leaders (150 of 150), the households (312 of 300).
    CHECK(thai.find("ผลการดำเนินงานไตรมาสที่ 4 (ก.ค.–ก.ย. 2563) รายงาน ณ วันที่ 5 ตุลาคม 2563 บรรลุค่าเป้าหมาย 3 จาก 8 ตัวชี้วัด ใช้งบประมาณแล้ว 38,000 บาท")
        != std::string::npos);
    CHECK(thai.find("แนวทางดำเนินการต่อไป: ประสานด่านตรวจคนเข้าเมืองแม่สาย") != std::string::npos);
    CHECK(kind.followUpReport(*document, "en").find("3 of 8 targets reached, 38,000 baht spent so far.") != std::string::npos);
    Plan& plan = PlanKind::model(*document);
    plan.progress.clear();
    CHECK(planFollowUp(plan, "th").ends_with("ยังไม่มีการรายงานผลการดำเนินงาน"));
}
