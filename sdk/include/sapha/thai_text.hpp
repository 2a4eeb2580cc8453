// Sapha — Thai text helpers: Thai digits and Buddhist-Era dates in the official style (ICU underneath).
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

#include <sapha/sdk_export.h>
#include <sapha/status.hpp>

namespace sapha::thai {

// A calendar date as the documents store it (Gregorian, ISO "YYYY-MM-DD").
struct Date {
    int year = 0;
    int month = 0;
    int day = 0;
};

enum class Digits { None, Arabic, Thai };

// Parses "YYYY-MM-DD"; an error names the text when it is not a real date.
SAPHA_SDK_EXPORT Result<Date> parseIsoDate(std::string_view text);
SAPHA_SDK_EXPORT std::string toIsoDate(const Date& date);
SAPHA_SDK_EXPORT Date today();

SAPHA_SDK_EXPORT int buddhistYear(int gregorianYear);
// The days of `month` (1–12) of a Gregorian `year`.
SAPHA_SDK_EXPORT int daysInMonth(int year, int month);

// Replaces ASCII digits with Thai digits (0-9 → ๐-๙); other characters unchanged.
SAPHA_SDK_EXPORT std::string toThaiDigits(std::string_view text);

// "วันจันทร์ที่ 17 สิงหาคม 2563" (Buddhist Era), or with Thai digits.
SAPHA_SDK_EXPORT std::string formatLongDate(const Date& date, Digits digits);

// "17 August 2020" for English documents.
SAPHA_SDK_EXPORT std::string formatEnglishDate(const Date& date);

} // namespace sapha::thai
