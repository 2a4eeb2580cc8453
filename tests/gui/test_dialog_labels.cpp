// Sapha tests — the GUI's message boxes: their buttons in the interface's language, not GTK's stock
// English (the C locale), and a label given by the caller kept as it was given. A program of its own,
// run under Xvfb: wx's windows need GTK started.
// SPDX-License-Identifier: MIT
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <wx/app.h>
#include <wx/init.h>
#include <wx/msgdlg.h>
#include <wx/translation.h>

#include <wx/choicdlg.h>
#include <wx/listbox.h>

#include <wx/button.h>

#include <sapha/ui/date_picker.hpp>
#include <sapha/ui/form_fields.hpp>

#include <wx/frame.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "dialog_fit.hpp"
#include "dialog_labels.hpp"

#include <cstdio>
#include <utility>
#include <vector>

namespace {

// The Thai catalog of the build, as the application loads it.
struct ThaiCatalog {
    ThaiCatalog()
    {
        auto* translations = new wxTranslations;
        translations->SetLanguage(wxT("th"));
        wxFileTranslationsLoader::AddCatalogLookupPathPrefix(wxString::FromUTF8(SAPHA_LOCALE_DIR));
        wxTranslations::Set(translations);
        loaded = translations->AddCatalog(wxT("sapha"));
    }
    ~ThaiCatalog() { wxTranslations::Set(nullptr); }
    bool loaded = false;
};

} // namespace

TEST_CASE("dialog labels: a message box given no labels gets the interface's, a given label is kept")
{
    ThaiCatalog thai;
    REQUIRE(thai.loaded);

    wxMessageDialog question(nullptr, wxT("message"), wxT("caption"), wxYES_NO | wxCANCEL);
    CHECK(question.GetYesLabel() == wxT("gtk-yes")); // what GTK would show in English
    sapha::gui::translateStockLabels(question);
    CHECK(question.GetYesLabel() == wxString::FromUTF8("_ใช่"));
    CHECK(question.GetNoLabel() == wxString::FromUTF8("_ไม่"));
    CHECK(question.GetCancelLabel() == wxString::FromUTF8("_ยกเลิก"));

    wxMessageDialog notice(nullptr, wxT("message"), wxT("caption"), wxOK);
    sapha::gui::translateStockLabels(notice);
    CHECK(notice.GetOKLabel() == wxString::FromUTF8("_ตกลง"));

    wxMessageDialog given(nullptr, wxT("message"), wxT("caption"), wxYES_NO);
    given.SetYesNoLabels(wxT("&Restore"), wxT("&Keep"));
    sapha::gui::translateStockLabels(given);
    CHECK(given.GetYesLabel() == wxT("_Restore"));
    CHECK(given.GetNoLabel() == wxT("_Keep"));
}

TEST_CASE("dialog fit: a question answered from a list shows every choice, up to eight, without scrolling")
{
    const wxString committees[] = { wxString::FromUTF8("คณะอนุกรรมการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย"),
        wxString::FromUTF8("คณะอนุกรรมการควบคุมการขอทานจังหวัดเชียงราย"),
        wxString::FromUTF8("คณะอนุกรรมการคุ้มครองคนไร้ที่พึ่ง (ระดับชาติ)") };
    wxSingleChoiceDialog choose(nullptr, wxT("Which committee?"), wxT("New minutes"), 3, committees);
    wxListBox* list = nullptr;
    for (wxWindow* child : choose.GetChildren())
        if (!list)
            list = dynamic_cast<wxListBox*>(child);
    REQUIRE(list != nullptr);
    const int row = list->GetCharHeight();
    INFO("list height before: " << list->GetSize().y << ", a line: " << row);
    CHECK(list->GetSize().y < 3 * row * 3 / 2); // what GTK gave it: not three rows
    sapha::gui::showChoicesWhole(choose, *list);
    CHECK(list->GetSize().y >= 3 * row * 3 / 2);
    CHECK(list->GetSize().y < 8 * row * 3 / 2); // three rows, not eight
}

