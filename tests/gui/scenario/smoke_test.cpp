// Sapha GUI — the unattended smoke test.
// SPDX-License-Identifier: MIT
#include "smoke_test.hpp"

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <filesystem>

#include <wx/dialog.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/time.h>
#include <wx/uiaction.h>

#include <sapha/ui/date_field.hpp>
#include <sapha/ui/wx_text.hpp>


#include "documents/documents.hpp"
#include "workspace/workspace.hpp"
#include "export_all_job.hpp"
#include "conflict_bar.hpp"
#include "document_tabs.hpp"
#include "export_actions.hpp"
#include "history_actions.hpp"
#include "history_panel.hpp"
#include "journey_helpers.hpp"
#include "sync_actions.hpp"
#include "main_frame.hpp"
#include "window_screenshot.hpp"

namespace sapha::gui {

namespace {
constexpr int kStepTimerId = wxID_HIGHEST + 900;
constexpr int kDialogTimerId = wxID_HIGHEST + 901;
} // namespace

bool SmokeOptions::parseSteps(const std::string& list)
{
    static const std::map<std::string, SmokeStep> kNames = { { "sync", SmokeStep::Sync }, { "untrusted", SmokeStep::UntrustedServer }, { "type", SmokeStep::Type },
        { "save", SmokeStep::Save }, { "crash", SmokeStep::Crash }, { "undo", SmokeStep::Undo }, { "minutes", SmokeStep::Minutes },
        { "standard", SmokeStep::Standard }, { "board", SmokeStep::Board }, { "export", SmokeStep::Export },
        { "restore", SmokeStep::Restore }, { "close-while-reading", SmokeStep::CloseWhileReading },
        { "start", SmokeStep::Start }, { "search", SmokeStep::Search }, { "trace", SmokeStep::Trace }, { "words", SmokeStep::Vocabulary }, { "follow", SmokeStep::Follow }, { "keys", SmokeStep::Keys },
        { "plan", SmokeStep::Plan }, { "review", SmokeStep::Review },
        { "preview", SmokeStep::Preview }, { "findings", SmokeStep::Findings }, { "secretary", SmokeStep::Secretary },
        { "facilitator", SmokeStep::Facilitator } };
    std::size_t start = 0;
    while (start <= list.size()) {
        const std::size_t end = std::min(list.find(',', start), list.size());
        const std::string name = list.substr(start, end - start);
        if (!name.empty()) {
            auto found = kNames.find(name);
            if (found == kNames.end())
                return false;
            steps.insert(found->second);
        }
        start = end + 1;
    }
    return true;
}

SmokeTest::SmokeTest(MainFrame& frame, const host::PluginRegistry& registry, SmokeOptions options)
    : m_frame(frame)
    , m_registry(registry)
    , m_options(std::move(options))
    , m_screenshot(m_options.screenshot)
    , m_timer(this, kStepTimerId)
    , m_dialogTimer(this, kDialogTimerId)
{
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { runNext(); }, kStepTimerId);
    Bind(wxEVT_TIMER, &SmokeTest::onDialogTimer, this, kDialogTimerId);
}

SmokeTest::~SmokeTest() = default;

void clickInside(wxWindow* window, wxPoint inside)
{
    wxUIActionSimulator mouse;
    mouse.MouseMove(window->ClientToScreen(inside));
    mouse.MouseClick();
}

void SmokeTest::fail(const std::string& why)
{
    std::fprintf(stderr, "smoke test: %s\n", why.c_str());
    m_failed = true;
}

void SmokeTest::then(int delayMs, std::function<void()> step)
{
    m_steps.emplace_back(delayMs, std::move(step));
}

void SmokeTest::thenWhen(int timeoutMs, std::function<bool()> ready, std::function<void()> step, std::string awaited)
{
    then(250, [this, timeoutMs, ready = std::move(ready), step = std::move(step), awaited = std::move(awaited)] {
        pollUntil(wxGetLocalTimeMillis().GetValue() + timeoutMs, ready, step, awaited);
    });
}

void SmokeTest::pollUntil(long long deadline, std::function<bool()> ready, std::function<void()> step, std::string awaited)
{
    if (ready()) {
        step();
        return;
    }
    if (wxGetLocalTimeMillis().GetValue() > deadline) {
        fail("waited in vain for " + awaited);
        return;
    }
    // Asked again before any later step runs.
    m_steps.emplace_front(250, [this, deadline, ready = std::move(ready), step = std::move(step), awaited = std::move(awaited)] {
        pollUntil(deadline, ready, step, awaited);
    });
}

