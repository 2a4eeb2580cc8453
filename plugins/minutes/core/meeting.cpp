// Sapha minutes — the meeting model's derived text.
// SPDX-License-Identifier: MIT
#include "core/meeting.hpp"

#include <set>

#include "core/quorum_rule.hpp"

namespace sapha::minutes {

std::string Meeting::heading() const
{
    const std::string numbered = std::to_string(number) + "/" + std::to_string(year);
    if (language == "en")
        return "Minutes of the " + committee + ", meeting " + numbered;
    return "รายงานการประชุม" + committee + " ครั้งที่ " + numbered;
}

long Breakdown::sum() const
{
    long total = 0;
    for (const auto& row : rows)
        total += row.second;
    return total;
}

// Members are the people listed as present or absent (others attend without a vote). A substitute
// present for a member listed absent is that member, counted once.
int Meeting::memberCount() const
{
    std::set<std::string> substituted;
    for (const Person& person : people) {
        if (person.attendance == Attendance::Present && !person.memberId.empty() && !person.substituteFor.empty())
            substituted.insert(person.memberId);
    }
    int count = 0;
    for (const Person& person : people) {
        if (person.attendance == Attendance::Present)
            ++count;
        else if (person.attendance == Attendance::Absent && !(person.memberId.size() && substituted.count(person.memberId)))
            ++count;
    }
    return count;
}

int Meeting::membersPresent() const
{
    int count = 0;
    for (const Person& person : people)
        count += person.attendance == Attendance::Present;
    return count;
}

int Meeting::quorum() const
{
    return quorumCount(memberCount(), quorumNumerator, quorumDenominator);
}

const char* statusName(MinutesStatus status)
{
    switch (status) {
    case MinutesStatus::Circulated:
        return "circulated";
    case MinutesStatus::Certified:
        return "certified";
    case MinutesStatus::Frozen:
        return "frozen";
    case MinutesStatus::Draft:
        break;
    }
    return "draft";
}

std::optional<MinutesStatus> parseStatus(std::string_view text)
{
    for (MinutesStatus status : { MinutesStatus::Draft, MinutesStatus::Circulated, MinutesStatus::Certified,
             MinutesStatus::Frozen }) {
        if (text == statusName(status))
            return status;
    }
    return std::nullopt;
}

} // namespace sapha::minutes
