// Sapha tests — two workspaces working together through a shared remote, over each kind of remote the
// test starts itself: a bare repository by path, `git daemon` (git://) and smart HTTP or HTTPS (git
// http-backend).
// Scripted edits of the same meeting and standard: different items merge; the same item's different
// fields merge; the same field changed differently keeps both versions, is refused by `check`, is not
// pushed, and is resolved by a person; a push refused because someone pushed first is fetched, merged
// and pushed by `sync`. Every result is checked element by element, and `git fsck` is clean.
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <functional>
#include <iterator>
#include <map>
#include <random>

#include <git2.h>
#include <pugixml.hpp>

#include "git_remotes.hpp"
#include "run_process.hpp"
#include "git/deferred_certificates.hpp"
#include "sync/transfer_options.hpp"
#include "temp_dir.hpp"

using namespace sapha::test;

namespace {

const std::string kMeeting = "minutes/chiangrai-1-2563.meeting.xml";
const std::string kStandard = "standards/homeless-protection-centre.standard.xml";

class Team {
public:
    Team()
    {
        std::filesystem::create_directories(m_home.path() / "config");
        std::ofstream(m_home.path() / "config" / "settings.json")
            << R"({ "author.name": "ทีมงาน ทดสอบ", "author.email": "team@example.invalid" })";
        REQUIRE(runProcess("git", { "init", "-q", "--bare", (m_home.path() / "remotes" / "shared.git").string() }).exitCode == 0);
    }

    ProcessResult run(const std::vector<std::string>& arguments) const
    {
        const std::map<std::string, std::string> environment { { "SAPHA_CONFIG_HOME", (m_home.path() / "config").string() },
            { "XDG_DATA_HOME", (m_home.path() / "data").string() }, { "SAPHA_PLUGIN_PATH", "" }, { "LC_ALL", "C" } };
        if (m_trusted.empty())
            return runProcess(SAPHA_CLI, arguments, m_home.path().string(), environment);
        // sapha-cli in a mount namespace of its own where the system's CA certificates are the test's
        // authority: what a workspace's HTTPS host signed by a known authority looks like.
        std::vector<std::string> wrapped { "-m", "--propagation", "private", "sh", "-c",
            "mount --bind \"$1\" " + std::string(kSystemCertificates) + " && shift && exec \"$@\"", "sh", m_trusted.string(), SAPHA_CLI };
        wrapped.insert(wrapped.end(), arguments.begin(), arguments.end());
        return runProcess("unshare", wrapped, m_home.path().string(), environment);
    }

    // Where Debian's libgit2 reads the system's CA certificates from.
    static constexpr const char* kSystemCertificates = "/etc/ssl/certs/ca-certificates.crt";

    // From now on, sapha-cli trusts `authority` as if it were the system's (a root's mount namespace).
    // False, and nothing changed, where this machine cannot (not root, no namespaces).
    bool trustAsSystem(const std::filesystem::path& authority)
    {
        const ProcessResult tried = runProcess("unshare", { "-m", "--propagation", "private", "sh", "-c",
            "mount --bind \"$0\" " + std::string(kSystemCertificates), authority.string() });
        if (tried.exitCode != 0)
            return false;
        m_trusted = authority;
        return true;
    }

    ProcessResult must(const std::vector<std::string>& arguments) const
    {
        ProcessResult result = run(arguments);
        INFO("sapha-cli " << arguments.front() << " " << (arguments.size() > 2 ? arguments[2] : "") << ": " << result.out << result.err);
        REQUIRE(result.exitCode == 0);
        return result;
    }

    std::filesystem::path path(const std::string& relative) const { return m_home.path() / relative; }

