// Sapha tests — sdk status: Status and Result carry values and located errors.
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <sapha/finding.hpp>
#include <sapha/localized_text.hpp>
#include <sapha/status.hpp>

using namespace sapha;

TEST_CASE("status: errors describe where they are")
{
    Status failed = Status::failure("cannot write", "/tmp/x.xml");
    CHECK_FALSE(failed.isOk());
    CHECK(failed.error().describe() == "/tmp/x.xml: cannot write");
    CHECK(Status::failure("no place").error().describe() == "no place");
    CHECK(Status::ok().isOk());
}

TEST_CASE("status: a Result holds a value or an error")
{
    Result<int> value = 42;
    REQUIRE(value.isOk());
    CHECK(value.value() == 42);
    Result<int> error = Error { "bad", "here" };
    CHECK_FALSE(error.isOk());
    CHECK(error.status().error().where == "here");
}

TEST_CASE("status: findings and localized text")
{
    CHECK_FALSE(hasErrors({ Finding { Severity::Warning, {}, "w", 0 } }));
    CHECK(hasErrors({ Finding { Severity::Warning, {}, "w", 0 }, Finding { Severity::Error, {}, "e", 0 } }));
    const LocalizedText name { "รายงานการประชุม", "Minutes" };
    CHECK(name.in("en") == "Minutes");
    CHECK(name.in("th") == "รายงานการประชุม");
    const LocalizedText thaiOnly { "มาตรฐาน", "" };
    CHECK(thaiOnly.in("en") == "มาตรฐาน");
}
