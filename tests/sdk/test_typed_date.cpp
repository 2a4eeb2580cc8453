// Sapha tests — dates as people type them, read into the Gregorian date they mean or refused with why.
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <sapha/typed_date.hpp>

using sapha::thai::DateProblem;
using sapha::thai::parseTypedDate;

namespace {

std::string read(const char* typed)
{
    const sapha::thai::TypedDate date = parseTypedDate(typed);
    return date.problem == DateProblem::None ? sapha::thai::toIsoDate(date.date) : "refused";
}

} // namespace

TEST_CASE("typed dates: Thai and English ways of writing one day are all read as it")
{
    for (const char* typed : { "17 สิงหาคม 2563", "17 ส.ค. 2563", "17 สค 2563", "๑๗ สิงหาคม ๒๕๖๓", "วันจันทร์ที่ 17 สิงหาคม พ.ศ. 2563",
             "วันที่ 17 สิงหาคม 2563", "17/8/2563", "17/08/2563", "17-08-2563", "17.8.2563", "2563-08-17", "2020-08-17",
             "17/8/2020", "17 August 2020", "August 17, 2020", "Monday, 17 Aug 2020", "17 AUGUST 2020", "  17 สิงหาคม 2563 ",
             "17 สิงหาคม ค.ศ. 2020", "17 August 2563 B.E." })
        CHECK_MESSAGE(read(typed) == "2020-08-17", std::string(typed));
}

TEST_CASE("typed dates: what is not a day is refused, each with its reason")
{
    CHECK(parseTypedDate("").problem == DateProblem::Empty);
    CHECK(parseTypedDate("   ").problem == DateProblem::Empty);
    CHECK(parseTypedDate("พรุ่งนี้").problem == DateProblem::NotADate);
    CHECK(parseTypedDate("17 สิงหาคม").problem == DateProblem::NotADate);
    CHECK(parseTypedDate("17/8").problem == DateProblem::NotADate);
    CHECK(parseTypedDate("17 สิงหาคม 2563 10:00").problem == DateProblem::NotADate);
    CHECK(parseTypedDate("123456789").problem == DateProblem::NotADate);
    CHECK(parseTypedDate("31 เมษายน 2563").problem == DateProblem::NoSuchDay);
    CHECK(parseTypedDate("29 กุมภาพันธ์ 2562").problem == DateProblem::NoSuchDay);
    CHECK(read("29 กุมภาพันธ์ 2563") == "2020-02-29");
    CHECK(parseTypedDate("17/13/2563").problem == DateProblem::NoSuchDay);
    CHECK(parseTypedDate("0/8/2563").problem == DateProblem::NoSuchDay);
    CHECK(parseTypedDate("17/8/63").problem == DateProblem::ShortYear);
    // 2563 written as a Gregorian year is the year 3106 of the PDF the secretary saw: refused.
    CHECK(parseTypedDate("17 สิงหาคม ค.ศ. 2563").problem == DateProblem::ImplausibleYear);
    CHECK(parseTypedDate("17/8/1500").problem == DateProblem::ImplausibleYear);
    CHECK(parseTypedDate("17/8/3106").problem == DateProblem::ImplausibleYear);
}

TEST_CASE("typed dates: a field shows a date in the interface's era, and reads it back the same")
{
    const sapha::thai::Date day { 2020, 8, 17 };
    CHECK(sapha::thai::formatFieldDate(day, true) == "17 สิงหาคม 2563");
    CHECK(sapha::thai::formatFieldDate(day, false) == "17 August 2020");
    for (int month = 1; month <= 12; ++month) {
        const sapha::thai::Date first { 2024, month, 1 };
        for (const bool buddhist : { true, false }) {
            const sapha::thai::TypedDate back = parseTypedDate(sapha::thai::formatFieldDate(first, buddhist));
            CHECK(back.problem == DateProblem::None);
            CHECK(back.date.month == month);
            CHECK(back.date.year == 2024);
        }
    }
    CHECK(sapha::thai::isPlausibleYear(2020));
    CHECK_FALSE(sapha::thai::isPlausibleYear(2563));
}
