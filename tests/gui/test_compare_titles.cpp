// Sapha tests — the compare view names each change as its reader does: the kind's Thai term in the Thai
// interface ("ตัวชี้วัด 1.2"), its type in the English one ("indicator 1.2").
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include "compare_dialog.hpp"
#include "compare_panes.hpp"

#include <algorithm>

TEST_CASE("compare titles: a change is named in the reader's language")
{
    sapha::diff::ElementChange change;
    change.kind = sapha::diff::ChangeKind::Changed;
    change.after = { "i-1-2", "c-1", "indicator", "1.2", "text", "ตัวชี้วัด" };
    const wxString thai = sapha::gui::changeTitleOf(change, "th");
    CHECK(thai.EndsWith(wxString::FromUTF8(": ตัวชี้วัด 1.2")));
    CHECK(thai.Find(wxT("indicator")) == wxNOT_FOUND);
    CHECK(sapha::gui::changeTitleOf(change, "en").EndsWith(wxT(": indicator 1.2")));

    // A removed element is named from the version that had it; no Thai term falls back to the type.
    sapha::diff::ElementChange removed;
    removed.kind = sapha::diff::ChangeKind::Removed;
    removed.before = { "x", "", "note", "", "", "" };
    CHECK(sapha::gui::changeTitleOf(removed, "th").EndsWith(wxT(": note")));
}

namespace {

std::string joined(const std::vector<sapha::gui::PaneRun>& runs, sapha::gui::PaneStyle style)
{
    std::string text;
    for (const sapha::gui::PaneRun& run : runs)
        if (run.style == style)
            text += run.text + "|";
    return text;
}

std::string all(const std::vector<sapha::gui::PaneRun>& runs)
{
    std::string text;
    for (const sapha::gui::PaneRun& run : runs)
        text += run.text;
    return text;
}

} // namespace

TEST_CASE("compare panes: a changed element shows its changed fields under their labels, the rest folded")
{
    using sapha::ElementField;
    using sapha::gui::PaneStyle;
    const sapha::LocalizedText task { "งาน", "Task" };
    const sapha::LocalizedText assignee { "ผู้รับผิดชอบ", "Assignee" };
    const sapha::LocalizedText due { "กำหนดเสร็จ", "Due" };
    const sapha::LocalizedText status { "สถานะ", "Status" };
    const sapha::ElementList before { sapha::labelledElement("a-1", "item-4", "action item", "ฝ่ายเลขานุการ", "งานที่มอบหมาย",
        { { task, "จัดทำแผนปฏิบัติการ" }, { assignee, "ฝ่ายเลขานุการ" }, { due, "2020-09-30" }, { status, "ยังไม่แล้วเสร็จ" } }) };
    const sapha::ElementList after { sapha::labelledElement("a-1", "item-4", "action item", "ฝ่ายเลขานุการ", "งานที่มอบหมาย",
        { { task, "จัดทำแผนปฏิบัติการ" }, { assignee, "ฝ่ายเลขานุการ" }, { due, "2020-10-15" }, { status, "แล้วเสร็จ" } }) };
    const std::vector<sapha::diff::ElementChange> changes = sapha::diff::diffElements(before, after);
    REQUIRE(changes.size() == 1);

    const sapha::gui::ChangePanes thai = sapha::gui::changePanes(changes[0], "แก้ไข: งานที่มอบหมาย", "th");
    // Each changed field under its Thai label in both panes; the due date in the Buddhist Era, read whole.
    CHECK(joined(thai.before, PaneStyle::FieldLabel) == "กำหนดเสร็จ\n|สถานะ\n|");
    CHECK(joined(thai.after, PaneStyle::FieldLabel) == "กำหนดเสร็จ\n|สถานะ\n|");
    CHECK(joined(thai.before, PaneStyle::Deleted).find("30 กันยายน 2563") != std::string::npos);
    CHECK(joined(thai.after, PaneStyle::Inserted).find("15 ตุลาคม 2563") != std::string::npos);
    CHECK(all(thai.after).find("2020-10-15") == std::string::npos);
    // The unchanged fields are named on one quiet line, their values not repeated.
    CHECK(joined(thai.after, PaneStyle::Quiet).find("งาน, ผู้รับผิดชอบ") != std::string::npos);
    CHECK(all(thai.after).find("จัดทำแผนปฏิบัติการ") == std::string::npos);
    // The panes stay level line for line.
    auto lines = [](const std::string& text) { return std::count(text.begin(), text.end(), '\n'); };
    CHECK(lines(all(thai.before)) == lines(all(thai.after)));

    // In English the labels are English and the date Gregorian.
    const sapha::gui::ChangePanes english = sapha::gui::changePanes(changes[0], "Changed: action item", "en");
    CHECK(joined(english.after, PaneStyle::FieldLabel) == "Due\n|Status\n|");
    CHECK(joined(english.after, PaneStyle::Inserted).find("15 October 2020") != std::string::npos);

    // An added element lists the fields that say something, under their labels.
    const std::vector<sapha::diff::ElementChange> added = sapha::diff::diffElements({}, after);
    const sapha::gui::ChangePanes whole = sapha::gui::changePanes(added.at(0), "เพิ่ม: งานที่มอบหมาย", "th");
    CHECK(joined(whole.after, PaneStyle::FieldLabel) == "งาน\n|ผู้รับผิดชอบ\n|กำหนดเสร็จ\n|สถานะ\n|");
    CHECK(lines(all(whole.before)) == lines(all(whole.after)));
}
