// Sapha GUI — a box of read-only text to read, not to edit: wrapped between Thai words, on the
// window's face colour, a given number of lines high, scrolling when there is more.
// SPDX-License-Identifier: MIT
#pragma once

#include <wx/textctrl.h>

namespace sapha::gui {

// A wxTextCtrl shows Thai wrapped by pango, where a wxStaticText would wrap at spaces only (Thai has
// none between words) and cannot be selected to copy. `lines` whole lines of Thai show, marks above
// and below included: the height is measured on Thai text, not taken from the font's nominal height.
wxTextCtrl* makeReadingBox(wxWindow* parent, int lines);

} // namespace sapha::gui
