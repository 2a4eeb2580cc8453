// Sapha plans — the plan model's sums, lookups and the fiscal calendar.
// SPDX-License-Identifier: MIT
#include "core/plan.hpp"

#include <sapha/typed_date.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace sapha::plans {

long long Project::budgetTotal() const
{
    long long total = 0;
    for (const BudgetLine& line : budget)
        total += line.amount;
    return total;
}

bool Project::worksIn(int month) const
{
    return std::find(months.begin(), months.end(), month) != months.end();
}

long long Strategy::budgetTotal() const
{
    long long total = 0;
    for (const Project& project : projects)
        total += project.budgetTotal();
    return total;
}

long long Plan::budgetTotal() const
{
    long long total = 0;
    for (const Strategy& strategy : strategies)
        total += strategy.budgetTotal();
    return total;
}

const Indicator* Plan::findIndicator(const std::string& id) const
{
    for (const Strategy& strategy : strategies)
        for (const Project& project : strategy.projects)
            for (const Indicator& indicator : project.indicators)
                if (indicator.id == id)
                    return &indicator;
    return nullptr;
}

const Project* Plan::findProject(const std::string& id) const
{
    for (const Strategy& strategy : strategies)
        for (const Project& project : strategy.projects)
            if (project.id == id)
                return &project;
    return nullptr;
}

const ProgressReport* Plan::latestProgress() const
{
    const ProgressReport* latest = nullptr;
    for (const ProgressReport& report : progress)
        if (!latest || report.quarter >= latest->quarter)
            latest = &report;
    return latest;
}

const ProgressReport* Plan::progressOf(int quarter) const
{
    for (const ProgressReport& report : progress)
        if (report.quarter == quarter)
            return &report;
    return nullptr;
}

std::size_t Plan::indicatorCount() const
{
    std::size_t count = 0;
    for (const Strategy& strategy : strategies)
        for (const Project& project : strategy.projects)
            count += project.indicators.size();
    return count;
}

std::size_t Plan::targetsReached(const ProgressReport& report) const
{
    std::size_t reached = 0;
    for (const IndicatorResult& result : report.results) {
        const Indicator* indicator = findIndicator(result.indicator);
        if (indicator && indicator->target > 0 && result.value >= indicator->target)
            ++reached;
    }
    return reached;
}

long long Plan::spentBy(int quarter, const std::string& projectId) const
{
    long long spent = 0;
    for (const ProgressReport& report : progress)
        if (report.quarter <= quarter)
            for (const Spending& spending : report.spending)
                if (projectId.empty() || spending.project == projectId)
                    spent += spending.amount;
    return spent;
}

const std::vector<int>& fiscalMonths()
{
    static const std::vector<int> months { 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9 };
    return months;
}

int quarterOfMonth(int month)
{
    return month >= 10 ? 1 : (month + 2) / 3 + 1;
}

namespace {

// The Gregorian year of `month` in fiscal year `fiscalYear` (Buddhist Era): October–December fall in the
// year before.
int gregorianYearOf(int fiscalYear, int month)
{
    return fiscalYear - 543 - (month >= 10 ? 1 : 0);
}

// The first calendar month of a quarter.
int firstMonthOf(int quarter)
{
    return quarter == 1 ? 10 : (quarter - 2) * 3 + 1;
}

} // namespace

std::string quarterStart(int fiscalYear, int quarter)
{
    const int month = firstMonthOf(quarter);
    return thai::toIsoDate({ gregorianYearOf(fiscalYear, month), month, 1 });
}

std::string quarterEnd(int fiscalYear, int quarter)
{
    const int month = firstMonthOf(quarter) + 2;
    const int year = gregorianYearOf(fiscalYear, month);
    return thai::toIsoDate({ year, month, thai::daysInMonth(year, month) });
}

int fiscalYearOf(const thai::Date& date)
{
    return thai::buddhistYear(date.year) + (date.month >= 10 ? 1 : 0);
}

std::string monthAbbreviation(int month, const std::string& language)
{
    static const char* const thaiNames[] = { "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.",
        "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค." };
    static const char* const englishNames[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec" };
    if (month < 1 || month > 12)
        return "?";
    return language == "en" ? englishNames[month - 1] : thaiNames[month - 1];
}

std::string quarterLabel(int fiscalYear, int quarter, const std::string& language)
{
    const int first = firstMonthOf(quarter);
    const int last = first + 2;
    const int year = gregorianYearOf(fiscalYear, last);
    if (language == "en")
        return "Quarter " + std::to_string(quarter) + " (" + monthAbbreviation(first, "en") + "–"
            + monthAbbreviation(last, "en") + " " + std::to_string(year) + ")";
    return "ไตรมาสที่ " + std::to_string(quarter) + " (" + monthAbbreviation(first, "th") + "–"
        + monthAbbreviation(last, "th") + " " + std::to_string(thai::buddhistYear(year)) + ")";
}

std::string dateInWords(const std::string& isoDate, const std::string& language)
{
    sapha::Result<thai::Date> date = thai::parseIsoDate(isoDate);
    if (!date)
        return isoDate;
    return language == "en" ? thai::formatEnglishDate(date.value()) : thai::formatFieldDate(date.value(), true);
}

std::string formatBaht(long long amount)
{
    std::string digits = std::to_string(amount < 0 ? -amount : amount);
    for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3)
        digits.insert(static_cast<std::size_t>(at), ",");
    return (amount < 0 ? "-" : "") + digits;
}

std::string formatNumber(double value)
{
    if (std::floor(value) == value && std::fabs(value) < 1e15)
        return std::to_string(static_cast<long long>(value));
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", value);
    std::string out = text;
    while (!out.empty() && out.back() == '0')
        out.pop_back();
    if (!out.empty() && out.back() == '.')
        out.pop_back();
    return out;
}

} // namespace sapha::plans
