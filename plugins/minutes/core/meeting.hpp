// Sapha minutes — the meeting model: one subcommittee meeting in the official Thai minutes layout.
// SPDX-License-Identifier: MIT
#pragma once

#include "core/minutes_export.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <sapha/document_kind.hpp>

namespace sapha::minutes {

enum class Attendance { None, Present, Absent, Attending };

// A person in the minutes: a member present or absent, or another attendee.
struct Person {
    std::string id;
    std::string name;
    std::string position;     // their post (รองผู้ว่าราชการจังหวัดเชียงราย)
    std::string role;         // committee role (ประธานอนุกรรมการ)
    Attendance attendance = Attendance::Present;
    std::string absenceReason; // ติดราชการ
    std::string substituteFor; // the member this person stands in for ("แทน")
    std::string memberId;      // the roster member this person is (or stands in for); empty for others
};

// What the meeting assigned: a task, to whom, by when.
struct ActionItem {
    std::string id;
    std::string task;
    std::string assignee; // a person or a unit (ฝ่ายเลขานุการ)
    std::string due;      // ISO date, may be empty
    std::string status = "open"; // open, done
    // Where an action carried over into "เรื่องสืบเนื่อง" was decided: "<meeting path>#<action id>".
    std::string origin;
};

// One breakdown of a statistics table: the total split one way (by sex, by type).
struct SAPHA_MINUTES_EXPORT Breakdown {
    std::string name;
    std::vector<std::pair<std::string, long>> rows; // label, count
    long sum() const;
};

// Figures reported under an item: a total and its breakdowns, each meant to add up to the total.
struct StatTable {
    std::string id;
    std::string title;
    std::string unit; // ราย, คน
    long total = 0;
    std::vector<Breakdown> breakdowns;
};

// What a resolution decided about another document's version: approves a standard's draft as named,
// certifies the previous minutes as named.
struct ItemLink {
    std::string relation; // "approves" or "certifies"
    std::string document; // workspace-relative path
    std::string version;  // a named version of the workspace
};

// A paper the item refers to (เอกสารประกอบ): a file of the workspace, a version of one ("path@version"),
// or a web address. Referred to, never copied into the minutes.
struct Attachment {
    std::string title;     // "แผนปฏิบัติการคุ้มครองคนไร้ที่พึ่ง ปี 2563"
    std::string reference; // "attachments/plan-2563.pdf", "standards/centre.standard.xml@เสนอคณะอนุกรรมการ", "https://…"
    bool isWebAddress() const { return reference.starts_with("http://") || reference.starts_with("https://"); }
};

// A vote on a resolution; absent when the meeting agreed without one.
struct Vote {
    int inFavour = 0;
    int against = 0;
    int abstaining = 0;
};

// An agenda item (ระเบียบวาระ) or sub-item; numbering is derived from order.
struct AgendaItem {
    std::string id;
    std::string title;
    std::string text;       // the discussion, one paragraph per line
    std::vector<Attachment> attachments;
    std::string resolution; // มติที่ประชุม
    std::optional<Vote> vote;
    std::vector<ItemLink> links;
    std::vector<StatTable> tables;
    std::vector<ActionItem> actions;
    std::vector<AgendaItem> children;
};

struct Signatory {
    std::string name;
    std::string position;
};

// Where the minutes are in their life: each step is also a named version of the workspace.
enum class MinutesStatus { Draft, Circulated, Certified, Frozen };

class SAPHA_MINUTES_EXPORT Meeting : public IDocument {
public:
    std::string language = "th";
    bool thaiDigits = false;
    MinutesStatus status = MinutesStatus::Draft;
    std::string committee;
    std::string roster; // the committee's roster document, workspace-relative; empty when none
    // Quorum rule copied from the roster when the meeting was created: at least numerator/denominator.
    int quorumNumerator = 1;
    int quorumDenominator = 2;
    int number = 1;
    int year = 0; // Buddhist Era
    std::string date; // ISO
    std::string venue;
    std::string startTime; // "09.30"
    std::string endTime;
    std::vector<Person> people;
    std::vector<AgendaItem> agenda;
    Signatory recorder; // ผู้จดรายงานการประชุม
    Signatory checker;  // ผู้ตรวจรายงานการประชุม

    // "รายงานการประชุม<committee> ครั้งที่ 1/2563"
    std::string heading() const;

    // Members (people from the roster) and how many of them are here, in person or by a substitute.
    int memberCount() const;
    int membersPresent() const;
    int quorum() const; // how many members must be present
    bool hasQuorum() const { return membersPresent() >= quorum(); }
};

SAPHA_MINUTES_EXPORT const char* statusName(MinutesStatus status);
SAPHA_MINUTES_EXPORT std::optional<MinutesStatus> parseStatus(std::string_view text);

} // namespace sapha::minutes
