// Sapha — reading typed dates (see typed_date.hpp).
// SPDX-License-Identifier: MIT
#include <sapha/typed_date.hpp>

#include <sapha/localized_text.hpp>

#include <array>
#include <cctype>
#include <vector>

namespace sapha::thai {

namespace {

constexpr int kBuddhistOffset = 543;
constexpr int kFirstBuddhistYear = 2400; // a year written from here on, without its era, is Buddhist Era

struct MonthNames {
    const char* thai;
    const char* thaiShort; // with its dots; also read without them
    const char* english;
};

constexpr std::array<MonthNames, 12> kMonths { {
    { "มกราคม", "ม.ค.", "January" },
    { "กุมภาพันธ์", "ก.พ.", "February" },
    { "มีนาคม", "มี.ค.", "March" },
    { "เมษายน", "เม.ย.", "April" },
    { "พฤษภาคม", "พ.ค.", "May" },
    { "มิถุนายน", "มิ.ย.", "June" },
    { "กรกฎาคม", "ก.ค.", "July" },
    { "สิงหาคม", "ส.ค.", "August" },
    { "กันยายน", "ก.ย.", "September" },
    { "ตุลาคม", "ต.ค.", "October" },
    { "พฤศจิกายน", "พ.ย.", "November" },
    { "ธันวาคม", "ธ.ค.", "December" },
} };

constexpr std::array<const char*, 7> kThaiWeekdays { "อาทิตย์", "จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์" };
constexpr std::array<const char*, 7> kEnglishWeekdays { "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday" };

enum class Era { Unwritten, Buddhist, Gregorian };

// `text` with Thai digits as ASCII and ASCII letters lowered.
std::string normalized(std::string_view text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        // ๐-๙ are U+0E50..U+0E59: E0 B9 90..99.
        if (i + 2 < text.size() && text[i] == '\xE0' && text[i + 1] == '\xB9' && static_cast<unsigned char>(text[i + 2]) >= 0x90
            && static_cast<unsigned char>(text[i + 2]) <= 0x99) {
            out += static_cast<char>('0' + (static_cast<unsigned char>(text[i + 2]) - 0x90));
            i += 2;
            continue;
        }
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
    }
    return out;
}

// Removes the first `word` from `text` (replaced by a space); whether it was there.
bool takeOut(std::string& text, std::string_view word)
{
    const std::size_t at = text.find(word);
    if (at == std::string::npos)
        return false;
    text.replace(at, word.size(), " ");
    return true;
}

Era takeEra(std::string& text)
{
    for (const char* buddhist : { "พ.ศ.", "พ.ศ", "b.e.", "b.e", "be " })
        if (takeOut(text, buddhist))
            return Era::Buddhist;
    for (const char* gregorian : { "ค.ศ.", "ค.ศ", "a.d.", "a.d", "ad ", " ce" })
        if (takeOut(text, gregorian))
            return Era::Gregorian;
    return Era::Unwritten;
}

// The month named in `text` (1–12, taken out of it), 0 when none: the longest name found wins ("มีนาคม"
// before "มี.ค.", "june" before "jun").
int takeMonthName(std::string& text)
{
    int month = 0;
    std::string found;
    const auto consider = [&](std::string name, int number) {
        if (name.size() > found.size() && text.find(name) != std::string::npos) {
            found = std::move(name);
            month = number;
        }
    };
    for (int m = 0; m < 12; ++m) {
        const MonthNames& names = kMonths[static_cast<std::size_t>(m)];
        consider(names.thai, m + 1);
        std::string thaiShort = names.thaiShort;
        consider(thaiShort, m + 1);
        std::string undotted;
        for (const char c : thaiShort)
            if (c != '.')
                undotted += c;
        consider(undotted, m + 1);
        const std::string english = normalized(names.english);
        consider(english, m + 1);
        consider(english.substr(0, 3), m + 1);
    }
    if (month != 0)
        takeOut(text, found);
    return month;
}

// Takes out a leading weekday: "วันจันทร์ที่", "วันจันทร์", "monday,".
void takeWeekday(std::string& text)
{
    for (const char* day : kThaiWeekdays) {
        if (takeOut(text, std::string("วัน") + day))
            break;
    }
    for (const char* day : kEnglishWeekdays) {
        if (takeOut(text, day))
            break;
        if (takeOut(text, std::string_view(day).substr(0, 3)))
            break;
    }
    if (!takeOut(text, "วันที่"))
        takeOut(text, "ที่");
}

} // namespace

