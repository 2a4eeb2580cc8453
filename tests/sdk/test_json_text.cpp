// Sapha tests — sdk json_text: JSON string literals for --json output.
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <sapha/json_text.hpp>

TEST_CASE("json_text: quotes, backslashes and control characters are escaped, and Thai passes through")
{
    CHECK(sapha::jsonString("ฝ่ายเลขานุการ") == "\"ฝ่ายเลขานุการ\"");
    CHECK(sapha::jsonString("a \"b\" \\ c\nd\te") == "\"a \\\"b\\\" \\\\ c\\nd\\te\"");
    CHECK(sapha::jsonString(std::string("x\x01y", 3)) == "\"x\\u0001y\"");
    CHECK(sapha::jsonString("") == "\"\"");
}
