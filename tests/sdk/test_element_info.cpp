// Sapha tests — sdk element_info: change summaries computed from element ids.
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <sapha/element_info.hpp>

using namespace sapha;

TEST_CASE("element_info: added, changed, moved and removed elements are named")
{
    const ElementList before {
        { "ind-a", "comp-1", "indicator", "1.1", "plan" },
        { "ind-b", "comp-1", "indicator", "1.2", "staff" },
        { "ind-c", "comp-1", "indicator", "1.3", "records" },
    };
    const ElementList after {
        { "ind-a", "comp-1", "indicator", "1.1", "plan, reviewed yearly" },
        { "ind-b", "comp-2", "indicator", "2.1", "staff" },
        { "ind-d", "comp-1", "indicator", "1.2", "new" },
    };
    const std::string summary = summarizeElementChanges(before, after);
    CHECK(summary == "changed indicator 1.1; moved indicator 2.1; added indicator 1.2; removed indicator 1.3");
}

TEST_CASE("element_info: equal lists say so, and long summaries are cut")
{
    const ElementList same { { "x", "", "idea", "", "text" } };
    CHECK(summarizeElementChanges(same, same) == "no structural change");
    ElementList many;
    for (int i = 0; i < 10; ++i)
        many.push_back({ "idea-" + std::to_string(i), "", "idea", "", "t" });
    const std::string summary = summarizeElementChanges({}, many);
    CHECK(summary.find("and 4 more") != std::string::npos);
}

TEST_CASE("element_info: summaries in Thai use the plugin's Thai terms and Thai numbering")
{
    const ElementList before {
        { "ind-a", "comp-1", "indicator", "1.1", "แผน", "ตัวชี้วัด" },
        { "item-1", "", "agenda item", "ระเบียบวาระที่ 1", "แจ้งเพื่อทราบ", "ระเบียบวาระ" },
        { "p-1", "", "person", "นายสมชาย", "ประธาน", "ผู้เข้าประชุม" },
    };
    const ElementList after {
        { "ind-a", "comp-1", "indicator", "1.1", "แผนประจำปี", "ตัวชี้วัด" },
        { "item-1", "", "agenda item", "ระเบียบวาระที่ 1", "แจ้งเพื่อทราบ (แก้ไข)", "ระเบียบวาระ" },
        { "ind-b", "comp-1", "indicator", "1.2", "บุคลากร", "ตัวชี้วัด" },
    };
    CHECK(summarizeElementChanges(before, after, "th")
        == "แก้ไขตัวชี้วัดที่ 1.1; แก้ไขระเบียบวาระที่ 1; เพิ่มตัวชี้วัดที่ 1.2; ลบผู้เข้าประชุม นายสมชาย");
    CHECK(summarizeElementChanges(after, after, "th") == "ไม่มีการเปลี่ยนแปลงโครงสร้าง");
    ElementList many;
    for (int i = 0; i < 10; ++i)
        many.push_back({ "idea-" + std::to_string(i), "", "idea", "", "t", "ความคิด" });
    CHECK(summarizeElementChanges({}, many, "th").find("และอีก 4 รายการ") != std::string::npos);
}