TypedDate parseTypedDate(std::string_view typed)
{
    std::string text = normalized(typed);
    if (text.find_first_not_of(" \t") == std::string::npos)
        return { {}, DateProblem::Empty };
    const Era era = takeEra(text);
    const int namedMonth = takeMonthName(text);
    takeWeekday(text);

    // What is left: numbers between separators, nothing else.
    std::vector<std::string> numbers;
    std::string current;
    for (const char c : text + ' ') {
        if (c >= '0' && c <= '9') {
            current += c;
            continue;
        }
        if (!current.empty())
            numbers.push_back(current);
        current.clear();
        if (c != ' ' && c != '/' && c != '-' && c != '.' && c != ',' && c != '\t')
            return { {}, DateProblem::NotADate };
    }
    for (const std::string& number : numbers)
        if (number.size() > 4)
            return { {}, DateProblem::NotADate };

    std::string day;
    std::string month;
    std::string year;
    if (namedMonth != 0 && numbers.size() == 2) {
        // "17 สิงหาคม 2563", "August 17, 2020": the year is the longer number.
        const bool yearFirst = numbers[0].size() > numbers[1].size();
        year = numbers[yearFirst ? 0 : 1];
        day = numbers[yearFirst ? 1 : 0];
    } else if (namedMonth == 0 && numbers.size() == 3) {
        const bool yearFirst = numbers[0].size() >= 3; // ISO's 2020-08-17
        year = numbers[yearFirst ? 0 : 2];
        month = numbers[1];
        day = numbers[yearFirst ? 2 : 0];
    } else {
        return { {}, DateProblem::NotADate };
    }
    if (day.size() > 2 || month.size() > 2)
        return { {}, DateProblem::NotADate };
    if (year.size() <= 2)
        return { {}, DateProblem::ShortYear };

    TypedDate result;
    result.date.day = std::stoi(day);
    result.date.month = namedMonth != 0 ? namedMonth : std::stoi(month);
    const int written = std::stoi(year);
    const bool buddhist = era == Era::Buddhist || (era == Era::Unwritten && written >= kFirstBuddhistYear);
    result.date.year = buddhist ? written - kBuddhistOffset : written;
    if (!isPlausibleYear(result.date.year))
        return { result.date, DateProblem::ImplausibleYear };
    if (result.date.month < 1 || result.date.month > 12 || result.date.day < 1
        || result.date.day > daysInMonth(result.date.year, result.date.month))
        return { result.date, DateProblem::NoSuchDay };
    return result;
}

bool isPlausibleYear(int gregorianYear)
{
    return gregorianYear >= 1900 && gregorianYear <= 2200;
}

std::optional<std::string> storedDateProblem(std::string_view isoDate, std::string_view language)
{
    const Result<Date> date = parseIsoDate(isoDate);
    if (!date)
        return inLanguage(language, "ไม่ใช่วันที่ในรูป ปปปป-ดด-วว (YYYY-MM-DD)", "is not a date (YYYY-MM-DD)");
    if (isPlausibleYear(date.value().year))
        return std::nullopt;
    const std::string year = std::to_string(date.value().year);
    if (isPlausibleYear(date.value().year - kBuddhistOffset)) {
        Date meant = date.value();
        meant.year -= kBuddhistOffset;
        return inLanguage(language,
            "มีปี " + year + " ซึ่งเป็นปีพุทธศักราช: วันที่ในเอกสารเก็บเป็นคริสต์ศักราช (" + toIsoDate(meant) + ")",
            "has the year " + year + ", a Buddhist-Era year: dates are kept Gregorian (" + toIsoDate(meant) + ")");
    }
    return inLanguage(language, "มีปี " + year + " ซึ่งไม่ใช่ปีที่เอกสารของคณะกรรมการจะมีได้",
        "has the year " + year + ", which no document of a committee has");
}

std::string formatFieldDate(const Date& date, bool buddhistEra)
{
    if (date.month < 1 || date.month > 12)
        return toIsoDate(date);
    const MonthNames& names = kMonths[static_cast<std::size_t>(date.month - 1)];
    return std::to_string(date.day) + " " + (buddhistEra ? names.thai : names.english) + " "
        + std::to_string(buddhistEra ? date.year + kBuddhistOffset : date.year);
}

} // namespace sapha::thai
