// Sapha — one revision (commit) of a workspace as the host and its users see it.
// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>

namespace sapha::host {

// Who commits: name and e-mail, and optionally a fixed time (seconds since the
// epoch and minutes east of UTC) — the demo replays history at its real dates.
struct Author {
    std::string name;
    std::string email;
    std::int64_t time = 0; // 0 = now
    int offsetMinutes = 0;
};

enum class Calendar { None, Buddhist, Gregorian };

struct Revision {
    std::string id; // full hexadecimal commit id
    std::string authorName;
    std::string authorEmail;
    std::int64_t time = 0;
    int offsetMinutes = 0;
    std::string message;

    std::string shortId() const { return id.substr(0, 8); }
    // "2020-08-17 09:30 +0700"
    std::string isoTime() const;
    // The local time of the revision for people: "17/08/2563 09:30" in the Buddhist Era, or
    // "2020-08-17 09:30".
    std::string displayTime(Calendar calendar) const;
};

} // namespace sapha::host