    // Replaces the text of the element `name` inside the element with `id` in a document, then commits.
    // Edited as text, as Sapha writes it, so that only that line changes.
    void edit(const std::string& workspace, const std::string& document, const std::string& id, const std::string& name,
        const std::string& text) const
    {
        const std::filesystem::path file = path(workspace + "/" + document);
        std::ifstream in(file, std::ios::binary);
        std::string xml((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const std::size_t element = xml.find("id=\"" + id + "\"");
        REQUIRE(element != std::string::npos);
        const std::size_t open = xml.find("<" + name + ">", element);
        REQUIRE(open != std::string::npos);
        const std::size_t start = open + name.size() + 2;
        const std::size_t end = xml.find("</" + name + ">", start);
        REQUIRE(end != std::string::npos);
        xml.replace(start, end - start, text);
        std::ofstream(file, std::ios::binary | std::ios::trunc) << xml;
        must({ "-C", workspace, "commit", document });
    }

    // Inserts `xml` before the first line holding `marker`, then commits.
    void insertBefore(const std::string& workspace, const std::string& document, const std::string& marker, const std::string& xml) const
    {
        const std::filesystem::path file = path(workspace + "/" + document);
        std::ifstream in(file, std::ios::binary);
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const std::size_t at = text.find(marker);
        REQUIRE(at != std::string::npos);
        text.insert(text.rfind('\n', at) + 1, xml);
        std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
        must({ "-C", workspace, "commit", document });
    }

    std::string field(const std::string& workspace, const std::string& document, const std::string& id, const std::string& name) const
    {
        pugi::xml_document xml;
        if (!xml.load_file(path(workspace + "/" + document).c_str()))
            return "<not XML>";
        pugi::xml_node element = xml.find_node([&](pugi::xml_node node) { return std::string(node.attribute("id").value()) == id; });
        return name.empty() ? element.text().get() : element.child(name.c_str()).text().get();
    }

    void fsck(const std::string& repository) const
    {
        const ProcessResult checked = runProcess("git", { "fsck", "--strict" }, path(repository).string());
        INFO(repository << ": " << checked.err);
        CHECK(checked.exitCode == 0);
    }

private:
    TempDir m_home;
    std::filesystem::path m_trusted; // an authority trusted as the system's, or nothing
};

// The whole story over one remote, reached at `url`.
void workTogether(const Team& team, const std::string& url)
{
    team.must({ "demo", "a", "--quiet" });
    team.must({ "-C", "a", "remote", "add", "origin", url });
    CHECK(team.must({ "-C", "a", "remote", "list" }).out == "origin\t" + url + "\n");
    team.must({ "-C", "a", "push" });
    team.must({ "clone", url, "b" });
    CHECK(team.field("b", kMeeting, "item-1", "title") == team.field("a", kMeeting, "item-1", "title"));

    // Different items of the meeting, and the standard on one side only: everything merges.
    team.edit("a", kMeeting, "item-1", "title", "เรื่องที่ประธานแจ้ง (แก้ไขที่เครื่อง ก)");
    team.edit("b", kMeeting, "item-4", "title", "เรื่องเพื่อพิจารณา (แก้ไขที่เครื่อง ข)");
    team.edit("b", kStandard, "comp-management", "title", "การบริหารจัดการศูนย์ (เครื่อง ข)");
    team.must({ "-C", "a", "sync" });
    const ProcessResult merged = team.must({ "-C", "b", "sync" });
    CHECK(merged.out.find("รวมการแก้ไขจาก origin กับของพื้นที่ทำงานนี้แล้ว") != std::string::npos);
    team.must({ "-C", "a", "sync" });
    for (const char* workspace : { "a", "b" }) {
        CHECK(team.field(workspace, kMeeting, "item-1", "title") == "เรื่องที่ประธานแจ้ง (แก้ไขที่เครื่อง ก)");
        CHECK(team.field(workspace, kMeeting, "item-4", "title") == "เรื่องเพื่อพิจารณา (แก้ไขที่เครื่อง ข)");
        CHECK(team.field(workspace, kStandard, "comp-management", "title") == "การบริหารจัดการศูนย์ (เครื่อง ข)");
    }
    // The merge has both parents.
    const ProcessResult parents = runProcess("git", { "log", "-1", "--format=%P", "--merges" }, team.path("b").string());
    CHECK(std::count(parents.out.begin(), parents.out.end(), ' ') == 1);

    // The same item, different fields: both kept.
    team.edit("a", kMeeting, "item-2", "title", "เรื่องรับรองรายงานการประชุม (ก)");
    team.edit("b", kMeeting, "item-2", "resolution", "ที่ประชุมรับรอง (ข)");
    team.must({ "-C", "a", "sync" });
    team.must({ "-C", "b", "sync" });
    team.must({ "-C", "a", "sync" });
    for (const char* workspace : { "a", "b" }) {
        CHECK(team.field(workspace, kMeeting, "item-2", "title") == "เรื่องรับรองรายงานการประชุม (ก)");
        CHECK(team.field(workspace, kMeeting, "item-2", "resolution") == "ที่ประชุมรับรอง (ข)");
    }

    // Neighbouring fields of one item (adjacent lines, which a line merge cannot tell apart): merged by
    // the meeting's elements, field by field.
    team.edit("a", kMeeting, "item-1", "text", "ประธานแจ้งที่ประชุมทราบ (ก)");
    team.edit("b", kMeeting, "item-1", "resolution", "ที่ประชุมรับทราบ (ข)");
    team.must({ "-C", "a", "sync" });
    const ProcessResult neighbours = team.must({ "-C", "b", "sync" });
    CHECK(neighbours.out.find("conflict") == std::string::npos);
    team.must({ "-C", "a", "sync" });
    for (const char* workspace : { "a", "b" }) {
        CHECK(team.field(workspace, kMeeting, "item-1", "text") == "ประธานแจ้งที่ประชุมทราบ (ก)");
        CHECK(team.field(workspace, kMeeting, "item-1", "resolution") == "ที่ประชุมรับทราบ (ข)");
        CHECK(team.run({ "-C", workspace, "check", kMeeting }).exitCode == 0);
    }

    // Both add an agenda item at the same place: the lines clash, but both items together lose nothing
    // (judged by the meeting's elements), so both are kept and nothing is left to resolve.
    team.insertBefore("a", kMeeting, "</agenda>",
        "    <item id=\"item-from-a\">\n      <title>วาระที่เพิ่มจากเครื่อง ก</title>\n      <text>ก</text>\n    </item>\n");
    team.insertBefore("b", kMeeting, "</agenda>",
        "    <item id=\"item-from-b\">\n      <title>วาระที่เพิ่มจากเครื่อง ข</title>\n      <text>ข</text>\n    </item>\n");
    team.must({ "-C", "a", "sync" });
    const ProcessResult added = team.must({ "-C", "b", "sync" });
    CHECK(added.out.find("conflict") == std::string::npos);
    team.must({ "-C", "a", "sync" });
    for (const char* workspace : { "a", "b" }) {
        CHECK(team.field(workspace, kMeeting, "item-from-a", "title") == "วาระที่เพิ่มจากเครื่อง ก");
        CHECK(team.field(workspace, kMeeting, "item-from-b", "title") == "วาระที่เพิ่มจากเครื่อง ข");
        CHECK(team.run({ "-C", workspace, "check", kMeeting }).exitCode == 0);
    }

    // Someone pushed first: a plain push is refused and says why; sync fetches, merges and pushes.
    team.edit("a", kMeeting, "item-3", "title", "เรื่องสืบเนื่อง (ก)");
    team.must({ "-C", "a", "push" });
    team.edit("b", kStandard, "comp-service", "title", "กระบวนการให้บริการ (ข)");
    const ProcessResult refused = team.run({ "-C", "b", "push" });
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.find("มีคนส่งขึ้นไปก่อน") != std::string::npos);
    team.must({ "-C", "b", "sync" });
    // The search index of `a` (made by a search) takes in what the pull brings, before any search.
    team.must({ "-C", "a", "search", "บริการ" });
    const auto indexHolds = [&](const std::string& text) {
        std::ifstream file(team.path("a/.git/sapha/search-index"), std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
        return bytes.find(text) != std::string::npos;
    };
    CHECK_FALSE(indexHolds("กระบวนการให้บริการ (ข)"));
    team.must({ "-C", "a", "pull" });
    CHECK(indexHolds("กระบวนการให้บริการ (ข)"));
    CHECK(team.field("a", kStandard, "comp-service", "title") == "กระบวนการให้บริการ (ข)");
    CHECK(team.field("b", kMeeting, "item-3", "title") == "เรื่องสืบเนื่อง (ก)");

    // The same field changed differently (two fields of two components): both versions stay in the
    // document, which still opens; `check` names each with both values, it is not pushed (not even by a
    // second sync); the person chooses per element, and then it goes to the others.
    team.edit("a", kStandard, "comp-management", "title", "ชื่อองค์ประกอบจากเครื่อง ก");
    team.edit("a", kStandard, "comp-service", "title", "บริการ (ก)");
    team.must({ "-C", "a", "sync" });
    team.edit("b", kStandard, "comp-management", "title", "ชื่อองค์ประกอบจากเครื่อง ข");
    team.edit("b", kStandard, "comp-service", "title", "บริการ (ข)");
    const ProcessResult conflicted = team.run({ "-C", "b", "sync" });
    CHECK(conflicted.exitCode == 1);
    CHECK(conflicted.out.find("การแก้ไขขัดแย้งกัน: " + kStandard) != std::string::npos);
    CHECK(conflicted.out.find("ยังไม่ได้ส่ง") != std::string::npos);
    std::ifstream in(team.path("b/" + kStandard));
    const std::string both((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(both.find("ชื่อองค์ประกอบจากเครื่อง ก") != std::string::npos);
    CHECK(both.find("ชื่อองค์ประกอบจากเครื่อง ข") != std::string::npos);
    CHECK(both.find("<<<<<<<") == std::string::npos);
    CHECK(team.field("b", kStandard, "comp-management", "title") == "ชื่อองค์ประกอบจากเครื่อง ข"); // this side's, until chosen
    CHECK(team.run({ "-C", "b", "conflicts" }).out == kStandard + "\n");
    CHECK(team.must({ "-C", "b", "show", kStandard }).out.find("ชื่อองค์ประกอบจากเครื่อง ข") != std::string::npos);
    const ProcessResult checked = team.run({ "-C", "b", "check", kStandard });
    CHECK(checked.exitCode == 1);
    INFO(checked.out);
    CHECK(checked.out.find("การแก้ไขขัดแย้งกัน") != std::string::npos);
    CHECK(checked.out.find("ที่เครื่องนี้ \"ชื่อองค์ประกอบจากเครื่อง ข\" ที่คลังที่ใช้ร่วมกัน \"ชื่อองค์ประกอบจากเครื่อง ก\"") != std::string::npos);
    CHECK(checked.out.find("--element comp-service") != std::string::npos);
    // The field under the name the editor gives it, not its XML name ("title").
    CHECK(checked.out.find("องค์ประกอบ 1 — ชื่อองค์ประกอบ: ") != std::string::npos);
    CHECK(checked.out.find("— title") == std::string::npos);
    CHECK(team.run({ "-C", "b", "push" }).exitCode == 1); // the conflict does not travel
    CHECK(team.run({ "-C", "b", "sync" }).exitCode == 1); // nor with a second sync
    const ProcessResult unknown = team.run({ "-C", "b", "resolve", kStandard, "--theirs", "--element", "comp-nothing" });
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.find("comp-management, comp-service") != std::string::npos);
    const ProcessResult first = team.must({ "-C", "b", "resolve", kStandard, "--theirs", "--element", "comp-management" });
    CHECK(first.out.find("ยังต้องเลือกอีก 1 จุดใน " + kStandard) != std::string::npos);
    CHECK(team.field("b", kStandard, "comp-management", "title") == "ชื่อองค์ประกอบจากเครื่อง ก");
    CHECK(team.run({ "-C", "b", "conflicts" }).exitCode == 1);
    team.must({ "-C", "b", "resolve", kStandard, "--ours", "--element", "comp-service" });
    CHECK(team.field("b", kStandard, "comp-service", "title") == "บริการ (ข)");
    CHECK(team.run({ "-C", "b", "conflicts" }).exitCode == 0);
    CHECK(team.run({ "-C", "b", "check", kStandard }).exitCode == 0);
    team.must({ "-C", "b", "sync" });
    team.must({ "-C", "a", "sync" });
    CHECK(team.field("a", kStandard, "comp-management", "title") == "ชื่อองค์ประกอบจากเครื่อง ก");
    CHECK(team.field("a", kStandard, "comp-service", "title") == "บริการ (ข)");
    CHECK(team.run({ "-C", "a", "check" }).exitCode != 2);
    // The versions not chosen are still in the history.
    const ProcessResult history = team.must({ "-C", "b", "log", kStandard });
    CHECK(history.out.find("แก้ความขัดแย้งจากการซิงก์") != std::string::npos);

    // Both put the agenda in different orders: no merge by element can say which order stays, so the
    // meeting keeps both versions between markers, refused by `check`, and is chosen whole.
    const std::string meeting = [&] {
        std::ifstream file(team.path("a/" + kMeeting));
        return std::string((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    }();
    auto moveToEnd = [&](const std::string& workspace, const std::string& id) {
        std::string text = meeting;
        const std::size_t start = text.rfind('\n', text.find("<item id=\"" + id + "\"")) + 1;
        std::size_t end = start;
        int depth = 0;
        do { // the item and its sub-items, line by line
            const std::size_t next = text.find('\n', end) + 1;
            const std::string line = text.substr(end, next - end);
            depth += line.find("<item ") != std::string::npos ? 1 : 0;
            depth -= line.find("</item>") != std::string::npos ? 1 : 0;
            end = next;
        } while (depth > 0);
        const std::string item = text.substr(start, end - start);
        text.erase(start, end - start);
        text.insert(text.rfind('\n', text.find("</agenda>")) + 1, item);
        std::ofstream(team.path(workspace + "/" + kMeeting), std::ios::binary | std::ios::trunc) << text;
        team.must({ "-C", workspace, "commit", kMeeting });
    };
    moveToEnd("a", "item-1");
    team.must({ "-C", "a", "sync" });
    moveToEnd("b", "item-2");
    CHECK(team.run({ "-C", "b", "sync" }).exitCode == 1);
    const ProcessResult marked = team.run({ "-C", "b", "check", kMeeting });
    CHECK(marked.exitCode == 1);
    CHECK(marked.err.find("ข้อขัดแย้งจากการซิงก์") != std::string::npos);
    CHECK(team.run({ "-C", "b", "resolve", kMeeting, "--ours", "--element", "item-1" }).err.find("ทั้งเอกสาร") != std::string::npos);
    team.must({ "-C", "b", "resolve", kMeeting, "--theirs" });
    CHECK(team.run({ "-C", "b", "check", kMeeting }).exitCode == 0);
    team.must({ "-C", "b", "sync" });

    // Named versions travel too.
    team.must({ "-C", "b", "tag", "ร่างที่ 3" });
    team.must({ "-C", "b", "sync" });
    team.must({ "-C", "a", "pull" });
    CHECK(team.must({ "-C", "a", "tags" }).out.find("ร่างที่ 3") != std::string::npos);

    team.fsck("a");
    team.fsck("b");
    team.fsck("remotes/shared.git");
}

} // namespace

TEST_CASE("sync: two workspaces through a bare repository by path")
{
    Team team;
    workTogether(team, team.path("remotes/shared.git").string());
}

TEST_CASE("sync: two workspaces through git daemon (git://)")
{
    Team team;
    GitDaemon daemon(team.path("remotes"));
    workTogether(team, daemon.urlOf("shared.git"));
}

TEST_CASE("sync: two workspaces through smart HTTP (git http-backend)")
{
    Team team;
    GitHttpHost host(team.path("remotes"));
    workTogether(team, host.urlOf("shared.git"));
}

namespace {

// Connects to `url` for a fetch in this process, as a sync does; whether libgit2 asked about the
// server's certificate, and whether its own checks found it valid.
struct CertificateSeen {
    bool asked = false;
    bool valid = false;
};

CertificateSeen connectHere(const std::string& url)
{
    CertificateSeen seen;
    git_remote* remote = nullptr;
    REQUIRE(git_remote_create_detached(&remote, url.c_str()) == 0);
    git_remote_callbacks callbacks = GIT_REMOTE_CALLBACKS_INIT;
    callbacks.payload = &seen;
    callbacks.certificate_check = [](git_cert*, int valid, const char*, void* payload) -> int {
        auto* into = static_cast<CertificateSeen*>(payload);
        into->asked = true;
        into->valid = valid != 0;
        return GIT_PASSTHROUGH; // libgit2 decides, as in Sapha
    };
    (void)git_remote_connect(remote, GIT_DIRECTION_FETCH, &callbacks, nullptr, nullptr);
    git_remote_free(remote);
    return seen;
}

} // namespace

TEST_CASE("sync: over HTTPS the system's certificate authorities decide, read at the first TLS connection, not at the start")
{
    Team team;
    const TestCertificates certificates = makeTestCertificates(team.path("certificates"));
    GitHttpHost host(team.path("remotes"), certificates.server);
    const std::string url = host.urlOf("shared.git"); // https://localhost:PORT/shared.git

    // This process started libgit2 (the tests' main): the system's certificates wait to be read, a
    // plain HTTP connection leaves them waiting, and the first TLS connection reads them.
    REQUIRE(std::filesystem::exists(Team::kSystemCertificates));
    CHECK(sapha::host::git::certificatesDeferred());
    GitHttpHost plain(team.path("remotes"));
    CHECK_FALSE(connectHere(plain.urlOf("shared.git")).asked);
    CHECK(sapha::host::git::certificatesDeferred());
    const CertificateSeen seen = connectHere(url);
    CHECK(seen.asked);
    CHECK_FALSE(seen.valid); // signed by the test's authority, which the system does not know
    CHECK_FALSE(sapha::host::git::certificatesDeferred());
    CHECK(sapha::host::git::deferredCertificatesLoaded());

    // sapha-cli refuses that host, naming it and what to do, and makes nothing; so does a sync.
    const ProcessResult refused = team.run({ "clone", url, "b" });
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.find(url) != std::string::npos);
    CHECK(refused.err.find("localhost แสดงใบรับรองที่เครื่องนี้ไม่เชื่อถือ") != std::string::npos);
    CHECK(refused.err.find("update-ca-certificates") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(team.path("b/" + kMeeting)));
    team.must({ "demo", "a", "--quiet" });
    team.must({ "-C", "a", "remote", "add", "origin", url });
    const ProcessResult notSynced = team.run({ "-C", "a", "sync" });
    CHECK(notSynced.exitCode == 1);
    CHECK(notSynced.err.find("localhost แสดงใบรับรองที่เครื่องนี้ไม่เชื่อถือ") != std::string::npos);
    std::filesystem::remove_all(team.path("a"));

    // With the authority among the system's (as an office's own authority would be), the whole
    // journey works over HTTPS: clone, edits merged, conflicts resolved, named versions, fsck clean.
    if (!team.trustAsSystem(certificates.authority)) {
        MESSAGE("not root or no mount namespaces here: the trusted HTTPS journey was not run");
        return;
    }
    workTogether(team, url);
}

TEST_CASE("sync: a remote that cannot be reached, an unknown remote, and a clone into a full folder each say what and where")
{
    Team team;
    team.must({ "demo", "a", "--quiet" });
    const ProcessResult unknown = team.run({ "-C", "a", "pull", "upstream" });
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.find("ไม่มีเซิร์ฟเวอร์ชื่อ \"upstream\"") != std::string::npos);
    team.must({ "-C", "a", "remote", "add", "gone", "git://127.0.0.1:1/nothing.git" });
    const ProcessResult unreachable = team.run({ "-C", "a", "sync", "gone" });
    CHECK(unreachable.exitCode == 1);
    CHECK(unreachable.err.find("gone") != std::string::npos);
    CHECK(team.run({ "-C", "a", "remote", "add", "gone", "/elsewhere" }).err.find("มีเซิร์ฟเวอร์ชื่อนี้อยู่แล้ว") != std::string::npos);
    CHECK(team.run({ "-C", "a", "remote", "add", "bad name", "/x" }).exitCode == 1);
    team.must({ "-C", "a", "remote", "remove", "gone" });
    CHECK(team.run({ "-C", "a", "remote", "remove", "gone" }).exitCode == 1);
    const ProcessResult full = team.run({ "clone", team.path("remotes/shared.git").string(), "a" });
    CHECK(full.exitCode == 1);
    CHECK(full.err.find("ไม่ว่าง") != std::string::npos);
    CHECK(std::filesystem::exists(team.path("a/" + kMeeting))); // nothing of it was touched
    // HTTPS asks who you are; with no token in the settings, it says how to give one.
    const ProcessResult login = runProcess(SAPHA_CLI, { "remote", "login", "git.example.org", "--user", "lekha" }, team.path("").string(),
        { { "SAPHA_CONFIG_HOME", team.path("config").string() } }, "s3cret-token\n");
    CHECK(login.exitCode == 0);
    std::ifstream settings(team.path("config/settings.json"));
    const std::string kept((std::istreambuf_iterator<char>(settings)), std::istreambuf_iterator<char>());
    CHECK(kept.find("\"remote.https://git.example.org.token\"") != std::string::npos);
}

TEST_CASE("sync: a token is given to its own HTTPS origin only, and a password in an address is never printed")
{
    CHECK(sapha::host::originOfUrl("https://bob@Git.Example.org:443/x.git") == "https://git.example.org");
    CHECK(sapha::host::originOfUrl("https://git.example.org:8443/x.git") == "https://git.example.org:8443");
    CHECK(sapha::host::originOfUrl("http://git.example.org/x.git") == "http://git.example.org");
    CHECK(sapha::host::originOfUrl("git.example.org") == "https://git.example.org");
    CHECK(sapha::host::originOfUrl("/srv/shared.git").empty());
    CHECK(sapha::host::withoutPassword("cannot reach https://bob:s3cret@h/x: s3cret", "https://bob:s3cret@h/x")
        == "cannot reach https://bob:***@h/x: ***");
    CHECK(sapha::host::withoutPassword("https://bob@h/x", "https://bob@h/x") == "https://bob@h/x");

    Team team;
    team.must({ "demo", "a", "--quiet" });
    team.must({ "-C", "a", "remote", "add", "origin", team.path("remotes/shared.git").string() });
    team.must({ "-C", "a", "push" });
    GitHttpHost host(team.path("remotes"), /*asksWhoYouAre=*/true);
    const std::string plain = host.urlOf("shared.git"); // http://127.0.0.1:PORT/shared.git
    const std::map<std::string, std::string> config { { "SAPHA_CONFIG_HOME", team.path("config").string() } };

    // Tokens for 127.0.0.1: one kept by host name alone (as Sapha kept them before), one for its HTTPS.
    CHECK(runProcess(SAPHA_CLI, { "remote", "login", "127.0.0.1", "--user", "lekha" }, team.path("").string(), config,
              "s3cret-token\n")
              .exitCode
        == 0);
    {
        std::ifstream in(team.path("config/settings.json"));
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        text.insert(text.find('{') + 1, R"( "remote.127.0.0.1.user": "lekha", "remote.127.0.0.1.token": "old-s3cret-token",)");
        std::ofstream(team.path("config/settings.json")) << text;
    }
    // The same host over plain HTTP asks who you are: no token goes, and the refusal says why.
    const ProcessResult clone = team.run({ "clone", plain, "b" });
    CHECK(clone.exitCode == 1);
    CHECK(clone.err.find("ผ่าน HTTP ธรรมดา") != std::string::npos);
    CHECK(host.authorizationsSeen() == 0);
    CHECK(clone.err.find("s3cret") == std::string::npos);
    // A token is not kept for a plain HTTP address either.
    const ProcessResult plainLogin = runProcess(SAPHA_CLI, { "remote", "login", plain, "--user", "lekha" },
        team.path("").string(), config, "s3cret-token\n");
    CHECK(plainLogin.exitCode == 1);
    CHECK(plainLogin.err.find("ที่อยู่ https:// เท่านั้น") != std::string::npos);

    // A password written into an address is the person's choice to use, never something to print.
    const std::string withPassword = "http://bob:pw-s3cret@127.0.0.1:1/shared.git";
    const ProcessResult unreachable = team.run({ "clone", withPassword, "c" });
    CHECK(unreachable.exitCode == 1);
    CHECK(unreachable.err.find("pw-s3cret") == std::string::npos);
    CHECK(unreachable.err.find("bob:***@") != std::string::npos);
    const ProcessResult added = team.run({ "-C", "a", "remote", "add", "private", withPassword });
    CHECK(added.out.find("pw-s3cret") == std::string::npos);
    const ProcessResult listed = team.run({ "-C", "a", "remote", "list" });
    CHECK(listed.out.find("private\thttp://bob:***@127.0.0.1:1/shared.git") != std::string::npos);
    CHECK(listed.out.find("pw-s3cret") == std::string::npos);
}

TEST_CASE("sync: a lock file a stopped fetch left in the workspace is named with the way out, and one left before the machine started is removed")
{
    Team team;
    team.must({ "demo", "a", "--quiet" });
    team.must({ "-C", "a", "remote", "add", "origin", team.path("remotes/shared.git").string() });
    team.must({ "-C", "a", "push" });
    team.must({ "clone", team.path("remotes/shared.git").string(), "b" });
    team.edit("a", kMeeting, "item-1", "title", "ลงมือแก้ไขหลังล็อกค้าง");
    team.must({ "-C", "a", "sync" });

    // A fetch killed while it moved the remote's branch here leaves that branch's lock behind.
    const std::filesystem::path lock = team.path("b/.git/refs/remotes/origin/main.lock");
    std::ofstream(lock) << "";
    const ProcessResult refused = team.run({ "-C", "b", "sync" });
    CHECK(refused.exitCode == 1);
    INFO(refused.err);
    CHECK(refused.err.find(lock.string()) != std::string::npos);
    CHECK(refused.err.find("ถ้าไม่มีโปรแกรมใดทำงานอยู่ ให้ลบแฟ้มล็อกนั้นแล้วลองอีกครั้ง") != std::string::npos);
    CHECK(std::filesystem::exists(lock)); // a lock that may be live is never taken away

    // The same lock dated before the machine started: no program can hold it, so the sync clears it.
    std::filesystem::last_write_time(lock, std::filesystem::file_time_type::clock::now() - std::chrono::hours(24 * 365 * 30));
    team.must({ "-C", "b", "sync" });
    CHECK_FALSE(std::filesystem::exists(lock));
    std::ifstream merged(team.path("b/" + kMeeting));
    const std::string text((std::istreambuf_iterator<char>(merged)), std::istreambuf_iterator<char>());
    CHECK(text.find("ลงมือแก้ไขหลังล็อกค้าง") != std::string::npos);
}

TEST_CASE("sync: three clones make random edits and sync at random, and afterwards every edit is in the shared history")
{
    // The same seed gives the same story; SAPHA_SYNC_SEED and SAPHA_SYNC_ROUNDS give others (longer runs).
    const char* seedText = std::getenv("SAPHA_SYNC_SEED");
    const char* roundsText = std::getenv("SAPHA_SYNC_ROUNDS");
    const unsigned seed = seedText ? static_cast<unsigned>(std::strtoul(seedText, nullptr, 10)) : 2561u;
    const int rounds = roundsText ? std::atoi(roundsText) : 18;
    INFO("seed " << seed << ", " << rounds << " rounds");
    std::mt19937 random(seed);
    Team team;
    const std::string url = team.path("remotes/shared.git").string();
    team.must({ "demo", "c0", "--quiet" });
    team.must({ "-C", "c0", "remote", "add", "origin", url });
    team.must({ "-C", "c0", "push" });
    team.must({ "clone", url, "c1" });
    team.must({ "clone", url, "c2" });

    struct Field {
        std::string document;
        std::string id;
        std::string name;
    };
    const std::vector<Field> fields { { kMeeting, "item-1", "title" }, { kMeeting, "item-2", "title" }, { kMeeting, "item-2", "resolution" },
        { kMeeting, "item-3", "title" }, { kMeeting, "item-4", "title" }, { kStandard, "comp-management", "title" },
        { kStandard, "comp-service", "title" } };
    std::vector<std::string> made;
    int conflicts = 0;
    for (int round = 0; round < rounds; ++round) {
        const std::string clone = "c" + std::to_string(random() % 3);
        const Field& field = fields[random() % fields.size()];
        const std::string text = "แก้ไขรอบ " + std::to_string(round) + " ที่ " + clone;
        team.edit(clone, field.document, field.id, field.name, text);
        made.push_back(text);
        if (random() % 2 == 0) {
            const std::string syncing = "c" + std::to_string(random() % 3);
            const ProcessResult synced = team.run({ "-C", syncing, "sync" });
            if (synced.exitCode == 1 && synced.out.find("การแก้ไขขัดแย้งกัน: ") != std::string::npos) {
                ++conflicts;
                // The person keeps one side at random for each element `check` names; the other stays
                // in the history.
                for (const std::string& document : { kMeeting, kStandard }) {
                    if (synced.out.find("การแก้ไขขัดแย้งกัน: " + document) == std::string::npos)
                        continue;
                    const std::string named = team.run({ "-C", syncing, "check", document }).out;
                    std::vector<std::string> elements;
                    for (std::size_t at = named.find("--element "); at != std::string::npos; at = named.find("--element ", at + 1))
                        elements.push_back(named.substr(at + 10, named.find(' ', at + 10) - at - 10));
                    REQUIRE_FALSE(elements.empty());
                    for (const std::string& element : elements)
                        team.must({ "-C", syncing, "resolve", document, random() % 2 ? "--ours" : "--theirs", "--element", element });
                }
                team.must({ "-C", syncing, "sync" });
            } else {
                INFO(synced.out << synced.err);
                REQUIRE(synced.exitCode == 0);
            }
        }
    }
    // Everyone syncs until nothing moves; conflicts met now are resolved as above.
    for (int pass = 0; pass < 3; ++pass) {
        for (const char* clone : { "c0", "c1", "c2" }) {
            const ProcessResult synced = team.run({ "-C", clone, "sync" });
            if (synced.exitCode == 1 && synced.out.find("การแก้ไขขัดแย้งกัน: ") != std::string::npos) {
                ++conflicts;
                for (const std::string& document : { kMeeting, kStandard }) {
                    if (synced.out.find("การแก้ไขขัดแย้งกัน: " + document) != std::string::npos)
                        team.must({ "-C", clone, "resolve", document, "--ours" });
                }
                team.must({ "-C", clone, "sync" });
            } else {
                INFO(synced.out << synced.err);
                REQUIRE(synced.exitCode == 0);
            }
        }
    }
    MESSAGE(made.size() << " edits, " << conflicts << " conflicts resolved");
    // All three hold the same versions, without conflict markers, and every edit made anywhere is in the
    // history they share (overwritten by a later edit or kept, never dropped).
    const std::string head = runProcess("git", { "rev-parse", "HEAD" }, team.path("c0").string()).out;
    for (const char* clone : { "c1", "c2" })
        CHECK(runProcess("git", { "rev-parse", "HEAD" }, team.path(clone).string()).out == head);
    CHECK(runProcess("git", { "rev-parse", "main" }, team.path("remotes/shared.git").string()).out == head);
    CHECK(team.run({ "-C", "c0", "conflicts" }).exitCode == 0);
    for (const std::string& text : made) {
        const ProcessResult found = runProcess("git", { "log", "--format=%h", "-S", text, "HEAD" }, team.path("c0").string());
        CHECK_MESSAGE(!found.out.empty(), "the edit \"" << text << "\" is not in the shared history");
    }
    for (const char* clone : { "c0", "c1", "c2" })
        team.fsck(clone);
    team.fsck("remotes/shared.git");
}

TEST_CASE("sync: one field changed on three machines in turn: the newest value is the one chosen, and it stays")
{
    Team team;
    team.must({ "demo", "a", "--quiet" });
    team.must({ "-C", "a", "remote", "add", "origin", team.path("remotes/shared.git").string() });
    team.must({ "-C", "a", "push" });
    team.must({ "clone", team.path("remotes/shared.git").string(), "b" });
    team.edit("a", kMeeting, "item-1", "title", "ชื่อจากเครื่อง ก");
    team.must({ "-C", "a", "sync" });
    team.edit("b", kMeeting, "item-1", "title", "ชื่อจากเครื่อง ข");
    team.run({ "-C", "b", "sync" }); // the same field changed on both: a conflict kept in b, not pushed
    // a changes the title again before b has chosen; b syncs again.
    team.edit("a", kMeeting, "item-1", "title", "ชื่อใหม่ล่าสุดจากเครื่อง ก");
    team.must({ "-C", "a", "sync" });
    team.run({ "-C", "b", "sync" });
    // b takes the remote's value: the newest one, not the one a replaced.
    team.must({ "-C", "b", "resolve", kMeeting, "--theirs", "--element", "item-1" });
    auto title = [&](const std::string& workspace) {
        std::ifstream in(team.path(workspace + "/" + kMeeting));
        const std::string xml((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const std::size_t item = xml.find("id=\"item-1\"");
        const std::size_t start = xml.find("<title>", item) + 7;
        return xml.substr(start, xml.find("</title>", start) - start);
    };
    CHECK(title("b") == "ชื่อใหม่ล่าสุดจากเครื่อง ก");
    // The choice travels, and no stale record brings an older value back anywhere.
    team.must({ "-C", "b", "sync" });
    team.must({ "-C", "a", "sync" });
    CHECK(title("a") == "ชื่อใหม่ล่าสุดจากเครื่อง ก");
    CHECK(title("b") == "ชื่อใหม่ล่าสุดจากเครื่อง ก");
    CHECK(team.run({ "-C", "a", "check", kMeeting }).exitCode == 0);
    CHECK(team.run({ "-C", "b", "check", kMeeting }).exitCode == 0);
}

TEST_CASE("sync: a conflict on the document's own fields is chosen on its own with --element \"\"")
{
    Team team;
    team.must({ "demo", "a", "--quiet" });
    team.must({ "-C", "a", "remote", "add", "origin", team.path("remotes/shared.git").string() });
    team.must({ "-C", "a", "push" });
    team.must({ "clone", team.path("remotes/shared.git").string(), "b" });
    // The meeting's venue is a field of the document itself (its root element has no id).
    auto setVenue = [&](const std::string& workspace, const std::string& venue) {
        const std::filesystem::path file = team.path(workspace + "/" + kMeeting);
        std::ifstream in(file, std::ios::binary);
        std::string xml((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const std::size_t start = xml.find("<venue>") + 7;
        xml.replace(start, xml.find("</venue>", start) - start, venue);
        std::ofstream(file, std::ios::binary | std::ios::trunc) << xml;
        team.must({ "-C", workspace, "commit", kMeeting });
    };
    setVenue("a", "ห้องประชุม ก");
    team.edit("a", kMeeting, "item-1", "title", "วาระจากเครื่อง ก");
    team.must({ "-C", "a", "sync" });
    setVenue("b", "ห้องประชุม ข");
    team.edit("b", kMeeting, "item-1", "title", "วาระจากเครื่อง ข");
    team.run({ "-C", "b", "sync" });
    const ProcessResult checked = team.run({ "-C", "b", "check", kMeeting });
    CHECK(checked.out.find("--element \"\"") != std::string::npos);
    // Only the document's own fields are chosen: the agenda item's conflict stays to be chosen.
    const ProcessResult chosen = team.must({ "-C", "b", "resolve", kMeeting, "--theirs", "--element", "" });
    CHECK(chosen.out.find("ยังต้องเลือกอีก 1 จุดใน") != std::string::npos);
    std::ifstream in(team.path("b/" + kMeeting));
    const std::string xml((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(xml.find("<venue>ห้องประชุม ก</venue>") != std::string::npos);
    CHECK(xml.find("<title>วาระจากเครื่อง ข</title>") != std::string::npos);
    CHECK(team.run({ "-C", "b", "check", kMeeting }).out.find("--element item-1") != std::string::npos);
}
