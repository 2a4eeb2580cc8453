// Sapha plans — the demo plan: the action plan the Chiang Rai subcommittee told its secretariat to draft
// in meeting 1/2563 (17 August 2563), under the five directions, with the integration steps it asked to
// add, and the progress of its last quarter.
// SPDX-License-Identifier: MIT
#include "core/plans_plugin.hpp"

#include <stdexcept>

namespace sapha::plans {

namespace {

constexpr const char* kPath = "plans/chiangrai-homeless-2563.plan.xml";
constexpr const char* kSecretariat = "ฝ่ายเลขานุการ สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดเชียงราย";
constexpr const char* kEmail = "secretariat@chiangrai.example";
constexpr const char* kProvincialOffice = "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดเชียงราย";
constexpr const char* kCentre = "ศูนย์คุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย";
constexpr const char* kStandard = "standards/homeless-protection-centre.standard.xml";

Project project(std::string id, std::string title, std::string objective, std::string targetGroup,
    std::vector<Indicator> indicators, std::string responsible, std::vector<std::string> supporting,
    std::vector<BudgetLine> budget, std::vector<int> months)
{
    return Project { std::move(id), std::move(title), std::move(objective), std::move(targetGroup), std::move(indicators),
        std::move(responsible), std::move(supporting), std::move(budget), std::move(months) };
}

const std::vector<int> kWholeYear { 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9 };

// The plan as the secretariat first drafted it from the resolution.
Plan firstDraft()
{
    Plan plan;
    plan.title = "แผนปฏิบัติการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย ประจำปี 2563";
    plan.fiscalYear = 2563;
    plan.committee = "คณะอนุกรรมการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย";
    plan.roster = "committees/chiangrai.roster.xml";
    plan.origin = "minutes/chiangrai-1-2563.meeting.xml#act-plan-2563";
    plan.originTask = "จัดทำแผนปฏิบัติการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย ประจำปี 2563 ภายใต้กรอบแนวทาง 5 ด้าน";
    plan.budget = 270000;
    plan.strategies = {
        { "str-access", "การพัฒนาระบบการทำงานและคุณภาพการให้บริการเพื่อส่งเสริมการเข้าถึงสิทธิของคนไร้ที่พึ่ง", 75000,
            { project("prj-outreach", "ออกตรวจเยี่ยมและช่วยเหลือคนไร้ที่พึ่งในที่สาธารณะ",
                  "ให้คนไร้ที่พึ่งได้รับการคุ้มครองและเข้าถึงสิทธิสวัสดิการตามกฎหมาย",
                  "คนไร้ที่พึ่งในอำเภอเมืองเชียงราย อำเภอแม่สาย และอำเภอเชียงของ",
                  { { "ind-helped", "output", "คนไร้ที่พึ่งได้รับการช่วยเหลือ", 120, "คน", {} },
                      { "ind-rights", "outcome", "คนไร้ที่พึ่งที่ได้รับการช่วยเหลือเข้าถึงสิทธิสวัสดิการ", 80, "ร้อยละ",
                          std::string(kStandard) + "#ind-return" } },
                  kProvincialOffice, { kCentre, "สถานีตำรวจภูธรในพื้นที่" },
                  { { "งบประมาณกรมพัฒนาสังคมและสวัสดิการ", 60000 } }, kWholeYear),
                project("prj-register", "จัดทำทะเบียนคนไร้ที่พึ่งและบุคคลยากไร้ของจังหวัด",
                    "ให้มีข้อมูลคนไร้ที่พึ่งที่เป็นปัจจุบันสำหรับการวางแผนช่วยเหลือ", "คนไร้ที่พึ่งและบุคคลยากไร้ทุกอำเภอ",
                    { { "ind-register", "output", "ฐานข้อมูลคนไร้ที่พึ่งของจังหวัดที่เป็นปัจจุบัน", 1, "ฐานข้อมูล", {} } },
                    kProvincialOffice, { "ที่ทำการปกครองอำเภอทุกอำเภอ" }, { { "งบประมาณจังหวัด", 15000 } }, { 11, 12, 1 }) } },
        { "str-community", "การเสริมสร้างความรู้ความเข้าใจแก่สังคมและชุมชนในการดูแลและอยู่ร่วมกันกับคนไร้ที่พึ่ง", 60000,
            { project("prj-publicity", "ประชาสัมพันธ์การคุ้มครองคนไร้ที่พึ่งผ่านสื่อท้องถิ่นและวิทยุชุมชน",
                  "ให้ประชาชนรู้ช่องทางแจ้งเหตุและการช่วยเหลือคนไร้ที่พึ่ง", "ประชาชนทั่วไปในจังหวัดเชียงราย",
                  { { "ind-broadcasts", "output", "การเผยแพร่ประชาสัมพันธ์", 24, "ครั้ง", {} } }, kProvincialOffice,
                  { "สำนักงานประชาสัมพันธ์จังหวัดเชียงราย" }, { { "งบประมาณจังหวัด", 20000 } }, kWholeYear),
                project("prj-leaders", "เวทีสร้างความเข้าใจแก่ผู้นำชุมชนในการดูแลคนไร้ที่พึ่ง",
                    "ให้ชุมชนดูแลและอยู่ร่วมกับคนไร้ที่พึ่งได้", "ผู้นำชุมชนและอาสาสมัครพัฒนาสังคมฯ",
                    { { "ind-leaders", "output", "ผู้นำชุมชนเข้าร่วมเวที", 150, "คน", {} } }, kProvincialOffice,
                    { "องค์กรปกครองส่วนท้องถิ่น" }, { { "งบประมาณกรมพัฒนาสังคมและสวัสดิการ", 40000 } }, { 2, 3 }) } },
        { "str-network", "การสร้างความร่วมมือระหว่างหน่วยงานของรัฐและภาคีเครือข่ายในการคุ้มครองดูแลคนไร้ที่พึ่ง", 54000,
            { project("prj-district-network", "ประชุมเครือข่ายการคุ้มครองคนไร้ที่พึ่งระดับอำเภอ",
                "ให้ทุกอำเภอมีเครือข่ายรับแจ้งและส่งต่อคนไร้ที่พึ่ง", "หน่วยงานของรัฐและภาคีเครือข่ายทั้ง 18 อำเภอ",
                { { "ind-districts", "output", "อำเภอที่มีเครือข่ายรับแจ้งและส่งต่อ", 18, "อำเภอ", {} } }, kProvincialOffice,
                { "ที่ทำการปกครองจังหวัดเชียงราย", "สำนักงานสาธารณสุขจังหวัดเชียงราย" }, { { "งบประมาณจังหวัด", 54000 } },
                { 1, 2, 3, 4, 5, 6 }) } },
        { "str-staff", "การพัฒนาศักยภาพและเสริมพลังบุคลากรเจ้าหน้าที่ในการให้บริการ", 45000,
            { project("prj-training", "อบรมเจ้าหน้าที่ด้านการประเมินเบื้องต้นและการฟื้นฟูพัฒนา",
                "ให้เจ้าหน้าที่ประเมินและฟื้นฟูคนไร้ที่พึ่งได้ตามมาตรฐาน", "เจ้าหน้าที่ศูนย์คุ้มครองฯ และหน่วยงานเครือข่าย",
                { { "ind-trained", "output", "เจ้าหน้าที่ผ่านการอบรม", 60, "คน", std::string(kStandard) + "#ind-staff" } },
                kCentre, { kProvincialOffice }, { { "งบประมาณกรมพัฒนาสังคมและสวัสดิการ", 45000 } }, { 4, 5 }) } },
        { "str-prevention", "การป้องกันและเฝ้าระวังกลุ่มเสี่ยงมิให้ตกเป็นคนไร้ที่พึ่ง", 36000,
            { project("prj-watch", "เฝ้าระวังครัวเรือนกลุ่มเสี่ยงในชุมชนโดยอาสาสมัครพัฒนาสังคมฯ",
                "ให้พบและช่วยเหลือกลุ่มเสี่ยงก่อนตกเป็นคนไร้ที่พึ่ง", "ครัวเรือนเปราะบางตามข้อมูลของจังหวัด",
                { { "ind-households", "output", "ครัวเรือนกลุ่มเสี่ยงได้รับการเยี่ยมบ้าน", 300, "ครัวเรือน", {} } },
                kProvincialOffice, { "อาสาสมัครพัฒนาสังคมและความมั่นคงของมนุษย์" },
                { { "งบประมาณจังหวัด", 36000 } }, kWholeYear) } },
    };
    return plan;
}

// The integration steps the meeting asked the secretariat to add (action item act-integration).
std::vector<Step> integrationSteps()
{
    return {
        { "step-publicity", "ประชาสัมพันธ์การคุ้มครองคนไร้ที่พึ่ง", "หน่วยงานที่เกี่ยวข้องทุกภาคีเครือข่าย" },
        { "step-report", "รับแจ้งและประสานงานกับตำรวจและศูนย์คุ้มครองคนไร้ที่พึ่ง", "หน่วยงานที่รับแจ้ง" },
        { "step-facts", "สอบข้อเท็จจริงเพื่อการช่วยเหลือ", "หน่วยงานที่เกี่ยวข้องร่วมกัน" },
        { "step-assess", "ประเมินเบื้องต้น", kCentre },
        { "step-rehab", "ฟื้นฟูพัฒนา", std::string(kCentre) + " และหน่วยงานเครือข่าย" },
        { "step-return", "คืนสู่สังคม", std::string(kProvincialOffice) + " ร่วมกับครอบครัวและชุมชน" },
        { "step-lessons", "ติดตามประเมินผลและถอดบทเรียน", "ฝ่ายเลขานุการคณะอนุกรรมการ" },
    };
}

// The last quarter of fiscal year 2563 (July–September 2563), reported in October: results for the year
// so far, spending in the quarter.
ProgressReport fourthQuarter()
{
    ProgressReport report;
    report.id = "prg-2563-q4";
    report.quarter = 4;
    report.reported = "2020-10-05";
    report.results = { { "ind-helped", 97, "ส่งต่อศูนย์คุ้มครองฯ 41 คน" }, { "ind-rights", 76, {} },
        { "ind-register", 1, {} }, { "ind-broadcasts", 20, {} }, { "ind-leaders", 150, {} },
        { "ind-districts", 15, "อีก 3 อำเภอนัดประชุมเดือนพฤศจิกายน" }, { "ind-trained", 58, {} },
        { "ind-households", 312, {} } };
    report.spending = { { "prj-outreach", 15000 }, { "prj-publicity", 5000 }, { "prj-district-network", 9000 },
        { "prj-watch", 9000 } };
    report.problems = "การติดตามคนไร้ที่พึ่งในพื้นที่ชายแดนอำเภอแม่สายทำได้ยาก เพราะมีการเคลื่อนย้ายข้ามพื้นที่บ่อย "
                      "และการประชุมเครือข่ายบางอำเภอต้องเลื่อนตามมาตรการป้องกันโรคติดเชื้อไวรัสโคโรนา 2019";
    report.nextSteps = "ประสานด่านตรวจคนเข้าเมืองแม่สายร่วมออกตรวจเยี่ยม และจัดประชุมเครือข่ายอีก 3 อำเภอในไตรมาสแรกของปีงบประมาณ 2564";
    return report;
}

DemoRevision revision(const PlanKind& kind, const Plan& plan, std::string message, std::string isoTime)
{
    sapha::Result<std::string> xml = kind.save(plan);
    if (!xml)
        throw std::runtime_error(xml.error().describe());
    return { std::move(xml.value()), std::move(message), kSecretariat, kEmail, std::move(isoTime) };
}

} // namespace

std::vector<DemoDocument> chiangRaiPlanDemo(const PlanKind& kind)
{
    Plan plan = firstDraft();
    DemoDocument document { kPath, {} };
    document.revisions.push_back(revision(kind, plan,
        "ร่างแผนปฏิบัติการตามที่ที่ประชุมครั้งที่ 1/2563 มอบหมาย ภายใต้กรอบแนวทาง 5 ด้าน", "2020-08-28T15:00:00+07:00"));
    plan.steps = integrationSteps();
    document.revisions.push_back(revision(kind, plan,
        "เพิ่มขั้นตอนการบูรณาการการคุ้มครองคนไร้ที่พึ่ง ตั้งแต่การประชาสัมพันธ์จนถึงการถอดบทเรียน", "2020-09-04T10:00:00+07:00"));
    plan.progress.push_back(fourthQuarter());
    document.revisions.push_back(revision(kind, plan, "รายงานผลการดำเนินงาน ไตรมาสที่ 4 (ก.ค.–ก.ย. 2563)",
        "2020-10-05T14:00:00+07:00"));
    return { document };
}

std::vector<DemoTag> chiangRaiPlanDemoTags()
{
    return { DemoTag { "แผนปฏิบัติการ 2563 เสนอคณะอนุกรรมการ",
        "ร่างแผนปฏิบัติการพร้อมขั้นตอนการบูรณาการ เสนอคณะอนุกรรมการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย", kPath, 1 } };
}

} // namespace sapha::plans