void SmokeTest::runNext()
{
    if (m_steps.empty())
        return;
    auto step = std::move(m_steps.front().second);
    m_steps.pop_front();
    step();
    if (!m_steps.empty())
        m_timer.StartOnce(std::max(1, m_steps.front().first));
}

void SmokeTest::start()
{
    m_frame.WarpPointer(2, 2); // keep the pointer (and its tooltips) out of the screenshots
    // The whole window is on the screen, whatever its size (the GUI tests run at 1400×900 and 1366×768).
    const wxRect screen = wxGetClientDisplayRect();
    const wxRect window = m_frame.GetScreenRect();
    std::printf("smoke test: window %dx%d on a screen of %dx%d\n", window.width, window.height, screen.width, screen.height);
    if (!screen.Contains(window))
        fail("the main window does not fit on the screen");
    if (m_options.has(SmokeStep::Start)) {
        queueStartPage();
        m_timer.StartOnce(1);
        return;
    }
    then(0, [this] { openOneOfEachKind(); });
    if (m_options.has(SmokeStep::CloseWhileReading)) {
        // The history panel is reading the last document opened (on a large workspace, every document's
        // links): the window closes now, as a person quitting at once would.
        then(50, [this] {
            std::printf("smoke test: closing while the history is read\n");
            std::fflush(stdout);
            m_frame.Close(true);
        });
        m_timer.StartOnce(1);
        return;
    }
    then(1500, [this] {
        // One document of each kind opened in a row, each asking for its history three times (its tab
        // chosen, the tree's selection, the open itself): one history read, the last document's.
        const unsigned readings = m_frame.historyPanel().readingsStarted() - m_readingsBeforeOpen;
        std::printf("smoke test: histories read while opening the documents: %u\n", readings);
        if (readings != 1)
            fail("the history panel read a history for each request instead of the last one's");
    });
    if (m_options.has(SmokeStep::Sync))
        queueSync();
    if (m_options.has(SmokeStep::Type)) {
        // Real key events through the X server, as a person's keyboard: to the end of the focused field,
        // the text, then Ctrl+S through the menu's accelerator.
        then(1500, [this] {
            wxUIActionSimulator keyboard;
            keyboard.Char(WXK_END);
            keyboard.Text(m_options.typedText.c_str());
        });
        if (m_options.has(SmokeStep::Undo)) {
            then(4000, [] { wxUIActionSimulator().Char('Z', wxMOD_CONTROL); });
            then(500, [this] {
                OpenDocument* front = m_frame.tabs().current();
                const bool modified = !front || front->editor->isModified();
                std::printf("smoke test: the typed edit undone: %s\n", modified ? "still modified" : "as saved");
                if (modified)
                    fail("Ctrl+Z did not take the typed edit back");
            });
        }
        if (m_options.has(SmokeStep::Crash)) {
            then(4500, [] {
                std::printf("smoke test: crashing with unsaved changes\n");
                std::fflush(stdout);
                std::raise(SIGKILL);
            });
        }
    }
    if (m_options.has(SmokeStep::Save))
        then(m_options.typedText.empty() ? 1500 : 800, [] { wxUIActionSimulator().Char('S', wxMOD_CONTROL); });
    // After the typing (a message box takes the keyboard's focus from the field typed into).
    if (m_options.has(SmokeStep::UntrustedServer))
        queueUntrustedServer();
    if (m_options.has(SmokeStep::Standard))
        queueStandard();
    if (m_options.has(SmokeStep::Board))
        queueBoard();
    if (m_options.has(SmokeStep::Minutes))
        queueMinutes();
    if (m_options.has(SmokeStep::Export))
        queueExport();
    if (m_options.has(SmokeStep::Preview))
        queuePreview();
    if (m_options.has(SmokeStep::Review))
        queueReview();
    if (m_options.has(SmokeStep::Findings))
        queueFindings();
    if (m_options.has(SmokeStep::Restore))
        queueRestore();
    if (m_options.has(SmokeStep::Search))
        queueSearch();
    if (m_options.has(SmokeStep::Trace))
        queueTrace();
    if (m_options.has(SmokeStep::Vocabulary))
        queueVocabulary();
    if (m_options.has(SmokeStep::Follow))
        queueFollow();
    if (m_options.has(SmokeStep::Keys))
        queueKeys();
    if (m_options.has(SmokeStep::Plan))
        queuePlan();
    if (m_options.has(SmokeStep::Secretary))
        queueSecretary();
    if (m_options.has(SmokeStep::Facilitator))
        queueFacilitator();
    then(500, [this] { compareFrontDocument(); });
    then(1500, [this] {
        std::printf("smoke test: %zu tabs open, %zu history rows\n", m_frame.tabs().paths().size(), m_frame.historyPanel().revisionCount());
        checkTabLabels();
        if (m_frame.historyPanel().revisionCount() == 0)
            fail("the history panel shows nothing");
        if (!saveScreenshot(&m_frame, m_screenshot))
            fail("the screenshot could not be written");
    });
    const std::size_t tabs = m_frame.tabs().paths().empty() ? m_registry.documentKinds().size() : m_frame.tabs().paths().size();
    for (std::size_t i = 0; i < tabs; ++i) { // every tab, the front one too (it may not be the last)
        wxString file = m_screenshot;
        file.Replace(wxString::FromAscii(".png"), wxString::Format(wxASCII_STR("-%zu.png"), i + 1));
        then(0, [this, i] { m_frame.tabs().show(i); });
        then(700, [this, file] {
            if (!saveScreenshot(&m_frame, file))
                fail("a tab's screenshot could not be written");
        });
    }
    then(0, [this] {
        std::fflush(stdout);
        m_frame.Close(true);
    });
    m_timer.StartOnce(1);
}


