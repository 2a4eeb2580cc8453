// Sapha GUI scenario — finding words across the workspace as a person would: Edit > Find in Workspace by
// its keys, the words typed and Enter, then Enter on the first result, which opens its document.
// SPDX-License-Identifier: MIT
#include "smoke_test.hpp"

#include <cstdio>

#include <wx/uiaction.h>

#include "document_tabs.hpp"
#include "main_frame.hpp"
#include "search_dialog.hpp"
#include "window_screenshot.hpp"

namespace sapha::gui {

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

} // namespace sapha::gui
