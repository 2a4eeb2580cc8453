// Sapha GUI — two versions of a document side by side: each changed element in both panes, deleted
// words struck through in red on the left, inserted words underlined in green on the right (Thai cut
// into words), with previous/next change and a change map.
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <wx/dialog.h>

#include "history/document_history.hpp"

class wxTextCtrl;
class wxStaticText;
class wxListBox;

namespace sapha::gui {

// "Changed: ตัวชี้วัด 1.2": a change under its element's name in the reader's language (`language` "th"
// names it by the kind's Thai term, "en" by its type).
wxString changeTitleOf(const diff::ElementChange& change, std::string_view language);

class CompareDialog : public wxDialog {
public:
    // How the document and its two versions are named at the dialog's head.
    struct Headings {
        wxString document;
        wxString before;
        wxString after;
    };
    CompareDialog(wxWindow* parent, const host::Comparison& comparison, std::string language, const Headings& headings);

    std::size_t changeCount() const { return m_changeStarts.size(); }
    // Shows change `index` (0-based) in both panes.
    void showChange(std::size_t index);

private:
    void fill(const host::Comparison& comparison);

    std::string m_language;

    wxTextCtrl* m_before = nullptr;
    wxTextCtrl* m_after = nullptr;
    wxStaticText* m_position = nullptr;
    wxListBox* m_map = nullptr; // the change map: every change, in document order
    std::vector<std::pair<long, long>> m_changeStarts; // (before, after) positions of each change's heading
    std::size_t m_current = 0;
};

} // namespace sapha::gui
