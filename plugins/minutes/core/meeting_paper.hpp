// Sapha minutes — the meeting as official minutes on paper (the layout of the Regulation on
// Correspondence; DOMAIN.md), as an export document.
// SPDX-License-Identifier: MIT
#pragma once

#include <sapha/export/document.hpp>

#include "core/meeting.hpp"

namespace sapha::minutes {

exporting::Document meetingPaper(const Meeting& meeting);

} // namespace sapha::minutes
