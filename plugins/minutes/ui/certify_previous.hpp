// Sapha minutes — certifying the previous minutes from the meeting that certifies them, as the secretary
// does at item 2 of the next meeting: the minutes awaiting certification are listed, the chosen ones saved
// as certified through the host, and the item linked to that version (core/certification.hpp).
// SPDX-License-Identifier: MIT
#pragma once

#include <sapha/ui/editor.hpp>

#include "core/meeting.hpp"

class wxWindow;

namespace sapha::minutes {

// Asks which minutes `next` certifies and certifies them; true when `next` changed (its item links to
// the certified version), false when the person cancelled or it was refused (the reason shown).
bool certifyPreviousMinutes(wxWindow* parent, ui::IEditorHost& host, Meeting& next);

} // namespace sapha::minutes
