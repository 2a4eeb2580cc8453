// Sapha tests — sdk thai_text: Buddhist-Era dates in the official style, Thai digits, ISO dates.
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <sapha/utf8.hpp>

#include <sapha/thai_text.hpp>

using namespace sapha;

TEST_CASE("thai_text: the Chiang Rai meeting date is written as on the minutes")
{
    const thai::Date date { 2020, 8, 17 };
    CHECK(thai::formatLongDate(date, thai::Digits::Arabic) == "วันจันทร์ที่ 17 สิงหาคม 2563");
    CHECK(thai::formatLongDate(date, thai::Digits::Thai) == "วันจันทร์ที่ ๑๗ สิงหาคม ๒๕๖๓");
    CHECK(thai::formatEnglishDate(date) == "17 August 2020");
}

TEST_CASE("thai_text: the workshop date, a Thursday in 2561")
{
    CHECK(thai::formatLongDate({ 2018, 8, 16 }, thai::Digits::Thai) == "วันพฤหัสบดีที่ ๑๖ สิงหาคม ๒๕๖๑");
}

TEST_CASE("thai_text: digits and years")
{
    CHECK(thai::toThaiDigits("ครั้งที่ 1/2563 เวลา 09.30 น.") == "ครั้งที่ ๑/๒๕๖๓ เวลา ๐๙.๓๐ น.");
    CHECK(thai::buddhistYear(2020) == 2563);
}

TEST_CASE("thai_text: ISO dates are parsed strictly")
{
    auto parsed = thai::parseIsoDate("2020-08-17");
    REQUIRE(parsed.isOk());
    CHECK(parsed.value().day == 17);
    CHECK(thai::toIsoDate(parsed.value()) == "2020-08-17");
    CHECK_FALSE(thai::parseIsoDate("2020-02-30").isOk());
    CHECK_FALSE(thai::parseIsoDate("17/08/2563").isOk());
    CHECK_FALSE(thai::parseIsoDate("2020-8-17").isOk());
    CHECK(thai::parseIsoDate("2024-02-29").isOk());
}

TEST_CASE("utf8: well-formed UTF-8 only: Thai passes, and cut, stray, overlong, surrogate and too-large forms do not")
{
    CHECK(sapha::isValidUtf8("รายงานการประชุม ครั้งที่ 1/2563"));
    CHECK(sapha::isValidUtf8(""));
    CHECK_FALSE(sapha::isValidUtf8(std::string("abc\xE0\xB8", 5)));  // a character cut short
    CHECK_FALSE(sapha::isValidUtf8("\x80" "xyz"));                      // a stray continuation byte
    CHECK_FALSE(sapha::isValidUtf8("\xC0\xAF"));                      // an overlong '/'
    CHECK_FALSE(sapha::isValidUtf8("\xED\xA0\x80"));                  // a surrogate
    CHECK_FALSE(sapha::isValidUtf8("\xF4\x90\x80\x80"));              // past U+10FFFF
}
