// Sapha GUI — a question answered from a list shows its choices.
//
// GTK gave the list of wxSingleChoiceDialog room for about two rows: the question which committee a new
// meeting is for showed two of the demo's three. The modal dialog hook (dialog_labels.hpp) calls this
// before every such question is shown.
// SPDX-License-Identifier: MIT
#pragma once

class wxDialog;
class wxListBox;

namespace sapha::gui {

// How many rows a list of choices shows before it scrolls.
constexpr int kVisibleChoices = 8;

// Makes `list` tall enough for its choices (up to kVisibleChoices) and its dialog grow to hold it.
void showChoicesWhole(wxDialog& dialog, wxListBox& list);

} // namespace sapha::gui