void SmokeTest::clickMenuPath(const char* menu, const char* item, const std::string& what)
{
    then(1000, [this, menu, what] {
        if (!clickMenuItem(menu))
            fail("the menu bar has no menu for " + what);
    });
    then(700, [this, item, what] {
        if (!clickMenuItem(item))
            fail("the menu has no item for " + what);
    });
}

void SmokeTest::queueUntrustedServer()
{
    clickMenuPath("&File", "S&ync with Server\tCtrl+Shift+Y", "File > Sync with Server");
    then(3000, [this] {
        GtkMessageDialog* box = shownMessageBox();
        const std::string said = box ? messageBoxText(box) : std::string();
        std::printf("smoke test: syncing with a server this machine does not trust says: %s\n", said.c_str());
        if (!saveScreenshot(&m_frame, shotName(m_screenshot, "-untrusted-server.png")))
            fail("the untrusted server's screenshot could not be written");
        const char* expected = ui::interfaceIsThai() ? "แสดงใบรับรองที่เครื่องนี้ไม่เชื่อถือ" : "presented a certificate this computer does not trust";
        if (said.find(expected) == std::string::npos)
            fail("a sync with an untrusted server did not say why: " + said);
        if (box && !clickMessageBoxOk())
            fail("the message box has no OK button to click");
    });
    then(800, [this] {
        if (shownMessageBox())
            fail("the message box did not close");
    });
}

void SmokeTest::queueSync()
{
    then(1500, [this] {
        m_frame.syncActions().syncWithServer();
        std::printf("smoke test: synced with the server: %s\n", static_cast<const char*>(m_frame.GetStatusBar()->GetStatusText(0).utf8_str()));
    });
    // The test script changed the meeting's first item title here and elsewhere: the meeting's tab
    // shows the conflict above its editor; a screenshot, then "Take theirs" clicked with the mouse.
    then(1500, [this] {
        showTabOf(".meeting.xml");
        wxString file = m_screenshot;
        file.Replace(wxString::FromAscii(".png"), wxString::FromAscii("-conflict.png"));
        if (!saveScreenshot(&m_frame, file))
            fail("the conflict's screenshot could not be written");
    });
    then(300, [this] {
        wxWindow* button = wxWindow::FindWindowByName(ConflictBar::buttonName("item-1", xml::Side::Theirs), &m_frame);
        if (!button) {
            fail("the meeting's tab shows no conflict to choose for item-1");
            return;
        }
        wxUIActionSimulator mouse;
        mouse.MouseMove(button->GetScreenRect().GetPosition() + wxPoint(8, 8));
        mouse.MouseClick();
    });
    then(1500, [this] {
        m_frame.WarpPointer(2, 2);
        Result<std::string> text = m_frame.workspace()->readWorking("minutes/chiangrai-1-2563.meeting.xml");
        const bool settled = text && !xml::hasConflictRecords(text.value());
        const bool theirs = text && text.value().find("ทราบ (from elsewhere)</title>") != std::string::npos;
        std::printf("smoke test: the conflict chosen in the editor: %s\n", settled && theirs ? "theirs, settled" : "not settled");
    });
}

