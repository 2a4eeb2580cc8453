// Sapha tests — wx text conversion: Thai survives the round trip under the C locale.
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <clocale>

#include <sapha/ui/wx_text.hpp>

TEST_CASE("wx_text: Thai round-trips through wxString under LC_ALL=C")
{
    std::setlocale(LC_ALL, "C");
    const std::string thai = "รายงานการประชุม ครั้งที่ ๑/๒๕๖๓ — ผู้ไม่มาประชุม";
    const wxString converted = sapha::ui::toWx(thai);
    CHECK(converted.length() == 48); // code points, not UTF-8 bytes
    CHECK(sapha::ui::fromWx(converted) == thai);
    CHECK(converted.StartsWith(wxString::FromUTF8("รายงาน")));
}
