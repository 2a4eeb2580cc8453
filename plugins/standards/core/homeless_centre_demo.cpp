// Sapha standards — the demo draft: the standard for homeless protection centres that the 2561 workshop
// set out to draft (management, services as process, outcomes; under the Protection of Destitute Persons
// Act B.E. 2557). Components and indicators follow the workshop's stated aims; wording is the demo's own.
// SPDX-License-Identifier: MIT
#include <stdexcept>

#include "core/standards_plugin.hpp"

namespace sapha::standards {

namespace {

const char* const kDemoPath = "standards/homeless-protection-centre.standard.xml";
const char* const kAssessmentPath = "standards/assessments/example-centre-2561.assessment.xml";
const char* const kAuthor = "คณะทำงานจัดทำมาตรฐาน กองคุ้มครองสวัสดิภาพและเสริมสร้างคุณภาพชีวิต";
const char* const kEmail = "standards-team@dsdw.sapha.invalid";
const char* const kAssessor = "คณะทำงานประเมินตนเอง ศูนย์คุ้มครองคนไร้ที่พึ่ง (ตัวอย่าง)";
const char* const kAssessorEmail = "self-assessment@centre.sapha.invalid";

Indicator indicator(const char* id, const char* statement, const char* type)
{
    Indicator result;
    result.id = id;
    result.statement = statement;
    result.type = type;
    result.levels = defaultLevels("th");
    return result;
}

void describeLevels(Indicator& target, std::initializer_list<const char*> descriptors)
{
    std::size_t i = 0;
    for (const char* descriptor : descriptors)
        target.levels.at(i++).descriptor = descriptor;
}

// Revision 1: the outline agreed in the morning session.
Standard outline()
{
    Standard standard;
    standard.title = "มาตรฐานศูนย์คุ้มครองคนไร้ที่พึ่ง";
    standard.code = "มคร.";
    standard.versionLabel = "ร่างที่ 1";
    standard.scope = "ศูนย์คุ้มครองคนไร้ที่พึ่งและสถานคุ้มครองคนไร้ที่พึ่ง ตามพระราชบัญญัติคุ้มครองคนไร้ที่พึ่ง พ.ศ. 2557";

    Component management { "comp-management", "การบริหารจัดการ", "การประกันคุณภาพด้านการบริหารจัดการในระดับองค์กร", {} };
    management.indicators = {
        indicator("ind-plan", "ศูนย์มีแผนการดำเนินงานประจำปีที่สอดคล้องกับพระราชบัญญัติคุ้มครองคนไร้ที่พึ่ง พ.ศ. 2557", "process"),
        indicator("ind-staff", "บุคลากรได้รับการพัฒนาศักยภาพและเสริมพลังในการให้บริการ", "process"),
    };
    Component service { "comp-service", "การให้บริการ", "กระบวนการคุ้มครองตั้งแต่รับแจ้งจนคืนสู่สังคม", {} };
    service.indicators = {
        indicator("ind-intake", "มีกระบวนการรับแจ้งและประเมินเบื้องต้นที่ชัดเจน", "process"),
        indicator("ind-rehab", "ผู้รับบริการทุกรายมีแผนฟื้นฟูพัฒนารายบุคคล", "process"),
    };
    Component outcome { "comp-outcome", "ผลลัพธ์การดำเนินงาน", "ผลลัพธ์ต่อผู้รับบริการและสังคม", {} };
    outcome.indicators = {
        indicator("ind-return", "ร้อยละของผู้รับบริการที่คืนสู่สังคมได้", "quantitative"),
    };
    standard.components = { management, service, outcome };
    return standard;
}

// Revision 2: criteria written after the groups' brainstorm in the afternoon.
Standard withCriteria()
{
    Standard standard = outline();
    Indicator& plan = standard.components[0].indicators[0];
    describeLevels(plan, { "ไม่มีแผนการดำเนินงาน", "มีแผนแต่ไม่ครอบคลุมภารกิจตามกฎหมาย",
        "มีแผนครอบคลุมภารกิจตามกฎหมาย", "มีแผนและติดตามผลทุกไตรมาส", "มีแผน ติดตามผล และนำผลมาปรับปรุงแผน" });
    plan.evidence = "แผนปฏิบัติการประจำปี\nรายงานการติดตามผลรายไตรมาส";
    // The staff indicator is scored by the practices a centre has in place, not by a rubric.
    Indicator& staff = standard.components[0].indicators[1];
    staff.scheme = Scheme::Checklist;
    staff.practices = { "มีแผนพัฒนาบุคลากรประจำปี", "บุคลากรได้รับการอบรมด้านการคุ้มครองคนไร้ที่พึ่ง",
        "มีการประชุมกรณีศึกษาร่วมกันอย่างน้อยเดือนละครั้ง", "มีการดูแลสุขภาพใจของผู้ปฏิบัติงาน" };
    staff.evidence = "แผนพัฒนาบุคลากร\nหลักฐานการเข้ารับการอบรม";
    standard.components[2].indicators[0].comments.push_back({ "comment-return-target", "กลุ่มที่ 3", "2018-08-16",
        "ควรกำหนดค่าเป้าหมายร้อยละที่ได้คะแนนเต็ม", false });
    Indicator& intake = standard.components[1].indicators[0];
    describeLevels(intake, { "ไม่มีขั้นตอนที่เป็นลายลักษณ์อักษร", "มีขั้นตอนรับแจ้ง", "มีขั้นตอนรับแจ้งและประเมินเบื้องต้น",
        "ประสานภาคีเครือข่าย ตำรวจ และศูนย์ช่วยเหลือสังคม 1300", "ทบทวนขั้นตอนร่วมกับภาคีเครือข่ายทุกปี" });
    intake.evidence = "คู่มือขั้นตอนการรับแจ้ง\nแบบประเมินเบื้องต้น";
    standard.components[1].indicators.push_back(
        indicator("ind-return-process", "มีกระบวนการคืนสู่สังคม พร้อมการติดตามประเมินผลและการถอดบทเรียน", "process"));
    return standard;
}

// Revision 3: weights agreed and one statement reworded, proposed to the subcommittee.
Standard proposed()
{
    Standard standard = withCriteria();
    standard.versionLabel = "ร่างที่ 2";
    standard.components[0].indicators[1].statement
        = "บุคลากรทุกคนได้รับการพัฒนาศักยภาพและเสริมพลังในการให้บริการอย่างน้อยปีละครั้ง";
    standard.legalBasis = "พระราชบัญญัติคุ้มครองคนไร้ที่พึ่ง พ.ศ. 2557";
    standard.definitions = { { "คนไร้ที่พึ่ง", "บุคคลที่ไม่มีที่อยู่อาศัยและไม่มีรายได้เพียงพอแก่การยังชีพ ตามพระราชบัญญัติคุ้มครองคนไร้ที่พึ่ง พ.ศ. 2557" } };
    standard.bands = defaultBands("th");
    // The return-to-society indicator: a ratio, full marks from the target the working group set.
    Indicator& returned = standard.components[2].indicators[0];
    returned.weight = 2;
    returned.scheme = Scheme::Threshold;
    returned.target = 0.6;
    returned.comments[0].resolved = true;
    standard.components[2].indicators.push_back(
        indicator("ind-satisfaction", "ผู้รับบริการและภาคีเครือข่ายพึงพอใจต่อการให้บริการ", "outcome"));
    return standard;
}

// An example self-assessment against the version proposed to the subcommittee: the blank form, then
// filled in. The centre and its results are illustrative, not a real centre's.
Assessment exampleAssessment(bool filled)
{
    Assessment assessment = assessmentOf(proposed(), kDemoPath, "เสนอคณะอนุกรรมการ");
    assessment.organisation = "ศูนย์คุ้มครองคนไร้ที่พึ่ง (ตัวอย่างการประเมิน)";
    assessment.date = "2018-10-01";
    if (!filled)
        return assessment;
    assessment.assessor = "คณะทำงานประเมินตนเองของศูนย์";
    auto& management = assessment.components[0].indicators;
    management[0].result.level = 4;
    management[0].note = "แผนปฏิบัติการปี 2561 และรายงานติดตามผลไตรมาส 1–3";
    management[1].result.done = 3;
    auto& service = assessment.components[1].indicators;
    service[0].result.level = 3;
    service[1].result.level = 3;
    service[2].result.level = 2;
    auto& outcome = assessment.components[2].indicators;
    outcome[0].result.ratio = 0.45;
    outcome[0].note = "คืนสู่สังคม 45 จาก 100 ราย";
    return assessment;
}

template <typename Kind, typename Model>
DemoRevision revision(const Kind& kind, const Model& standard, const char* message, const char* time,
    const char* author = kAuthor, const char* email = kEmail)
{
    Result<std::string> xml = kind.save(standard);
    if (!xml)
        throw std::runtime_error(xml.error().describe());
    return DemoRevision { xml.value(), message, author, email, time };
}

} // namespace

std::vector<DemoDocument> homelessCentreDemo(const StandardKind& kind, const AssessmentKind& assessmentKind)
{
    DemoDocument document;
    document.path = kDemoPath;
    document.revisions = {
        revision(kind, outline(), "โครงร่างองค์ประกอบและตัวชี้วัดจากการประชุมเชิงปฏิบัติการ", "2018-08-16T11:30:00+07:00"),
        revision(kind, withCriteria(), "เพิ่มเกณฑ์การประเมินจากการแบ่งกลุ่มระดมความคิด", "2018-08-16T16:00:00+07:00"),
        revision(kind, proposed(), "ร่างที่ 2: กำหนดน้ำหนักและปรับถ้อยคำ เพื่อเสนอคณะอนุกรรมการ", "2018-09-05T10:00:00+07:00"),
    };
    DemoDocument assessment;
    assessment.path = kAssessmentPath;
    assessment.revisions = {
        revision(assessmentKind, exampleAssessment(false), "แบบประเมินตนเองตามร่างที่เสนอคณะอนุกรรมการ", "2018-10-01T09:00:00+07:00",
            kAssessor, kAssessorEmail),
        revision(assessmentKind, exampleAssessment(true), "บันทึกผลการประเมินตนเอง", "2018-10-01T15:00:00+07:00", kAssessor,
            kAssessorEmail),
    };
    return { document, assessment };
}

std::vector<DemoTag> homelessCentreDemoTags()
{
    return {
        DemoTag { "ร่างที่ 1", "จากการประชุมเชิงปฏิบัติการ 16 สิงหาคม 2561", kDemoPath, 1 },
        DemoTag { "เสนอคณะอนุกรรมการ", "ร่างที่ 2 เสนอคณะอนุกรรมการคุ้มครองคนไร้ที่พึ่ง", kDemoPath, 2 },
    };
}

} // namespace sapha::standards
