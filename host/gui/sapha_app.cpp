// Sapha GUI — the application (see sapha_app.hpp).
// SPDX-License-Identifier: MIT
#include "sapha_app.hpp"

#include "history_panel.hpp"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <memory>

#include <wx/app.h>
#include <wx/cmdline.h>
#include <wx/image.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/translation.h>

#include <sapha/ui/wx_text.hpp>

#include "document_catalog.hpp"
#include "git/git_runtime.hpp"
#include "host_services.hpp"
#include "dialog_labels.hpp"
#include "document_tabs.hpp"
#include "main_frame.hpp"
#include "manual/program_description.hpp"
#include "messages/message_language.hpp"
#include "plugins/plugin_registry.hpp"
#include "preferences_dialog.hpp"
#include "settings/user_settings.hpp"
#include "window_screenshot.hpp"
#include "workspace/workspace_locator.hpp"

namespace sapha::gui {

namespace {

const auto kProcessStart = std::chrono::steady_clock::now();

double millisecondsSinceStart()
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - kProcessStart).count();
}

// The most memory the process has held so far (VmHWM), in megabytes; 0 when the system does not say.
double peakMemoryMegabytes()
{
    std::FILE* status = std::fopen("/proc/self/status", "r");
    if (!status)
        return 0;
    char line[256];
    double kilobytes = 0;
    while (std::fgets(line, sizeof line, status)) {
        if (std::sscanf(line, "VmHWM: %lf kB", &kilobytes) == 1)
            break;
    }
    std::fclose(status);
    return kilobytes / 1024;
}

} // namespace

void SaphaApp::OnInitCmdLine(wxCmdLineParser& parser)
{
    // The options are described once (host/core/manual): the manual page sapha(1) prints the same.
    // The command line is read before any catalog is loaded, so its help is in English.
    parser.AddParam(wxString::FromAscii("workspace folder or document"), wxCMD_LINE_VAL_STRING, wxCMD_LINE_PARAM_OPTIONAL);
    for (const host::OptionDescription& option : host::guiProgramDescription().options) {
        const wxString name = ui::toWx(option.name.substr(2)); // without "--"
        const wxString help = ui::toWx(option.summary.en);
        if (option.name == "--help")
            parser.AddSwitch(wxString::FromAscii("h"), name, help, wxCMD_LINE_OPTION_HELP);
        else if (option.value.empty())
            parser.AddSwitch(wxString(), name, help);
        else
            parser.AddOption(wxString(), name, help);
    }
    addOptions(parser);
}

bool SaphaApp::OnCmdLineParsed(wxCmdLineParser& parser)
{
    if (parser.GetParamCount() > 0)
        m_workspaceArgument = parser.GetParam(0);
    parser.Found(wxString::FromAscii("lang"), &m_languageArgument);
    m_exitWhenIdle = parser.Found(wxString::FromAscii("exit-when-idle"));
    m_exitWhenHistoryShown = parser.Found(wxString::FromAscii("exit-when-history-shown"));
    parser.Found(wxString::FromAscii("screenshot"), &m_screenshotArgument);
    return readOptions(parser);
}

