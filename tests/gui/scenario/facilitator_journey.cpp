// Sapha GUI scenario — a facilitator's session, start to finish, with the keyboard and the mouse in the
// interface's language (Thai letters typed as key events): File > New > Brainstorm session with its
// topic; on its Session page the question, both groups renamed and a third added with its own question;
// the board goes live with its button, a phone (the test script's Chromium) joins the third group by
// name and sends two ideas while the facilitator types one of their own; "Next round" to the sorting,
// where the phone's ideas are dragged with the mouse into a new cluster named in the box that asks;
// "Next round" to the vote, the phone's dot arrives and "Show votes" shows it; the live session stopped;
// Tools > Send to a Standard, a new standard chosen: it opens with the cluster as its component.
// Screenshots: -facilitator-*.png. The test script reads the commits and both documents.
// SPDX-License-Identifier: MIT
#include "smoke_test.hpp"

#include <cstdio>
#include <memory>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/listbox.h>
#include <wx/listctrl.h>
#include <wx/scrolwin.h>
#include <wx/statusbr.h>
#include <wx/textctrl.h>
#include <wx/tglbtn.h>
#include <wx/uiaction.h>

#include <sapha/ui/date_field.hpp>
#include <sapha/ui/wx_text.hpp>

#include "document_tabs.hpp"
#include "journey_helpers.hpp"
#include "main_frame.hpp"
#include "window_screenshot.hpp"

