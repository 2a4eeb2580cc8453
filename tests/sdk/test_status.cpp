// Sapha tests — sdk status: Status and Result carry values and located errors.
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <sapha/finding.hpp>
#include <sapha/localized_text.hpp>
#include <sapha/status.hpp>
#include <sapha/xml_io.hpp>

#include <set>
#include <string>

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

TEST_CASE("status: an error says what kind of failure it is, for a program to act on")
{
    const Error plain { "went wrong", "here" };
    CHECK(plain.code == ErrorCode::Failed);
    CHECK(Status::failure("busy", "ws", ErrorCode::Busy).error().code == ErrorCode::Busy);
    std::set<std::string> names;
    for (ErrorCode code : { ErrorCode::Failed, ErrorCode::NotFound, ErrorCode::Invalid, ErrorCode::Busy,
             ErrorCode::Changed, ErrorCode::Conflict, ErrorCode::Refused, ErrorCode::Storage, ErrorCode::Network,
             ErrorCode::Cancelled })
        names.insert(errorCodeName(code));
    CHECK(names.size() == 10);
    CHECK(std::string(errorCodeName(ErrorCode::NotFound)) == "not-found");
    // Malformed XML is Invalid, wherever it is read.
    auto parsed = xml::parse("<meeting><agenda>", "a.meeting.xml");
    REQUIRE_FALSE(parsed.isOk());
    CHECK(parsed.error().code == ErrorCode::Invalid);
}
