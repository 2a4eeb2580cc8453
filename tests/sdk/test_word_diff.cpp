// Sapha tests — word diff: Thai sentences from the seed texts, where a one-word change must show as
// that word; the notation of git's --word-diff; structural diff by element id.
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <algorithm>

#include <sapha/diff/structural_diff.hpp>
#include <sapha/diff/word_diff.hpp>

using namespace sapha;
using namespace sapha::diff;

namespace {

std::string joined(const Segments& segments, Operation keep)
{
    std::string text;
    for (const Segment& segment : segments)
        if (segment.operation == Operation::Equal || segment.operation == keep)
            text += segment.text;
    return text;
}

} // namespace

TEST_CASE("word_diff: Thai is cut into words, and the words give the text back")
{
    const std::string sentence = "ที่ประชุมมอบหมายให้ฝ่ายเลขานุการจัดทำแผนปฏิบัติการ";
    const std::vector<std::string> words = splitWords(sentence);
    CHECK(words.size() >= 6);
    std::string back;
    for (const std::string& word : words)
        back += word;
    CHECK(back == sentence);
    // The field's terms are single words (sapha/thai_words.hpp).
    CHECK(std::find(words.begin(), words.end(), "ฝ่ายเลขานุการ") != words.end());
    CHECK(std::find(words.begin(), words.end(), "แผนปฏิบัติการ") != words.end());
}

TEST_CASE("word_diff: a one-word change in a Thai sentence shows as that word")
{
    // From the Chiang Rai text: the number of people served, then one word changed.
    const std::string before = "ผลการให้บริการคนไร้ที่พึ่งในจังหวัดเชียงราย มีจำนวน 66 ราย เป็นคนไร้ที่พึ่ง จำนวน 48 ราย";
    const std::string after = "ผลการให้บริการคนไร้ที่พึ่งในจังหวัดเชียงราย มีจำนวน 67 ราย เป็นคนไร้ที่พึ่ง จำนวน 48 ราย";
    const Segments segments = diffWords(before, after);
    CHECK(toWordDiffNotation(segments)
        == "ผลการให้บริการคนไร้ที่พึ่งในจังหวัดเชียงราย มีจำนวน [-66-]{+67+} ราย เป็นคนไร้ที่พึ่ง จำนวน 48 ราย");

    // A word inside an unbroken run of Thai: only that word is marked (a term of the field is one word).
    const std::string draft = "มอบให้ฝ่ายเลขานุการไปจัดทำแผนปฏิบัติการคุ้มครองคนไร้ที่พึ่ง";
    const std::string revised = "มอบให้ฝ่ายเลขานุการไปจัดทำแผนยุทธศาสตร์คุ้มครองคนไร้ที่พึ่ง";
    const std::string notation = toWordDiffNotation(diffWords(draft, revised));
    CHECK(notation == "มอบให้ฝ่ายเลขานุการไปจัดทำ[-แผนปฏิบัติการ-]{+แผนยุทธศาสตร์+}คุ้มครองคนไร้ที่พึ่ง");

    // ICU cuts "อย่างน้อยหนึ่ง" as อย่าง|น้อยหนึ่ง, so "หนึ่ง → สอง" was marked "น้อยหนึ่ง → น้อยสอง"; with
    // the term อย่างน้อย only the number is.
    CHECK(toWordDiffNotation(diffWords("ประชุมอย่างน้อยหนึ่งครั้งต่อปี", "ประชุมอย่างน้อยสองครั้งต่อปี"))
        == "ประชุมอย่างน้อย[-หนึ่ง-]{+สอง+}ครั้งต่อปี");
}

TEST_CASE("word_diff: the segments rebuild both texts, for insertions and deletions alike")
{
    const std::string before = "เพื่อวิเคราะห์ สังเคราะห์องค์ประกอบที่เกี่ยวข้อง ตัวชี้วัดและเกณฑ์การประเมินการดำเนินงาน";
    const std::string after = "เพื่อวิเคราะห์องค์ประกอบที่เกี่ยวข้อง ตัวชี้วัด เกณฑ์การประเมิน และหลักฐานการดำเนินงาน";
    const Segments segments = diffWords(before, after);
    CHECK(joined(segments, Operation::Delete) == before);
    CHECK(joined(segments, Operation::Insert) == after);
    CHECK(toWordDiffNotation(diffWords("same", "same")) == "same");
    CHECK(toWordDiffNotation(diffWords("", "ใหม่")) == "{+ใหม่+}");
    CHECK(toWordDiffNotation(diffWords("เก่า", "")) == "[-เก่า-]");
}

