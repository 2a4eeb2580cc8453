// Sapha minutes — the demo meetings, written from the Chiang Rai news text (subcommittee meeting 1/2563,
// 17 August 2563): the agenda as drafted, the minutes as taken, the corrections after circulation; then
// meeting 2/2563 (20 October 2563), which certifies them, hears the action plan's progress and adopts it.
// Figures are as printed in the source (its breakdown by sex does not add up to 66; that is kept).
// SPDX-License-Identifier: MIT
#include <stdexcept>

#include "core/demo_meetings.hpp"

namespace sapha::minutes {

namespace {

constexpr const char* kRosterPath = "committees/chiangrai.roster.xml";

// The subcommittee as the news text names it: the chair, the member agencies, the secretary.
Roster chiangRaiRoster()
{
    Roster roster;
    roster.committee = "คณะอนุกรรมการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย";
    roster.members = {
        { "m-chair", "นายภาสกร บุญญลักษม์", "รองผู้ว่าราชการจังหวัดเชียงราย", "ประธานอนุกรรมการ" },
        { "m-police", "ผู้แทนตำรวจภูธรจังหวัดเชียงราย", "ตำรวจภูธรจังหวัดเชียงราย", "อนุกรรมการ" },
        { "m-local", "ผู้แทนองค์กรปกครองส่วนท้องถิ่น", "องค์การบริหารส่วนจังหวัดเชียงราย", "อนุกรรมการ" },
        { "m-health", "ผู้แทนสำนักงานสาธารณสุขจังหวัดเชียงราย", "สำนักงานสาธารณสุขจังหวัดเชียงราย", "อนุกรรมการ" },
        { "m-centre", "ผู้แทนศูนย์คุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย", "ศูนย์คุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย", "อนุกรรมการ" },
        { "m-secretary", "พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดเชียงราย",
            "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดเชียงราย", "อนุกรรมการและเลขานุการ" },
    };
    roster.agendaTemplate = {
        { "tpl-1", "เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ", {} },
        { "tpl-2", "เรื่องรับรองรายงานการประชุม", {} },
        { "tpl-3", "เรื่องสืบเนื่อง", {} },
        { "tpl-4", "เรื่องเพื่อพิจารณา", {} },
        { "tpl-5", "เรื่องอื่น ๆ", {} },
    };
    return roster;
}

// Revision 1: the agenda as the secretariat drafted it before the meeting.
Meeting draftedAgenda()
{
    Meeting meeting;
    const Roster roster = chiangRaiRoster();
    meeting.committee = roster.committee;
    meeting.roster = kRosterPath;
    meeting.number = 1;
    meeting.year = 2563;
    meeting.date = "2020-08-17";
    meeting.venue = kPuangSaedRoom;
    meeting.startTime = "10.30";
    meeting.people = attendanceFrom(roster);
    meeting.agenda = {
        demoItem("item-1", "เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ"),
        demoItem("item-2", "เรื่องรับรองรายงานการประชุม"),
        demoItem("item-3", "เรื่องสืบเนื่อง"),
        demoItem("item-4", "เรื่องเพื่อพิจารณา"),
        demoItem("item-5", "เรื่องอื่น ๆ"),
    };
    meeting.agenda[3].children = {
        demoItem("item-4-1", "แผนขับเคลื่อนการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย ปีงบประมาณ พ.ศ.2563 ตามยุทธศาสตร์การคุ้มครองคนไร้ที่พึ่ง พ.ศ.2560-2564"),
        demoItem("item-4-2", "รายงานผลและสถิติการให้บริการคนไร้ที่พึ่งในจังหวัดเชียงราย ประจำปี พ.ศ.2562 ถึงปัจจุบัน"),
    };
    meeting.recorder = { "", "อนุกรรมการและเลขานุการ" };
    return meeting;
}

// Revision 2: the minutes as taken on the day.
Meeting minutesTaken()
{
    Meeting meeting = draftedAgenda();
    meeting.endTime = "12.00";
    meeting.people[3].attendance = Attendance::Absent;
    Person guest;
    guest.id = "p-guest-pr";
    guest.name = "ผู้แทนสำนักงานประชาสัมพันธ์จังหวัดเชียงราย";
    guest.position = "สำนักงานประชาสัมพันธ์จังหวัดเชียงราย";
    guest.attendance = Attendance::Attending;
    meeting.people.push_back(guest);

    AgendaItem& chair = meeting.agenda[0];
    chair.text = "ประธานแจ้งว่าการประชุมครั้งนี้ต่อเนื่องจากการประชุมอนุกรรมการควบคุมการขอทานจังหวัดเชียงราย "
                 "ครั้งที่ 1/2563 ในช่วงเช้าวันเดียวกัน เพื่อขับเคลื่อนการดำเนินงานตามแผนขับเคลื่อนการคุ้มครองคนไร้ที่พึ่ง"
                 "จังหวัดเชียงราย ปีงบประมาณ พ.ศ.2563";
    chair.resolution = "รับทราบ";
    meeting.agenda[1].text = "เป็นการประชุมครั้งแรกของปี พ.ศ.2563";
    meeting.agenda[1].resolution = "ไม่มี";
    meeting.agenda[2].text = "ไม่มีเรื่องสืบเนื่อง";

    AgendaItem& plan = meeting.agenda[3].children[0];
    plan.text = "ฝ่ายเลขานุการรายงานการจัดทำแผนขับเคลื่อนการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย ปีงบประมาณ พ.ศ.2563 "
                "ตามยุทธศาสตร์การคุ้มครองคนไร้ที่พึ่ง พ.ศ.2560-2564\n"
                "ที่ประชุมร่วมกันหารือและแสดงความคิดเห็น";
    plan.resolution = "มอบให้ฝ่ายเลขานุการไปจัดทำแผนปฏิบัติการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย ประจำปี 2563 "
                      "ภายใต้กรอบแนวทางการพัฒนาระบบการทำงานและคุณภาพการให้บริการเพื่อส่งเสริมการเข้าถึงสิทธิของคนไร้ที่พึ่ง "
                      "การเสริมสร้างความรู้ความเข้าใจแก่สังคมและชุมชนในการดูแลและอยู่ร่วมกันกับคนไร้ที่พึ่ง "
                      "การสร้างความร่วมมือระหว่างหน่วยงานของรัฐและภาคีเครือข่ายในการคุ้มครองดูแลคนไร้ที่พึ่ง "
                      "การพัฒนาศักยภาพและเสริมพลังบุคลากรเจ้าหน้าที่ในการให้บริการ รวมทั้ง "
                      "การป้องกันและเฝ้าระวังกลุ่มเสี่ยงมิให้ตกเป็นคนไร้ที่พึ่ง "
                      "และให้ปรับกระบวนการตามขั้นตอนการบูรณาการการคุ้มครองคนไร้ที่พึ่งให้เกิดประสิทธิภาพสูงสุด";
    plan.actions = { ActionItem { "act-plan-2563", "จัดทำแผนปฏิบัติการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย ประจำปี 2563 ภายใต้กรอบแนวทาง 5 ด้าน",
        "ฝ่ายเลขานุการ", "", "open" } };

    AgendaItem& statistics = meeting.agenda[3].children[1];
    statistics.text = "ผลการให้บริการคนไร้ที่พึ่งในจังหวัดเชียงราย ประจำปี พ.ศ.2562-2563 มีจำนวน 66 ราย "
                      "เป็นคนไร้ที่พึ่ง จำนวน 48 ราย และเป็นจิตเวช จำนวน 18 ราย เป็นชาย 49 ราย เป็นหญิง 32 ราย\n"
                      "ช่วงอายุที่พบมากที่สุด 26-59 ปี\n"
                      "ช่องทางการรับเรื่องส่วนใหญ่จะเป็นการรับจากภาคีเครือข่าย องค์กรปกครองส่วนท้องถิ่น ตำรวจ "
                      "และศูนย์ช่วยเหลือสังคม 1300 ซึ่งได้ดำเนินการช่วยเหลือคุ้มครองและส่งต่อให้หน่วยงานที่เกี่ยวข้องแล้ว";
    // The figures as a table, as printed: the breakdown by sex (49 + 32) does not add up to 66.
    statistics.tables = { StatTable { "table-service-2562", "ผลการให้บริการคนไร้ที่พึ่งในจังหวัดเชียงราย ประจำปี พ.ศ.2562-2563",
        "ราย", 66,
        { Breakdown { "ประเภท", { { "คนไร้ที่พึ่ง", 48 }, { "จิตเวช", 18 } } },
            Breakdown { "เพศ", { { "ชาย", 49 }, { "หญิง", 32 } } } } } };
    statistics.resolution = "รับทราบ";
    meeting.agenda[4].text = "ไม่มี";
    return meeting;
}

// Revision 3: corrections after the draft was circulated.
Meeting corrected()
{
    Meeting meeting = minutesTaken();
    meeting.people[3].absenceReason = "ติดราชการ";
    AgendaItem integration = demoItem("item-4-3", "ขั้นตอนการบูรณาการการคุ้มครองคนไร้ที่พึ่ง");
    integration.text = "ที่ประชุมพิจารณาขั้นตอนการบูรณาการ โดยบูรณาการช่วยเหลือฟื้นฟูคุ้มครองด้วยกระบวนการประเมินเบื้องต้น "
                       "กระบวนการฟื้นฟูพัฒนา และกระบวนการคืนสู่สังคม";
    integration.resolution = "มอบหมายให้ฝ่ายเลขานุการเพิ่มเติมขั้นตอนการบูรณาการการคุ้มครองคนไร้ที่พึ่ง "
                             "โดยหน่วยงานที่เกี่ยวข้องประชาสัมพันธ์การคุ้มครองคนไร้ที่พึ่ง "
                             "หน่วยงานที่รับแจ้งประสานงานกับตำรวจและศูนย์คุ้มครองคนไร้ที่พึ่ง "
                             "หน่วยงานที่เกี่ยวข้องบูรณาการในการสอบข้อเท็จจริงเพื่อการช่วยเหลือ "
                             "รวมทั้งให้มีการติดตามประเมินผล และการถอดบทเรียน";
    integration.actions = { ActionItem { "act-integration", "เพิ่มเติมขั้นตอนการบูรณาการการคุ้มครองคนไร้ที่พึ่ง พร้อมการติดตามประเมินผลและการถอดบทเรียน",
        "ฝ่ายเลขานุการ", "", "open" } };
    meeting.agenda[3].children.push_back(integration);
    meeting.recorder = { "ฝ่ายเลขานุการ", "อนุกรรมการและเลขานุการ" };
    meeting.checker = { "นายภาสกร บุญญลักษม์", "รองผู้ว่าราชการจังหวัดเชียงราย" };
    meeting.status = MinutesStatus::Circulated;
    return meeting;
}

// Meeting 1/2563 certified by meeting 2/2563.
Meeting certified()
{
    Meeting meeting = corrected();
    meeting.status = MinutesStatus::Certified;
    return meeting;
}

constexpr const char* kPlanPath = "plans/chiangrai-homeless-2563.plan.xml";
constexpr const char* kPlanProposed = "แผนปฏิบัติการ 2563 เสนอคณะอนุกรรมการ";

// Meeting 2/2563 as Sapha starts it from the committee (its number, the minutes to certify, the open
// action items carried over with what the action plan drafted for them reports), and the agenda drafted.
Meeting secondAgenda()
{
    Meeting meeting = draftedAgenda();
    meeting.number = 2;
    meeting.date = "2020-10-20";
    meeting.startTime = "13.30";
    meeting.agenda[1].title = "เรื่องรับรองรายงานการประชุม ครั้งที่ 1/2563";
    AgendaItem& arising = meeting.agenda[2];
    // The report is the plan's own (plans plugin, through the SDK's follow-ups) on the day this agenda was made.
    arising.text = "แผนปฏิบัติการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย ประจำปี 2563 มี 5 แนวทาง 7 โครงการ งบประมาณ 270,000 บาท "
                   "ผลการดำเนินงานไตรมาสที่ 4 (ก.ค.–ก.ย. 2563) รายงาน ณ วันที่ 5 ตุลาคม 2563 บรรลุค่าเป้าหมาย 3 จาก 8 ตัวชี้วัด "
                   "ใช้งบประมาณแล้ว 38,000 บาท ปัญหาอุปสรรค: การติดตามคนไร้ที่พึ่งในพื้นที่ชายแดนอำเภอแม่สายทำได้ยาก "
                   "เพราะมีการเคลื่อนย้ายข้ามพื้นที่บ่อย และการประชุมเครือข่ายบางอำเภอต้องเลื่อนตามมาตรการป้องกันโรคติดเชื้อไวรัสโคโรนา 2019 "
                   "แนวทางดำเนินการต่อไป: ประสานด่านตรวจคนเข้าเมืองแม่สายร่วมออกตรวจเยี่ยม "
                   "และจัดประชุมเครือข่ายอีก 3 อำเภอในไตรมาสแรกของปีงบประมาณ 2564";
    arising.attachments = { Attachment { "แผนปฏิบัติการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย ประจำปี 2563", kPlanPath } };
    arising.actions = {
        ActionItem { "act-2-plan", "จัดทำแผนปฏิบัติการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย ประจำปี 2563 ภายใต้กรอบแนวทาง 5 ด้าน",
            "ฝ่ายเลขานุการ", "", "open", "minutes/chiangrai-1-2563.meeting.xml#act-plan-2563" },
        ActionItem { "act-2-integration", "เพิ่มเติมขั้นตอนการบูรณาการการคุ้มครองคนไร้ที่พึ่ง พร้อมการติดตามประเมินผลและการถอดบทเรียน",
            "ฝ่ายเลขานุการ", "", "open", "minutes/chiangrai-1-2563.meeting.xml#act-integration" },
    };
    meeting.agenda[3].children = { demoItem("item-2-4-1", "ร่างแผนปฏิบัติการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย ประจำปี 2563") };
    meeting.agenda[3].children[0].attachments
        = { Attachment { "ร่างแผนปฏิบัติการ (ฉบับเสนอคณะอนุกรรมการ)", std::string(kPlanPath) + "@" + kPlanProposed } };
    return meeting;
}

// Meeting 2/2563 as taken: the previous minutes certified, the plan adopted as proposed.
Meeting secondTaken()
{
    Meeting meeting = secondAgenda();
    meeting.endTime = "15.00";
    meeting.people[2].attendance = Attendance::Absent;
    meeting.people[2].absenceReason = "ติดราชการ";
    meeting.agenda[0].text = "ประธานแจ้งว่าการประชุมครั้งนี้ต่อเนื่องจากการประชุมอนุกรรมการควบคุมการขอทานจังหวัดเชียงราย ครั้งที่ 2/2563";
    meeting.agenda[0].resolution = "รับทราบ";
    AgendaItem& certify = meeting.agenda[1];
    certify.text = "ฝ่ายเลขานุการได้เวียนรายงานการประชุมครั้งที่ 1/2563 ให้อนุกรรมการตรวจแก้ไขแล้ว";
    certify.resolution = "รับรองรายงานการประชุม ครั้งที่ 1/2563 โดยมีการแก้ไขตามที่อนุกรรมการแจ้ง";
    certify.links = { ItemLink { "certifies", "minutes/chiangrai-1-2563.meeting.xml",
        "รายงานการประชุมคณะอนุกรรมการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย ครั้งที่ 1/2563 — รับรองแล้ว" } };
    meeting.agenda[2].resolution = "รับทราบ";
    meeting.agenda[2].actions[1].status = "done"; // the steps are in the plan
    AgendaItem& plan = meeting.agenda[3].children[0];
    plan.text = "ฝ่ายเลขานุการเสนอร่างแผนปฏิบัติการภายใต้กรอบแนวทาง 5 ด้าน 7 โครงการ งบประมาณ 270,000 บาท "
                "พร้อมขั้นตอนการบูรณาการ 7 ขั้นตอน ตั้งแต่การประชาสัมพันธ์จนถึงการถอดบทเรียน";
    plan.resolution = "เห็นชอบแผนปฏิบัติการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย ประจำปี 2563 ตามที่ฝ่ายเลขานุการเสนอ "
                      "และให้รายงานผลการดำเนินงานทุกไตรมาส";
    plan.vote = Vote { 5, 0, 0 };
    plan.links = { ItemLink { "approves", kPlanPath, kPlanProposed } };
    meeting.agenda[4].text = "ไม่มี";
    meeting.recorder = { "ฝ่ายเลขานุการ", "อนุกรรมการและเลขานุการ" };
    meeting.checker = { "นายภาสกร บุญญลักษม์", "รองผู้ว่าราชการจังหวัดเชียงราย" };
    return meeting;
}

} // namespace

std::vector<DemoDocument> chiangRaiDemo(const MeetingKind& kind, const RosterKind& rosterKind)
{
    DemoDocument roster;
    roster.path = kRosterPath;
    roster.revisions = { demoRevision(rosterKind, chiangRaiRoster(), "ทำเนียบคณะอนุกรรมการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย",
        kChiangRaiSecretariat, "2020-08-03T09:00:00+07:00") };
    DemoDocument meeting;
    meeting.path = "minutes/chiangrai-1-2563.meeting.xml";
    meeting.revisions = {
        demoRevision(kind, draftedAgenda(), "ร่างระเบียบวาระการประชุม ครั้งที่ 1/2563", kChiangRaiSecretariat,
            "2020-08-10T14:00:00+07:00"),
        demoRevision(kind, minutesTaken(), "จดรายงานการประชุม ครั้งที่ 1/2563", kChiangRaiSecretariat,
            "2020-08-17T13:30:00+07:00"),
        demoRevision(kind, corrected(), "แก้ไขตามที่อนุกรรมการแจ้ง: เพิ่มระเบียบวาระที่ 4.3 และเหตุผลผู้ไม่มาประชุม", kChiangRaiSecretariat,
            "2020-08-20T10:15:00+07:00"),
        demoRevision(kind, certified(), "ที่ประชุมครั้งที่ 2/2563 รับรองรายงานการประชุม ครั้งที่ 1/2563", kChiangRaiSecretariat,
            "2020-10-20T15:30:00+07:00"),
    };
    DemoDocument second;
    second.path = "minutes/chiangrai-2-2563.meeting.xml";
    second.revisions = {
        demoRevision(kind, secondAgenda(), "ร่างระเบียบวาระการประชุม ครั้งที่ 2/2563", kChiangRaiSecretariat,
            "2020-10-12T14:00:00+07:00"),
        demoRevision(kind, secondTaken(), "จดรายงานการประชุม ครั้งที่ 2/2563: รับรองรายงานครั้งที่ 1/2563 และเห็นชอบแผนปฏิบัติการ", kChiangRaiSecretariat,
            "2020-10-20T15:15:00+07:00"),
    };
    return { roster, meeting, second };
}

} // namespace sapha::minutes
