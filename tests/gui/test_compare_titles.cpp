// Sapha tests — the compare view names each change as its reader does: the kind's Thai term in the Thai
// interface ("ตัวชี้วัด 1.2"), its type in the English one ("indicator 1.2").
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include "compare_dialog.hpp"

TEST_CASE("compare titles: a change is named in the reader's language")
{
    sapha::diff::ElementChange change;
    change.kind = sapha::diff::ChangeKind::Changed;
    change.after = { "i-1-2", "c-1", "indicator", "1.2", "text", "ตัวชี้วัด" };
    const wxString thai = sapha::gui::changeTitleOf(change, "th");
    CHECK(thai.EndsWith(wxString::FromUTF8(": ตัวชี้วัด 1.2")));
    CHECK(thai.Find(wxT("indicator")) == wxNOT_FOUND);
    CHECK(sapha::gui::changeTitleOf(change, "en").EndsWith(wxT(": indicator 1.2")));

    // A removed element is named from the version that had it; no Thai term falls back to the type.
    sapha::diff::ElementChange removed;
    removed.kind = sapha::diff::ChangeKind::Removed;
    removed.before = { "x", "", "note", "", "", "" };
    CHECK(sapha::gui::changeTitleOf(removed, "th").EndsWith(wxT(": note")));
}