void SaphaApp::setUpTranslations()
{
    if (!m_languageArgument.empty())
        m_settings.overrideLanguage(ui::fromWx(m_languageArgument));
    const std::string language = m_settings.language();
    sapha::setMessageLanguage(language); // errors of the core and the plugins, shown in message boxes
    if (language == "en")
        return; // the source strings are English
    auto* translations = new wxTranslations;
    translations->SetLanguage(ui::toWx(language));
    // The catalog lives beside the build or install tree: <bin>/../share/locale/<lang>/LC_MESSAGES/sapha.mo.
    wxFileTranslationsLoader::AddCatalogLookupPathPrefix(
        ui::toWx((host::executableDirectory() / ".." / "share" / "locale").string()));
    wxTranslations::Set(translations);
    if (!translations->AddCatalog(wxString::FromAscii("sapha"))) {
        m_services->log(LogLevel::Warning, "sapha", "no " + language + " catalog found; the interface stays in English");
        return;
    }
    m_dialogLabels.Register(); // message boxes' buttons in the same language (dialog_labels.hpp)
    useLanguageForToolkit(language.c_str());
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
        openArgument(ui::fromWx(m_workspaceArgument), unattended);
    else if (!m_settings.recentWorkspaces().empty())
        m_frame->openWorkspace(m_settings.recentWorkspaces().front(), true);

    if (m_exitWhenHistoryShown) {
        // Set before the document's history is read (it is, on a thread, once its tab is chosen).
        m_frame->historyPanel().onShown([this](const std::string& path) {
            std::printf("document-history-ms %.1f\npath %s\n", millisecondsSinceStart(), path.c_str());
            std::fflush(stdout);
            m_frame->Close(true);
        });
    }
    if (m_exitWhenIdle) {
        Bind(wxEVT_IDLE, [this](wxIdleEvent&) {
            static bool reported = false;
            if (reported)
                return;
            reported = true;
            std::printf("startup-to-idle-ms %.1f\npeak-memory-mb %.1f\n", millisecondsSinceStart(), peakMemoryMegabytes());
            std::fflush(stdout);
            m_frame->Close(true);
        });
    }
    if (!m_screenshotArgument.empty())
        takeScreenshotWhenReady();
    frameReady(*m_frame, *m_registry);
    return true;
}

void SaphaApp::takeScreenshotWhenReady()
{
    m_screenshotTimer.Bind(wxEVT_TIMER, [this](wxTimerEvent&) {
        m_screenshotTaken = true;
        m_screenshotFailed = !saveScreenshot(m_frame, m_screenshotArgument);
        // What the picture shows, for a script to check without reading pixels.
        const std::size_t tabs = m_frame->tabs().count();
        std::printf("window \"%s\"\nmenu \"%s\"\ntabs %zu\n", static_cast<const char*>(m_frame->GetTitle().utf8_str()),
            static_cast<const char*>(wxMenuItem::GetLabelText(m_frame->GetMenuBar()->GetMenuLabel(0)).utf8_str()), tabs);
        std::fflush(stdout);
        m_frame->Close(true);
    });
    // Idle once the workspace and document are open; then a moment for GTK to paint the tab.
    Bind(wxEVT_IDLE, [this](wxIdleEvent&) {
        if (!m_screenshotTimer.IsRunning() && !m_screenshotTaken)
            m_screenshotTimer.StartOnce(800);
    });
}

int SaphaApp::OnRun()
{
    const int code = wxApp::OnRun();
    if (code != 0)
        return code;
    return m_screenshotFailed ? 1 : outcome();
}

int SaphaApp::OnExit()
{
    finish();           // before the plugins: what a subclass made may use them
    m_registry.reset(); // plugins shut down after every editor is gone
    return wxApp::OnExit();
}

void SaphaApp::openArgument(const std::string& argument, bool quiet)
{
    // A folder is a workspace; a file is a document, opened in the workspace that holds it (what a
    // double-click in the file manager gives, through the desktop entry's %f).
    std::error_code error;
    if (std::filesystem::is_directory(argument, error) || !std::filesystem::exists(argument, error)) {
        m_frame->openWorkspace(argument, quiet);
        return;
    }
    Result<host::DocumentLocation> location = host::locateDocument(argument);
    if (!location) {
        if (!quiet)
            wxMessageBox(ui::toWx(location.error().describe()), _("The document could not be opened"), wxOK | wxICON_ERROR, m_frame);
        m_frame->SetStatusText(ui::toWx(location.error().describe()), 0);
        return;
    }
    if (m_frame->openWorkspace(location.value().workspace.string(), quiet))
        m_frame->openDocument(location.value().path);
}

bool SaphaApp::isUnattended() const
{
    return m_exitWhenIdle || m_exitWhenHistoryShown || !m_screenshotArgument.empty();
}

} // namespace sapha::gui
