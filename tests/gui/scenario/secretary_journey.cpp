// Sapha GUI scenario — a provincial secretary's meeting, start to finish, with the keyboard and the mouse
// in the interface's language (Thai letters typed as key events): a new committee's roster with its
// members; File > New > Minutes for that committee, chosen from the list beside three others; the date,
// one member absent with a reason, an invitee added; under "เรื่องเพื่อพิจารณา" a sub-item with its
// discussion, a statistics table that adds up, a resolution put to a vote and an action item with a due
// date; the minutes-taker and checker; Ctrl+S; Thai digits chosen in the preferences and the minutes
// exported through GTK's own save dialog; the status set to circulated with the mouse and saved (a named
// version); then the next meeting, where item 2 certifies the first meeting's minutes from its button.
// Screenshots: -secretary-*.png. The test script reads the commits, the PDF and the check.
// SPDX-License-Identifier: MIT
#include "smoke_test.hpp"

#include <cstdio>
#include <filesystem>
#include <functional>
#include <memory>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/grid.h>
#include <wx/listbox.h>
#include <wx/listctrl.h>
#include <wx/notebook.h>
#include <wx/textctrl.h>
#include <wx/uiaction.h>

#include <sapha/ui/date_field.hpp>
#include <sapha/ui/wx_text.hpp>

#include "document_tabs.hpp"
#include "journey_helpers.hpp"
#include "main_frame.hpp"
#include "window_screenshot.hpp"