TEST_CASE("structural_diff: added, removed, moved and changed elements by id")
{
    const ElementList before {
        { "c1", "", "component", "1", "การบริหารจัดการ" },
        { "i1", "c1", "indicator", "1.1", "มีแผนการดำเนินงาน" },
        { "i2", "c1", "indicator", "1.2", "พัฒนาบุคลากร" },
        { "i3", "c1", "indicator", "1.3", "ระบบข้อมูล" },
    };
    const ElementList after {
        { "c1", "", "component", "1", "การบริหารจัดการ" },
        { "i2", "c1", "indicator", "1.1", "พัฒนาบุคลากรทุกคน" },
        { "i1", "c1", "indicator", "1.2", "มีแผนการดำเนินงาน" },
        { "i4", "c1", "indicator", "1.3", "ความพึงพอใจ" },
    };
    const std::vector<ElementChange> changes = diffElements(before, after);
    REQUIRE(changes.size() == 4);
    // i2 went before i1: one of the two is reported as moved, and i2 also changed its text.
    int moved = 0;
    for (const ElementChange& change : changes) {
        if (change.kind == ChangeKind::Moved || change.kind == ChangeKind::MovedAndChanged)
            ++moved;
        if (change.after.id == "i2") {
            CHECK((change.kind == ChangeKind::Changed || change.kind == ChangeKind::MovedAndChanged));
            CHECK(toWordDiffNotation(change.words) == "พัฒนาบุคลากร{+ทุกคน+}");
        }
    }
    CHECK(moved == 1);
    CHECK(changes[2].kind == ChangeKind::Removed);
    CHECK(changes[2].before.id == "i3");
    CHECK(changes[3].kind == ChangeKind::Added);
    CHECK(changes[3].after.id == "i4");
    CHECK(diffElements(before, before).empty());
}

TEST_CASE("structural_diff: a changed element is compared field by field, under each field's label")
{
    const LocalizedText code { "รหัส", "Code" };
    const LocalizedText statement { "ตัวชี้วัด", "Indicator" };
    const LocalizedText weight { "น้ำหนัก", "Weight" };
    const LocalizedText notes { "หมายเหตุ", "Notes" };
    const ElementInfo before = labelledElement("i1", "c1", "indicator", "1.1", "ตัวชี้วัด",
        { { statement, "มีแผนการดำเนินงาน" }, { code, "HP-1" }, { weight, "5" }, { notes, "" } });
    const ElementInfo after = labelledElement("i1", "c1", "indicator", "1.1", "ตัวชี้วัด",
        { { statement, "มีแผนการดำเนินงานประจำปี" }, { code, "HP-1" }, { weight, "10" }, { notes, "ทบทวนทุกปี" } });
    CHECK(before.text == "มีแผนการดำเนินงาน\nHP-1\n5\n");

    const std::vector<ElementChange> changes = diffElements({ before }, { after });
    REQUIRE(changes.size() == 1);
    const std::vector<FieldChange> fields = diffFields(changes[0]);
    REQUIRE(fields.size() == 4);
    CHECK(fields[0].label.in("th") == "ตัวชี้วัด");
    CHECK(fields[0].kind == ChangeKind::Changed);
    CHECK(toWordDiffNotation(fields[0].words) == "มีแผนการดำเนินงาน{+ประจำปี+}");
    CHECK(fields[1].kind == ChangeKind::None); // the code stayed: folded by the reader
    CHECK(fields[2].label.in("en") == "Weight");
    CHECK(fields[2].kind == ChangeKind::Changed);
    CHECK(fields[3].kind == ChangeKind::Added);
    CHECK(fields[3].after == "ทบทวนทุกปี");

    // A field only the older version had is reported where it stood; elements without fields give none.
    const ElementInfo older = labelledElement("i1", "c1", "indicator", "1.1", "ตัวชี้วัด",
        { { statement, "ก" }, { notes, "ข" }, { code, "HP-1" } });
    const ElementInfo newer = labelledElement("i1", "c1", "indicator", "1.1", "ตัวชี้วัด", { { statement, "ก" }, { code, "HP-2" } });
    const std::vector<FieldChange> dropped = diffFields(diffElements({ older }, { newer }).at(0));
    REQUIRE(dropped.size() == 3);
    CHECK(dropped[1].label == notes);
    CHECK(dropped[1].kind == ChangeKind::Removed);
    CHECK(dropped[2].kind == ChangeKind::Changed);
    CHECK(diffFields(diffElements({ { "x", "", "note", "", "a" } }, { { "x", "", "note", "", "b" } }).at(0)).empty());
}
