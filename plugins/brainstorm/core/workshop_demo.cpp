// Sapha brainstorm — the demo session: the group brainstorm of the workshop on the standard for homeless
// protection centres (16 August 2561, Beyond Suites Hotel, Bangkok). Groups follow the workshop's aims;
// the ideas are the demo's own wording of points in the source text.
// SPDX-License-Identifier: MIT
#include <stdexcept>

#include "core/brainstorm_plugin.hpp"

namespace sapha::brainstorm {

namespace {

const char* const kAuthor = "ผู้ดำเนินการประชุมเชิงปฏิบัติการ";
const char* const kEmail = "facilitator@workshop.sapha.invalid";

Session setUp()
{
    Session session;
    session.topic = "ระดมความคิดร่างมาตรฐานศูนย์คุ้มครองคนไร้ที่พึ่ง";
    session.prompt = "องค์ประกอบ ตัวชี้วัด และเกณฑ์การประเมินใดที่สอดคล้องกับกฎหมายและการปฏิบัติงานของศูนย์";
    session.date = "2018-08-16";
    session.venue = "โรงแรมบียอนด์ สวีท กรุงเทพมหานคร";
    session.facilitator = "วิทยากรประจำกลุ่ม";
    session.groups = {
        Group { "group-1", "กลุ่มที่ 1 การบริหารจัดการ", "ศูนย์ควรบริหารจัดการอย่างไรให้เป็นไปตามเจตนารมณ์ของกฎหมาย" },
        Group { "group-2", "กลุ่มที่ 2 กระบวนการให้บริการ", "ขั้นตอนใดตั้งแต่รับแจ้งจนคืนสู่สังคมที่ต้องมีมาตรฐาน" },
        Group { "group-3", "กลุ่มที่ 3 ผลลัพธ์", "วัดผลลัพธ์ต่อผู้รับบริการและสังคมได้อย่างไร" },
        Group { "group-4", "กลุ่มที่ 4 ภาคีเครือข่าย", "ความร่วมมือกับหน่วยงานของรัฐและภาคีเครือข่าย" },
    };
    // Forty minutes for ideas, sorting them, ten minutes of dot votes.
    session.rounds = { RoundPlan { "round-ideas", RoundKind::Ideate, 40 }, RoundPlan { "round-sort", RoundKind::Cluster, 0 },
        RoundPlan { "round-vote", RoundKind::Vote, 10 } };
    session.currentRound = "round-ideas";
    return session;
}

Session ideasCaptured()
{
    Session session = setUp();
    auto idea = [](const char* id, const char* group, const char* text, const char* time) {
        return Idea { id, group, text, {}, time };
    };
    session.ideas = {
        idea("idea-1", "group-1", "มีแผนการดำเนินงานประจำปีที่อ้างอิงพระราชบัญญัติคุ้มครองคนไร้ที่พึ่ง พ.ศ. 2557", "2018-08-16T13:40:00+07:00"),
        idea("idea-2", "group-1", "พัฒนาศักยภาพบุคลากรอย่างต่อเนื่อง", "2018-08-16T13:42:00+07:00"),
        idea("idea-3", "group-1", "มีระบบข้อมูลผู้รับบริการที่เป็นปัจจุบัน", "2018-08-16T13:45:00+07:00"),
        idea("idea-4", "group-2", "ขั้นตอนรับแจ้งและประเมินเบื้องต้นที่ชัดเจน", "2018-08-16T13:41:00+07:00"),
        idea("idea-5", "group-2", "แผนฟื้นฟูพัฒนารายบุคคล", "2018-08-16T13:44:00+07:00"),
        idea("idea-6", "group-2", "กระบวนการคืนสู่สังคมและติดตามผลหลังคืนสู่สังคม", "2018-08-16T13:47:00+07:00"),
        idea("idea-7", "group-3", "ร้อยละผู้รับบริการที่คืนสู่สังคมได้", "2018-08-16T13:43:00+07:00"),
        idea("idea-8", "group-3", "ผู้รับบริการมีอาชีพและดูแลตนเองได้", "2018-08-16T13:46:00+07:00"),
        idea("idea-9", "group-3", "ความพึงพอใจของผู้รับบริการ", "2018-08-16T13:50:00+07:00"),
        idea("idea-10", "group-4", "ประสานตำรวจและศูนย์ช่วยเหลือสังคม 1300 ได้ตลอด 24 ชั่วโมง", "2018-08-16T13:41:30+07:00"),
        idea("idea-11", "group-4", "ใช้กลไกประชารัฐในการขับเคลื่อนภารกิจ", "2018-08-16T13:48:00+07:00"),
        idea("idea-12", "group-4", "ถอดบทเรียนร่วมกับภาคีเครือข่ายทุกปี", "2018-08-16T13:52:00+07:00"),
    };
    return session;
}

Session clusteredAndVoted()
{
    Session session = ideasCaptured();
    session.clusters = {
        Cluster { "cluster-management", "การบริหารจัดการ", { "idea-1", "idea-2", "idea-3" } },
        Cluster { "cluster-service", "กระบวนการให้บริการ", { "idea-4", "idea-5", "idea-6", "idea-10" } },
        Cluster { "cluster-outcome", "ผลลัพธ์", { "idea-7", "idea-8", "idea-9" } },
        Cluster { "cluster-network", "ความร่วมมือภาคีเครือข่าย", { "idea-11", "idea-12" } },
    };
    // The groups' tallies of dot votes (three dots per participant).
    session.votes = {
        Vote { "idea-1", "กลุ่มที่ 1", 9 }, Vote { "idea-4", "กลุ่มที่ 2", 11 }, Vote { "idea-5", "กลุ่มที่ 2", 8 },
        Vote { "idea-6", "กลุ่มที่ 2", 7 }, Vote { "idea-7", "กลุ่มที่ 3", 10 }, Vote { "idea-9", "กลุ่มที่ 3", 4 },
        Vote { "idea-10", "กลุ่มที่ 4", 6 }, Vote { "idea-2", "กลุ่มที่ 1", 5 },
    };
    session.votesPerParticipant = 30; // tallies per group here, not per person
    session.currentRound = "round-vote";
    session.locked = true; // the results are in: nothing more is taken
    return session;
}

DemoRevision revision(const SessionKind& kind, const Session& session, const char* message, const char* time)
{
    Result<std::string> xml = kind.save(session);
    if (!xml)
        throw std::runtime_error(xml.error().describe());
    return DemoRevision { xml.value(), message, kAuthor, kEmail, time };
}

} // namespace

std::vector<DemoDocument> workshopDemo(const SessionKind& kind)
{
    DemoDocument document;
    document.path = "brainstorm/workshop-2561-08-16.session.xml";
    document.revisions = {
        revision(kind, setUp(), "เตรียมกลุ่มและโจทย์ระดมความคิด", "2018-08-16T09:00:00+07:00"),
        revision(kind, ideasCaptured(), "บันทึกความคิดของทั้งสี่กลุ่ม", "2018-08-16T14:00:00+07:00"),
        revision(kind, clusteredAndVoted(), "จัดกลุ่มความคิดและลงคะแนน", "2018-08-16T15:00:00+07:00"),
    };
    return { document };
}

} // namespace sapha::brainstorm
