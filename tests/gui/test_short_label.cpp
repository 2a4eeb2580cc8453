// Sapha tests — a tab's label from a long Thai title: start and end kept, no mark parted from its letter.
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include "short_label.hpp"

using sapha::gui::shortenedInTheMiddle;
using sapha::gui::shortenedToFit;

TEST_CASE("short label: a long title keeps its start and its end, a short one stays whole")
{
    const wxString title = wxString::FromUTF8("รายงานการประชุมคณะอนุกรรมการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย ครั้งที่ 1/2563");
    const wxString label = shortenedInTheMiddle(title, 18, 18);
    CHECK(label.StartsWith(wxString::FromUTF8("รายงานการประชุม")));
    CHECK(label.EndsWith(wxString::FromUTF8("…ครั้งที่ 1/2563"))); // the tail starts at a word
    CHECK(label.Find(wxT("\u2026")) != wxNOT_FOUND);
    CHECK(label.length() < title.length());
    CHECK(shortenedInTheMiddle(wxString::FromUTF8("มาตรฐาน"), 18, 18) == wxString::FromUTF8("มาตรฐาน"));
}

TEST_CASE("short label: a Thai vowel or tone mark is never cut from the letter it sits on")
{
    // "ที่" is ท + ี + ่: a cut after ท would leave the marks alone at the start of the tail or drop them.
    const wxString text = wxString::FromUTF8("กกที่กกกกกกกกกกกกกกที่กก");
    for (std::size_t head = 1; head < 6; ++head) {
        for (std::size_t tail = 1; tail < 6; ++tail) {
            const wxString label = shortenedInTheMiddle(text, head, tail);
            const int ellipsis = label.Find(wxT("\u2026"));
            REQUIRE(ellipsis != wxNOT_FOUND);
            const wxUniChar after = label[static_cast<std::size_t>(ellipsis) + 1];
            CHECK_MESSAGE(!(after.GetValue() >= 0x0E47 && after.GetValue() <= 0x0E4E), "a tone mark starts the tail");
            CHECK_MESSAGE(!(after.GetValue() >= 0x0E34 && after.GetValue() <= 0x0E3A), "a vowel mark starts the tail");
            const wxUniChar before = label[static_cast<std::size_t>(ellipsis) - 1];
            CHECK_MESSAGE(before != wxUniChar(0x0E17), "the head ends on ท without its marks");
        }
    }
}

TEST_CASE("short label: a title fits the room it has, keeping as much of both ends as fits")
{
    const wxString title = wxString::FromUTF8("รายงานการประชุมคณะอนุกรรมการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย ครั้งที่ 1/2563");
    // A room measured in letters here (the tree measures pixels of its font): whole when it fits.
    auto roomOf = [](std::size_t letters) { return [letters](const wxString& label) { return label.length() <= letters; }; };
    CHECK(shortenedToFit(title, roomOf(200)) == title);
    std::size_t previous = 0;
    for (std::size_t room : { 12u, 20u, 30u, 45u, 60u }) {
        const wxString label = shortenedToFit(title, roomOf(room));
        INFO(label.utf8_string());
        CHECK(label.length() <= room);
        CHECK(label.length() * 4 >= room * 3); // the room is used, not left half empty
        CHECK(label.Find(wxT("\u2026")) != wxNOT_FOUND);
        CHECK(label.StartsWith(wxString::FromUTF8("รายง")));
        CHECK(label.EndsWith(wxString::FromUTF8("2563")));
        CHECK(label.length() > previous); // a wider pane shows more of the title
        previous = label.length();
    }
    // A pane too narrow for anything keeps one letter either side.
    CHECK(shortenedToFit(title, roomOf(0)).length() <= 4);
}

TEST_CASE("short label: a title under its kind's branch leaves out the kind's name, and English its joining words")
{
    using sapha::gui::withoutKindName;
    CHECK(withoutKindName("รายงานการประชุมคณะทำงานติดตามคนไร้ที่พึ่งจังหวัดพะเยา ครั้งที่ 1/2569", "รายงานการประชุม")
        == "คณะทำงานติดตามคนไร้ที่พึ่งจังหวัดพะเยา ครั้งที่ 1/2569");
    CHECK(withoutKindName("Minutes of the Phayao Homeless Follow-up Working Group, meeting 1/2569", "Minutes")
        == "Phayao Homeless Follow-up Working Group, meeting 1/2569");
    CHECK(withoutKindName("Action plan for homeless protection 2563", "Action plan") == "homeless protection 2563");
    CHECK(withoutKindName("Minutes 1/2569", "Minutes") == "Minutes 1/2569");          // hardly longer: whole
    CHECK(withoutKindName("Standard of care for centres", "Minutes") == "Standard of care for centres"); // another kind's
}