namespace sapha::gui {

namespace {

// What the facilitator types, and what the phone sends (run_facilitator_test.sh types the same).
struct FacilitatorWords {
    const char* topic;
    const char* question;
    const char* groups[3][2]; // name, its question; the third is added
    const char* ownIdea;      // typed on the board for the first group
    const char* phoneIdeas[2];
    const char* cluster;
};

const FacilitatorWords kThai {
    "ระดมความคิดการคืนคนไร้บ้านสู่ชุมชน",
    "ศูนย์ควรช่วยให้คนไร้บ้านกลับสู่ชุมชนอย่างไร",
    { { "กลุ่มที่ 1 ที่พักพิง", "" }, { "กลุ่มที่ 2 อาชีพ", "" }, { "กลุ่มที่ 3 ครอบครัว", "ครอบครัวและชุมชนรับกลับอย่างไร" } },
    "ห้องพักแยกสำหรับผู้สูงอายุ",
    { "ติดตามผลทุกสามเดือนหลังกลับบ้าน", "ประสานผู้นำชุมชนก่อนส่งกลับ" },
    "การติดตามหลังคืนสู่ชุมชน",
};

const FacilitatorWords kEnglish {
    "Returning homeless people to their communities",
    "How should the centre help people return to their communities?",
    { { "Group 1 Shelter", "" }, { "Group 2 Work", "" }, { "Group 3 Family", "How do families take them back?" } },
    "Separate rooms for older people",
    { "Follow up every three months after the return", "Talk to community leaders before the return" },
    "Follow-up after the return",
};

const FacilitatorWords& words()
{
    return ui::interfaceIsThai() ? kThai : kEnglish;
}

wxString utf8(const char* text)
{
    return wxString::FromUTF8(text);
}

// The board: the shown canvas that says what lies under a point of it.
wxScrolledCanvas* shownBoard(wxWindow* page)
{
    return findShown<wxScrolledCanvas>(page);
}

// The middle of what the board says starts with `said` under the pointer (a card by its idea's text, a
// cluster's column by its title, the new-cluster column), in the board's client coordinates; found by
// asking the board what is under each point of a grid over it, as a person's eye finds a card.
// wxDefaultPosition when nothing is.
wxPoint pointOnBoard(wxWindow* board, const wxString& said)
{
    const wxSize size = board->GetClientSize();
    long sumX = 0;
    long sumY = 0;
    long hits = 0;
    for (int y = 2; y < size.y; y += 6) {
        for (int x = 2; x < size.x; x += 8) {
            if (board->GetHelpTextAtPoint(board->ClientToScreen(wxPoint(x, y)), wxHelpEvent::Origin_Unknown).StartsWith(said)) {
                sumX += x;
                sumY += y;
                ++hits;
            }
        }
    }
    if (hits == 0)
        return wxDefaultPosition;
    const wxPoint middle(static_cast<int>(sumX / hits), static_cast<int>(sumY / hits));
    // The middle of an odd shape (a column around its cards) may be on something else: then the hit
    // nearest to it.
    if (board->GetHelpTextAtPoint(board->ClientToScreen(middle), wxHelpEvent::Origin_Unknown).StartsWith(said))
        return middle;
    wxPoint nearest = wxDefaultPosition;
    long best = -1;
    for (int y = 2; y < size.y; y += 6) {
        for (int x = 2; x < size.x; x += 8) {
            const long distance = static_cast<long>(x - middle.x) * (x - middle.x) + static_cast<long>(y - middle.y) * (y - middle.y);
            if ((best < 0 || distance < best)
                && board->GetHelpTextAtPoint(board->ClientToScreen(wxPoint(x, y)), wxHelpEvent::Origin_Unknown).StartsWith(said)) {
                best = distance;
                nearest = wxPoint(x, y);
            }
        }
    }
    return nearest;
}

// The shown text field whose hint is the interface's translation of `english` (the board's idea box).
wxTextCtrl* fieldHinted(wxWindow* window, const char* english)
{
    const wxString hint = wxGetTranslation(utf8(english));
    if (auto* field = dynamic_cast<wxTextCtrl*>(window); field && field->IsShownOnScreen() && field->GetHint() == hint)
        return field;
    for (wxWindow* child : window->GetChildren())
        if (wxTextCtrl* found = fieldHinted(child, english))
            return found;
    return nullptr;
}

} // namespace

void SmokeTest::queueFacilitator()
{
    auto sessionPath = std::make_shared<std::string>();
    // Where the card being dragged was picked up, in screen coordinates.
    auto dragFrom = std::make_shared<wxPoint>();
    const auto page = [this] { return m_frame.tabs().current() ? m_frame.tabs().current()->page : nullptr; };
    const auto shot = [this](wxWindow* window, const char* suffix) {
        if (!saveScreenshot(window, shotName(m_screenshot, suffix)))
            fail(std::string("the screenshot ") + suffix + " could not be written");
    };
    const auto click = [this, page](const char* english, const char* what) {
        then(700, [this, page, english, what] {
            wxWindow* button = page() ? shownLabelled<wxButton>(page(), english) : nullptr;
            if (!button)
                button = page() ? shownLabelled<wxToggleButton>(page(), english) : nullptr;
            if (!button) {
                fail(std::string("there is no button to ") + what);
                return;
            }
            clickMiddle(button);
        });
    };
    // An idea dragged with the mouse onto what the board calls `target`: pressed, moved off a little, held
    // at the board's lower edge until the target scrolls into view, moved onto it, let go.
    const auto drag = [this, page, dragFrom](std::function<wxString()> idea, std::function<wxString()> target) {
        then(800, [this, page, dragFrom, idea] {
            wxWindow* board = page() ? shownBoard(page()) : nullptr;
            const wxPoint from = board ? pointOnBoard(board, idea()) : wxDefaultPosition;
            if (from == wxDefaultPosition) {
                fail("the board does not show " + ui::fromWx(idea()));
                return;
            }
            *dragFrom = board->ClientToScreen(from);
            wxUIActionSimulator mouse;
            mouse.MouseMove(*dragFrom);
            mouse.MouseDown();
        });
        then(150, [dragFrom] { wxUIActionSimulator().MouseMove(*dragFrom + wxPoint(12, 12)); });
        thenWhen(
            20000,
            [page, target] {
                wxWindow* board = page() ? shownBoard(page()) : nullptr;
                if (!board)
                    return true;
                if (pointOnBoard(board, target()) != wxDefaultPosition)
                    return true;
                wxUIActionSimulator().MouseMove(board->ClientToScreen(wxPoint(board->GetClientSize().x / 2, board->GetClientSize().y - board->FromDIP(10))));
                return false;
            },
            [] {}, "the drop target to scroll into view");
        // Onto the target; found again each time, as the board may still have scrolled a line.
        for (int step = 0; step < 3; ++step) {
            then(250, [this, page, target] {
                wxWindow* board = page() ? shownBoard(page()) : nullptr;
                const wxPoint to = board ? pointOnBoard(board, target()) : wxDefaultPosition;
                if (to == wxDefaultPosition) {
                    fail("the board does not show " + ui::fromWx(target()));
                    return;
                }
                wxUIActionSimulator().MouseMove(board->ClientToScreen(to));
            });
        }
        then(300, [] { wxUIActionSimulator().MouseUp(); });
    };

    // 1. File > New > Brainstorm session, its topic typed as the title.
    openNewDocumentTitled("brainstorm.session", words().topic, sessionPath, "session");

    // 2. The Session page: the question; the two groups renamed; a third added with its own question.
    then(800, [this, page] {
        if (!page() || !clickNotebookPage(page(), "Session"))
            fail("the session has no Session page");
    });
    then(800, [this, page] {
        if (!typeInto(page(), "Question", words().question))
            fail("the session has no question field");
    });
    for (int group = 0; group < 2; ++group) {
        then(700, [this, page, group] {
            wxListCtrl* groups = findShown<wxListCtrl>(page());
            wxRect row;
            if (!groups || groups->GetItemCount() != 2 || !groups->GetItemRect(group, row)) {
                fail("the Session page does not list the new session's two groups");
                return;
            }
            clickInside(groups, row.GetPosition() + wxPoint(row.width / 5, row.height / 2));
        });
        then(600, [this, page, group] {
            if (!typeInto(page(), "Group name", words().groups[group][0]))
                fail("a group cannot be renamed: no field for its name");
        });
    }
    click("Add group", "add a group");
    then(700, [this, page] {
        // The new group's name is chosen in its field: the facilitator deletes it, meaning to name the
        // group later, and types its question.
        wxUIActionSimulator().Char(WXK_DELETE);
        if (!typeInto(page(), "Its question", words().groups[2][1]))
            fail("a group has no field for its question");
    });
    // The live session refuses a group without a name (the phones would show an empty choice): the
    // message says which; after OK the Session page shows that group's name field, ready to type in.
    then(600, [this, page] {
        if (!clickNotebookPage(page(), "Board"))
            fail("the session has no Board page");
    });
    click("Start live session", "start the live session");
    then(1200, [this, shot] {
        GtkMessageDialog* box = shownMessageBox();
        const std::string said = box ? messageBoxText(box) : std::string();
        std::printf("facilitator: starting with a group unnamed says: %s\n", said.c_str());
        shot(&m_frame, "-facilitator-unnamed-group.png");
        if (said.find(ui::interfaceIsThai() ? "กลุ่มที่ 3 ยังไม่มีชื่อ" : "group 3 has no name") == std::string::npos)
            fail("a group without a name went live, or the refusal did not name it: " + said);
        if (box && !clickMessageBoxOk())
            fail("the message box has no OK button to click");
    });
    then(800, [this, page] {
        auto* name = dynamic_cast<wxTextCtrl*>(wxWindow::FindFocus());
        if (!page() || shownLabelled<wxButton>(page(), "Stop live session"))
            fail("the session went live with a group unnamed");
        if (!name || !name->IsShownOnScreen() || !name->IsEmpty()) {
            fail("after the refusal the unnamed group's name field is not where the keys go");
            return;
        }
        typeText(words().groups[2][0]);
    });
    then(800, [this, page, shot] {
        wxListCtrl* groups = findShown<wxListCtrl>(page());
        if (!groups || groups->GetItemCount() != 3)
            fail("the added group is not listed");
        for (int row = 0; groups && row < groups->GetItemCount() && row < 3; ++row)
            if (groups->GetItemText(row) != utf8(words().groups[row][0]))
                fail(std::string("the groups list does not read ") + words().groups[row][0]);
        shot(&m_frame, "-facilitator-groups.png");
    });

    // 3. Live: the board's button; the phone (the test script) joins the third group and sends its ideas.
    then(600, [this, page] {
        if (!clickNotebookPage(page(), "Board"))
            fail("the session has no Board page");
    });
    click("Start live session", "start the live session");
    then(1500, [this, page, shot] {
        if (!page() || !shownLabelled<wxButton>(page(), "Stop live session"))
            fail("the session did not go live");
        shot(&m_frame, "-facilitator-live.png");
    });
    // The facilitator's own idea meanwhile, for the first group: typed in the box below the board.
    then(600, [this, page] {
        wxTextCtrl* box = page() ? fieldHinted(page(), "Type an idea and press Enter (Ctrl+Shift+I)") : nullptr;
        if (!box) {
            fail("the board has no box to type an idea in");
            return;
        }
        clickMiddle(box);
    });
    then(500, [] {
        typeText(words().ownIdea);
        wxUIActionSimulator().Char(WXK_RETURN);
    });
    thenWhen(
        90000,
        [this] {
            Result<std::string> text = currentText();
            return text && text.value().find(words().phoneIdeas[1]) != std::string::npos;
        },
        [this, shot] {
            Result<std::string> text = currentText();
            if (!text || text.value().find(words().ownIdea) == std::string::npos)
                fail("the facilitator's own idea is not on the board");
            std::printf("smoke test: facilitator: the phone's ideas are on the board\n");
            shot(&m_frame, "-facilitator-ideas.png");
        },
        "the phone's ideas on the board");

    // 4. The sorting round: the phone's ideas dragged with the mouse into a new cluster, named in place.
    click("Next round", "go to the next round");
    then(800, [this, page] {
        wxChoice* round = page() ? choiceOffering(page(), wxString::Format(wxASCII_STR("2. %s"), wxGetTranslation(utf8("sorting")))) : nullptr;
        if (!round || round->GetSelection() != 1)
            fail("\"Next round\" did not go to the sorting");
    });
    drag([] { return utf8(words().phoneIdeas[0]); }, [] { return wxGetTranslation(utf8("Drop an idea here to start a cluster")); });
    then(1200, [this, shot] {
        wxDialog* ask = shownDialog();
        if (!ask) {
            fail("a new cluster asked no title");
            return;
        }
        shot(ask, "-facilitator-cluster-title.png");
        wxUIActionSimulator().Char('A', wxMOD_CONTROL);
        typeText(words().cluster);
    });
    then(600, [] { wxUIActionSimulator().Char(WXK_RETURN); });
    drag([] { return utf8(words().phoneIdeas[1]); }, [] { return utf8(words().cluster); });
    then(1000, [this, shot] {
        Result<std::string> text = currentText();
        const std::string cluster = std::string("<title>") + words().cluster + "</title>";
        if (!text || text.value().find(cluster) == std::string::npos)
            fail("the board holds no cluster titled as typed");
        shot(&m_frame, "-facilitator-sorted.png");
    });

    // 5. The vote: the phone puts its dot on the cluster; "Show votes" shows it on the board.
    click("Next round", "go to the vote");
    click("Show votes", "show the votes");
    thenWhen(
        90000,
        [this] {
            Result<std::string> text = currentText();
            return text && text.value().find("<vote ") != std::string::npos;
        },
        [this, shot] {
            std::printf("smoke test: facilitator: the phone's vote is on the board\n");
            shot(&m_frame, "-facilitator-votes.png");
        },
        "the phone's vote on the board");

    // 6. Stopped: everything the phones sent is committed.
    click("Stop live session", "stop the live session");
    then(1500, [this, page, sessionPath] {
        if (!page() || !shownLabelled<wxButton>(page(), "Start live session"))
            fail("the live session did not stop");
        if (isCurrentModified())
            fail("the stopped session has unsaved edits");
        const std::string saved = readWorkspaceFile(m_frame, *sessionPath);
        for (const char* expected : { words().phoneIdeas[0], words().phoneIdeas[1], words().ownIdea, words().cluster, words().groups[2][1] })
            if (saved.find(expected) == std::string::npos)
                fail(std::string("the saved session lacks ") + expected);
        m_documentsBefore = m_frame.tabs().paths().size();
    });

    // 7. Tools > Send to a Standard, both clicked with the mouse, into a new standard.
    clickMenuPath("&Tools", "&Send to a Standard...", "Tools > Send to a Standard");
    then(1200, [this, shot] {
        wxDialog* ask = shownDialog();
        wxListBox* targets = ask ? findShown<wxListBox>(ask) : nullptr;
        if (!targets || !ask->GetTitle().Contains(wxGetTranslation(utf8("Send to a Standard")))) {
            fail("Tools > Send to a Standard asked nowhere to send");
            shot(&m_frame, "-facilitator-send-missing.png");
            return;
        }
        shot(ask, "-facilitator-send.png");
        // The first line is a new standard.
        clickInside(targets, wxPoint(targets->GetClientSize().x / 3, targets->FromDIP(12)));
    });
    then(500, [this] {
        wxDialog* ask = shownDialog();
        wxWindow* ok = ask ? ask->FindWindow(wxID_OK) : nullptr;
        if (!ok) {
            fail("the send question has no OK button");
            return;
        }
        clickMiddle(ok);
    });
    then(2500, [this, shot] {
        if (m_frame.tabs().paths().size() != m_documentsBefore + 1) {
            fail("the new standard did not open in a tab");
            return;
        }
        const std::string standard = m_frame.tabs().paths().back();
        const std::string text = readWorkspaceFile(m_frame, standard);
        std::printf("smoke test: facilitator: sent to %s\n", standard.c_str());
        if (text.find(words().cluster) == std::string::npos || text.find(words().phoneIdeas[0]) == std::string::npos)
            fail("the new standard does not hold the cluster and its ideas");
        shot(&m_frame, "-facilitator-standard.png");
    });
}

} // namespace sapha::gui
