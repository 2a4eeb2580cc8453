// Sapha plans — the action plan model: what a committee told its secretariat to draft (แผนปฏิบัติการ),
// strategies → projects with indicators, budget and months of work, the process steps, and the progress
// reported quarter by quarter of the Thai fiscal year (October–September).
// SPDX-License-Identifier: MIT
#pragma once

#include "core/plans_export.h"

#include <optional>
#include <string>
#include <vector>

#include <sapha/document_kind.hpp>
#include <sapha/thai_text.hpp>

namespace sapha::plans {

// What a project is measured by: an output (ผลผลิต) or an outcome (ผลลัพธ์), with its target and unit.
struct Indicator {
    std::string id;
    std::string kind = "output"; // "output" or "outcome"
    std::string text;
    double target = 0;
    std::string unit;       // คน, ครั้ง, ร้อยละ
    // A standard's indicator this one measures: "standards/x.standard.xml#ind-2", empty when none.
    std::string standardIndicator;
};

// Money from one source (งบประมาณจังหวัด, งบกรม): baht.
struct BudgetLine {
    std::string source;
    long long amount = 0;
};

// A project or activity (โครงการ/กิจกรรม).
struct SAPHA_PLANS_EXPORT Project {
    std::string id;
    std::string title;
    std::string objective;
    std::string targetGroup;
    std::vector<Indicator> indicators;
    std::string responsible;             // the agency that answers for it
    std::vector<std::string> supporting; // agencies that help
    std::vector<BudgetLine> budget;
    std::vector<int> months;             // calendar months of work (1–12) within the fiscal year

    long long budgetTotal() const;
    // Whether calendar month `month` is one of its months of work.
    bool worksIn(int month) const;
};

// A strategy or direction (ยุทธศาสตร์/แนวทาง) and its projects. `budget` is the envelope given to it,
// 0 when none is given: the projects must then add up to it.
struct SAPHA_PLANS_EXPORT Strategy {
    std::string id;
    std::string title;
    long long budget = 0;
    std::vector<Project> projects;

    long long budgetTotal() const;
};

// A step of the process the plan follows (ขั้นตอน) and who does it.
struct Step {
    std::string id;
    std::string title;
    std::string who;
};

// What one quarter's report says of one indicator: the result so far against its target.
struct IndicatorResult {
    std::string indicator; // the indicator's id
    double value = 0;
    std::string note;
};

// What one project spent in the quarter.
struct Spending {
    std::string project; // the project's id
    long long amount = 0;
};

// A quarter's progress report (ผลการดำเนินงาน ไตรมาสที่ n).
struct ProgressReport {
    std::string id;
    int quarter = 1;        // 1 = October–December … 4 = July–September
    std::string reported;   // ISO date of the report
    std::vector<IndicatorResult> results;
    std::vector<Spending> spending;
    std::string problems;   // ปัญหาอุปสรรค
    std::string nextSteps;  // แนวทางดำเนินการต่อไป
};

class SAPHA_PLANS_EXPORT Plan : public IDocument {
public:
    std::string language = "th";
    bool thaiDigits = false;
    std::string title;
    int fiscalYear = 0; // Buddhist Era: 2563 runs from 1 October 2019 to 30 September 2020
    std::string committee;
    std::string roster; // the committee's roster, workspace-relative; empty when none
    // The action item the plan answers: "<meeting path>#<action id>"; empty when it answers none.
    std::string origin;
    std::string originTask; // that action item's task, as it was when the plan was started
    long long budget = 0;   // the plan's whole envelope, 0 when none is given
    std::vector<Strategy> strategies;
    std::vector<Step> steps;
    std::vector<ProgressReport> progress;

    long long budgetTotal() const;
    const Indicator* findIndicator(const std::string& id) const;
    const Project* findProject(const std::string& id) const;
    // The latest report (highest quarter), or null.
    const ProgressReport* latestProgress() const;
    const ProgressReport* progressOf(int quarter) const;
    std::size_t indicatorCount() const;
    // How many indicators `report` puts at or past their target.
    std::size_t targetsReached(const ProgressReport& report) const;
    // Spent by the end of `quarter` (spending is reported per quarter), in all or in one project.
    long long spentBy(int quarter, const std::string& projectId = {}) const;
};

// The fiscal year's months in order: 10, 11, 12, 1, … 9.
SAPHA_PLANS_EXPORT const std::vector<int>& fiscalMonths();
// The quarter (1–4) a calendar month falls in.
SAPHA_PLANS_EXPORT int quarterOfMonth(int month);
// The first day of `quarter` of fiscal year `fiscalYear` (Buddhist Era), ISO.
SAPHA_PLANS_EXPORT std::string quarterStart(int fiscalYear, int quarter);
// The last day of `quarter`, ISO.
SAPHA_PLANS_EXPORT std::string quarterEnd(int fiscalYear, int quarter);
// The Thai fiscal year (Buddhist Era) a date falls in: 2020-10-01 → 2564.
SAPHA_PLANS_EXPORT int fiscalYearOf(const thai::Date& date);
// "ไตรมาสที่ 1 (ต.ค.–ธ.ค. 2562)" / "Quarter 1 (Oct–Dec 2019)".
SAPHA_PLANS_EXPORT std::string quarterLabel(int fiscalYear, int quarter, const std::string& language);
// Short month name: "ต.ค." / "Oct".
SAPHA_PLANS_EXPORT std::string monthAbbreviation(int month, const std::string& language);
// An ISO date in words, in the era of `language`: "5 ตุลาคม 2563" / "5 October 2020"; the text as it is
// when it is not a date.
SAPHA_PLANS_EXPORT std::string dateInWords(const std::string& isoDate, const std::string& language);
// "1,250,000".
SAPHA_PLANS_EXPORT std::string formatBaht(long long amount);
// A target or result without trailing zeros: "200", "12.5".
SAPHA_PLANS_EXPORT std::string formatNumber(double value);

} // namespace sapha::plans
