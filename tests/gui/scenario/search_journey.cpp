// Sapha GUI scenario — finding words across the workspace as a person would: Edit > Find in Workspace by
// its keys, the words typed and Enter, then Enter on the first result, which opens its document.
// SPDX-License-Identifier: MIT
#include "smoke_test.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include <wx/filename.h>
#include <wx/splitter.h>
#include <wx/statusbr.h>
#include <wx/stdpaths.h>
#include <wx/utils.h>
#include <wx/button.h>
#include <wx/treectrl.h>
#include <wx/uiaction.h>

#include <sapha/ui/date_field.hpp>
#include <sapha/ui/wx_text.hpp>

#include "document_tabs.hpp"
#include "history_panel.hpp"
#include "journey_helpers.hpp"
#include "workspace/workspace.hpp"
#include "workspace_tree.hpp"
#include "main_frame.hpp"
#include "search_dialog.hpp"
#include "shortcuts_dialog.hpp"
#include "trace_dialog.hpp"
#include "vocabulary_dialog.hpp"
#include "window_screenshot.hpp"

namespace sapha::gui {

namespace {

// The editor's outline: the first tree in the page.
wxTreeCtrl* outlineIn(wxWindow* window)
{
    if (auto* tree = dynamic_cast<wxTreeCtrl*>(window))
        return tree;
    for (wxWindow* child : window->GetChildren()) {
        if (wxTreeCtrl* tree = outlineIn(child))
            return tree;
    }
    return nullptr;
}

} // namespace

void SmokeTest::queueSearch()
{
    then(1000, [] { wxUIActionSimulator().Char('F', wxMOD_CONTROL | wxMOD_SHIFT); });
    // Digits, as the simulator types ASCII: "2563", the year of the Chiang Rai meeting, is in many places.
    then(1200, [this] {
        if (!dynamic_cast<SearchDialog*>(m_frame.openDialog())) {
            fail("Ctrl+Shift+F did not open the search dialog");
            return;
        }
        wxUIActionSimulator keyboard;
        keyboard.Text("2563");
        keyboard.Char(WXK_RETURN);
    });
    then(2000, [this] {
        auto* dialog = dynamic_cast<SearchDialog*>(m_frame.openDialog());
        if (!dialog) {
            fail("the search dialog closed before its results were shown");
            return;
        }
        std::printf("smoke test: search found %zu results\n", dialog->results().size());
        if (dialog->results().empty()) {
            fail("the search found nothing");
            return;
        }
        m_searchChoice = dialog->results().front().path;
        wxString file = m_screenshot;
        file.Replace(wxString::FromAscii(".png"), wxString::FromAscii("-search.png"));
        if (!saveScreenshot(dialog, file))
            fail("the search dialog's screenshot could not be written");
        wxUIActionSimulator().Char(WXK_RETURN); // the first result, selected: its document opens
    });
    then(1500, [this] {
        if (m_frame.openDialog())
            fail("Enter on a result did not close the search dialog");
        const OpenDocument* front = m_frame.tabs().current();
        std::printf("smoke test: the search opened %s\n", front ? front->path.c_str() : "nothing");
        if (!front || front->path != m_searchChoice)
            fail("the first result's document is not the one in front after choosing it");
    });
}

void SmokeTest::queueTrace()
{
    then(800, [this] {
        const std::vector<std::string> paths = m_frame.tabs().paths();
        for (std::size_t i = 0; i < paths.size(); ++i) {
            if (paths[i].find("from-workshop.standard.xml") != std::string::npos)
                m_frame.tabs().show(i); // its tab, as a click on it
        }
    });
    // The first indicator clicked in the outline with the mouse, as a person would choose it.
    then(800, [this] {
        const OpenDocument* front = m_frame.tabs().current();
        wxTreeCtrl* tree = front ? outlineIn(front->page) : nullptr;
        if (!tree) {
            fail("the standard's outline was not found");
            return;
        }
        wxTreeItemIdValue cookie;
        wxTreeItemId item = tree->GetFirstChild(tree->GetRootItem(), cookie);
        while (item.IsOk() && !tree->ItemHasChildren(item))
            item = tree->GetNextSibling(item); // the first component with indicators
        wxTreeItemIdValue inner;
        const wxTreeItemId indicator = item.IsOk() ? tree->GetFirstChild(item, inner) : wxTreeItemId();
        wxRect box;
        if (!indicator.IsOk() || !tree->GetBoundingRect(indicator, box, true)) {
            fail("the outline shows no indicator");
            return;
        }
        // Near its start: a long statement runs on past the pane's edge.
        const wxPoint target = tree->ClientToScreen(wxPoint(box.x + std::min(40, box.width / 2), box.y + box.height / 2));
        std::printf("smoke test: clicking %s in the outline at %d,%d\n", static_cast<const char*>(tree->GetItemText(indicator).utf8_str()), target.x, target.y);
        wxUIActionSimulator mouse;
        mouse.MouseMove(target);
        mouse.MouseClick();
    });
    // The history panel beside tells the chosen indicator's story by itself: who wrote it, and the idea.
    then(1500, [this] {
        const ElementTraceStrip& strip = m_frame.historyPanel().traceStrip();
        std::printf("smoke test: the history panel traced %s, its origin %s:\n%s\n", strip.tracedKey().c_str(),
            strip.originPath().c_str(), strip.shownText().c_str());
        if (strip.tracedKey().find("from-workshop.standard.xml#") == std::string::npos)
            fail("the history panel did not trace the indicator chosen in the outline");
        else if (strip.originPath().find(".session.xml") == std::string::npos || !strip.originButton()->IsEnabled())
            fail("the history panel did not name the idea the indicator came from");
        wxString file = m_screenshot;
        file.Replace(wxString::FromAscii(".png"), wxString::FromAscii("-trace-panel.png"));
        if (!saveScreenshot(&m_frame, file))
            fail("the history panel's screenshot could not be written");
    });
    then(800, [this] {
        OpenDocument* front = m_frame.tabs().current();
        wxTreeCtrl* tree = front ? outlineIn(front->page) : nullptr;
        wxWindow* focus = wxWindow::FindFocus();
        std::printf("smoke test: chosen in the editor: %s (the outline shows %s chosen; focus on the outline: %d; pointer at %d,%d)\n",
            front ? front->editor->currentElementId().c_str() : "",
            tree && tree->GetSelection().IsOk() ? static_cast<const char*>(tree->GetItemText(tree->GetSelection()).utf8_str()) : "nothing",
            focus == tree, wxGetMousePosition().x, wxGetMousePosition().y);
        wxUIActionSimulator().Char('O', wxMOD_CONTROL | wxMOD_SHIFT);
    });
    then(1500, [this] {
        auto* dialog = dynamic_cast<TraceDialog*>(m_frame.openDialog());
        if (!dialog) {
            fail("Ctrl+Shift+O did not show where the chosen part came from");
            return;
        }
        std::printf("smoke test: trace shown, the origin to open: %s\n", dialog->originPath().c_str());
        if (dialog->originPath().find(".session.xml") == std::string::npos)
            fail("the indicator's idea was not named");
        wxString file = m_screenshot;
        file.Replace(wxString::FromAscii(".png"), wxString::FromAscii("-trace.png"));
        if (!saveScreenshot(dialog, file))
            fail("the trace's screenshot could not be written");
        wxUIActionSimulator().Char(WXK_TAB); // from the story to the first button, "Open Where It Came From"
    });
    then(600, [] { wxUIActionSimulator().Char(WXK_SPACE); });
    then(1500, [this] {
        const OpenDocument* front = m_frame.tabs().current();
        std::printf("smoke test: after the trace, in front: %s\n", front ? front->path.c_str() : "nothing");
        if (!front || front->path.find(".session.xml") == std::string::npos)
            fail("the session the indicator came from did not open");
    });
}

void SmokeTest::queueVocabulary()
{
    then(800, [] { wxUIActionSimulator().Char('W', wxMOD_CONTROL | wxMOD_SHIFT); });
    then(1200, [this] {
        if (!dynamic_cast<VocabularyDialog*>(m_frame.openDialog())) {
            fail("Ctrl+Shift+W did not open the words kept whole");
            return;
        }
        wxUIActionSimulator keyboard;
        keyboard.Text("Sapha Room");
        keyboard.Char(WXK_RETURN);
    });
    then(600, [this] {
        wxString file = m_screenshot;
        file.Replace(wxString::FromAscii(".png"), wxString::FromAscii("-words.png"));
        if (wxDialog* dialog = m_frame.openDialog(); !dialog || !saveScreenshot(dialog, file))
            fail("the words' screenshot could not be written");
        wxUIActionSimulator().Char(WXK_RETURN, wxMOD_CONTROL); // saves
    });
    then(1500, [this] {
        if (m_frame.openDialog())
            fail("the words kept whole were not saved: the dialog is still open");
        std::printf("smoke test: words saved: %s\n", static_cast<const char*>(m_frame.GetStatusBar()->GetStatusText(0).utf8_str()));
    });
}

void SmokeTest::queueFollow()
{
    then(500, [this] {
        m_documentsBefore = m_frame.tree().documentCount();
        // Another program, as a secretary's terminal would run it: sapha-cli beside this program.
        const wxString cli = wxFileName(wxStandardPaths::Get().GetExecutablePath()).GetPath() + wxString::FromAscii("/sapha-cli");
        const wxString root = ui::toWx(m_frame.workspace()->root().string());
        wxArrayString output;
        wxArrayString errors;
        const long code = wxExecute(wxString::Format(wxASCII_STR("\"%s\" -C \"%s\" new roster committees/follow-test.roster.xml"), cli, root),
            output, errors, wxEXEC_SYNC | wxEXEC_NODISABLE);
        std::printf("smoke test: sapha-cli new ran (exit %ld) with %zu documents in the tree\n", code, m_documentsBefore);
        if (code != 0)
            fail("sapha-cli new failed beside the open window");
    });
    then(3000, [this] {
        const std::size_t now = m_frame.tree().documentCount();
        std::printf("smoke test: the tree shows %zu documents after sapha-cli new: %s\n", now,
            static_cast<const char*>(m_frame.GetStatusBar()->GetStatusText(0).utf8_str()));
        if (now != m_documentsBefore + 1)
            fail("the tree did not follow a document made on disk");
        // Each document under its title, not its file name: the meeting's keeps its number at the end, and
        // in Thai its branch says it is a meeting ("รายงานการประชุม (4)"), so the label starts with the
        // committee; in English the branch says it in English and the title keeps its start.
        m_narrowLabel = m_frame.tree().labelOf("minutes/chiangrai-1-2563.meeting.xml");
        const std::string meeting = ui::fromWx(m_narrowLabel);
        std::printf("smoke test: the tree names the meeting \"%s\"\n", meeting.c_str());
        const char* start = ui::interfaceIsThai() ? "คณะอนุกรรมการ" : "รายงานการประชุม";
        if (meeting.rfind(start, 0) != 0 || meeting.find("1/2563") == std::string::npos)
            fail("the tree does not show the meeting's title");
        if (m_frame.tree().GetTextExtent(m_narrowLabel).x > m_frame.tree().GetClientSize().x)
            fail("the meeting's label is wider than the tree");
        // The person drags the sash to give the tree more room, with the mouse.
        auto* splitter = dynamic_cast<wxSplitterWindow*>(m_frame.tree().GetParent());
        if (!splitter) {
            fail("the tree is not in a splitter");
            return;
        }
        const int sash = splitter->GetSashPosition() + splitter->GetSashSize() / 2;
        const wxPoint from = splitter->ClientToScreen(wxPoint(sash, splitter->GetClientSize().y / 2));
        wxUIActionSimulator mouse;
        mouse.MouseMove(from);
        mouse.MouseDown();
        mouse.MouseMove(from + wxPoint(splitter->FromDIP(100), 0));
        mouse.MouseMove(from + wxPoint(splitter->FromDIP(200), 0));
        mouse.MouseUp();
    });
    then(1500, [this] {
        const wxString wide = m_frame.tree().labelOf("minutes/chiangrai-1-2563.meeting.xml");
        std::printf("smoke test: with the tree %d px wide the meeting is \"%s\"\n", m_frame.tree().GetClientSize().x,
            static_cast<const char*>(wide.utf8_str()));
        if (wide.length() <= m_narrowLabel.length())
            fail("the tree did not show more of the title when it was widened");
        if (m_frame.tree().GetTextExtent(wide).x > m_frame.tree().GetClientSize().x)
            fail("the widened tree's label is wider than the tree");
        // Another program makes a folder, and later a document in it: the new folder is watched too (only
        // the folders there at the start were, and new ones at the top).
        m_documentsBefore = m_frame.tree().documentCount();
        std::error_code error;
        std::filesystem::create_directories(m_frame.workspace()->root() / "committees" / "2570", error);
    });
    then(1500, [this] {
        const wxString cli = wxFileName(wxStandardPaths::Get().GetExecutablePath()).GetPath() + wxString::FromAscii("/sapha-cli");
        const wxString root = ui::toWx(m_frame.workspace()->root().string());
        wxArrayString output;
        wxArrayString errors;
        if (wxExecute(wxString::Format(wxASCII_STR("\"%s\" -C \"%s\" new roster committees/2570/follow-nested.roster.xml"), cli, root),
                output, errors, wxEXEC_SYNC | wxEXEC_NODISABLE)
            != 0)
            fail("sapha-cli new failed in a new folder");
    });
    then(3000, [this] {
        const std::size_t now = m_frame.tree().documentCount();
        std::printf("smoke test: the tree shows %zu documents after a document made in a new folder\n", now);
        if (now != m_documentsBefore + 1)
            fail("the tree did not follow a document made in a folder made after the start");
        // The folder removed with its document, and made again: it is watched again.
        std::error_code error;
        std::filesystem::remove_all(m_frame.workspace()->root() / "committees" / "2570", error);
    });
    then(1500, [this] {
        m_documentsBefore = m_frame.tree().documentCount();
        std::error_code error;
        std::filesystem::create_directories(m_frame.workspace()->root() / "committees" / "2570", error);
    });
    then(1500, [this] {
        std::ofstream(m_frame.workspace()->root() / "committees" / "2570" / "again.roster.xml")
            << readWorkspaceFile(m_frame, "committees/chiangrai.roster.xml");
    });
    then(3000, [this] {
        const std::size_t now = m_frame.tree().documentCount();
        std::printf("smoke test: the tree shows %zu documents after a folder removed and made again\n", now);
        if (now != m_documentsBefore + 1)
            fail("the tree did not follow a document made in a folder removed and made again");
    });
}

void SmokeTest::queueKeys()
{
    then(600, [] { wxUIActionSimulator().Char(WXK_F1); });
    then(1200, [this] {
        auto* dialog = dynamic_cast<ShortcutsDialog*>(m_frame.openDialog());
        if (!dialog) {
            fail("F1 did not list the keyboard shortcuts");
            return;
        }
        std::printf("smoke test: %zu keyboard shortcuts listed\n", dialog->shortcutCount());
        if (dialog->shortcutCount() < 10)
            fail("the keyboard shortcuts are not all listed");
        wxString file = m_screenshot;
        file.Replace(wxString::FromAscii(".png"), wxString::FromAscii("-keys.png"));
        if (!saveScreenshot(dialog, file))
            fail("the shortcuts' screenshot could not be written");
        wxUIActionSimulator().Char(WXK_ESCAPE);
    });
    then(800, [this] {
        if (m_frame.openDialog())
            fail("Escape did not close the keyboard shortcuts");
    });
}

} // namespace sapha::gui
