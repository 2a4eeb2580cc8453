// Sapha GUI — the bar under an editor that says what the document's kind finds wrong with it as it is
// now (an indicator not scored yet, a meeting without its minutes-taker): a one-line count, and under it,
// when opened, the findings in the reader's language. Choosing one shows its element in the editor.
// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <wx/panel.h>
#include <wx/timer.h>

#include <sapha/finding.hpp>

class wxButton;
class wxListCtrl;
class wxListEvent;

namespace sapha::gui {

// A finding as the bar shows it, with where it goes: its element and that element's parents, nearest
// first (an editor with no place of its own for a criterion shows the indicator it belongs to).
struct ShownFinding {
    Severity severity = Severity::None;
    std::string message;
    std::vector<std::string> elementChain;
};

class FindingsBar : public wxPanel {
public:
    // `check` finds what is wrong with the document now; `showElement` brings an element into view,
    // false when the editor has no place for it.
    FindingsBar(wxWindow* parent, std::function<std::vector<ShownFinding>()> check,
        std::function<bool(const std::string& elementId)> showElement);

    // Checks again a moment after the last change: typing is not interrupted by a check per key.
    void checkSoon();
    // Checks now.
    void checkNow();
    // Opens or closes the list under the count.
    void setOpen(bool open);
    bool isOpen() const;
    // Shows the element of the finding in `row` (as a double-click does); false when none could be shown.
    bool goTo(long row);

    const std::vector<ShownFinding>& findings() const { return m_findings; }
    // The count line as shown ("ข้อผิดพลาด 1 · คำเตือน 3").
    wxString countShown() const;
    wxListCtrl& list() { return *m_list; }

private:
    void show(std::vector<ShownFinding> findings);
    // The count line from the findings, with the arrow saying whether the list is open.
    void relabel();

    std::function<std::vector<ShownFinding>()> m_check;
    std::function<bool(const std::string&)> m_showElement;
    std::vector<ShownFinding> m_findings;
    wxButton* m_toggle = nullptr;
    wxListCtrl* m_list = nullptr;
    wxTimer m_timer;
};

} // namespace sapha::gui
