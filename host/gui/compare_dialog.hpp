// Sapha GUI — two versions of a document side by side: each changed element in both panes, deleted
// words struck through in red on the left, inserted words underlined in green on the right (Thai cut
// into words), with previous/next change and a change map.
// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include <wx/dialog.h>

#include "history/document_history.hpp"

class wxTextCtrl;
class wxStaticText;
class wxListBox;

namespace sapha::gui {

class CompareDialog : public wxDialog {
public:
    CompareDialog(wxWindow* parent, const host::Comparison& comparison);

    std::size_t changeCount() const { return m_changeStarts.size(); }
    // Shows change `index` (0-based) in both panes.
    void showChange(std::size_t index);

private:
    void fill(const host::Comparison& comparison);

    wxTextCtrl* m_before = nullptr;
    wxTextCtrl* m_after = nullptr;
    wxStaticText* m_position = nullptr;
    wxListBox* m_map = nullptr; // the change map: every change, in document order
    std::vector<std::pair<long, long>> m_changeStarts; // (before, after) positions of each change's heading
    std::size_t m_current = 0;
};

} // namespace sapha::gui
