// Sapha — dates as people type them: "17 สิงหาคม 2563", "วันจันทร์ที่ ๑๗ ส.ค. พ.ศ. ๒๕๖๓", "17/8/2563",
// "2020-08-17", "17 August 2020". Documents keep dates Gregorian (ISO); people write Thai dates in the
// Buddhist Era. A typed date is read into the Gregorian date it means, or refused with the reason.
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <sapha/sdk_export.h>
#include <sapha/thai_text.hpp>

namespace sapha::thai {

enum class DateProblem {
    None,
    Empty,           // nothing typed
    NotADate,        // not a day, a month and a year
    NoSuchDay,       // 31 เมษายน, 29 February of a common year, month 13
    ShortYear,       // "63": the century is not written
    ImplausibleYear, // outside 1900–2200 (2443–2743 in the Buddhist Era), as 3106 from 2563 taken as Gregorian
};

struct TypedDate {
    Date date; // Gregorian
    DateProblem problem = DateProblem::None;
};

// Reads a typed date. The day, month and year may be in either order people use (day first, or ISO's
// year first, or "August 17, 2020"), the month as a number or a Thai or English name or abbreviation,
// digits Thai or Arabic, with or without the weekday. A year written with its era (พ.ศ., ค.ศ., B.E., A.D.)
// is taken in it; otherwise a year from 2400 on is Buddhist Era and one before it Gregorian.
SAPHA_SDK_EXPORT TypedDate parseTypedDate(std::string_view text);

// Whether a Gregorian year is one a committee's document can hold (1900–2200): a stored 2563 is a
// Buddhist-Era year written where a Gregorian one belongs.
SAPHA_SDK_EXPORT bool isPlausibleYear(int gregorianYear);

// What is wrong with a date as a document keeps it (ISO, Gregorian), for `check`, in `language`: nothing,
// "is not a date (YYYY-MM-DD)", or "has the year 2563, a Buddhist-Era year: dates are kept Gregorian
// (2020-08-17)".
SAPHA_SDK_EXPORT std::optional<std::string> storedDateProblem(std::string_view isoDate, std::string_view language);

// A date as a field shows it: "17 สิงหาคม 2563" (Buddhist Era) or "17 August 2020".
SAPHA_SDK_EXPORT std::string formatFieldDate(const Date& date, bool buddhistEra);

} // namespace sapha::thai