namespace sapha::gui {

namespace {

// What the secretary types, in the interface's language.
struct SecretaryWords {
    const char* committee;
    const char* members[3][3]; // name, position, role ("" keeps the roster's default)
    const char* meetingDate;
    const char* absenceReason;
    const char* invitee[2];
    const char* subItem;
    const char* discussion;
    const char* resolution;
    const char* table[5]; // title, total, first row and count, second row and count below
    const char* action[3]; // task, assignee, due date
    const char* recorder[2];
    const char* checker[2];
};

const SecretaryWords kThai {
    "คณะทำงานติดตามคนไร้ที่พึ่งจังหวัดพะเยา",
    { { "นายประธาน ตั้งใจ", "รองผู้ว่าราชการจังหวัดพะเยา", "ประธานคณะทำงาน" },
        { "นางสาวสมใจ รักษ์ดี", "ผู้แทนสำนักงานสาธารณสุขจังหวัดพะเยา", "" },
        { "นางเลขา ช่วยงาน", "พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดพะเยา", "คณะทำงานและเลขานุการ" } },
    "5 ธันวาคม 2569",
    "ติดราชการ",
    { "นายตำรวจ ใจดี", "ผู้แทนตำรวจภูธรจังหวัดพะเยา" },
    "การติดตามผลหลังส่งกลับภูมิลำเนา",
    "ฝ่ายเลขานุการรายงานผลการติดตามคนไร้ที่พึ่งที่ส่งกลับภูมิลำเนา",
    "เห็นชอบให้ติดตามผลทุกสามเดือน",
    { "ผู้ได้รับการติดตาม", "5", "ชาย", "3", "หญิง" },
    { "จัดทำแผนติดตามผลรายไตรมาส", "ฝ่ายเลขานุการ", "31/1/2570" },
    { "นางเลขา ช่วยงาน", "พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดพะเยา" },
    { "นายประธาน ตั้งใจ", "รองผู้ว่าราชการจังหวัดพะเยา" },
};

const SecretaryWords kEnglish {
    "Phayao Homeless Follow-up Working Group",
    { { "Mr Prathan Tangjai", "Deputy Governor of Phayao", "Chair" },
        { "Ms Somjai Rakdee", "Phayao Provincial Health Office", "" },
        { "Mrs Lekha Chuayngan", "Phayao Social Development Office", "Member and secretary" } },
    "5 December 2026",
    "Official duty",
    { "Pol. Col. Jaidee", "Phayao Provincial Police" },
    "Follow-up after return home",
    "The secretariat reported on the people returned to their home towns.",
    "Follow up every three months.",
    { "People followed up", "5", "Men", "3", "Women" },
    { "Draft a quarterly follow-up plan", "Secretariat", "31 January 2027" },
    { "Mrs Lekha Chuayngan", "Phayao Social Development Office" },
    { "Mr Prathan Tangjai", "Deputy Governor of Phayao" },
};

const SecretaryWords& words()
{
    return ui::interfaceIsThai() ? kThai : kEnglish;
}

} // namespace

void SmokeTest::queueSecretary()
{
    auto rosterPath = std::make_shared<std::string>();
    auto firstMeeting = std::make_shared<std::string>();
    auto secondMeeting = std::make_shared<std::string>();
    auto pdf = std::make_shared<std::string>();

    // 1. The committee: File > New > Committee Roster, its name typed as the title.
    openNewDocumentTitled("minutes.roster", words().committee, rosterPath, "roster");
    then(0, [this] {
        // The window made it: the workspace's watcher, once the disk is quiet, must not call it a change
        // made on disk by another program.
        const wxString outside = wxGetTranslation(wxString::FromAscii("The workspace changed on disk: its documents are shown as they are now."));
        if (m_frame.GetStatusBar()->GetStatusText(0) == outside)
            fail("the new roster was reported as a change made on disk by another program");
    });
    // Its three members: "+ Member" clicked, then name, Tab, position (Tab, role when it has its own).
    for (int member = 0; member < 3; ++member) {
        then(700, [this] {
            wxButton* add = shownLabelled<wxButton>(m_frame.tabs().current()->page, "+ &Member");
            if (!add) {
                fail("the roster has no button to add a member");
                return;
            }
            clickMiddle(add);
        });
        then(600, [member] {
            typeText(words().members[member][0]);
            wxUIActionSimulator().Char(WXK_TAB);
            typeText(words().members[member][1]);
            if (*words().members[member][2]) {
                wxUIActionSimulator keyboard;
                keyboard.Char(WXK_TAB);
                keyboard.Char('A', wxMOD_CONTROL);
                typeText(words().members[member][2]);
            }
        });
    }
    then(800, [this] {
        if (!saveScreenshot(&m_frame, shotName(m_screenshot, "-secretary-roster.png")))
            fail("the roster's screenshot could not be written");
        wxUIActionSimulator().Char('S', wxMOD_CONTROL);
    });
    then(1500, [this, rosterPath] {
        const std::string text = readWorkspaceFile(m_frame, *rosterPath);
        for (const auto& member : words().members)
            if (text.find(member[0]) == std::string::npos || text.find(member[1]) == std::string::npos)
                fail(std::string("the roster saved lacks the member typed: ") + member[0]);
        if (text.find(words().committee) == std::string::npos)
            fail("the roster saved lacks the committee's name");
        m_documentsBefore = m_frame.tabs().paths().size();
    });

    // 2. The meeting of that committee: File > New > Minutes, no title, the committee chosen from the list.
    const auto newMeetingOfTheCommittee = [this](std::shared_ptr<std::string> made, const char* suffix) {
        openNewMeetingOf(words().committee, suffix);
        then(2500, [this, made] {
            if (m_frame.tabs().paths().size() != m_documentsBefore + 1) {
                fail("the new meeting did not open in a tab");
                return;
            }
            *made = m_frame.tabs().paths().back();
            const std::string text = readWorkspaceFile(m_frame, *made);
            std::printf("smoke test: secretary: meeting made: %s\n", made->c_str());
            if (text.find(words().committee) == std::string::npos || text.find(words().members[2][0]) == std::string::npos)
                fail("the new meeting is not of the committee chosen, with its members");
            m_documentsBefore = m_frame.tabs().paths().size();
        });
    };
    newMeetingOfTheCommittee(firstMeeting, "-secretary-committee.png");

    // 3. The date, typed the way the interface's calendar writes it.
    then(800, [this] {
        if (!typeInto(m_frame.tabs().current()->page, "Date", words().meetingDate))
            fail("the meeting has no date field");
    });
    // 4. Attendance: the second member absent with a reason; an invitee added by hand.
    then(800, [this] {
        if (!clickNotebookPage(m_frame.tabs().current()->page, "Attendance"))
            fail("the meeting has no attendance page");
    });
    then(800, [this] {
        wxListCtrl* people = findShown<wxListCtrl>(m_frame.tabs().current()->page);
        wxRect row;
        if (!people || people->GetItemCount() != 3 || !people->GetItemRect(1, row)) {
            fail("the attendance page does not list the committee's three members");
            return;
        }
        clickInside(people, row.GetPosition() + wxPoint(row.width / 4, row.height / 2));
    });
    then(500, [] {
        wxUIActionSimulator keyboard;
        keyboard.Char(WXK_SPACE); // absent
        keyboard.Char(WXK_TAB);
        keyboard.Char(WXK_TAB);
        typeText(words().absenceReason);
    });
    then(600, [this] {
        wxButton* add = shownLabelled<wxButton>(m_frame.tabs().current()->page, "+ &Person");
        if (!add) {
            fail("the attendance page has no button to add a person");
            return;
        }
        clickMiddle(add);
    });
    then(600, [] {
        typeText(words().invitee[0]);
        wxUIActionSimulator().Char(WXK_TAB);
        typeText(words().invitee[1]);
    });
    then(800, [this] {
        if (!saveScreenshot(&m_frame, shotName(m_screenshot, "-secretary-attendance.png")))
            fail("the attendance's screenshot could not be written");
    });

    // 5. The agenda: item 4 is for information; under item 5, for consideration, a sub-item.
    then(600, [this] {
        if (!clickNotebookPage(m_frame.tabs().current()->page, "Agenda"))
            fail("the meeting has no agenda page");
    });
    then(800, [this] {
        wxWindow* page = m_frame.tabs().current()->page;
        const bool thai = ui::interfaceIsThai();
        if (!outlineHas(page, wxString::FromUTF8(thai ? "ระเบียบวาระที่ 4  เรื่องเพื่อทราบ" : "Item 4  Matters for information")))
            fail("the new committee's agenda has no item for information as item 4");
        if (!clickOutlineItem(page, wxString::FromUTF8(thai ? "ระเบียบวาระที่ 5" : "Item 5")))
            fail("the agenda has no item 5");
    });
    then(600, [] { wxUIActionSimulator().Char(WXK_RETURN, wxMOD_CONTROL | wxMOD_SHIFT); });
    then(600, [] { typeText(words().subItem); });
    then(600, [this] {
        wxWindow* page = m_frame.tabs().current()->page;
        if (!typeInto(page, "Discussion", words().discussion) )
            fail("the item has no discussion field");
    });
    then(600, [this] {
        if (!typeInto(m_frame.tabs().current()->page, "Resolution", words().resolution))
            fail("the item has no resolution field");
    });
    // The resolution put to a vote: the box ticked with the mouse, the counts words().
    then(600, [this] {
        wxCheckBox* voted = shownLabelled<wxCheckBox>(m_frame.tabs().current()->page, "Put to a vote:");
        if (!voted) {
            fail("the resolution cannot be put to a vote");
            return;
        }
        clickMiddle(voted);
    });
    then(600, [] {
        wxUIActionSimulator keyboard; // the cursor is in the votes in favour
        keyboard.Char('A', wxMOD_CONTROL);
        keyboard.Text("2");
    });
    // 6. A statistics table (Ctrl+Shift+T): title and total, two rows that add up to it.
    then(500, [] { wxUIActionSimulator().Char('T', wxMOD_CONTROL | wxMOD_SHIFT); });
    then(600, [] {
        typeText(words().table[0]);
        wxUIActionSimulator keyboard;
        keyboard.Char(WXK_TAB);
        keyboard.Text(words().table[1]);
    });
    then(500, [] { wxUIActionSimulator().Char('T', wxMOD_CONTROL | wxMOD_SHIFT); });
    then(600, [] {
        typeText(words().table[2]);
        wxUIActionSimulator keyboard;
        keyboard.Char(WXK_TAB);
        keyboard.Text(words().table[3]);
        keyboard.Char(WXK_RETURN);
    });
    then(600, [] {
        wxUIActionSimulator().Char(WXK_LEFT);
        typeText(words().table[4]);
        wxUIActionSimulator keyboard;
        keyboard.Char(WXK_TAB);
        keyboard.Text("2");
        keyboard.Char(WXK_RETURN);
    });
    // 7. An action item (Ctrl+Shift+A): task, assignee, the due date as people write it.
    then(600, [] { wxUIActionSimulator().Char('A', wxMOD_CONTROL | wxMOD_SHIFT); });
    then(600, [] {
        typeText(words().action[0]);
        wxUIActionSimulator().Char(WXK_TAB);
        typeText(words().action[1]);
        wxUIActionSimulator().Char(WXK_TAB);
        typeText(words().action[2]);
    });
    then(800, [this] {
        if (!saveScreenshot(&m_frame, shotName(m_screenshot, "-secretary-action.png")))
            fail("the action item's screenshot could not be written");
    });
    // 8. Who took the minutes and who checked them.
    then(600, [this] {
        if (!clickNotebookPage(m_frame.tabs().current()->page, "Minutes-taker and checker"))
            fail("the meeting has no page for the minutes-taker and checker");
    });
    then(800, [this] {
        wxWindow* page = m_frame.tabs().current()->page;
        if (!typeInto(page, "Minutes taken by", words().recorder[0]))
            fail("the meeting has no field for the minutes-taker");
        wxUIActionSimulator().Char(WXK_TAB);
        typeText(words().recorder[1]);
    });
    then(800, [this] {
        if (!typeInto(m_frame.tabs().current()->page, "Minutes checked by", words().checker[0]))
            fail("the meeting has no field for the checker");
        wxUIActionSimulator().Char(WXK_TAB);
        typeText(words().checker[1]);
    });
    then(800, [this] {
        if (!saveScreenshot(&m_frame, shotName(m_screenshot, "-secretary-signatures.png")))
            fail("the signatures' screenshot could not be written");
        wxUIActionSimulator().Char('S', wxMOD_CONTROL);
    });
    then(1500, [this, firstMeeting] {
        const std::string text = readWorkspaceFile(m_frame, *firstMeeting);
        struct Expected {
            const char* what;
            std::string part;
        };
        const Expected expected[] = {
            { "the date", "<date>2026-12-05</date>" },
            { "the absence's reason", words().absenceReason },
            { "the invitee", words().invitee[0] },
            { "the sub-item", words().subItem },
            { "the resolution", words().resolution },
            { "the vote", "for=\"2\" against=\"0\" abstain=\"0\"" },
            { "the statistics table", words().table[0] },
            { "the action item's due date", "2027-01-31" },
            { "the minutes-taker", words().recorder[0] },
            { "the checker", words().checker[0] },
        };
        for (const Expected& part : expected)
            if (text.find(part.part) == std::string::npos)
                fail(std::string("the meeting saved lacks ") + part.what + ": " + part.part);
        std::printf("smoke test: secretary: the meeting saved with attendance, vote, table, action and signatures\n");
    });

    // 9. Thai digits for exported papers, in Edit > Preferences (the last item of the Edit menu).
    then(800, [] {
        wxUIActionSimulator keyboard;
        keyboard.Char(WXK_F10);
    });
    then(500, [] { wxUIActionSimulator().Char(WXK_RIGHT); });
    then(500, [] { wxUIActionSimulator().Char(WXK_UP); });
    then(400, [] { wxUIActionSimulator().Char(WXK_RETURN); });
    then(1200, [this] {
        wxDialog* dialog = shownDialog();
        // The digits' choice: the one offering Thai digits.
        wxChoice* digits = dialog ? choiceOffering(dialog, wxGetTranslation(wxString::FromAscii("Thai digits")) + wxString::FromUTF8(" (๑๒๓)")) : nullptr;
        if (!digits) {
            fail("Edit > Preferences did not show the digits of exported documents");
            if (dialog)
                dialog->EndModal(wxID_CANCEL);
            return;
        }
        clickMiddle(digits);
    });
    then(800, [] { wxUIActionSimulator().Char(WXK_DOWN); });
    then(400, [] { wxUIActionSimulator().Char(WXK_RETURN); });
    then(800, [this] {
        wxDialog* dialog = shownDialog();
        wxButton* ok = dialog ? dynamic_cast<wxButton*>(dialog->FindWindow(wxID_OK)) : nullptr;
        if (!ok) {
            fail("the preferences have no OK button");
            return;
        }
        if (!saveScreenshot(dialog, shotName(m_screenshot, "-secretary-preferences.png")))
            fail("the preferences' screenshot could not be written");
        clickMiddle(ok);
    });
    // 10. File > Export (Ctrl+E): GTK's save dialog, the pointer on it, a path typed, Enter.
    then(1000, [this, pdf] {
        if (shownDialog()) {
            fail("the preferences did not close with OK");
            return;
        }
        *pdf = shotName(m_screenshot, "-secretary-minutes.pdf").utf8_string();
        std::error_code absent;
        std::filesystem::remove(*pdf, absent);
        wxUIActionSimulator().Char('E', wxMOD_CONTROL);
    });
    then(1500, [this] {
        if (!pointAtFileChooser())
            fail("File > Export showed no save dialog");
    });
    then(300, [] { wxUIActionSimulator().Char('a', wxMOD_CONTROL); });
    then(200, [pdf] { wxUIActionSimulator().Text(pdf->c_str()); });
    then(500, [] { wxUIActionSimulator().Char(WXK_RETURN); });
    then(3000, [this, pdf] {
        m_frame.WarpPointer(2, 2);
        if (shownFileChooser()) {
            fail("the save dialog did not take the typed name and Enter");
            return;
        }
        const std::string content = fileContent(*pdf);
        std::printf("smoke test: secretary: the minutes exported: %s (%zu bytes)\n", pdf->c_str(), content.size());
        if (!content.starts_with("%PDF"))
            fail("the minutes were not exported to " + *pdf);
    });

    // 11. Circulated for corrections: the status chosen with the mouse, saved — a named version.
    then(800, [this] {
        wxChoice* status = choiceOffering(m_frame.tabs().current()->page, wxGetTranslation(wxString::FromAscii("Circulated for corrections")));
        if (!status) {
            fail("the meeting shows no status to choose");
            return;
        }
        clickMiddle(status);
    });
    then(800, [] { wxUIActionSimulator().Char(WXK_DOWN); });
    then(400, [] { wxUIActionSimulator().Char(WXK_RETURN); });
    then(800, [] { wxUIActionSimulator().Char('S', wxMOD_CONTROL); });
    then(1500, [this, firstMeeting] {
        if (readWorkspaceFile(m_frame, *firstMeeting).find("status=\"circulated\"") == std::string::npos)
            fail("the minutes were not saved as circulated");
        else
            std::printf("smoke test: secretary: the minutes circulated: %s\n",
                static_cast<const char*>(m_frame.GetStatusBar()->GetStatusText(0).utf8_str()));
    });

    // 12. The next meeting: its item 2 certifies the first meeting's minutes, from the item's button.
    newMeetingOfTheCommittee(secondMeeting, "-secretary-next-committee.png");
    then(800, [this] {
        wxWindow* page = m_frame.tabs().current()->page;
        if (!clickOutlineItem(page, wxString::FromUTF8(ui::interfaceIsThai() ? "ระเบียบวาระที่ 2" : "Item 2")))
            fail("the next meeting has no item 2");
    });
    then(800, [this] {
        wxButton* certify = shownLabelled<wxButton>(m_frame.tabs().current()->page, "&Certify the previous minutes...");
        if (!certify) {
            fail("item 2 of the next meeting has no button to certify the previous minutes");
            return;
        }
        clickMiddle(certify);
    });
    then(1200, [this] {
        wxDialog* dialog = shownDialog();
        wxListBox* list = dialog ? findShown<wxListBox>(dialog) : nullptr;
        if (!list || list->GetCount() != 1) {
            fail("certifying did not offer the one meeting awaiting certification");
            if (dialog)
                dialog->EndModal(wxID_CANCEL);
            return;
        }
        if (!saveScreenshot(dialog, shotName(m_screenshot, "-secretary-certify.png")))
            fail("the certification's screenshot could not be written");
        wxUIActionSimulator().Char(WXK_RETURN);
    });
    then(2500, [this, firstMeeting, secondMeeting] {
        m_frame.WarpPointer(2, 2); // no tooltip of the button over the screenshot
        if (shownDialog()) {
            fail("the certification was refused: a message is shown");
            return;
        }
        const std::string certified = readWorkspaceFile(m_frame, *firstMeeting);
        const std::string next = readWorkspaceFile(m_frame, *secondMeeting);
        const bool done = certified.find("status=\"certified\"") != std::string::npos
            && next.find("relation=\"certifies\" document=\"" + *firstMeeting + "\"") != std::string::npos;
        std::printf("smoke test: secretary: the first minutes certified at the next meeting: %s\n", done ? "yes" : "no");
        if (!done)
            fail("the first minutes were not certified at the next meeting and linked from its item 2");
        if (m_frame.tabs().current() && m_frame.tabs().current()->editor->isModified())
            fail("the next meeting was left with unsaved changes after certifying");
        if (!saveScreenshot(&m_frame, shotName(m_screenshot, "-secretary-certified.png")))
            fail("the certified meeting's screenshot could not be written");
    });
}

} // namespace sapha::gui
