// Sapha minutes — the end of the workshop's story: the national subcommittee for the homeless, to which
// the workshop of 16 August 2561 addressed its draft standard for homeless protection centres ("เพื่อเสนอ
// เข้าที่ประชุมคณะอนุกรรมการคุ้มครองคนไร้ที่พึ่ง"), adopts that draft as proposed. The news text names no
// member, so the roster names offices, not people; the meeting's number and date are the demo's own.
// SPDX-License-Identifier: MIT
#include "core/demo_meetings.hpp"

namespace sapha::minutes {

namespace {

const DemoSecretariat kSecretariat { "ฝ่ายเลขานุการ กองคุ้มครองสวัสดิภาพและเสริมสร้างคุณภาพชีวิต",
    "secretariat@dsdw.sapha.invalid" };

constexpr const char* kRosterPath = "committees/national-homeless.roster.xml";
constexpr const char* kStandardPath = "standards/homeless-protection-centre.standard.xml";
constexpr const char* kStandardProposed = "เสนอคณะอนุกรรมการ"; // the standards demo's named version
constexpr const char* kAssessmentPath = "standards/assessments/example-centre-2561.assessment.xml";

Roster nationalRoster()
{
    Roster roster;
    roster.committee = "คณะอนุกรรมการคุ้มครองคนไร้ที่พึ่ง";
    roster.members = {
        { "m-chair", "อธิบดีกรมพัฒนาสังคมและสวัสดิการ", "กรมพัฒนาสังคมและสวัสดิการ", "ประธานอนุกรรมการ" },
        { "m-interior", "ผู้แทนกรมการปกครอง", "กรมการปกครอง กระทรวงมหาดไทย", "อนุกรรมการ" },
        { "m-police", "ผู้แทนสำนักงานตำรวจแห่งชาติ", "สำนักงานตำรวจแห่งชาติ", "อนุกรรมการ" },
        { "m-mental", "ผู้แทนกรมสุขภาพจิต", "กรมสุขภาพจิต กระทรวงสาธารณสุข", "อนุกรรมการ" },
        { "m-local", "ผู้แทนกรมส่งเสริมการปกครองท้องถิ่น", "กรมส่งเสริมการปกครองท้องถิ่น", "อนุกรรมการ" },
        { "m-secretary", "ผู้อำนวยการกองคุ้มครองสวัสดิภาพและเสริมสร้างคุณภาพชีวิต",
            "กองคุ้มครองสวัสดิภาพและเสริมสร้างคุณภาพชีวิต กรมพัฒนาสังคมและสวัสดิการ", "อนุกรรมการและเลขานุการ" },
    };
    roster.agendaTemplate = officialAgendaTemplate();
    return roster;
}

Meeting draftedAgenda()
{
    const Roster roster = nationalRoster();
    Meeting meeting;
    meeting.committee = roster.committee;
    meeting.roster = kRosterPath;
    meeting.number = 4;
    meeting.year = 2561;
    meeting.date = "2018-11-20";
    meeting.venue = "ห้องประชุมกรมพัฒนาสังคมและสวัสดิการ กรุงเทพมหานคร";
    meeting.startTime = "13.30";
    meeting.people = attendanceFrom(roster);
    meeting.agenda = {
        demoItem("nh-1", "เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ"),
        demoItem("nh-2", "เรื่องรับรองรายงานการประชุม ครั้งที่ 3/2561"),
        demoItem("nh-3", "เรื่องสืบเนื่อง"),
        demoItem("nh-4", "เรื่องเพื่อทราบ"),
        demoItem("nh-5", "เรื่องเพื่อพิจารณา"),
        demoItem("nh-6", "เรื่องอื่น ๆ"),
    };
    meeting.agenda[3].children = { demoItem("nh-4-1", "ผลการทดลองประเมินตนเองของศูนย์คุ้มครองคนไร้ที่พึ่งตามร่างมาตรฐาน") };
    meeting.agenda[3].children[0].attachments = { Attachment { "แบบประเมินตนเองตามร่างมาตรฐาน (ตัวอย่าง)", kAssessmentPath } };
    AgendaItem standard = demoItem("nh-5-1", "ร่างมาตรฐานศูนย์คุ้มครองคนไร้ที่พึ่ง");
    standard.attachments = { Attachment { "ร่างมาตรฐานศูนย์คุ้มครองคนไร้ที่พึ่ง (ร่างที่ 2 เสนอคณะอนุกรรมการ)",
        std::string(kStandardPath) + "@" + kStandardProposed } };
    meeting.agenda[4].children = { standard };
    meeting.recorder = { "", "อนุกรรมการและเลขานุการ" };
    return meeting;
}

Meeting minutesTaken()
{
    Meeting meeting = draftedAgenda();
    meeting.endTime = "15.30";
    meeting.people[3].attendance = Attendance::Absent;
    meeting.people[3].absenceReason = "ติดราชการ";
    meeting.agenda[0].text = "ไม่มี";
    meeting.agenda[1].text = "ฝ่ายเลขานุการได้เวียนรายงานการประชุมครั้งที่ 3/2561 ให้อนุกรรมการตรวจแล้ว ไม่มีการแก้ไข";
    meeting.agenda[1].resolution = "รับรองรายงานการประชุม ครั้งที่ 3/2561";
    meeting.agenda[2].text = "ไม่มี";
    AgendaItem& trial = meeting.agenda[3].children[0];
    trial.text = "ฝ่ายเลขานุการรายงานว่าได้ให้ศูนย์คุ้มครองคนไร้ที่พึ่งทดลองประเมินตนเองตามร่างมาตรฐานที่เสนอ "
                 "เพื่อทดสอบความชัดเจนของตัวชี้วัดและเกณฑ์การให้คะแนนก่อนเสนอที่ประชุม";
    trial.resolution = "รับทราบ";
    AgendaItem& standard = meeting.agenda[4].children[0];
    standard.text = "กองคุ้มครองสวัสดิภาพและเสริมสร้างคุณภาพชีวิตเสนอร่างมาตรฐานศูนย์คุ้มครองคนไร้ที่พึ่ง "
                    "ซึ่งจัดทำจากการประชุมเชิงปฏิบัติการเมื่อวันที่ 16 สิงหาคม 2561 ประกอบด้วยองค์ประกอบ ตัวชี้วัด "
                    "และเกณฑ์การประเมิน ให้สอดคล้องกับกฎหมายและการปฏิบัติงานของศูนย์\n"
                    "ที่ประชุมพิจารณาแล้วเห็นว่าร่างมาตรฐานครอบคลุมทั้งการบริหารจัดการ การให้บริการ และผลลัพธ์การดำเนินงาน";
    standard.resolution = "เห็นชอบมาตรฐานศูนย์คุ้มครองคนไร้ที่พึ่งตามร่างที่เสนอ และมอบหมายให้กองคุ้มครองสวัสดิภาพ"
                          "และเสริมสร้างคุณภาพชีวิตแจ้งศูนย์คุ้มครองคนไร้ที่พึ่งทุกแห่งนำไปใช้ในการประเมินตนเอง";
    standard.vote = Vote { 5, 0, 0 };
    standard.links = { ItemLink { "approves", kStandardPath, kStandardProposed } };
    standard.actions = { ActionItem { "act-standard-centres", "แจ้งศูนย์คุ้มครองคนไร้ที่พึ่งทุกแห่งนำมาตรฐานไปใช้ในการประเมินตนเอง",
        "กองคุ้มครองสวัสดิภาพและเสริมสร้างคุณภาพชีวิต", "2018-12-28", "open" } };
    meeting.agenda[5].text = "ไม่มี";
    meeting.recorder = { "ฝ่ายเลขานุการ", "อนุกรรมการและเลขานุการ" };
    meeting.checker = { "ผู้อำนวยการกองคุ้มครองสวัสดิภาพและเสริมสร้างคุณภาพชีวิต", "อนุกรรมการและเลขานุการ" };
    return meeting;
}

} // namespace

std::vector<DemoDocument> nationalSubcommitteeDemo(const MeetingKind& kind, const RosterKind& rosterKind)
{
    DemoDocument roster;
    roster.path = kRosterPath;
    roster.revisions = { demoRevision(rosterKind, nationalRoster(), "ทำเนียบคณะอนุกรรมการคุ้มครองคนไร้ที่พึ่ง", kSecretariat,
        "2018-11-01T10:00:00+07:00") };
    DemoDocument meeting;
    meeting.path = "minutes/national-homeless-4-2561.meeting.xml";
    meeting.revisions = {
        demoRevision(kind, draftedAgenda(), "ร่างระเบียบวาระการประชุมคณะอนุกรรมการคุ้มครองคนไร้ที่พึ่ง ครั้งที่ 4/2561", kSecretariat,
            "2018-11-12T14:00:00+07:00"),
        demoRevision(kind, minutesTaken(),
            "จดรายงานการประชุม ครั้งที่ 4/2561: เห็นชอบมาตรฐานศูนย์คุ้มครองคนไร้ที่พึ่งตามร่างที่เสนอ", kSecretariat,
            "2018-11-20T16:00:00+07:00"),
    };
    return { roster, meeting };
}

} // namespace sapha::minutes
