// Sapha minutes — the meeting model's derived text.
// SPDX-License-Identifier: MIT
#include "core/meeting.hpp"

namespace sapha::minutes {

std::string Meeting::heading() const
{
    const std::string numbered = std::to_string(number) + "/" + std::to_string(year);
    if (language == "en")
        return "Minutes of the " + committee + ", meeting " + numbered;
    return "รายงานการประชุม" + committee + " ครั้งที่ " + numbered;
}

} // namespace sapha::minutes
