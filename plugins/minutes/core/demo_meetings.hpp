// Sapha minutes — the pieces every demo committee is built of: attendance taken from the roster, agenda
// items, and a revision saved through the kind as any edit would be.
// SPDX-License-Identifier: MIT
#pragma once

#include "core/minutes_export.h"

#include <string>
#include <vector>

#include <sapha/demo_content.hpp>

#include "core/meeting.hpp"
#include "core/meeting_kind.hpp"
#include "core/roster.hpp"
#include "core/roster_kind.hpp"

namespace sapha::minutes {

// Who commits a committee's demo documents: its secretariat.
struct DemoSecretariat {
    std::string name;
    std::string email;
};

// The Chiang Rai office that is secretary to both of its subcommittees.
inline const DemoSecretariat kChiangRaiSecretariat { "ฝ่ายเลขานุการ สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดเชียงราย",
    "secretariat@chiangrai.sapha.invalid" };

// Where both Chiang Rai subcommittees met on 17 August 2563.
inline constexpr const char* kPuangSaedRoom
    = "ห้องพวงแสด ชั้น 3 ศาลากลางจังหวัดเชียงราย ถนนแม่ฟ้าหลวง ตำบลริมกก อำเภอเมืองเชียงราย";

// Every member of the roster, present ("p-" + the member's id without its "m-").
std::vector<Person> attendanceFrom(const Roster& roster);

AgendaItem demoItem(std::string id, std::string title);

// The six headings of the official agenda, with "เรื่องเพื่อทราบ" of its own (ids tpl-1 … tpl-6).
std::vector<TemplateItem> officialAgendaTemplate();

// A revision of `document` as its kind writes it; throws when the kind refuses it.
DemoRevision demoRevision(const IDocumentKind& kind, const IDocument& document, std::string message,
    const DemoSecretariat& secretariat, std::string isoTime);

// The demo's three committees, each a roster and its meetings (documents in commit order).
// The Chiang Rai subcommittee for the homeless: meetings 1/2563 and 2/2563, and the action plan's story.
SAPHA_MINUTES_EXPORT std::vector<DemoDocument> chiangRaiDemo(const MeetingKind& kind, const RosterKind& rosterKind);
// The Chiang Rai subcommittee for begging control, which met first the same morning in the same room.
SAPHA_MINUTES_EXPORT std::vector<DemoDocument> beggingControlDemo(const MeetingKind& kind, const RosterKind& rosterKind);
// The national subcommittee for the homeless, adopting the workshop's draft standard as proposed.
SAPHA_MINUTES_EXPORT std::vector<DemoDocument> nationalSubcommitteeDemo(
    const MeetingKind& kind, const RosterKind& rosterKind);

} // namespace sapha::minutes