TEST_CASE("date picker: a Thai reader pages through Buddhist-Era months; keys move a day, a week, a month")
{
    sapha::ui::DatePicker picker(nullptr, { 2020, 8, 17 }, true);
    CHECK(picker.monthHeading() == wxString::FromUTF8("สิงหาคม 2563"));
    CHECK(picker.dayButton(31) != nullptr);
    CHECK(picker.dayButton(32) == nullptr);
    auto press = [&picker](int key) {
        wxKeyEvent event(wxEVT_CHAR_HOOK);
        event.m_keyCode = key;
        event.SetEventObject(&picker);
        picker.ProcessWindowEvent(event);
    };
    press(WXK_RIGHT);
    CHECK(picker.chosen().day == 18);
    press(WXK_DOWN);
    CHECK(picker.chosen().day == 25);
    press(WXK_PAGEDOWN);
    CHECK(picker.monthHeading() == wxString::FromUTF8("กันยายน 2563"));
    CHECK(picker.dayButton(31) == nullptr); // September has thirty days
    picker.moveDays(6);
    CHECK((picker.chosen().month == 10 && picker.chosen().day == 1));
    picker.moveMonths(-10); // back over the new year
    CHECK((picker.chosen().year == 2019 && picker.chosen().month == 12 && picker.chosen().day == 1));

    // The 31st a month on is the month's last day; English pages Gregorian years.
    sapha::ui::DatePicker english(nullptr, { 2020, 1, 31 }, false);
    english.moveMonths(1);
    CHECK(english.monthHeading() == wxT("February 2020"));
    CHECK(english.chosen().day == 29);
    // A year no document can hold (a Buddhist-Era year kept as Gregorian) starts from today instead.
    sapha::ui::DatePicker wrongEra(nullptr, { 2563, 8, 17 }, true);
    CHECK(wrongEra.chosen().year == sapha::thai::today().year);
}

int main(int argc, char** argv)
{
    wxApp::SetInstance(new wxApp);
    int wxArgc = 1;
    char* wxArgv[] = { argv[0], nullptr };
    if (!wxEntryStart(wxArgc, wxArgv)) {
        std::fprintf(stderr, "test_dialog_labels: wx could not start (no display?)\n");
        return 1;
    }
    doctest::Context context(argc, argv);
    const int result = context.run();
    wxEntryCleanup();
    return result;
}

TEST_CASE("form headings: a bold Thai heading is as wide as its text in its own font, and never wider than its page")
{
    auto* frame = new wxFrame(nullptr, wxID_ANY, wxT("headings"), wxDefaultPosition, wxSize(1200, 500));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    std::vector<std::pair<wxStaticText*, wxString>> headings;
    for (const char* text : { "กลุ่ม", "รอบ", "ความคิด", "Ideas" })
        headings.emplace_back(sapha::ui::addHeading(frame, sizer, wxString::FromUTF8(text)), wxString::FromUTF8(text));
    // An editor's heading starts empty and is given its text when the document is shown.
    wxStaticText* later = sapha::ui::addHeading(frame, sizer, wxString());
    const wxString meeting = wxString::FromUTF8("รายงานการประชุมคณะทำงานติดตามคนไร้ที่พึ่ง ครั้งที่ 1/2569");
    later->SetLabel(meeting);
    headings.emplace_back(later, meeting);
    frame->SetSizer(sizer);
    frame->Layout();
    for (const auto& [heading, text] : headings) {
        INFO(text.utf8_string());
        // The room the sizer gave it is at least what its own (bold, larger) font needs.
        CHECK(heading->GetSize().x >= heading->GetTextExtent(text).x);
        CHECK(heading->GetSize().y >= heading->GetTextExtent(text).y);
    }
    // On a narrow page the long heading ends in "…" within it: the page is not made wider.
    frame->SetSize(wxSize(300, 500));
    frame->Layout();
    CHECK(later->GetRect().GetRight() <= frame->GetClientSize().x);
    frame->Destroy();
}
