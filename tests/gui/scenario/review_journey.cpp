// Sapha GUI scenario — a committee member reviewing how the standard changed: in the history panel the
// two named versions chosen with the mouse (a click, then Ctrl+click), "Compare these two versions" from
// the right-click menu, and the compare view read as that person reads it: the versions by their names,
// each change under the kind's term, changed fields under their labels and the rest folded, all in the
// interface's language; then Escape closes it. Last, the changes since the first draft exported as tracked
// changes from the version's right-click menu, the file named in GTK's own save dialog with the keyboard.
// SPDX-License-Identifier: MIT
#include "smoke_test.hpp"

#include "journey_helpers.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <wx/dialog.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/uiaction.h>

#include <sapha/ui/wx_text.hpp>

#include <gtk/gtk.h>

#include "history_panel.hpp"
#include "main_frame.hpp"
#include "package_part.hpp"
#include "window_screenshot.hpp"
#include "workspace/workspace.hpp"

namespace sapha::gui {

namespace {

const char* const kStandard = "standards/homeless-protection-centre.standard.xml";

// Every label and text of `window`'s children, one after another: what a person reads in it.
wxString shownText(wxWindow* window)
{
    wxString text;
    for (wxWindow* child : window->GetChildren()) {
        if (auto* field = dynamic_cast<wxTextCtrl*>(child))
            text += field->GetValue() + wxT("\n");
        else if (auto* label = dynamic_cast<wxStaticText*>(child))
            text += label->GetLabel() + wxT("\n");
        text += shownText(child);
    }
    return text;
}



} // namespace

void SmokeTest::queueReview()
{
    auto rowOf = std::make_shared<std::vector<std::size_t>>();
    then(1500, [this, rowOf] {
        showTabOf(".standard.xml");
        m_frame.WarpPointer(2, 2);
    });
    // The rows of the two named versions, as the panel lists them (newest first).
    then(1500, [this, rowOf] {
        host::Workspace* workspace = m_frame.workspace();
        Result<std::vector<host::Revision>> history = workspace->history(kStandard);
        if (m_frame.historyPanel().path() != kStandard || !history) {
            fail("the history panel does not show the standard");
            return;
        }
        for (const char* name : { "ร่างที่ 1", "เสนอคณะอนุกรรมการ" }) {
            Result<host::Revision> named = workspace->resolve(name);
            for (std::size_t row = 0; named && row < history.value().size(); ++row)
                if (history.value()[row].id == named.value().id)
                    rowOf->push_back(row);
        }
        if (rowOf->size() != 2) {
            fail("the standard's two named versions are not in its history");
            return;
        }
        clickHistoryRow((*rowOf)[0], false);
    });
    // The chosen version in full under the list (who made it and why: the narrow pane has no room for
    // those columns), and no column running past the pane.
    then(600, [this, rowOf] {
        const HistoryList& list = m_frame.historyPanel().list();
        int shown = 0;
        for (int column = 0; column < list.GetColumnCount(); ++column)
            shown += list.GetColumnWidth(column);
        std::printf("smoke test: the history's columns take %d of the list's %d pixels; what changed: %d\n", shown,
            list.GetClientSize().x, list.GetColumnWidth(2));
        if (shown > list.GetClientSize().x || list.GetColumnWidth(2) < list.FromDIP(120))
            fail("the history's columns do not fit its pane");
        const host::Revision& chosen = list.revisions()[(*rowOf)[0]];
        const wxString details = m_frame.historyPanel().detailsShown();
        const std::string why = chosen.message.substr(0, chosen.message.find('\n'));
        if (!details.Contains(ui::toWx(chosen.authorName)) || !details.Contains(ui::toWx(why)))
            fail("choosing a version does not show who made it and why: " + ui::fromWx(details));
    });
    then(100, [rowOf] {
        wxUIActionSimulator keys;
        keys.KeyDown(WXK_CONTROL);
    });
    then(200, [this, rowOf] { clickHistoryRow((*rowOf)[1], false); });
    then(300, [rowOf] { wxUIActionSimulator().KeyUp(WXK_CONTROL); });
    then(400, [this, rowOf] { clickHistoryRow((*rowOf)[1], true); }); // the menu for two: compare them
    then(800, [] { wxUIActionSimulator().Char(WXK_DOWN); });
    then(300, [] { wxUIActionSimulator().Char(WXK_RETURN); });
    then(2000, [this] {
        wxDialog* compare = m_frame.openDialog();
        if (!compare || !compare->IsShown()) {
            fail("comparing the two selected versions opened no compare view");
            return;
        }
        wxString file = m_screenshot;
        file.Replace(wxString::FromAscii(".png"), wxString::FromAscii("-review-compare.png"));
        if (!saveScreenshot(compare, file))
            fail("the compare view's screenshot could not be written");
        const wxString text = shownText(compare);
        const bool thai = m_frame.settings().language() == "th";
        // What a reader of each language must find: both versions by name, the kind's term, a changed
        // field's label, the unchanged fields folded (values stay in the document's language); and in Thai
        // no element type or scoring code in English.
        const std::vector<wxString> wanted = thai
            ? std::vector<wxString> { wxString::FromUTF8("ร่างที่ 1"), wxString::FromUTF8("เสนอคณะอนุกรรมการ"),
                  wxString::FromUTF8("แก้ไข: ตัวชี้วัด 3.1"), wxString::FromUTF8("ให้คะแนนแบบ"),
                  wxString::FromUTF8("ไม่เปลี่ยนแปลง: "), wxString::FromUTF8("ค่าเป้าหมาย") }
            : std::vector<wxString> { wxString::FromUTF8("ร่างที่ 1"), wxString::FromUTF8("เสนอคณะอนุกรรมการ"),
                  wxT("Changed: indicator 3.1"), wxT("Scored by"), wxT("Unchanged: "), wxT("Weight") };
        bool readable = true;
        for (const wxString& words : wanted) {
            if (!text.Contains(words)) {
                std::printf("smoke test: the compare view lacks \"%s\"\n", static_cast<const char*>(words.utf8_str()));
                readable = false;
            }
        }
        if (thai && (text.Contains(wxT("indicator")) || text.Contains(wxT("standard details")) || text.Contains(wxT("threshold")))) {
            std::printf("smoke test: the Thai compare view shows English words\n");
            readable = false;
        }
        std::printf("smoke test: reviewed the named versions side by side: %s\n", readable ? "readable" : "not readable");
        if (!readable)
            fail("the compare view does not read as its reader's language");
    });
    then(300, [] { wxUIActionSimulator().Char(WXK_ESCAPE); });
    then(1000, [this] {
        wxDialog* compare = m_frame.openDialog();
        if (compare && compare->IsShown()) {
            fail("Escape did not close the compare view");
            compare->EndModal(wxID_CLOSE);
        }
    });

    // The changes since the first draft, for a committee to read as tracked changes in Word: the first
    // draft's row clicked alone, right-clicked, the menu's last item (Up first goes to it in GTK's menus).
    auto changes = std::make_shared<std::string>();
    then(500, [this, rowOf, changes] {
        wxString file = m_screenshot;
        file.Replace(wxString::FromAscii(".png"), wxString::FromAscii("-review-changes.docx"));
        *changes = file.utf8_string();
        std::error_code absent;
        std::filesystem::remove(*changes, absent);
        clickHistoryRow((*rowOf)[0], false);
    });
    then(400, [this, rowOf] { clickHistoryRow((*rowOf)[0], true); });
    then(800, [] { wxUIActionSimulator().Char(WXK_UP); });
    then(300, [] { wxUIActionSimulator().Char(WXK_RETURN); });
    // GTK's save dialog, the name field holding "<document>-changes-since-<id>.docx": the pointer on the
    // dialog (without a window manager, the keys go to the window under it), the whole name replaced by a
    // path typed in, Enter.
    then(1500, [this, changes] {
        GtkWindow* chooser = shownFileChooser();
        if (!chooser) {
            fail("exporting the changes showed no save dialog");
            return;
        }
        int x = 0, y = 0, width = 0, height = 0;
        gtk_window_get_position(chooser, &x, &y);
        gtk_window_get_size(chooser, &width, &height);
        wxUIActionSimulator keys;
        keys.MouseMove(x + width / 2, y + height / 2);
    });
    then(300, [] { wxUIActionSimulator().Char('a', wxMOD_CONTROL); });
    then(200, [changes] { wxUIActionSimulator().Text(changes->c_str()); });
    then(500, [] { wxUIActionSimulator().Char(WXK_RETURN); });
    then(2500, [this, changes] {
        m_frame.WarpPointer(2, 2);
        if (GtkWindow* chooser = shownFileChooser()) {
            fail("the save dialog did not take the typed name and Enter");
            gtk_dialog_response(GTK_DIALOG(chooser), GTK_RESPONSE_CANCEL);
            return;
        }
        const std::string document = test::packagePart(fileContent(*changes), "word/document.xml");
        const bool tracked = document.find("<w:ins ") != std::string::npos && document.find("<w:del ") != std::string::npos;
        std::printf("smoke test: the changes since the first draft exported from the history as tracked changes: %s\n",
            tracked ? "yes" : "no");
        if (!tracked)
            fail("the changes exported from the history are not a DOCX of tracked changes: " + *changes);
    });
}

} // namespace sapha::gui
