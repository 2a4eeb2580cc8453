// Sapha minutes — the demo's second Chiang Rai committee: the subcommittee for begging control, which met
// at 09.00 on 17 August 2563 in ห้องพวงแสด, just before the subcommittee for the homeless (the news text
// says only that, so what it discussed is kept to the duties any such subcommittee has under the Begging
// Control Act 2559; no figures are made up). Two committees in one workspace: a new meeting must say whose.
// SPDX-License-Identifier: MIT
#include "core/demo_meetings.hpp"

namespace sapha::minutes {

namespace {

constexpr const char* kRosterPath = "committees/chiangrai-begging.roster.xml";

Roster beggingControlRoster()
{
    Roster roster;
    roster.committee = "คณะอนุกรรมการควบคุมการขอทานจังหวัดเชียงราย";
    roster.members = {
        { "m-chair", "นายภาสกร บุญญลักษม์", "รองผู้ว่าราชการจังหวัดเชียงราย", "ประธานอนุกรรมการ" },
        { "m-police", "ผู้แทนตำรวจภูธรจังหวัดเชียงราย", "ตำรวจภูธรจังหวัดเชียงราย", "อนุกรรมการ" },
        { "m-immigration", "ผู้แทนตรวจคนเข้าเมืองจังหวัดเชียงราย", "ตรวจคนเข้าเมืองจังหวัดเชียงราย", "อนุกรรมการ" },
        { "m-local", "ผู้แทนองค์กรปกครองส่วนท้องถิ่น", "เทศบาลนครเชียงราย", "อนุกรรมการ" },
        { "m-centre", "ผู้แทนศูนย์คุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย", "ศูนย์คุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย", "อนุกรรมการ" },
        { "m-secretary", "พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดเชียงราย",
            "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดเชียงราย", "อนุกรรมการและเลขานุการ" },
    };
    roster.agendaTemplate = officialAgendaTemplate();
    return roster;
}

Meeting draftedAgenda()
{
    const Roster roster = beggingControlRoster();
    Meeting meeting;
    meeting.committee = roster.committee;
    meeting.roster = kRosterPath;
    meeting.number = 1;
    meeting.year = 2563;
    meeting.date = "2020-08-17";
    meeting.venue = kPuangSaedRoom;
    meeting.startTime = "09.00";
    meeting.people = attendanceFrom(roster);
    meeting.agenda = {
        demoItem("bg-1", "เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ"),
        demoItem("bg-2", "เรื่องรับรองรายงานการประชุม"),
        demoItem("bg-3", "เรื่องสืบเนื่อง"),
        demoItem("bg-4", "เรื่องเพื่อทราบ"),
        demoItem("bg-5", "เรื่องเพื่อพิจารณา"),
        demoItem("bg-6", "เรื่องอื่น ๆ"),
    };
    meeting.agenda[3].children = { demoItem("bg-4-1", "การดำเนินงานควบคุมการขอทานตามพระราชบัญญัติควบคุมการขอทาน พ.ศ.2559 ในจังหวัดเชียงราย") };
    meeting.agenda[4].children = { demoItem("bg-5-1", "แนวทางการออกตรวจและจัดระเบียบการขอทานร่วมกัน ปีงบประมาณ พ.ศ.2563") };
    meeting.recorder = { "", "อนุกรรมการและเลขานุการ" };
    return meeting;
}

Meeting minutesTaken()
{
    Meeting meeting = draftedAgenda();
    meeting.endTime = "10.20";
    meeting.people[3].attendance = Attendance::Absent;
    meeting.people[3].absenceReason = "ติดราชการ";
    meeting.agenda[0].text = "ประธานแจ้งว่าเมื่อเสร็จการประชุมครั้งนี้ จะประชุมคณะอนุกรรมการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย "
                             "ครั้งที่ 1/2563 ต่อเนื่องในห้องเดียวกัน";
    meeting.agenda[0].resolution = "รับทราบ";
    meeting.agenda[1].text = "เป็นการประชุมครั้งแรกของปี พ.ศ.2563";
    meeting.agenda[1].resolution = "ไม่มี";
    meeting.agenda[2].text = "ไม่มีเรื่องสืบเนื่อง";
    AgendaItem& report = meeting.agenda[3].children[0];
    report.text = "ฝ่ายเลขานุการรายงานการคัดกรองผู้ทำการขอทาน การส่งต่อผู้ที่ต้องได้รับการคุ้มครองไปยังศูนย์คุ้มครองคนไร้ที่พึ่ง"
                  "จังหวัดเชียงราย และการประสานส่งกลับผู้ทำการขอทานที่เป็นคนต่างด้าวร่วมกับตรวจคนเข้าเมือง";
    report.resolution = "รับทราบ";
    AgendaItem& patrols = meeting.agenda[4].children[0];
    patrols.text = "ฝ่ายเลขานุการเสนอให้ออกตรวจร่วมกันระหว่างพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด ตำรวจ ตรวจคนเข้าเมือง "
                   "และองค์กรปกครองส่วนท้องถิ่น ในพื้นที่ที่มีผู้ทำการขอทาน โดยเฉพาะแหล่งท่องเที่ยวและพื้นที่ชายแดน";
    patrols.resolution = "เห็นชอบให้ออกตรวจร่วมกันทุกไตรมาส และมอบให้ฝ่ายเลขานุการจัดทำแผนการออกตรวจร่วมเสนอในการประชุมครั้งต่อไป";
    patrols.actions = { ActionItem { "act-begging-patrols", "จัดทำแผนการออกตรวจร่วมเพื่อจัดระเบียบการขอทาน ปีงบประมาณ พ.ศ.2563",
        "ฝ่ายเลขานุการ", "2020-09-30", "open" } };
    meeting.agenda[5].text = "ไม่มี";
    meeting.recorder = { "ฝ่ายเลขานุการ", "อนุกรรมการและเลขานุการ" };
    meeting.checker = { "นายภาสกร บุญญลักษม์", "รองผู้ว่าราชการจังหวัดเชียงราย" };
    return meeting;
}

} // namespace

std::vector<DemoDocument> beggingControlDemo(const MeetingKind& kind, const RosterKind& rosterKind)
{
    DemoDocument roster;
    roster.path = kRosterPath;
    roster.revisions = { demoRevision(rosterKind, beggingControlRoster(), "ทำเนียบคณะอนุกรรมการควบคุมการขอทานจังหวัดเชียงราย",
        kChiangRaiSecretariat, "2020-08-03T09:30:00+07:00") };
    DemoDocument meeting;
    meeting.path = "minutes/chiangrai-begging-1-2563.meeting.xml";
    meeting.revisions = {
        demoRevision(kind, draftedAgenda(), "ร่างระเบียบวาระการประชุมคณะอนุกรรมการควบคุมการขอทาน ครั้งที่ 1/2563", kChiangRaiSecretariat,
            "2020-08-10T13:30:00+07:00"),
        demoRevision(kind, minutesTaken(), "จดรายงานการประชุมคณะอนุกรรมการควบคุมการขอทาน ครั้งที่ 1/2563", kChiangRaiSecretariat,
            "2020-08-17T11:00:00+07:00"),
    };
    return { roster, meeting };
}

} // namespace sapha::minutes
