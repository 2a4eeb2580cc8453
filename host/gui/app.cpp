// Sapha GUI — the application: settings, language, plugins, the main window, and the
// headless smoke-test and start-up measurement modes used by the tests and benchmarks.
// SPDX-License-Identifier: MIT
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
#include "smoke_test.hpp"
#include "settings/user_settings.hpp"

namespace sapha::gui {

namespace {

const auto kProcessStart = std::chrono::steady_clock::now();

double millisecondsSinceStart()
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - kProcessStart).count();
}

} // namespace

class SaphaApp : public wxApp {
public:
    bool OnInit() override;
    int OnExit() override;
    void OnInitCmdLine(wxCmdLineParser& parser) override;
    bool OnCmdLineParsed(wxCmdLineParser& parser) override;

private:
    void setUpTranslations();

    host::git::Runtime m_git;
    host::UserSettings m_settings;
    std::unique_ptr<host::HostServices> m_services;
    std::unique_ptr<host::PluginRegistry> m_registry;
    MainFrame* m_frame = nullptr;
    wxString m_workspaceArgument;
    wxString m_smokeScreenshot;
    wxString m_languageArgument;
    bool m_exitWhenIdle = false;
    SmokeOptions m_smoke;
    std::unique_ptr<SmokeTest> m_smokeTest;
};

void SaphaApp::OnInitCmdLine(wxCmdLineParser& parser)
{
    parser.AddParam(_("workspace folder"), wxCMD_LINE_VAL_STRING, wxCMD_LINE_PARAM_OPTIONAL);
    parser.AddOption(wxString(), wxString::FromAscii("lang"), _("interface language: th or en"));
    parser.AddOption(wxString(), wxString::FromAscii("smoke-test"),
        _("open one document of each kind, save a screenshot to this PNG file and exit"));
    parser.AddOption(wxString(), wxString::FromAscii("smoke-steps"),
        _("with --smoke-test: what to do, comma-separated: sync, type, save, crash, minutes, standard, board, export, "
          "restore, close-while-reading"));
    parser.AddOption(wxString(), wxString::FromAscii("smoke-type"),
        _("with --smoke-test: type this text into the front editor (the step type)"));
    parser.AddOption(wxString(), wxString::FromAscii("smoke-export"),
        _("with --smoke-test: export the front document and then every document into this folder (the step export)"));
    parser.AddSwitch(wxString(), wxString::FromAscii("exit-when-idle"),
        _("print the time to an idle main window and exit (for benchmarks)"));
    parser.AddSwitch(wxString::FromAscii("h"), wxString::FromAscii("help"), _("show this help"), wxCMD_LINE_OPTION_HELP);
}

bool SaphaApp::OnCmdLineParsed(wxCmdLineParser& parser)
{
    if (parser.GetParamCount() > 0)
        m_workspaceArgument = parser.GetParam(0);
    parser.Found(wxString::FromAscii("lang"), &m_languageArgument);
    parser.Found(wxString::FromAscii("smoke-test"), &m_smokeScreenshot);
    wxString typed;
    wxString exportDirectory;
    wxString steps;
    if (parser.Found(wxString::FromAscii("smoke-type"), &typed)) {
        m_smoke.typedText = ui::fromWx(typed);
        m_smoke.steps.insert(SmokeStep::Type);
    }
    if (parser.Found(wxString::FromAscii("smoke-export"), &exportDirectory)) {
        m_smoke.exportDirectory = ui::fromWx(exportDirectory);
        m_smoke.steps.insert(SmokeStep::Export);
    }
    if (parser.Found(wxString::FromAscii("smoke-steps"), &steps) && !m_smoke.parseSteps(ui::fromWx(steps))) {
        wxMessageOutput::Get()->Printf(wxString::FromAscii("sapha: --smoke-steps: unknown step in \"%s\"\n"), steps);
        return false;
    }
    m_exitWhenIdle = parser.Found(wxString::FromAscii("exit-when-idle"));
    return true;
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
    m_frame->setUnattended(!m_smokeScreenshot.empty() || m_exitWhenIdle);
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

    const bool unattended = !m_smokeScreenshot.empty() || m_exitWhenIdle;
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
    if (!m_smokeScreenshot.empty()) {
        m_smoke.screenshot = m_smokeScreenshot;
        m_smokeTest = std::make_unique<SmokeTest>(*m_frame, *m_registry, m_smoke);
        CallAfter([this] { m_smokeTest->start(); });
    }
    return true;
}

int SaphaApp::OnExit()
{
    const bool smokeFailed = m_smokeTest && m_smokeTest->failed();
    m_smokeTest.reset();
    m_registry.reset(); // plugins shut down after every editor is gone
    const int code = wxApp::OnExit();
    return smokeFailed ? 1 : code;
}

} // namespace sapha::gui

wxIMPLEMENT_APP(sapha::gui::SaphaApp);