void SmokeTest::queueStandard()
{
    then(1500, [this] { showTabOf(".standard.xml"); });
    then(600, [] { wxUIActionSimulator().Char(WXK_RETURN, wxMOD_CONTROL | wxMOD_SHIFT); }); // a component
    then(500, [] { wxUIActionSimulator().Text("Keyboard component"); });
    then(400, [] { wxUIActionSimulator().Char(WXK_RETURN, wxMOD_CONTROL); }); // its first indicator
    then(500, [] { wxUIActionSimulator().Text("First keyboard indicator"); });
    then(400, [] { wxUIActionSimulator().Char('L', wxMOD_CONTROL | wxMOD_SHIFT); }); // to its levels
    then(500, [] {
        wxUIActionSimulator keyboard;
        keyboard.Text("Level one criterion");
        keyboard.Char(WXK_RETURN);
        keyboard.Text("Level two criterion");
        keyboard.Char(WXK_RETURN);
    });
    then(400, [] { wxUIActionSimulator().Char(WXK_RETURN, wxMOD_CONTROL); }); // the second indicator
    then(500, [] { wxUIActionSimulator().Text("Second keyboard indicator"); });
    then(400, [] { wxUIActionSimulator().Char('L', wxMOD_CONTROL | wxMOD_SHIFT); });
    then(500, [] {
        wxUIActionSimulator keyboard;
        keyboard.Text("Only criterion");
        keyboard.Char(WXK_RETURN);
    });
    then(400, [] { wxUIActionSimulator().Char(WXK_UP, wxMOD_ALT); }); // the second above the first
    then(500, [] { wxUIActionSimulator().Char('S', wxMOD_CONTROL); });
    then(1200, [] { wxUIActionSimulator().Char(WXK_DOWN, wxMOD_ALT); }); // moved back…
    then(500, [] { wxUIActionSimulator().Char('Z', wxMOD_CONTROL); });  // …and undone
    then(800, [this] {
        Result<std::string> text = currentText();
        Result<std::string> saved = m_frame.workspace()->readAt("standards/homeless-protection-centre.standard.xml", "HEAD");
        const bool same = text && saved && text.value() == saved.value();
        std::printf("smoke test: standard edited by keyboard, saved, reordered and undone: %s\n",
            same && !isCurrentModified() ? "as saved" : "differs from the saved version");
    });
}

void SmokeTest::queueBoard()
{
    // The brainstorm board: unlocked, back to the ideas round with its timer running, the first idea
    // moved into the second cluster by keyboard and saved; then live, where a phone (the test script,
    // over HTTP) joins and sends an idea that the board shows; the sorting round (a commit), the
    // projector with the board and with the word cloud, and the live session stopped (a commit).
    then(1500, [this] { showTabOf(".session.xml"); });
    then(600, [] { wxUIActionSimulator().Char('K', wxMOD_CONTROL | wxMOD_SHIFT); });
    then(400, [] { wxUIActionSimulator().Char(WXK_LEFT, wxMOD_CONTROL | wxMOD_SHIFT); });
    then(400, [] { wxUIActionSimulator().Char(WXK_LEFT, wxMOD_CONTROL | wxMOD_SHIFT); });
    then(400, [] { wxUIActionSimulator().Char('T', wxMOD_CONTROL | wxMOD_SHIFT); });
    then(400, [] { wxUIActionSimulator().Char('B', wxMOD_CONTROL | wxMOD_SHIFT); });
    then(400, [] { wxUIActionSimulator().Char('2'); });
    then(500, [] { wxUIActionSimulator().Char('S', wxMOD_CONTROL); });
    then(1200, [] { wxUIActionSimulator().Char(WXK_F5); });
    then(7000, [this] { // the phone's idea has arrived by now
        Result<std::string> text = currentText();
        std::printf("smoke test: board live, the phone's idea %s\n",
            text && text.value().find("ติดตามผลหลังคืนสู่สังคมทุกสามเดือน") != std::string::npos ? "shown" : "missing");
        wxString file = m_screenshot;
        file.Replace(wxString::FromAscii(".png"), wxString::FromAscii("-board.png"));
        if (!saveScreenshot(&m_frame, file))
            fail("the board's screenshot could not be written");
    });
    then(300, [] { wxUIActionSimulator().Char(WXK_RIGHT, wxMOD_CONTROL | wxMOD_SHIFT); });
    then(1200, [] { wxUIActionSimulator().Char(WXK_F11); });
    then(2000, [this] { screenshotOtherWindow("-projector.png"); });
    then(300, [] { wxUIActionSimulator().Char(WXK_TAB); });
    then(1200, [this] { screenshotOtherWindow("-projector-cloud.png"); });
    then(300, [] { wxUIActionSimulator().Char(WXK_ESCAPE); });
    then(1000, [this] { m_frame.tabs().focusCurrent(); });
    then(400, [] { wxUIActionSimulator().Char(WXK_F5); });
    then(1500, [this] { std::printf("smoke test: board stopped, modified: %s\n", isCurrentModified() ? "yes" : "no"); });
    // Tools > Send to a Standard, into a new standard: it opens in a tab of its own.
    then(300, [this] {
        Status sent = m_frame.exportActions().sendOutlineOfCurrent("standards/from-the-board.standard.xml", "Draft from the board");
        std::printf("smoke test: sent to a standard: %s (%zu tabs)\n", sent ? "ok" : sent.error().describe().c_str(), m_frame.tabs().paths().size());
    });
    then(1000, [this] {
        wxString file = m_screenshot;
        file.Replace(wxString::FromAscii(".png"), wxString::FromAscii("-sent.png"));
        if (!saveScreenshot(&m_frame, file))
            fail("the sent standard's screenshot could not be written");
    });
}

