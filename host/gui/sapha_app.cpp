// Sapha GUI — the application (see sapha_app.hpp).
// SPDX-License-Identifier: MIT
#include "sapha_app.hpp"

#include <chrono>
#include <cstdio>
#include <functional>
#include <memory>

#include <wx/app.h>
#include <wx/cmdline.h>
#include <wx/image.h>
#include <wx/msgdlg.h>
#include <wx/translation.h>

#include <sapha/ui/wx_text.hpp>

#include "document_catalog.hpp"
#include "git/git_runtime.hpp"
#include "host_services.hpp"
#include "main_frame.hpp"
#include "plugins/plugin_registry.hpp"
#include "preferences_dialog.hpp"
#include "settings/user_settings.hpp"

namespace sapha::gui {

namespace {

const auto kProcessStart = std::chrono::steady_clock::now();

double millisecondsSinceStart()
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - kProcessStart).count();
}

} // namespace

void SaphaApp::OnInitCmdLine(wxCmdLineParser& parser)
{
    parser.AddParam(_("workspace folder"), wxCMD_LINE_VAL_STRING, wxCMD_LINE_PARAM_OPTIONAL);
    parser.AddOption(wxString(), wxString::FromAscii("lang"), _("interface language: th or en"));
    parser.AddSwitch(wxString(), wxString::FromAscii("exit-when-idle"),
        _("print the time to an idle main window and exit (for benchmarks)"));
    parser.AddSwitch(wxString::FromAscii("h"), wxString::FromAscii("help"), _("show this help"), wxCMD_LINE_OPTION_HELP);
    addOptions(parser);
}

bool SaphaApp::OnCmdLineParsed(wxCmdLineParser& parser)
{
    if (parser.GetParamCount() > 0)
        m_workspaceArgument = parser.GetParam(0);
    parser.Found(wxString::FromAscii("lang"), &m_languageArgument);
    m_exitWhenIdle = parser.Found(wxString::FromAscii("exit-when-idle"));
    return readOptions(parser);
}

void SaphaApp::setUpTranslations()
{
    if (!m_languageArgument.empty())
        m_settings.overrideLanguage(ui::fromWx(m_languageArgument));
    const std::string language = m_settings.language();
    if (language == "en")
        return; // the source strings are English
    auto* translations = new wxTranslations;
    translations->SetLanguage(ui::toWx(language));
    // The catalog lives beside the build or install tree: <bin>/../share/locale/<lang>/LC_MESSAGES/sapha.mo.
    wxFileTranslationsLoader::AddCatalogLookupPathPrefix(
        ui::toWx((host::executableDirectory() / ".." / "share" / "locale").string()));
    wxTranslations::Set(translations);
    if (!translations->AddCatalog(wxString::FromAscii("sapha")))
        m_services->log(LogLevel::Warning, "sapha", "no " + language + " catalog found; the interface stays in English");
}

bool SaphaApp::OnInit()
{
    if (!wxApp::OnInit())
        return false;
    wxInitAllImageHandlers();
    SetAppName(wxString::FromAscii("sapha"));
    Result<host::UserSettings> loaded = host::UserSettings::load(host::UserSettings::defaultPath());
    std::string settingsProblem;
    if (loaded)
        m_settings = std::move(loaded.value());
    else
        settingsProblem = loaded.error().describe();
    m_services = std::make_unique<host::HostServices>(m_settings, LogLevel::Warning);
    setUpTranslations();

    m_registry = std::make_unique<host::PluginRegistry>(*m_services);
    m_registry->discover(host::defaultPluginSearchPath());
    m_registry->loadAll();

    m_frame = new MainFrame(m_settings, *m_services, *m_registry);
    const bool unattended = isUnattended();
    m_frame->setUnattended(unattended);
    m_frame->Show();
    if (!settingsProblem.empty())
        m_frame->SetStatusText(ui::toWx(settingsProblem), 0);

    std::string refused;
    for (const host::PluginRecord& record : m_registry->records()) {
        if (record.state == host::PluginState::Refused)
            refused += (refused.empty() ? "" : "; ") + record.manifest.id + ": " + record.reason;
    }
    if (!refused.empty())
        m_frame->SetStatusText(wxString::Format(_("Some plugins were not started (Tools > Plugins): %s"), ui::toWx(refused)), 0);

    if (!m_settings.hasAuthor() && !unattended) {
        PreferencesDialog welcome(m_frame, m_settings, true);
        welcome.ShowModal();
    }
    if (!m_workspaceArgument.empty())
        m_frame->openWorkspace(ui::fromWx(m_workspaceArgument), unattended);
    else if (!m_settings.recentWorkspaces().empty())
        m_frame->openWorkspace(m_settings.recentWorkspaces().front(), true);

    if (m_exitWhenIdle) {
        Bind(wxEVT_IDLE, [this](wxIdleEvent&) {
            static bool reported = false;
            if (reported)
                return;
            reported = true;
            std::printf("startup-to-idle-ms %.1f\n", millisecondsSinceStart());
            std::fflush(stdout);
            m_frame->Close(true);
        });
    }
    frameReady(*m_frame, *m_registry);
    return true;
}

int SaphaApp::OnRun()
{
    const int code = wxApp::OnRun();
    return code != 0 ? code : outcome();
}

int SaphaApp::OnExit()
{
    finish();           // before the plugins: what a subclass made may use them
    m_registry.reset(); // plugins shut down after every editor is gone
    return wxApp::OnExit();
}

bool SaphaApp::isUnattended() const
{
    return m_exitWhenIdle;
}

} // namespace sapha::gui
