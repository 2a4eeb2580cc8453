// Sapha — Thai digits and Buddhist-Era dates through ICU.
// SPDX-License-Identifier: MIT
#include <sapha/message_language.hpp>
#include <sapha/thai_text.hpp>

#include <ctime>
#include <cstdio>
#include <memory>

#include "icu/icu_library.hpp"

namespace sapha::thai {

namespace {

bool isLeap(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

// Formats with an ICU pattern in a locale (libsapha_sdk_icu.so); ISO when ICU cannot.
std::string formatWithIcu(const Date& date, const char* localeName, const char* pattern)
{
    const SaphaIcuFormatDate format = icuLibrary().formatDate;
    char out[256];
    const std::size_t length = format ? format(date.year, date.month, date.day, localeName, pattern, out, sizeof out) : 0;
    return length == 0 ? toIsoDate(date) : std::string(out, length);
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