void SmokeTest::queueMinutes()
{
    then(1500, [this] { showTabOf(".meeting.xml"); });
    then(600, [] { wxUIActionSimulator().Char(WXK_RETURN, wxMOD_CONTROL | wxMOD_SHIFT); });
    then(600, [] { wxUIActionSimulator().Text("Follow-up by keyboard"); });
    then(400, [] { wxUIActionSimulator().Char('A', wxMOD_CONTROL | wxMOD_SHIFT); });
    then(600, [] {
        wxUIActionSimulator keyboard;
        keyboard.Text("Draft the plan");
        keyboard.Char(WXK_TAB);
        keyboard.Text("Secretariat");
        keyboard.Char(WXK_TAB);
        keyboard.Text("31/9/2563"); // the due date, as a Thai secretary writes it: no such day
    });
    // The due date field says at once why it refuses the text; then the day is typed right.
    then(600, [this] {
        auto* due = dynamic_cast<wxTextCtrl*>(wxWindow::FindFocus());
        wxSizer* row = due ? due->GetContainingSizer() : nullptr;
        wxStaticText* reading = nullptr;
        for (std::size_t i = 0; row && i < row->GetItemCount() && !reading; ++i)
            reading = dynamic_cast<wxStaticText*>(row->GetItem(i)->GetWindow());
        m_dueField = due;
        // The reason wraps onto lines at the reading's width: read as one text.
        wxString label = reading ? reading->GetLabelText() : wxString();
        label.Replace(wxT("\n"), wxT(" "));
        const std::string said = ui::fromWx(label);
        std::printf("smoke test: the due date field, given 31/9/2563, says: %s\n", said.c_str());
        if (said.find("no such day") == std::string::npos)
            fail("the due date field did not refuse 31 September");
        // Whole, within the form: not cut at the panel's edge.
        if (reading && reading->GetRect().GetRight() > reading->GetParent()->GetClientSize().x)
            fail("the due date's reason runs past the edge of the form");
        wxString file = m_screenshot;
        file.Replace(wxString::FromAscii(".png"), wxString::FromAscii("-due-refused.png"));
        if (!saveScreenshot(&m_frame, file))
            fail("the due date's screenshot could not be written");
        wxUIActionSimulator keyboard;
        keyboard.Char('A', wxMOD_CONTROL);
        keyboard.Text("29/9/2563");
    });
    // The day after, picked from the calendar beside the field: its button clicked, Right, Enter.
    then(600, [this] {
        wxWindow* button = m_dueField ? wxWindow::FindWindowByName(wxString::FromAscii("date-picker"), m_dueField->GetParent()) : nullptr;
        if (!button) {
            fail("the due date has no calendar button");
            return;
        }
        wxUIActionSimulator mouse;
        mouse.MouseMove(button->GetScreenRect().GetPosition() + wxPoint(button->GetSize().x / 2, button->GetSize().y / 2));
        mouse.MouseClick();
    });
    then(1000, [this] {
        wxWindow* picker = nullptr;
        for (wxWindow* window : wxTopLevelWindows)
            if (window != &m_frame && window->IsShown() && dynamic_cast<wxDialog*>(window))
                picker = window;
        if (!picker) {
            fail("the calendar did not open");
            return;
        }
        wxString file = m_screenshot;
        file.Replace(wxString::FromAscii(".png"), wxString::FromAscii("-calendar.png"));
        saveScreenshot(picker, file);
        wxUIActionSimulator keyboard;
        keyboard.Char(WXK_RIGHT);
    });
    then(400, [] { wxUIActionSimulator().Char(WXK_RETURN); });
    then(800, [this] {
        const std::string shown = m_dueField ? ui::fromWx(m_dueField->GetValue()) : std::string();
        std::printf("smoke test: the due date picked from the calendar: %s\n", shown.c_str());
        if (shown != "30 September 2020" && shown != "30 กันยายน 2563")
            fail("the calendar did not give the day after 29 September");
    });
    // Attendance: to the list, the second person, absent, the reason.
    then(500, [] { wxUIActionSimulator().Char('P', wxMOD_CONTROL | wxMOD_SHIFT); });
    then(500, [] {
        wxUIActionSimulator keyboard;
        keyboard.Char(WXK_DOWN);
        keyboard.Char(WXK_SPACE);
    });
    then(500, [] {
        wxUIActionSimulator keyboard;
        keyboard.Char(WXK_TAB);
        keyboard.Char(WXK_TAB);
        keyboard.Text("Sick leave");
    });
    // A statistics table under the sub-item: title and total, then two rows typed into the grid
    // (7 + 4 is not the total 12: the editor marks it).
    then(500, [] { wxUIActionSimulator().Char('T', wxMOD_CONTROL | wxMOD_SHIFT); });
    then(500, [] {
        wxUIActionSimulator keyboard;
        keyboard.Text("Cases referred");
        keyboard.Char(WXK_TAB);
        keyboard.Text("12");
    });
    then(500, [] { wxUIActionSimulator().Char('T', wxMOD_CONTROL | wxMOD_SHIFT); });
    then(500, [] {
        wxUIActionSimulator keyboard;
        keyboard.Text("Men");
        keyboard.Char(WXK_TAB);
        keyboard.Text("7");
        keyboard.Char(WXK_RETURN);
    });
    then(500, [] {
        wxUIActionSimulator keyboard;
        keyboard.Char(WXK_LEFT);
        keyboard.Text("Women");
        keyboard.Char(WXK_TAB);
        keyboard.Text("4");
        keyboard.Char(WXK_RETURN);
    });
    then(800, [] { wxUIActionSimulator().Char('S', wxMOD_CONTROL); });
    then(1500, [this] { std::printf("smoke test: minutes edited by keyboard and saved (%zu tabs)\n", m_frame.tabs().paths().size()); });
}

