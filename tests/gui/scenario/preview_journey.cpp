// Sapha GUI scenario — the page preview beside the form: Tools > Page Preview by its key (F9) with the
// standard in front; the pages drawn; the last part of the outline chosen by its key (End) and the
// preview scrolled to a later page; the self-assessment brought to the front, a word typed into its form,
// its pages drawn again, saved; F9 puts the history back.
// SPDX-License-Identifier: MIT
#include "smoke_test.hpp"

#include <cstdio>

#include <wx/textctrl.h>
#include <wx/treectrl.h>
#include <wx/uiaction.h>

#include "document_tabs.hpp"
#include "history_panel.hpp"
#include "main_frame.hpp"
#include "page_preview.hpp"
#include "window_screenshot.hpp"

namespace sapha::gui {

namespace {

wxTreeCtrl* shownTree(wxWindow* window)
{
    if (auto* tree = dynamic_cast<wxTreeCtrl*>(window); tree && window->IsShownOnScreen())
        return tree;
    for (wxWindow* child : window->GetChildren())
        if (wxTreeCtrl* found = shownTree(child))
            return found;
    return nullptr;
}

} // namespace

void SmokeTest::queuePreview()
{
    auto drawnBefore = std::make_shared<int>(0);
    then(1500, [this] { showTabOf(".standard.xml"); });
    then(600, [] { wxUIActionSimulator().Char(WXK_F9); });
    then(5000, [this] {
        PagePreview& preview = m_frame.pagePreview();
        const std::string problem = preview.problem().utf8_string();
        std::printf("smoke test: page preview: %zu pages, drawn %d times%s%s\n", preview.pageCount(), preview.drawings(),
            problem.empty() ? "" : "; ", problem.c_str());
        if (!preview.IsShownOnScreen() || preview.pageCount() < 2)
            fail("F9 showed no page preview of the standard");
        if (m_frame.historyPanel().IsShown())
            fail("the history is still shown beside the preview");
        wxString file = m_screenshot;
        file.Replace(wxString::FromAscii(".png"), wxString::FromAscii("-preview.png"));
        if (!saveScreenshot(&m_frame, file))
            fail("the preview's screenshot could not be written");
        // The standard's outline has the keys: End chooses its last part.
        OpenDocument* document = m_frame.tabs().current();
        if (wxTreeCtrl* outline = document ? shownTree(document->page) : nullptr)
            outline->SetFocus();
        else
            fail("the standard's outline is not shown");
    });
    then(400, [] { wxUIActionSimulator().Char(WXK_END); });
    then(1500, [this] {
        const int page = m_frame.pagePreview().followedPage();
        std::printf("smoke test: page preview follows the last part to page %d of %zu\n", page, m_frame.pagePreview().pageCount());
        if (page < 2)
            fail("the preview did not follow the chosen part to its page");
        wxString file = m_screenshot;
        file.Replace(wxString::FromAscii(".png"), wxString::FromAscii("-preview-followed.png"));
        saveScreenshot(&m_frame, file);
    });
    // Another document to the front (the self-assessment): the preview draws its pages; then a word typed
    // into its form is drawn too, and saved (so that nothing is left unsaved for the rest of the test).
    then(0, [this] { showTabOf(".assessment.xml"); });
    then(3000, [this, drawnBefore] {
        *drawnBefore = m_frame.pagePreview().drawings();
        std::printf("smoke test: page preview of the assessment: %zu pages\n", m_frame.pagePreview().pageCount());
        if (!dynamic_cast<wxTextCtrl*>(wxWindow::FindFocus())) {
            fail("the assessment's form has no field with the keyboard");
            return;
        }
        wxUIActionSimulator keyboard;
        keyboard.Char(WXK_END);
        keyboard.Text(" previewed");
    });
    then(3000, [this, drawnBefore] {
        const int drawings = m_frame.pagePreview().drawings();
        std::printf("smoke test: page preview redrawn after typing: %s\n", drawings > *drawnBefore ? "yes" : "no");
        if (drawings <= *drawnBefore)
            fail("the preview did not follow what was typed");
        wxString file = m_screenshot;
        file.Replace(wxString::FromAscii(".png"), wxString::FromAscii("-preview-typed.png"));
        saveScreenshot(&m_frame, file);
        wxUIActionSimulator().Char('S', wxMOD_CONTROL);
    });
    then(1200, [] { wxUIActionSimulator().Char(WXK_F9); });
    then(800, [this] {
        if (m_frame.pagePreview().IsShown() || !m_frame.historyPanel().IsShown())
            fail("F9 did not put the history back");
    });
}

} // namespace sapha::gui
