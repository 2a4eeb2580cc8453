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

#include "dialog_fit.hpp"
#include "dialog_labels.hpp"

#include <cstdio>

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