void SmokeTest::queueExport()
{
    then(800, [this] {
        std::error_code ignored;
        std::filesystem::create_directories(m_options.exportDirectory, ignored); // what a file dialog would offer
        const std::string front = m_options.exportDirectory + "/front.pdf";
        Status exported = m_frame.exportActions().exportCurrent(front, exporting::Format::Pdf);
        std::printf("smoke test: export %s: %s\n", front.c_str(), exported ? "ok" : exported.error().describe().c_str());
        if (!exported)
            fail("the front document was not exported");
        const ExportAllOutcome all = exportAllWithProgress(&m_frame, *m_frame.documents(),
            std::filesystem::path(m_options.exportDirectory) / "all", exporting::allFormats(), host::ExportChoices {});
        std::printf("smoke test: export all: %d files, %zu failures\n", all.exported, all.failures.size());
        if (!all.failures.empty() || all.exported == 0)
            fail("export all failed");
    });
}

Result<std::string> SmokeTest::currentText()
{
    OpenDocument* document = m_frame.tabs().current();
    if (!document)
        return Error { "no document is open", {} };
    return document->editor->serialize();
}

bool SmokeTest::isCurrentModified()
{
    OpenDocument* document = m_frame.tabs().current();
    return document && document->editor->isModified();
}

void SmokeTest::clickHistoryRow(std::size_t row, bool right)
{
    const wxRect rect = m_frame.historyPanel().rowOnScreen(row);
    if (rect.IsEmpty()) {
        fail("the history panel has no row " + std::to_string(row + 1));
        return;
    }
    wxUIActionSimulator mouse;
    mouse.MouseMove(rect.GetPosition() + wxPoint(std::min(40, rect.width / 2), rect.height / 2));
    mouse.MouseClick(right ? wxMOUSE_BTN_RIGHT : wxMOUSE_BTN_LEFT);
}

