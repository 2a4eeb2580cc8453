// Sapha GUI — the preferences dialog.
// SPDX-License-Identifier: MIT
#include "preferences_dialog.hpp"

#include <algorithm>

#include <wx/choice.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <sapha/ui/wx_text.hpp>

namespace sapha::gui {

namespace {
// The faces the Cabinet resolution and common practice name; the first is the default.
const char* const kExportFonts[] = { "TH SarabunPSK", "TH Sarabun New", "TH SarabunIT๙" };
} // namespace

PreferencesDialog::PreferencesDialog(wxWindow* parent, host::UserSettings& settings, bool isFirstRun)
    : wxDialog(parent, wxID_ANY, isFirstRun ? _("Welcome to Sapha") : _("Preferences"))
    , m_settings(settings)
{
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    if (isFirstRun) {
        auto* intro = new wxStaticText(this, wxID_ANY,
            _("Every save is recorded with your name, so a committee can see who changed what. "
              "Please tell Sapha who you are."));
        intro->Wrap(FromDIP(420));
        sizer->Add(intro, 0, wxALL, 10);
    }
    auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(8, 6)));
    grid->AddGrowableCol(1, 1);
    grid->Add(new wxStaticText(this, wxID_ANY, _("Your name")), 0, wxALIGN_CENTER_VERTICAL);
    m_name = new wxTextCtrl(this, wxID_ANY, ui::toWx(settings.get("author.name")), wxDefaultPosition,
        wxSize(FromDIP(300), -1));
    grid->Add(m_name, 1, wxEXPAND);
    grid->Add(new wxStaticText(this, wxID_ANY, _("E-mail")), 0, wxALIGN_CENTER_VERTICAL);
    m_email = new wxTextCtrl(this, wxID_ANY, ui::toWx(settings.get("author.email")));
    grid->Add(m_email, 1, wxEXPAND);
    grid->Add(new wxStaticText(this, wxID_ANY, _("Language")), 0, wxALIGN_CENTER_VERTICAL);
    m_language = new wxChoice(this, wxID_ANY);
    m_language->Append(wxString::FromUTF8("ไทย"));
    m_language->Append(wxString::FromAscii("English"));
    m_language->SetSelection(settings.language() == "en" ? 1 : 0);
    grid->Add(m_language, 0);
    grid->Add(new wxStaticText(this, wxID_ANY, _("Dates in the history")), 0, wxALIGN_CENTER_VERTICAL);
    m_calendar = new wxChoice(this, wxID_ANY);
    m_calendar->Append(_("Buddhist Era (17/08/2563)"));
    m_calendar->Append(_("Gregorian (2020-08-17)"));
    m_calendar->SetSelection(settings.calendar() == host::Calendar::Gregorian ? 1 : 0);
    grid->Add(m_calendar, 0);
    grid->Add(new wxStaticText(this, wxID_ANY, _("Font of exported documents")), 0, wxALIGN_CENTER_VERTICAL);
    m_exportFont = new wxChoice(this, wxID_ANY);
    for (const char* font : kExportFonts)
        m_exportFont->Append(ui::toWx(font));
    m_exportFont->SetSelection(0);
    for (std::size_t i = 0; i < std::size(kExportFonts); ++i) {
        if (settings.get("export.font") == kExportFonts[i])
            m_exportFont->SetSelection(static_cast<int>(i));
    }
    grid->Add(m_exportFont, 0);
    grid->Add(new wxStaticText(this, wxID_ANY, _("Digits in exported documents")), 0, wxALIGN_CENTER_VERTICAL);
    m_exportDigits = new wxChoice(this, wxID_ANY);
    m_exportDigits->Append(_("As each document says"));
    // Msgids stay ASCII (wx reads them in the C locale); the digits themselves are shown as they look.
    m_exportDigits->Append(_("Thai digits") + wxString::FromUTF8(" (๑๒๓)"));
    m_exportDigits->Append(_("Arabic digits") + wxString::FromAscii(" (123)"));
    const std::string digits = settings.get("export.digits");
    m_exportDigits->SetSelection(digits == "thai" ? 1 : digits == "arabic" ? 2 : 0);
    grid->Add(m_exportDigits, 0);
    sizer->Add(grid, 1, wxEXPAND | wxALL, 10);
    sizer->Add(new wxStaticText(this, wxID_ANY, _("A change of language takes effect when Sapha starts again.")), 0,
        wxLEFT | wxRIGHT, 10);
    sizer->Add(CreateSeparatedButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, 10);
    SetSizerAndFit(sizer);
    m_name->SetFocus();
}

bool PreferencesDialog::TransferDataFromWindow()
{
    const std::string name = ui::fromWx(m_name->GetValue().Strip(wxString::both));
    const std::string email = ui::fromWx(m_email->GetValue().Strip(wxString::both));
    if (name.empty() || email.find('@') == std::string::npos) {
        wxMessageBox(_("Please give your name and an e-mail address (it is written into every save)."), _("Preferences"),
            wxOK | wxICON_INFORMATION, this);
        return false;
    }
    m_settings.set("author.name", name);
    m_settings.set("author.email", email);
    m_settings.set("ui.language", m_language->GetSelection() == 1 ? "en" : "th");
    m_settings.set("ui.calendar", m_calendar->GetSelection() == 1 ? "gregorian" : "buddhist");
    m_settings.set("export.font", kExportFonts[std::max(0, m_exportFont->GetSelection())]);
    static const char* const kDigits[] = { "document", "thai", "arabic" };
    m_settings.set("export.digits", kDigits[std::clamp(m_exportDigits->GetSelection(), 0, 2)]);
    Status saved = m_settings.save();
    if (!saved) {
        wxMessageBox(ui::toWx(saved.error().describe()), _("Preferences could not be saved"), wxOK | wxICON_ERROR, this);
        return false;
    }
    return true;
}

} // namespace sapha::gui
