// Sapha GUI — the smoke test a person would do, run unattended under Xvfb: open one document of each
// kind, optionally type into the front editor with the real keyboard path and save with Ctrl+S, then
// write a screenshot of every tab and close. Used by the test suite and by `make run` without a display.
// SPDX-License-Identifier: MIT
#pragma once

#include <deque>
#include <map>
#include <memory>
#include <set>
#include <functional>
#include <string>

#include <wx/event.h>
#include <wx/gdicmn.h>
#include <wx/timer.h>

class wxTextCtrl;

#include "plugins/plugin_registry.hpp"

class wxWindow;

namespace sapha::gui {

class MainFrame;

// What the smoke test does beyond opening one document of each kind, screenshots and the compare dialog.
enum class SmokeStep {
    // Before anything else, File > Sync with Server (the test script prepared the remote with a change
    // made elsewhere; the open tabs must show it afterwards, and the conflict bar is clicked).
    Sync,
    // File > Sync with Server clicked with the mouse, the workspace's server an HTTPS host whose
    // certificate no authority of this machine signed (the test script starts it): the message box says
    // why in the reader's language, is looked at, and its OK clicked.
    UntrustedServer,
    // `typedText` is typed at the end of the focused field (real key events).
    Type,
    // Then Ctrl+S on the front editor.
    Save,
    // Once the typed text had time to reach the autosave journal, the process kills itself (SIGKILL, as
    // a crash or power cut would stop it) without saving.
    Crash,
    // After Type, the journal written (it is every 3 s), Ctrl+Z: the document back to as saved (before a
    // Crash, the journal must then be empty: nothing to offer back).
    Undo,
    // In the meeting's tab, by keyboard alone: a sub-item, an action item, attendance, a statistics
    // table; Ctrl+S.
    Minutes,
    // In the standard's tab, by keyboard alone: a component with two indicators and their rubric levels,
    // the second moved above the first, Ctrl+S; then moved back and undone (the editor must then hold
    // what was saved).
    Standard,
    // In the brainstorm session's tab: an idea sorted by keyboard and saved, the session run live (F5)
    // while the test script's "phone" joins over HTTP, the next round, the projector (screenshots
    // -projector*.png), the live session stopped, and Tools > Send to a Standard.
    Board,
    // Export the front document and then every document into `exportDirectory`.
    Export,
    // With the session and the standard open, the standard's second-newest version restored from the
    // history panel with the mouse (right-click, the menu chosen by keyboard, the question answered):
    // exactly the standard must change, whatever tab comes to the front meanwhile.
    Restore,
    // Close the window at once after opening the documents, while the history panel still reads (the
    // test of a large workspace): the program must end cleanly.
    CloseWhileReading,
    // Edit > Find in Workspace by its keys (Ctrl+Shift+F), words typed and Enter, the results' screenshot
    // (-search.png), then Enter on the first result: its document opens in a tab.
    Search,
    // In the standard made from the workshop (the test script sends the session to it), the first
    // indicator chosen in the outline by its keys, then Tools > Where Did This Come From? (Ctrl+Shift+O):
    // the idea it came from is named (screenshot -trace.png), and "Open Where It Came From" opens the
    // session.
    Trace,
    // Tools > Words Kept Whole (Ctrl+Shift+W): a term typed on a line of its own and saved with Ctrl+Enter
    // (screenshot -words.png); the test script checks the commit.
    Vocabulary,
    // While the window is open, `sapha-cli new` (another program) makes a committee's roster in the
    // workspace: the tree shows it without the workspace being opened again.
    Follow,
    // Help > Keyboard Shortcuts by F1: the menus' keys listed (screenshot -keys.png), closed with Escape.
    Keys,
    // Alone, with no workspace open (a first start): the start page shown, "Open the Demo" clicked with
    // the mouse, the demo workspace made and opened (SAPHA_DEMO_DIR), then the window closed.
    Start,
    // File > New > Action Plan by the keyboard, made from the meeting's second open action item; a quarter
    // reported with the mouse and saved; then File > New > Minutes: the next meeting reads the plan's report.
    Plan,
    // A committee member reviewing the standard: its two named versions ("ร่างที่ 1", "เสนอคณะอนุกรรมการ")
    // chosen in the history panel with the mouse (click, Ctrl+click), compared from the right-click menu;
    // the compare view must name the versions and read field by field in the interface's language
    // (screenshot -review-compare.png); closed with Escape.
    Review,
    // The standard's page preview by F9: pages drawn, the last part chosen with End followed to its page;
    // the assessment in front, a word typed, its pages drawn again, saved; F9 again (-preview*.png).
    Preview,
    // The standard's findings bar: its list opened with the mouse (-findings.png), a finding chosen with
    // the keys goes to its indicator; an indicator added with Ctrl+Enter is counted, Ctrl+Z takes it out.
    Findings,
    // A secretary's meeting start to finish in the interface's language (secretary_journey.cpp): a new
    // committee's roster, a meeting of it chosen from the committees, attendance with an invitee, a
    // sub-item with a statistics table, a resolution put to a vote and an action item, the minutes-taker
    // and checker, Thai digits in the preferences and the export through GTK's save dialog, circulated,
    // then certified from item 2 of the next meeting (-secretary-*.png).
    Secretary,
    // A facilitator's session start to finish in the interface's language (facilitator_journey.cpp): File >
    // New > Brainstorm session, its question, the groups renamed and one added; live, where a phone (the
    // test script's Chromium) joins a group and sends ideas; the facilitator's own idea typed; the sorting
    // round, ideas dragged with the mouse into a new cluster named in place; the vote, the phone's dot
    // shown; stopped; Tools > Send to a Standard into a new standard (-facilitator-*.png).
    Facilitator,
};

// A click of the left button at `inside` (in `window`'s client coordinates), the pointer moved there as
// a person's hand would: the journeys' mouse.
void clickInside(wxWindow* window, wxPoint inside);

struct SmokeOptions {
    wxString screenshot; // the main PNG; the other tabs go to <name>-1.png, <name>-2.png ...
    std::string typedText; // ASCII, for SmokeStep::Type
    std::string exportDirectory; // for SmokeStep::Export: front.pdf and all/
    std::set<SmokeStep> steps;

