// Sapha tests — the GUI test's program: Sapha itself (the GUI library) with a scenario of steps run
// unattended under Xvfb with real key and mouse events (smoke_test.hpp). `make run` without a display runs
// it too, for its screenshots.
// SPDX-License-Identifier: MIT
#include <memory>

#include <wx/cmdline.h>
#include <wx/msgout.h>

#include <sapha/ui/wx_text.hpp>

#include "main_frame.hpp"
#include "sapha_app.hpp"
#include "smoke_test.hpp"

namespace sapha::gui {

class ScenarioApp : public SaphaApp {
protected:
    void addOptions(wxCmdLineParser& parser) override
    {
        parser.AddOption(wxString(), wxString::FromAscii("smoke-test"),
            wxString::FromAscii("open one document of each kind, run the steps, save screenshots named after this PNG file "
                                "and exit"));
        parser.AddOption(wxString(), wxString::FromAscii("smoke-steps"),
            wxString::FromAscii("what to do, comma-separated: sync, type, save, crash, minutes, standard, board, export, "
                                "restore, close-while-reading"));
        parser.AddOption(wxString(), wxString::FromAscii("smoke-type"),
            wxString::FromAscii("type this text into the front editor (the step type)"));
        parser.AddOption(wxString(), wxString::FromAscii("smoke-export"),
            wxString::FromAscii("export the front document and then every document into this folder (the step export)"));
    }

    bool readOptions(wxCmdLineParser& parser) override
    {
        wxString text;
        if (parser.Found(wxString::FromAscii("smoke-test"), &text))
            m_options.screenshot = text;
        if (parser.Found(wxString::FromAscii("smoke-type"), &text)) {
            m_options.typedText = ui::fromWx(text);
            m_options.steps.insert(SmokeStep::Type);
        }
        if (parser.Found(wxString::FromAscii("smoke-export"), &text)) {
            m_options.exportDirectory = ui::fromWx(text);
            m_options.steps.insert(SmokeStep::Export);
        }
        if (parser.Found(wxString::FromAscii("smoke-steps"), &text) && !m_options.parseSteps(ui::fromWx(text))) {
            wxMessageOutput::Get()->Printf(wxString::FromAscii("sapha-scenario: --smoke-steps: unknown step in \"%s\"\n"), text);
            return false;
        }
        if (m_options.screenshot.empty()) {
            wxMessageOutput::Get()->Printf(wxString::FromAscii("sapha-scenario: --smoke-test FILE.png is required\n"));
            return false;
        }
        return true;
    }

    bool isUnattended() const override { return true; }

    void frameReady(MainFrame& frame, host::PluginRegistry& registry) override
    {
        m_test = std::make_unique<SmokeTest>(frame, registry, m_options);
        CallAfter([this] { m_test->start(); });
    }

    // A step that failed fails the program (the GUI test scripts check its exit code).
    int outcome() override { return m_test && m_test->failed() ? 1 : 0; }

    void finish() override { m_test.reset(); }

private:
    SmokeOptions m_options;
    std::unique_ptr<SmokeTest> m_test;
};

} // namespace sapha::gui

wxIMPLEMENT_APP(sapha::gui::ScenarioApp);
