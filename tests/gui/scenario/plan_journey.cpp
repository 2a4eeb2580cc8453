// Sapha GUI scenario — the secretariat's action plan, as a person makes it: File > New > Action Plan from
// the menus by keyboard, no title typed (the plan takes its action item's), the action item chosen from
// the list the meeting's open items make; a quarter reported with the mouse (the button, a result typed
// into the grid's cell), Ctrl+S; then File > New > Minutes: the next meeting reads the plan's report under
// its matters arising.
// SPDX-License-Identifier: MIT
#include "smoke_test.hpp"

#include "journey_helpers.hpp"

#include <cstdio>
#include <filesystem>
#include <functional>
#include <fstream>
#include <sstream>

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/grid.h>
#include <wx/listbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/treectrl.h>
#include <wx/uiaction.h>

#include <sapha/ui/date_field.hpp>
#include <sapha/ui/wx_text.hpp>

#include "document_tabs.hpp"
#include "export_actions.hpp"
#include "main_frame.hpp"
#include "window_screenshot.hpp"
#include "workspace/workspace.hpp"

namespace sapha::gui {

void SmokeTest::openNewDocumentMenu(const std::string& kindId)
{
    // File > New > the kind, by the keyboard: F10 opens the File menu, Down selects New, Right opens its
    // list of kinds on the first.
    std::size_t index = 0;
    for (const IDocumentKind* kind : m_registry.documentKinds()) {
        if (kind->id() == kindId)
            break;
        ++index;
    }
    then(800, [] { wxUIActionSimulator().Char(WXK_F10); });
    then(600, [] {
        wxUIActionSimulator keyboard;
        keyboard.Char(WXK_DOWN);
        keyboard.Char(WXK_RIGHT);
    });
    then(600, [index] {
        wxUIActionSimulator keyboard;
        for (std::size_t i = 0; i < index; ++i)
            keyboard.Char(WXK_DOWN);
        keyboard.Char(WXK_RETURN);
    });
}

void SmokeTest::openNewDocumentTitled(const std::string& kindId, const std::string& title, std::shared_ptr<std::string> made,
    const std::string& what)
{
    then(1000, [this] { m_documentsBefore = m_frame.tabs().paths().size(); });
    openNewDocumentMenu(kindId);
    then(1200, [this, title, what] {
        if (!shownDialog()) {
            fail("File > New asked no title for the " + what);
            return;
        }
        typeText(title);
    });
    then(600, [] { wxUIActionSimulator().Char(WXK_RETURN); });
    then(2000, [this, made, what] {
        if (m_frame.tabs().paths().size() != m_documentsBefore + 1) {
            fail("the new " + what + " did not open in a tab");
            return;
        }
        *made = m_frame.tabs().paths().back();
        std::printf("smoke test: the %s made: %s\n", what.c_str(), made->c_str());
    });
}

void SmokeTest::openNewMeetingOf(const std::string& committee, const char* screenshotSuffix)
{
    openNewDocumentMenu("minutes.meeting");
    then(1200, [this] {
        if (!shownDialog()) {
            fail("File > New > Minutes asked no title");
            return;
        }
        wxUIActionSimulator().Char(WXK_RETURN);
    });
    then(1200, [this, committee, screenshotSuffix] {
        wxDialog* dialog = shownDialog();
        wxListBox* list = dialog ? findShown<wxListBox>(dialog) : nullptr;
        if (!list) {
            fail("File > New > Minutes did not ask which committee the meeting is of");
            return;
        }
        m_committeeRow = list->FindString(wxString::FromUTF8(committee));
        if (m_committeeRow == wxNOT_FOUND || list->GetCount() < 2) {
            fail("the committee question does not list " + committee + " among the others");
            return;
        }
        wxString file = m_screenshot;
        file.Replace(wxString::FromAscii(".png"), wxString::FromAscii(screenshotSuffix));
        if (!saveScreenshot(dialog, file))
            fail("the committee question's screenshot could not be written");
        clickInside(list, wxPoint(list->GetClientSize().x / 3, list->FromDIP(12)));
    });
    then(500, [this] {
        wxUIActionSimulator keyboard;
        for (int i = 0; i < m_committeeRow; ++i)
            keyboard.Char(WXK_DOWN);
    });
    then(500, [] { wxUIActionSimulator().Char(WXK_RETURN); });
}

void SmokeTest::queuePlan()
{
    then(1000, [this] { m_documentsBefore = m_frame.tabs().paths().size(); });
    openNewDocumentMenu("plans.plan");
    // The title: nothing typed, Enter.
    then(1200, [this] {
        wxDialog* dialog = shownDialog();
        if (!dialog) {
            fail("File > New > Action Plan asked no title");
            return;
        }
        wxUIActionSimulator().Char(WXK_RETURN);
    });
    // Which action item the plan answers: the meeting's second open item (the first has its plan).
    then(1200, [this] {
        wxDialog* dialog = shownDialog();
        if (!dialog) {
            fail("the new plan did not ask which action item it answers");
            return;
        }
        wxString file = m_screenshot;
        file.Replace(wxString::FromAscii(".png"), wxString::FromAscii("-plan-action.png"));
        if (!saveScreenshot(dialog, file))
            fail("the action item question's screenshot could not be written");
        // A click on the list's first row puts the keys there; Down goes to the second, Enter chooses it.
        wxListBox* list = findShown<wxListBox>(dialog);
        if (!list) {
            fail("the action item question has no list");
            return;
        }
        clickInside(list, wxPoint(list->GetClientSize().x / 3, list->FromDIP(12)));
    });
    then(500, [] { wxUIActionSimulator().Char(WXK_DOWN); });
    then(500, [] { wxUIActionSimulator().Char(WXK_RETURN); });
    // The plan is open: a quarter's report added with the mouse, a result typed into its grid.
    then(2000, [this] {
        if (m_frame.tabs().paths().size() != m_documentsBefore + 1 || !m_frame.tabs().current()) {
            fail("the new plan did not open in a tab");
            return;
        }
        m_planPath = m_frame.tabs().paths().back();
        std::printf("smoke test: plan made from the action item: %s\n", m_planPath.c_str());
        const std::string text = readWorkspaceFile(m_frame, m_planPath);
        if (text.find("#act-integration\">") == std::string::npos)
            fail("the new plan does not record the action item it answers");
        // The template's activity: chosen in the outline with the mouse, its agency typed.
        if (!clickOutlineItem(m_frame.tabs().current()->page, wxString::FromAscii("1.1 ")))
            fail("the plan's outline has no activity 1.1");
    });
    then(800, [this] {
        if (!typeInto(m_frame.tabs().current()->page, "Responsible agency", "Provincial social development office"))
            fail("the activity has no field for its responsible agency");
    });
    // Its budget in the table of sources: a source, an amount that is not one (refused, with the reason),
    // then the amount; the total follows.
    then(800, [this] {
        wxGrid* budget = findShown<wxGrid>(m_frame.tabs().current()->page);
        if (!budget || budget->GetNumberCols() != 2) {
            fail("the activity has no budget table");
            return;
        }
        clickCell(budget, 0, 0);
    });
    then(600, [] {
        wxUIActionSimulator keyboard;
        keyboard.Text("Province");
        keyboard.Char(WXK_RETURN);
    });
    then(600, [this] { clickCell(findShown<wxGrid>(m_frame.tabs().current()->page), 0, 1); });
    then(600, [] {
        wxUIActionSimulator keyboard;
        keyboard.Text("12x");
        keyboard.Char(WXK_RETURN);
    });
    then(800, [this] {
        wxWindow* page = m_frame.tabs().current()->page;
        if (!findShown<wxStaticText>(page, wxString::FromAscii("\"12x\"")))
            fail("an amount that is not one was not refused with its reason");
        if (!findShown<wxGrid>(page)->GetCellValue(0, 1).empty())
            fail("the refused amount was kept in the budget table");
        clickCell(findShown<wxGrid>(page), 0, 1);
    });
    then(600, [] {
        wxUIActionSimulator keyboard;
        keyboard.Text("12000");
        keyboard.Char(WXK_RETURN);
    });
    then(800, [this] {
        wxWindow* page = m_frame.tabs().current()->page;
        wxGrid* budget = findShown<wxGrid>(page);
        if (budget->GetCellValue(0, 1) != wxString::FromAscii("12,000") || budget->GetNumberRows() != 2)
            fail("the typed amount is not shown as 12,000 with an empty row after it");
        if (!findShown<wxStaticText>(page, wxString::FromAscii("12,000")))
            fail("the activity's total did not follow its budget table");
        if (findShown<wxStaticText>(page, wxString::FromAscii("\"12x\"")))
            fail("the refusal stayed after a good amount was typed");
        wxString file = m_screenshot;
        file.Replace(wxString::FromAscii(".png"), wxString::FromAscii("-plan-budget.png"));
        if (!saveScreenshot(&m_frame, file))
            fail("the budget's screenshot could not be written");
    });
    then(800, [this] {
        if (!clickOutlineItem(m_frame.tabs().current()->page, wxString::FromAscii("1.1.1")))
            fail("the plan's outline has no indicator 1.1.1");
    });
    then(800, [this] {
        if (!typeInto(m_frame.tabs().current()->page, "Indicator", "Integration steps agreed with the police"))
            fail("the indicator has no text field");
    });
    then(600, [this] {
        if (!typeInto(m_frame.tabs().current()->page, "Target", "4"))
            fail("the indicator has no target field");
    });
    // Keyboard first: Ctrl+Enter adds a second indicator to the activity, Ctrl+Delete takes it away again.
    then(600, [] { wxUIActionSimulator().Char(WXK_RETURN, wxMOD_CONTROL); });
    then(800, [this] {
        if (!outlineHas(m_frame.tabs().current()->page, wxString::FromAscii("1.1.2")))
            fail("Ctrl+Enter added no indicator");
        wxUIActionSimulator().Char(WXK_DELETE, wxMOD_CONTROL);
    });
    then(800, [this] {
        if (outlineHas(m_frame.tabs().current()->page, wxString::FromAscii("1.1.2")))
            fail("Ctrl+Delete did not remove the indicator");
    });
    then(800, [this] {
        wxButton* report = findShown<wxButton>(m_frame.tabs().current()->page, ui::interfaceIsThai() ? wxString::FromUTF8("ไตรมาส") : wxString::FromAscii("Quarter"));
        if (!report) {
            fail("the plan's editor has no button to report a quarter");
            return;
        }
        clickInside(report, wxPoint(report->GetSize().x / 2, report->GetSize().y / 2));
    });
    then(1200, [this] {
        wxGrid* results = findShown<wxGrid>(m_frame.tabs().current()->page);
        if (!results || results->GetNumberRows() == 0) {
            fail("the quarter's report shows no results to fill in");
            return;
        }
        const wxRect cell = results->CellToRect(0, 2);
        wxWindow* cells = results->GetGridWindow();
        clickInside(cells, results->CalcScrolledPosition(cell.GetPosition()) + wxPoint(cell.width / 2, cell.height / 2));
    });
    then(800, [] {
        wxUIActionSimulator keyboard;
        keyboard.Text("5");
        keyboard.Char(WXK_RETURN);
    });
    then(800, [this] {
        wxString file = m_screenshot;
        file.Replace(wxString::FromAscii(".png"), wxString::FromAscii("-plan-quarter.png"));
        if (!saveScreenshot(&m_frame, file))
            fail("the plan's screenshot could not be written");
        wxUIActionSimulator().Char('S', wxMOD_CONTROL);
    });
    then(1500, [this] {
        const std::string text = readWorkspaceFile(m_frame, m_planPath);
        if (text.find("<progress id=") == std::string::npos || text.find(" value=\"5\"") == std::string::npos)
            fail("the quarter reported in the GUI was not saved");
        if (text.find("Province") == std::string::npos || text.find("12000") == std::string::npos)
            fail("the budget typed into the table was not saved");
        else
            std::printf("smoke test: plan quarter reported and saved\n");
        m_documentsBefore = m_frame.tabs().paths().size();
    });
    // The next meeting of the committee reads the plan's report under its matters arising.
    // The workspace keeps three committees: the meeting's is chosen from the list (clicked, then by keys).
    openNewMeetingOf("คณะอนุกรรมการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย", "-plan-committee.png");
    then(2500, [this] {
        if (m_frame.tabs().paths().size() != m_documentsBefore + 1) {
            fail("the next meeting did not open in a tab");
            return;
        }
        const std::string meeting = m_frame.tabs().paths().back();
        const std::string text = readWorkspaceFile(m_frame, meeting);
        // In the meeting's language (a document's, which the English interface may still write in Thai).
        const bool english = text.find("language=\"en\"") != std::string::npos;
        const std::string reported = english ? "Progress, Quarter 1" : "ผลการดำเนินงานไตรมาสที่ 1";
        const bool found = text.find(reported) != std::string::npos;
        std::printf("smoke test: the next meeting %s reads the new plan's quarter: %s\n", meeting.c_str(), found ? "yes" : "no");
        if (!found || text.find("href=\"" + m_planPath + "\"") == std::string::npos)
            fail("the next meeting does not carry the plan's progress under its matters arising");
        // The matters arising, chosen in the meeting's outline, show the report.
        wxWindow* page = m_frame.tabs().current()->page;
        if (!clickOutlineItem(page, wxString::FromUTF8("ระเบียบวาระที่ 3")) && !clickOutlineItem(page, wxString::FromAscii("Item 3")))
            fail("the meeting's outline has no item 3");
    });
    then(1000, [this] {
        wxString file = m_screenshot;
        file.Replace(wxString::FromAscii(".png"), wxString::FromAscii("-plan-next-meeting.png"));
        if (!saveScreenshot(&m_frame, file))
            fail("the next meeting's screenshot could not be written");
    });
    // Back to the plan's tab: its quarter's report on its own, for the meeting. Ctrl+E asks the whole plan
    // or which part.
    then(800, [this] {
        const std::vector<std::string> paths = m_frame.tabs().paths();
        for (std::size_t i = 0; i < paths.size(); ++i)
            if (paths[i] == m_planPath)
                m_frame.tabs().show(i);
    });
    then(800, [] { wxUIActionSimulator().Char('E', wxMOD_CONTROL); });
    then(1500, [this] {
        wxDialog* dialog = shownDialog();
        wxListBox* list = dialog ? findShown<wxListBox>(dialog) : nullptr;
        if (!list || list->GetCount() != 2) {
            fail("exporting a plan with a quarter reported did not offer the whole plan or the quarter's report");
            if (dialog)
                dialog->EndModal(wxID_CANCEL);
            return;
        }
        const wxString quarter = ui::interfaceIsThai() ? wxString::FromUTF8("ไตรมาสที่ 1") : wxString::FromAscii("Quarter 1");
        if (!list->GetString(1).Contains(quarter))
            fail("the export's second choice is not the first quarter's report");
        wxString file = m_screenshot;
        file.Replace(wxString::FromAscii(".png"), wxString::FromAscii("-plan-export-part.png"));
        if (!saveScreenshot(dialog, file))
            fail("the export part question's screenshot could not be written");
    });
    // Escape, not Enter: GTK's file chooser, which Enter opens, gets no keys under Xvfb without a window
    // manager. (Down then Enter chose the quarter in the Thai interface but not reliably in the English
    // one, where the list did not always have the keys: not asserted here.) The part is written by the call
    // File > Export makes once it has a file name (as the smoke test's export does).
    then(800, [] { wxUIActionSimulator().Char(WXK_ESCAPE); });
    then(800, [this] {
        if (shownDialog())
            fail("Escape did not close the export's question");
        m_partExport = m_screenshot;
        m_partExport.Replace(wxString::FromAscii(".png"), wxString::FromAscii("-plan-q1.pdf"));
        std::error_code absent; // not wxRemoveFile: its log of a missing file is a message box that waits
        std::filesystem::remove(m_partExport.utf8_string(), absent);
    });
    then(1200, [this] {
        if (Status exported = m_frame.exportActions().exportCurrent(m_partExport.utf8_string(), exporting::Format::Pdf, "q1"); !exported)
            fail("the quarter's report could not be exported: " + exported.error().describe());
    });
    then(2500, [this] {
        std::ifstream pdf(m_partExport.utf8_string(), std::ios::binary);
        char magic[5] = {};
        pdf.read(magic, 4);
        if (std::string(magic) != "%PDF")
            fail("the quarter's report was not exported to " + std::string(m_partExport.utf8_str()));
        else
            std::printf("smoke test: the quarter's report exported on its own: %s\n", m_partExport.utf8_str().data());
    });
}

} // namespace sapha::gui
