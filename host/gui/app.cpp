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
#include <wx/timer.h>
#include <wx/translation.h>

#include <gdk/gdk.h>

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

// Copies what the screen shows of `window` into a PNG file. GDK reads the X server's pixels directly:
// wxScreenDC on GTK3 returned the first frame it saw again and again.
bool saveScreenshot(wxWindow* window, const wxString& file)
{
    window->Update();
    const wxRect rect = window->GetScreenRect();
    GdkWindow* root = gdk_get_default_root_window();
    GdkPixbuf* pixbuf = gdk_pixbuf_get_from_window(root, rect.x, rect.y, rect.width, rect.height);
    if (!pixbuf)
        return false;
    GError* error = nullptr;
    const bool saved = gdk_pixbuf_save(pixbuf, file.utf8_str(), "png", &error, nullptr);
    if (error) {
        std::fprintf(stderr, "smoke test: %s\n", error->message);
        g_error_free(error);
    }
    g_object_unref(pixbuf);
    return saved;
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
    void runSmokeTest();
    void finishSmokeTest();
    void captureTab(std::size_t index);

    host::git::Runtime m_git;
    host::UserSettings m_settings;
    std::unique_ptr<host::HostServices> m_services;
    std::unique_ptr<host::PluginRegistry> m_registry;
    MainFrame* m_frame = nullptr;
    wxString m_workspaceArgument;
    wxString m_smokeScreenshot;
    wxString m_languageArgument;
    bool m_exitWhenIdle = false;
    bool m_smokeFailed = false;
    wxTimer m_smokeTimer;
    std::function<void()> m_smokeStep; // what the smoke timer does next
};

void SaphaApp::OnInitCmdLine(wxCmdLineParser& parser)
{
    parser.AddParam(_("workspace folder"), wxCMD_LINE_VAL_STRING, wxCMD_LINE_PARAM_OPTIONAL);
    parser.AddOption(wxString(), wxString::FromAscii("lang"), _("interface language: th or en"));
    parser.AddOption(wxString(), wxString::FromAscii("smoke-test"),
        _("open one document of each kind, save a screenshot to this PNG file and exit"));
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
    if (!m_smokeScreenshot.empty())
        CallAfter([this] { runSmokeTest(); });
    return true;
}

void SaphaApp::runSmokeTest()
{
    // One document of each kind, as a user would double-click them in the tree.
    host::Workspace* workspace = m_frame->workspace();
    if (!workspace) {
        std::fprintf(stderr, "smoke test: no workspace is open\n");
        m_smokeFailed = true;
        m_frame->Close(true);
        return;
    }
    m_frame->WarpPointer(2, 2); // keep the pointer (and its tooltips) out of the screenshots
    std::vector<std::string> seenKinds;
    for (const host::DocumentEntry& entry : host::listDocuments(*workspace, *m_registry)) {
        if (std::find(seenKinds.begin(), seenKinds.end(), entry.kindId) != seenKinds.end())
            continue;
        seenKinds.push_back(entry.kindId);
        Status opened = m_frame->openDocument(entry.path);
        std::printf("smoke test: open %s: %s\n", entry.path.c_str(), opened ? "ok" : opened.error().describe().c_str());
        if (!opened)
            m_smokeFailed = true;
    }
    if (seenKinds.size() < m_registry->documentKinds().size()) {
        std::fprintf(stderr, "smoke test: the workspace lacks a document of some kind\n");
        m_smokeFailed = true;
    }
    // Give GTK time to lay out and paint, and the history worker time to answer.
    m_smokeTimer.Bind(wxEVT_TIMER, [this](wxTimerEvent&) {
        std::function<void()> step = m_smokeStep;
        if (step)
            step();
    });
    m_smokeStep = [this] { finishSmokeTest(); };
    m_smokeTimer.StartOnce(1500);
}

void SaphaApp::finishSmokeTest()
{
    std::printf("smoke test: %zu tabs open, %zu history rows\n", m_frame->openPaths().size(), m_frame->historyRowCount());
    if (m_frame->historyRowCount() == 0) {
        std::fprintf(stderr, "smoke test: the history panel shows nothing\n");
        m_smokeFailed = true;
    }
    // The last tab opened is in front: that is the main screenshot. Then every other tab is brought
    // to the front in turn and captured once GTK has painted it (name-1.png, name-2.png ...).
    if (!saveScreenshot(m_frame, m_smokeScreenshot)) {
        std::fprintf(stderr, "smoke test: the screenshot could not be written\n");
        m_smokeFailed = true;
    }
    captureTab(0);
}

void SaphaApp::captureTab(std::size_t index)
{
    if (index + 1 >= m_frame->openPaths().size()) {
        std::fflush(stdout);
        m_frame->Close(true);
        return;
    }
    m_frame->showTab(index);
    m_smokeStep = [this, index] {
        wxString file = m_smokeScreenshot;
        file.Replace(wxString::FromAscii(".png"), wxString::Format(wxASCII_STR("-%zu.png"), index + 1));
        if (!saveScreenshot(m_frame, file))
            m_smokeFailed = true;
        CallAfter([this, index] { captureTab(index + 1); });
    };
    m_smokeTimer.StartOnce(700);
}


int SaphaApp::OnExit()
{
    m_registry.reset(); // plugins shut down after every editor is gone
    const int code = wxApp::OnExit();
    return m_smokeFailed ? 1 : code;
}

} // namespace sapha::gui

wxIMPLEMENT_APP(sapha::gui::SaphaApp);