void SmokeTest::queueStartPage()
{
    then(800, [this] {
        wxWindow* page = wxWindow::FindWindowByName(wxString::FromAscii("start-page"), &m_frame);
        if (!page || !page->IsShownOnScreen() || m_frame.workspace()) {
            fail("a first start shows no start page");
            return;
        }
        wxString file = m_screenshot;
        file.Replace(wxString::FromAscii(".png"), wxString::FromAscii("-start.png"));
        if (!saveScreenshot(&m_frame, file))
            fail("the start page's screenshot could not be written");
        wxWindow* demo = wxWindow::FindWindowByName(wxString::FromAscii("start-open-demo"), &m_frame);
        if (!demo) {
            fail("the start page has no button to open the demo");
            return;
        }
        wxUIActionSimulator mouse;
        mouse.MouseMove(demo->GetScreenRect().GetPosition() + wxPoint(demo->GetSize().x / 2, demo->GetSize().y / 2));
        mouse.MouseClick();
    });
    then(8000, [this] {
        m_frame.WarpPointer(2, 2);
        host::Documents* documents = m_frame.documents();
        if (!documents) {
            fail("clicking Open the Demo opened no workspace");
        } else {
            const std::size_t count = documents->list().size();
            std::printf("smoke test: the demo opened from the start page with %zu documents\n", count);
            if (count < 5)
                fail("the demo opened from the start page has too few documents");
            wxWindow* page = wxWindow::FindWindowByName(wxString::FromAscii("start-page"), &m_frame);
            if (page && page->IsShownOnScreen())
                fail("the start page is still shown with a workspace open");
        }
        wxString file = m_screenshot;
        file.Replace(wxString::FromAscii(".png"), wxString::FromAscii("-start-demo.png"));
        saveScreenshot(&m_frame, file);
        m_frame.Close(true);
    });
}

void SmokeTest::queueRestore()
{
    // The standard in front, its history listed; what every other open document holds now is noted.
    then(1500, [this] {
        showTabOf(".standard.xml");
        m_untouched.clear();
        for (const std::string& path : m_frame.tabs().paths()) {
            if (Result<std::string> text = m_frame.workspace()->readWorking(path); text && !path.ends_with(".standard.xml"))
                m_untouched[path] = text.value();
        }
    });
    then(1500, [this] {
        const std::string path = m_frame.historyPanel().path();
        Result<std::vector<host::Revision>> history = m_frame.workspace()->history(path);
        if (!path.ends_with(".standard.xml") || !history || history.value().size() < 2) {
            fail("the history panel does not show the standard's versions");
            return;
        }
        m_restoredId = history.value()[1].id;
        clickHistoryRow(1, false);
    });
    then(600, [this] { clickHistoryRow(1, true); }); // the context menu opens
    // In the menu: Compare with the version before, Compare with the current document, then Restore.
    then(800, [] {
        wxUIActionSimulator keyboard;
        keyboard.Char(WXK_DOWN);
        keyboard.Char(WXK_DOWN);
        keyboard.Char(WXK_DOWN);
    });
    then(400, [] { wxUIActionSimulator().Char(WXK_RETURN); });
    then(1000, [this] {
        wxString file = m_screenshot;
        file.Replace(wxString::FromAscii(".png"), wxString::FromAscii("-restore-question.png"));
        wxWindow* question = nullptr;
        for (wxWindow* window : wxTopLevelWindows) {
            if (window != &m_frame && window->IsShown())
                question = window;
        }
        if (!saveScreenshot(question ? question : &m_frame, file))
            fail("the restore question's screenshot could not be written");
    });
    then(300, [] { wxUIActionSimulator().Char(WXK_RETURN); }); // Restore, the default answer
    then(1500, [this] {
        host::Workspace* workspace = m_frame.workspace();
        const std::string standard = "standards/homeless-protection-centre.standard.xml";
        Result<std::string> now = workspace->readWorking(standard);
        Result<std::string> wanted = workspace->readAt(standard, m_restoredId);
        Result<host::Revision> head = workspace->resolve("HEAD");
        bool othersKept = true;
        for (const auto& [path, text] : m_untouched) {
            Result<std::string> after = workspace->readWorking(path);
            if (!after || after.value() != text) {
                std::printf("smoke test: the restore changed %s\n", path.c_str());
                othersKept = false;
            }
        }
        const bool exact = now && wanted && now.value() == wanted.value() && head
            && head.value().message.find(standard) != std::string::npos && othersKept;
        std::printf("smoke test: restored %s to %s: %s\n", standard.c_str(), m_restoredId.substr(0, 8).c_str(),
            exact ? "exactly that document" : "not as asked");
        if (!exact)
            fail("the restore did not change exactly the standard");
        m_frame.WarpPointer(2, 2); // no tooltip over the history in the screenshot
        wxString file = m_screenshot;
        file.Replace(wxString::FromAscii(".png"), wxString::FromAscii("-restored.png"));
        if (!saveScreenshot(&m_frame, file))
            fail("the restored standard's screenshot could not be written");
    });
}

