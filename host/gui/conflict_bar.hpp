// Sapha GUI — the bar above an editor whose document a sync left with conflicts: for each element
// changed differently here and elsewhere, where (its label and fields), this workspace's value and the
// other's, and a choice of which stays. The choice itself is the frame's (it commits and reloads).
// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <wx/panel.h>

#include <sapha/xml_merge.hpp>

namespace sapha::gui {

// One element's conflicts, as shown.
struct ConflictRow {
    std::string element; // its id, for the choice ("" is the document's root)
    std::string place;   // "ระเบียบวาระที่ 1 — title"
    std::string mine;
    std::string theirs;
};

class ConflictBar : public wxPanel {
public:
    using Choose = std::function<void(const std::string& element, xml::Side side)>;
    ConflictBar(wxWindow* parent, const std::vector<ConflictRow>& rows, Choose choose);

    // The name of the button choosing `side` for `element` (the GUI test presses it).
    static wxString buttonName(const std::string& element, xml::Side side);
};

} // namespace sapha::gui
