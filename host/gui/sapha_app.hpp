// Sapha GUI — the application: settings, language, plugins, the main window, and the start-up
// measurement mode of the benchmarks (--exit-when-idle). A program may build on it (the GUI test's
// scenario runner does): it adds command-line options, is told when the window is ready, and says how the
// program ended.
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <string>

#include <wx/app.h>
#include <wx/string.h>
#include <wx/timer.h>

#include "dialog_labels.hpp"
#include "git/git_runtime.hpp"
#include "host_services.hpp"
#include "plugins/plugin_registry.hpp"
#include "settings/user_settings.hpp"

class wxCmdLineParser;

namespace sapha::gui {

class MainFrame;

class SaphaApp : public wxApp {
public:
    bool OnInit() override;
    // The main loop, then the program's exit code: wx ignores what OnExit returns, so a program built on
    // this one says how it ended through outcome().
    int OnRun() override;
    int OnExit() override;
    void OnInitCmdLine(wxCmdLineParser& parser) override;
    bool OnCmdLineParsed(wxCmdLineParser& parser) override;

protected:
    // Options of a program built on this one, and reading them; false stops the program.
    virtual void addOptions(wxCmdLineParser&) { }
    virtual bool readOptions(wxCmdLineParser&) { return true; }
    // True: no question is asked of a person (nobody is there): no welcome, recovery accepted.
    virtual bool isUnattended() const;
    // The window is shown and its workspace opened.
    virtual void frameReady(MainFrame&, host::PluginRegistry&) { }
    // Once the main loop has ended: the exit code (non-zero: what the program did failed).
    virtual int outcome() { return 0; }
    // At exit, before the plugins stop: release what was made in frameReady.
    virtual void finish() { }

private:
    void setUpTranslations();
    // The command line's workspace folder, or a document file opened in the workspace holding it.
    void openArgument(const std::string& argument, bool quiet);
    // --screenshot: a picture of the window once it is ready, then exit.
    void takeScreenshotWhenReady();

    host::git::Runtime m_git;
    host::UserSettings m_settings;
    std::unique_ptr<host::HostServices> m_services;
    std::unique_ptr<host::PluginRegistry> m_registry;
    MainFrame* m_frame = nullptr;
    wxString m_workspaceArgument;
    wxString m_languageArgument;
    bool m_exitWhenIdle = false;
    bool m_exitWhenHistoryShown = false;
    DialogLabels m_dialogLabels;
    wxString m_screenshotArgument;
    wxTimer m_screenshotTimer;
    bool m_screenshotTaken = false;
    bool m_screenshotFailed = false;
};

} // namespace sapha::gui
