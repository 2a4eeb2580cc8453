// Sapha — Thai digits and Buddhist-Era dates through ICU.
// SPDX-License-Identifier: MIT
#include <sapha/message_language.hpp>
#include <sapha/thai_text.hpp>

#include <ctime>
#include <cstdio>
#include <memory>

#include <unicode/calendar.h>
#include <unicode/locid.h>
#include <unicode/smpdtfmt.h>
#include <unicode/unistr.h>

namespace sapha::thai {

namespace {

bool isLeap(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

// Formats with an ICU pattern in a locale; the date is set on a Gregorian
// calendar so that the locale's calendar (Buddhist for th_TH) does the conversion.
std::string formatWithIcu(const Date& date, const char* localeName, const char* pattern)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale locale(localeName);
    icu::SimpleDateFormat format(icu::UnicodeString::fromUTF8(pattern), locale, status);
    if (U_FAILURE(status))
        return toIsoDate(date);
    std::unique_ptr<icu::Calendar> gregorian(icu::Calendar::createInstance(icu::Locale("en_US@calendar=gregorian"), status));
    if (U_FAILURE(status))
        return toIsoDate(date);
    gregorian->clear();
    gregorian->set(date.year, date.month - 1, date.day, 12, 0, 0);
    const UDate instant = gregorian->getTime(status);
    if (U_FAILURE(status))
        return toIsoDate(date);
    icu::UnicodeString formatted;
    format.format(instant, formatted);
    std::string utf8;
    formatted.toUTF8String(utf8);
    return utf8;
}

} // namespace

int daysInMonth(int year, int month)
{
    static constexpr int kDays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    return month == 2 && isLeap(year) ? 29 : kDays[month - 1];
}

Result<Date> parseIsoDate(std::string_view text)
{
    Date date;
    char trailing = 0;
    const std::string copy(text);
    if (text.size() != 10 || std::sscanf(copy.c_str(), "%4d-%2d-%2d%c", &date.year, &date.month, &date.day, &trailing) != 3)
        return Error { localized("วันที่ต้องอยู่ในรูป YYYY-MM-DD", "expected a date as YYYY-MM-DD"), copy };
    if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > daysInMonth(date.year, date.month))
        return Error { localized("ไม่มีวันนี้ในปฏิทิน", "not a calendar date"), copy };
    return date;
}

std::string toIsoDate(const Date& date)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
    return buffer;
}

Date today()
{
    const std::time_t now = std::time(nullptr);
    std::tm local {};
    localtime_r(&now, &local);
    return Date { local.tm_year + 1900, local.tm_mon + 1, local.tm_mday };
}

int buddhistYear(int gregorianYear)
{
    return gregorianYear + 543;
}

std::string toThaiDigits(std::string_view text)
{
    std::string result;
    result.reserve(text.size() * 3);
    for (char c : text) {
        if (c >= '0' && c <= '9') {
            // U+0E50..U+0E59 in UTF-8: E0 B9 90..99
            result += '\xE0';
            result += '\xB9';
            result += static_cast<char>(0x90 + (c - '0'));
        } else {
            result += c;
        }
    }
    return result;
}

std::string formatLongDate(const Date& date, Digits digits)
{
    // th_TH uses the Buddhist calendar by default, so `y` is the BE year and
    // EEEE already reads "วันจันทร์".
    const char* locale = digits == Digits::Thai ? "th_TH@numbers=thai" : "th_TH";
    return formatWithIcu(date, locale, "EEEEที่ d MMMM y");
}

std::string formatEnglishDate(const Date& date)
{
    return formatWithIcu(date, "en_GB", "d MMMM y");
}

} // namespace sapha::thai
