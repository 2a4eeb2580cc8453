// Sapha GUI — the smoke test a person would do, run unattended under Xvfb: open one document of each
// kind, optionally type into the front editor with the real keyboard path and save with Ctrl+S, then
// write a screenshot of every tab and close. Used by the test suite and by `make run` without a display.
// SPDX-License-Identifier: MIT
#pragma once

#include <deque>
#include <functional>
#include <string>

#include <wx/event.h>
#include <wx/timer.h>

#include "plugins/plugin_registry.hpp"

namespace sapha::gui {

class MainFrame;

class SmokeTest : public wxEvtHandler {
public:
    // `screenshot` is the main PNG; the other tabs go to <name>-1.png, <name>-2.png ...
    // `typedText` (ASCII), when not empty, is typed at the end of the focused field and saved.
    // `exportDirectory`, when not empty, receives front.pdf (the front editor's document, through File >
    // Export) and all/ (every document, through File > Export All with its progress dialog).
    // `minutesByKeyboard`: in the meeting's tab, Ctrl+Shift+Enter adds a sub-item under the first item
    // ("Follow-up by keyboard"), Ctrl+Shift+A an action item ("Draft the plan", Tab, "Secretariat"), Ctrl+S.
    // `standardByKeyboard`: in the standard's tab, a component with two indicators and their rubric levels
    // typed by keyboard alone, the second moved above the first, Ctrl+S; then moved back and undone (the
    // editor must then hold what was saved).
    // `syncFirst`: before anything else, File > Sync with Server (the test script prepared the remote with
    // a change made elsewhere; the open tabs must show it afterwards).
    // `boardLive`: in the brainstorm session's tab, an idea sorted by keyboard and saved, the session run
    // live (F5) while the test script's "phone" joins over HTTP and sends an idea, the next round, the
    // projector (board and word cloud, screenshots -projector*.png), the live session stopped.
    // `crashAfterTyping`: once the typed text had time to reach the autosave journal, the process kills
    // itself (SIGKILL, as a crash or power cut would stop it) without saving.
    SmokeTest(MainFrame& frame, const host::PluginRegistry& registry, wxString screenshot, std::string typedText,
        std::string exportDirectory, bool crashAfterTyping, bool saveWithKeyboard, bool minutesByKeyboard = false,
        bool standardByKeyboard = false, bool boardLive = false, bool syncFirst = false);
    ~SmokeTest() override;

    void start();
    bool failed() const { return m_failed; }

private:
    // Runs `step` after `delayMs` milliseconds, after the steps queued before it.
    void then(int delayMs, std::function<void()> step);
    void runNext();
    void fail(const std::string& why);
    void openOneOfEachKind();
    void captureTab(std::size_t index, const wxString& file);
    void compareFrontDocument();
    void onDialogTimer(wxTimerEvent& event);

    MainFrame& m_frame;
    const host::PluginRegistry& m_registry;
    wxString m_screenshot;
    std::string m_typedText;
    std::string m_exportDirectory;
    bool m_crashAfterTyping = false;
    bool m_saveWithKeyboard = false; // Ctrl+S on the front editor, after any typing
    // In the meeting: a sub-item and an action item added and filled with the keyboard alone, saved.
    bool m_minutesByKeyboard = false;
    bool m_standardByKeyboard = false;
    bool m_boardLive = false;
    bool m_syncFirst = false;
    // Brings the tab of the first open document whose path ends with `suffix` to the front, focused.
    void showTabOf(const std::string& suffix);
    // A screenshot of another top-level window (the projector), named after the main one with `suffix`.
    void screenshotOtherWindow(const char* suffix);
    std::deque<std::pair<int, std::function<void()>>> m_steps;
    wxTimer m_timer;
    wxTimer m_dialogTimer; // fires inside the compare dialog's modal loop
    wxString m_dialogScreenshot;
    bool m_failed = false;
};

// Writes what the screen shows of `window` to a PNG file.
bool saveScreenshot(wxWindow* window, const wxString& file);

} // namespace sapha::gui
