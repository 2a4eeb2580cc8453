// Sapha minutes — the meeting model: one subcommittee meeting in the official Thai minutes layout.
// SPDX-License-Identifier: MIT
#pragma once

#include "core/minutes_export.h"

#include <string>
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
};

// What the meeting assigned: a task, to whom, by when.
struct ActionItem {
    std::string id;
    std::string task;
    std::string assignee; // a person or a unit (ฝ่ายเลขานุการ)
    std::string due;      // ISO date, may be empty
    std::string status = "open"; // open, done
};

// An agenda item (ระเบียบวาระ) or sub-item; numbering is derived from order.
struct AgendaItem {
    std::string id;
    std::string title;
    std::string text;       // the discussion, one paragraph per line
    std::string resolution; // มติที่ประชุม
    std::vector<ActionItem> actions;
    std::vector<AgendaItem> children;
};

struct Signatory {
    std::string name;
    std::string position;
};

class SAPHA_MINUTES_EXPORT Meeting : public IDocument {
public:
    std::string language = "th";
    bool thaiDigits = false;
    std::string committee;
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
};

} // namespace sapha::minutes