void SmokeTest::screenshotOtherWindow(const char* suffix)
{
    // The newest shown top-level window that is not the main one: a plugin's projector, full screen.
    wxWindow* other = nullptr;
    for (wxWindow* window : wxTopLevelWindows) {
        if (window != &m_frame && window->IsShown())
            other = window;
    }
    wxString file = m_screenshot;
    file.Replace(wxString::FromAscii(".png"), wxString::FromAscii(suffix));
    if (!other || !saveScreenshot(other, file))
        fail("no window besides the main one to take a screenshot of");
}

void SmokeTest::showTabOf(const std::string& suffix)
{
    const std::vector<std::string> paths = m_frame.tabs().paths();
    for (std::size_t i = 0; i < paths.size(); ++i) {
        if (paths[i].size() > suffix.size() && paths[i].compare(paths[i].size() - suffix.size(), suffix.size(), suffix) == 0) {
            m_frame.tabs().show(i);
            break;
        }
    }
    m_frame.tabs().focusCurrent();
}

void SmokeTest::checkTabLabels()
{
    const int room = m_frame.FromDIP(240);
    for (std::size_t i = 0; i < m_frame.tabs().paths().size(); ++i) {
        const wxString label = m_frame.tabs().label(i);
        const int width = m_frame.tabs().labelWidth(i);
        std::printf("smoke test: tab %zu \"%s\" is %d of %d px\n", i + 1, label.utf8_str().data(), width, room);
        if (width > room)
            fail("a tab's label is wider than a tab's room: " + std::string(label.utf8_str()));
        // Shortened by a count of letters, a Thai title left a third of the room unused.
        if (label.Find(wxString::FromUTF8("…")) != wxNOT_FOUND && width < room * 4 / 5)
            fail("a shortened tab label uses less than its room: " + std::string(label.utf8_str()));
    }
}

void SmokeTest::compareFrontDocument()
{
    // The front document's first version against its last, in the compare dialog; a screenshot of the
    // dialog is taken while it is open, then it is closed.
    const std::vector<std::string> paths = m_frame.tabs().paths();
    host::Workspace* workspace = m_frame.workspace();
    if (paths.empty() || !workspace)
        return;
    // The last opened document that has two versions (one made by the test itself has only one).
    std::string path;
    Result<std::vector<host::Revision>> history = Error { "no document", {} };
    for (auto it = paths.rbegin(); it != paths.rend() && path.empty(); ++it) {
        history = workspace->history(*it);
        if (history && history.value().size() >= 2)
            path = *it;
    }
    if (path.empty()) {
        fail("no open document has two versions to compare");
        return;
    }
    wxString file = m_screenshot;
    file.Replace(wxString::FromAscii(".png"), wxString::FromAscii("-compare.png"));
    m_dialogScreenshot = file;
    m_dialogTimer.StartOnce(1200);
    Status shown = m_frame.historyActions().showComparison(path, history.value().back().id, history.value().front().id);
    std::printf("smoke test: compare %s: %s\n", path.c_str(), shown ? "ok" : shown.error().describe().c_str());
    if (!shown)
        fail("the versions could not be compared");
}

void SmokeTest::onDialogTimer(wxTimerEvent&)
{
    wxDialog* dialog = m_frame.openDialog();
    if (!dialog) {
        fail("the compare dialog did not open");
        return;
    }
    if (!saveScreenshot(dialog, m_dialogScreenshot))
        fail("the compare dialog's screenshot could not be written");
    dialog->EndModal(wxID_CLOSE);
}

void SmokeTest::openOneOfEachKind()
{
    host::Documents* documents = m_frame.documents();
    if (!documents) {
        fail("no workspace is open");
        m_steps.clear();
        m_frame.Close(true);
        return;
    }
    m_readingsBeforeOpen = m_frame.historyPanel().readingsStarted();
    std::vector<std::string> seenKinds;
    for (const host::DocumentEntry& entry : documents->list()) {
        if (std::find(seenKinds.begin(), seenKinds.end(), entry.kindId) != seenKinds.end())
            continue;
        seenKinds.push_back(entry.kindId);
        Status opened = m_frame.tabs().open(entry.path);
        std::printf("smoke test: open %s: %s\n", entry.path.c_str(), opened ? "ok" : opened.error().describe().c_str());
        if (!opened)
            fail("a document did not open");
    }
    if (seenKinds.size() < m_registry.documentKinds().size())
        fail("the workspace lacks a document of some kind");
}

} // namespace sapha::gui
