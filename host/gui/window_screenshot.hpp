// Sapha GUI — a picture of a window as the screen shows it, saved as PNG (sapha --screenshot, and
// the GUI tests' screenshots).
// SPDX-License-Identifier: MIT
#pragma once

#include <wx/string.h>
#include <wx/window.h>

namespace sapha::gui {

// Saves what the screen shows of `window` to `file` (PNG); false, with the reason on stderr, when not.
bool saveScreenshot(wxWindow* window, const wxString& file);

} // namespace sapha::gui