    bool has(SmokeStep step) const { return steps.count(step) > 0; }
    // "sync,type,save,crash,minutes,standard,board,export,restore,close-while-reading"; false on an unknown name.
    bool parseSteps(const std::string& list);
};

class SmokeTest : public wxEvtHandler {
public:
    SmokeTest(MainFrame& frame, const host::PluginRegistry& registry, SmokeOptions options);
    ~SmokeTest() override;

    void start();
    bool failed() const { return m_failed; }

private:
    // Runs `step` after `delayMs` milliseconds, after the steps queued before it.
    void then(int delayMs, std::function<void()> step);
    // Runs `step` as soon as `ready` is true (asked every quarter second, after the steps queued before
    // it); fails, naming `awaited`, when it is not within `timeoutMs`.
    void thenWhen(int timeoutMs, std::function<bool()> ready, std::function<void()> step, std::string awaited);
    void pollUntil(long long deadline, std::function<bool()> ready, std::function<void()> step, std::string awaited);
    void runNext();
    void fail(const std::string& why);
    // Queues a click on the menu bar's `menu`, then on its `item` (English labels, as in the code),
    // both with the mouse; a missing one fails the test naming it.
    void clickMenuPath(const char* menu, const char* item, const std::string& what);
    void openOneOfEachKind();
    void compareFrontDocument();
    // Each tab's label fits the room a tab has (240 DIP of its font), and a shortened one uses most of it.
    void checkTabLabels();
    void onDialogTimer(wxTimerEvent& event);

    // The steps of each part, queued by start().
    void queueSync();
    void queueUntrustedServer();
    void queueStandard();
    void queueBoard();
    void queueMinutes();
    void queueExport();
    void queueRestore();
    void queueStartPage();
    void queueSearch(); // search_journey.cpp
    void queueTrace();  // search_journey.cpp
    void queueVocabulary(); // search_journey.cpp
    void queueFollow(); // search_journey.cpp
    void queueKeys();   // search_journey.cpp
    void queuePlan();   // plan_journey.cpp
    void queueReview(); // review_journey.cpp
    void queuePreview(); // preview_journey.cpp
    void queueFindings(); // findings_journey.cpp
    void queueSecretary(); // secretary_journey.cpp
    void queueFacilitator(); // facilitator_journey.cpp
    // Queues File > New > the kind `kindId`, chosen from the menus by the keyboard.
    void openNewDocumentMenu(const std::string& kindId);
    // Queues File > New > the kind `kindId` with `title` typed (Thai as key events) and Enter: the new
    // document must open in a tab of its own, whose path goes into `made`; `what` names it in failures.
    void openNewDocumentTitled(const std::string& kindId, const std::string& title, std::shared_ptr<std::string> made,
        const std::string& what);
    // Queues File > New > Minutes, no title typed, and `committee` chosen from the committees listed
    // (clicked, then by keys); the question's screenshot gets `screenshotSuffix`.
    void openNewMeetingOf(const std::string& committee, const char* screenshotSuffix);
    std::string m_planPath; // the plan made in the GUI
    std::size_t m_documentsBefore = 0;
    unsigned m_readingsBeforeOpen = 0; // the history panel's, before one document of each kind is opened
    wxString m_narrowLabel; // the meeting's label in the tree before its pane was widened
    wxString m_partExport; // the quarter's report exported from the plan made in the GUI
    int m_committeeRow = 0; // where the meeting's committee is in the new meeting's list
    std::string m_searchChoice; // the document of the first search result
    // The front document as its editor holds it (unsaved edits included), and whether it has unsaved edits.
    Result<std::string> currentText();
    bool isCurrentModified();
    // Clicks (or right-clicks) the history list's row `row` with the mouse.
    void clickHistoryRow(std::size_t row, bool right);

    MainFrame& m_frame;
    const host::PluginRegistry& m_registry;
    SmokeOptions m_options;
    wxString m_screenshot;
    // For the restore: what the other open documents held before it, and the version brought back.
    std::map<std::string, std::string> m_untouched;
    std::string m_restoredId;
    wxTextCtrl* m_dueField = nullptr; // the action item's due date (the minutes step)
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

} // namespace sapha::gui
