// Sapha tests — a redline accepted whole is the newer version and rejected whole the older one, in DOCX
// and ODT, applied by the formats' own rules: paragraph by paragraph and cell by cell, with no empty
// paragraph, row or bullet left over. Each change is credited to the commit that made it.
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <ctime>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>


#include <sapha/export/document.hpp>

#include "demo/demo_workspace.hpp"
#include "document_catalog.hpp"
#include "export/document_exporter.hpp"
#include "package_part.hpp"
#include "host_services.hpp"
#include "plugins/plugin_registry.hpp"
#include "temp_dir.hpp"
#include "run_process.hpp"
#include "tracked_changes.hpp"
#include "workspace/workspace.hpp"

using namespace sapha;
using namespace sapha::exporting;
using sapha::test::Decision;
using sapha::test::Flow;

namespace {

std::string partOf(const std::string& package, const std::string& wanted)
{
    std::string part = test::packagePart(package, wanted);
    if (part.empty())
        FAIL("no part " << wanted);
    return part;
}

const char* partName(Format format)
{
    return format == Format::Docx ? "word/document.xml" : "content.xml";
}

// A no-break space reads as a space: it keeps "พ.ศ. 2557" on one line, and a redline whose word diff
// puts the year and the era into different runs prints an ordinary one.
std::string withPlainSpaces(std::string line)
{
    for (std::size_t at = line.find("\u00A0"); at != std::string::npos; at = line.find("\u00A0", at))
        line.replace(at, 2, " ");
    return line;
}

// Word and LibreOffice show a document without paragraphs as one empty paragraph.
Flow flowOf(const std::string& part, Format format)
{
    Flow flow = format == Format::Docx ? test::docxFlow(part) : test::odtFlow(part);
    for (std::string& line : flow)
        line = withPlainSpaces(line);
    return flow.empty() ? Flow { "¶ " } : flow;
}

std::string decided(const std::string& part, Format format, Decision decision, std::vector<std::string>& problems)
{
    return format == Format::Docx ? test::decideDocx(part, decision, problems) : test::decideOdt(part, decision, problems);
}

std::string rendered(const Document& document, Format format)
{
    auto bytes = host::renderExport(document, format);
    REQUIRE(bytes.isOk());
    return partOf(bytes.value(), partName(format));
}

// The redline's part, accepted and rejected, against the parts of the two versions.
void checkDecisions(const std::string& redlinePart, const std::string& newerPart, const std::string& olderPart,
    Format format, const std::string& what)
{
    for (Decision decision : { Decision::AcceptAll, Decision::RejectAll }) {
        const bool accepting = decision == Decision::AcceptAll;
        std::vector<std::string> problems;
        const Flow got = flowOf(decided(redlinePart, format, decision, problems), format);
        const Flow expected = flowOf(accepting ? newerPart : olderPart, format);
        const std::string context
            = what + (format == Format::Docx ? " DOCX " : " ODT ") + (accepting ? "accept all" : "reject all");
        INFO(context);
        INFO(test::flowDifference(expected, got));
        CHECK(problems == std::vector<std::string> {});
        CHECK(got == expected);
    }
}

// What LibreOffice 7.4 is known to read otherwise than the formats say, found in the redline itself.
std::string knownOfficeDifference(const std::string& part, Format format)
{
    auto has = [&part](const char* text) { return part.find(text) != std::string::npos; };
    if (format == Format::Docx) {
        if (has("<w:trPr><w:ins") || has("<w:trPr><w:del") || has("<w:tblHeader/><w:ins") || has("<w:tblHeader/><w:del"))
            return "a DOCX table inserted or deleted whole: it keeps the paragraph beside the table, which the format "
                   "joins or takes away with it";
        if (has("<w:br w:type=\"page\"/></w:r></w:del>") || has("<w:br w:type=\"page\"/></w:r></w:ins>"))
            return "a DOCX page break inserted or deleted: it makes the break a property of the next paragraph";
        return "";
    }
    if (has("</text:tracked-changes><text:change"))
        return "an ODT change that starts the text, marked between blocks as ODF allows: it is not applied";
    return "";
}

// Redlines and their two versions handed to LibreOffice, whose own Accept All and Reject All must give
// what it reads from the newer and the older export (compared through its plain-text export). Where
// LibreOffice 7.4 is known to read a change otherwise than the format says (`knownDifference` names how),
// the difference is reported, not failed: the format's own rules are checked above for every case.
// The files stay in the build tree (build/tests/redline/decisions/NAME) for a person to open; not under
// tests/export, which the LibreOffice check empties when it starts.
class OfficeDecisions {
public:
    explicit OfficeDecisions(const std::string& name) : m_dir(std::filesystem::path(SAPHA_TEST_OUTPUT_DIR) / "decisions" / name)
    {
        std::filesystem::remove_all(m_dir);
        std::filesystem::create_directories(m_dir);
    }

    void add(const std::string& what, Format format, const std::string& redlineFile, const std::string& newerFile,
        const std::string& olderFile)
    {
        const std::string knownDifference = knownOfficeDifference(partOf(redlineFile, partName(format)), format);
        const std::string name = std::to_string(m_cases.size()) + (format == Format::Docx ? ".docx" : ".odt");
        write("case" + name.substr(0, name.find('.')) + ".redline" + name.substr(name.find('.')), redlineFile);
        write("case" + name.substr(0, name.find('.')) + ".newer" + name.substr(name.find('.')), newerFile);
        write("case" + name.substr(0, name.find('.')) + ".older" + name.substr(name.find('.')), olderFile);
        m_cases.push_back({ what + (format == Format::Docx ? " (DOCX)" : " (ODT)"), name, knownDifference });
    }

    void check() const
    {
        test::TempDir profile;
        std::vector<std::string> arguments { profile.path().string(), m_dir.string() };
        for (const std::string& file : m_files)
            arguments.push_back((m_dir / file).string());
        const test::ProcessResult office = test::runProcess(SAPHA_DECIDE_WITH_OFFICE, arguments);
        INFO(office.out << office.err);
        REQUIRE(office.exitCode == 0);
        for (const auto& [what, name, knownDifference] : m_cases) {
            const std::string number = name.substr(0, name.find('.'));
            const std::string extension = name.substr(name.find('.'));
            const std::string base = "case" + number;
            for (const bool accepting : { true, false }) {
                const Flow got = lines(read(base + ".redline" + extension + (accepting ? ".accepted.txt" : ".rejected.txt")));
                const Flow expected = lines(read(base + (accepting ? ".newer" : ".older") + extension + ".txt"));
                const std::string context = what + " in LibreOffice, " + (accepting ? "accept all" : "reject all") + ", "
                    + base + extension + "\n" + test::flowDifference(expected, got);
                if (!knownDifference.empty()) {
                    if (got != expected)
                        MESSAGE("LibreOffice 7.4 reads this otherwise (" << knownDifference << "): " << context);
                    continue;
                }
                INFO(context);
                CHECK(got == expected);
            }
        }
    }

private:
    void write(const std::string& file, const std::string& bytes)
    {
        std::ofstream(m_dir / file, std::ios::binary) << bytes;
        m_files.push_back(file);
    }

    static Flow lines(const std::string& text)
    {
        Flow result;
        std::istringstream in(text);
        for (std::string line; std::getline(in, line);)
            result.push_back(withPlainSpaces(line));
        return result;
    }

    std::string read(const std::string& file) const
    {
        std::ifstream in(m_dir / file, std::ios::binary);
        REQUIRE(in);
        return std::string(std::istreambuf_iterator<char>(in), {});
    }

    std::filesystem::path m_dir;
    std::vector<std::string> m_files;
    struct OfficeCase {
        std::string what;
        std::string name;
        std::string knownDifference;
    };
    std::vector<OfficeCase> m_cases;
};

std::string renderedFile(const Document& document, Format format)
{
    auto bytes = host::renderExport(document, format);
    REQUIRE(bytes.isOk());
    return bytes.value();
}

Run bold(std::string text)
{
    Run run { std::move(text) };
    run.isBold = true;
    return run;
}

Table table(std::vector<std::vector<std::string>> rows, int headerRows = 1)
{
    Table result;
    result.columnWidths.assign(rows.front().size(), 1.0);
    result.headerRows = headerRows;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        std::vector<TableCell> row;
        for (std::string& text : rows[r]) {
            TableCell cell;
            cell.runs.push_back(Run { std::move(text) });
            cell.isHeader = static_cast<int>(r) < headerRows;
            row.push_back(std::move(cell));
        }
        result.rows.push_back(std::move(row));
    }
    return result;
}

List list(bool numbered, std::vector<std::string> items)
{
    List result;
    result.isNumbered = numbered;
    for (std::string& text : items)
        result.items.push_back(ListItem { { Run { std::move(text) } } });
    return result;
}

Document paper(std::vector<Block> blocks)
{
    Document document;
    document.title = "ทดสอบ";
    document.blocks = std::move(blocks);
    return document;
}

Paragraph para(std::string text)
{
    return Paragraph { { Run { std::move(text) } } };
}

Paragraph labelled(std::string label, std::string value)
{
    return Paragraph { { bold(std::move(label)), Run { " " + std::move(value) } } };
}

SignatureBlock signature(std::string name)
{
    return SignatureBlock { { Signatory { "ผู้จดรายงานการประชุม", std::move(name), "นักพัฒนาสังคม" } } };
}

} // namespace

TEST_CASE("redline: accepting all gives the newer version and rejecting all the older, in DOCX and ODT")
{
    const Heading title { 1, { Run { "มาตรฐานศูนย์คุ้มครองคนไร้ที่พึ่ง" } } };
    struct Case {
        std::string what;
        Document before;
        Document after;
    };
    const std::vector<Case> cases {
        { "a paragraph inserted at the start, one in the middle, one at the end",
            paper({ para("หนึ่ง"), para("สอง") }), paper({ para("ศูนย์"), para("หนึ่ง"), para("หนึ่งครึ่ง"), para("สอง"), para("สาม") }) },
        { "paragraphs deleted at the start and at the end", paper({ title, para("หนึ่ง"), para("สอง"), para("สาม") }),
            paper({ para("สอง") }) },
        { "a changed paragraph and heading", paper({ title, para("ประชุมครั้งที่ 1 เวลา 09.30 น.") }),
            paper({ Heading { 1, { Run { "มาตรฐานศูนย์คุ้มครองคนไร้ที่พึ่ง (ร่าง)" } } }, para("ประชุมครั้งที่ 2 เวลา 13.30 น.") }) },
        { "a bold label and a changed value", paper({ labelled("ผู้รับผิดชอบ:", "สำนักงานพัฒนาสังคม") }),
            paper({ labelled("ผู้รับผิดชอบ:", "ศูนย์คุ้มครองคนไร้ที่พึ่ง") }) },
        { "list items inserted, deleted and changed",
            paper({ list(true, { "ประชาสัมพันธ์", "รับแจ้ง", "ประเมินเบื้องต้น" }), list(false, { "ก", "ข" }) }),
            paper({ list(true, { "ประชาสัมพันธ์", "แสวงหาข้อเท็จจริง", "ประเมินเบื้องต้นโดยทีมสหวิชาชีพ", "ติดตามผล" }),
                list(false, { "ข" }) }) },
        { "a bulleted list inserted and one deleted", paper({ para("ก่อน"), list(false, { "เก่า" }) }),
            paper({ list(false, { "ใหม่หนึ่ง", "ใหม่สอง" }), para("ก่อน") }) },
        { "table cells changed, rows inserted and deleted",
            paper({ table({ { "ระดับ", "คะแนน" }, { "ดีมาก", "5" }, { "ดี", "4" }, { "พอใช้", "3" } }) }),
            paper({ table({ { "ระดับ", "คะแนน" }, { "ดีมาก", "5" }, { "ดี", "4 (ผ่าน)" }, { "ปรับปรุง", "1" } }) }) },
        { "a row inserted in the middle and one deleted",
            paper({ table({ { "ก", "ข" }, { "1", "2" }, { "3", "4" } }), para("หลังตาราง") }),
            paper({ table({ { "ก", "ข" }, { "ใหม่", "แถว" }, { "1", "2" } }), para("หลังตาราง") }) },
        { "a whole table inserted and another deleted", paper({ para("ก่อน"), table({ { "เก่า", "ตาราง" }, { "1", "2" } }) }),
            paper({ table({ { "ใหม่", "ตาราง" }, { "ก", "ข" } }, 0), para("ก่อน") }) },
        { "a table whose columns changed", paper({ table({ { "ก", "ข" }, { "1", "2" } }), para("จบ") }),
            paper({ table({ { "ก", "ข", "ค" }, { "1", "2", "3" } }), para("จบ") }) },
        { "a page break and a signature changed", paper({ para("ก"), PageBreak {}, para("ข"), signature("นางสาวหนึ่ง") }),
            paper({ para("ก"), para("ข"), signature("นายสอง") }) },
        { "everything new", paper({}), paper({ title, para("หนึ่ง"), table({ { "ก" }, { "1" } }) }) },
        { "everything gone", paper({ title, para("หนึ่ง"), list(true, { "ก", "ข" }) }), paper({}) },
    };
    OfficeDecisions office("cases");
    for (const Case& each : cases) {
        const Document merged = redline(each.before, each.after);
        for (Format format : { Format::Docx, Format::Odt }) {
            checkDecisions(rendered(merged, format), rendered(each.after, format), rendered(each.before, format), format,
                each.what);
            office.add(each.what, format, renderedFile(merged, format), renderedFile(each.after, format),
                renderedFile(each.before, format));
        }
    }
    // The same, decided by LibreOffice itself.
    office.check();
}

TEST_CASE("redline: a changed value keeps the bold label apart from the plain value")
{
    const Document merged = redline(paper({ labelled("ผู้รับผิดชอบ:", "สำนักงานพัฒนาสังคม") }),
        paper({ labelled("ผู้รับผิดชอบ:", "ศูนย์คุ้มครองคนไร้ที่พึ่ง") }));
    const auto& runs = std::get<Paragraph>(merged.blocks.front()).runs;
    REQUIRE(runs.size() >= 3);
    CHECK(runs.front().text == "ผู้รับผิดชอบ:");
    CHECK(runs.front().isBold);
    CHECK(runs.front().tracked == Tracked::None);
    for (std::size_t i = 1; i < runs.size(); ++i) {
        INFO(runs[i].text);
        CHECK_FALSE(runs[i].isBold);
    }
    auto markdown = host::renderExport(merged, Format::Markdown);
    REQUIRE(markdown.isOk());
    CHECK(markdown.value().find("**ผู้รับผิดชอบ:**") != std::string::npos);
    CHECK(markdown.value().find("**[-") == std::string::npos);
    const std::string docx = rendered(merged, Format::Docx);
    CHECK(docx.find("<w:del ") != std::string::npos);
    // The deleted words are not bold: no <w:b/> inside a deletion.
    CHECK(docx.find("<w:rPr><w:b /><w:bCs /></w:rPr><w:delText") == std::string::npos);
}

TEST_CASE("redline: across several versions each change is credited to the version that made it")
{
    const Document first = paper({ para("หนึ่ง"), para("สอง") });
    const Document second = paper({ para("หนึ่ง"), para("สอง"), para("เพิ่มโดยเลขานุการ") });
    const Document third = paper({ para("สอง"), para("เพิ่มโดยเลขานุการ"), para("เพิ่มโดยประธาน") });
    const std::vector<ChangeOrigin> origins { { "เลขานุการ", "2020-08-17T03:00:00Z" }, { "ประธาน", "2020-08-20T04:00:00Z" } };
    const Document merged = redline({ first, second, third }, origins);
    std::map<std::string, std::string> byText;
    for (const Block& block : merged.blocks) {
        const auto& p = std::get<Paragraph>(block);
        byText[plainText(p.runs)] = changeOriginOf(merged, p.mark.origin).author + (p.mark.tracked == Tracked::Inserted ? "+" : p.mark.tracked == Tracked::Deleted ? "-" : "=");
    }
    CHECK(byText["หนึ่ง"] == "ประธาน-");
    CHECK(byText["สอง"].back() == '=');
    CHECK(byText["เพิ่มโดยเลขานุการ"] == "เลขานุการ+");
    CHECK(byText["เพิ่มโดยประธาน"] == "ประธาน+");
    const std::string docx = rendered(merged, Format::Docx);
    CHECK(docx.find(R"(w:author="เลขานุการ" w:date="2020-08-17T03:00:00Z")") != std::string::npos);
    CHECK(docx.find(R"(w:author="ประธาน" w:date="2020-08-20T04:00:00Z")") != std::string::npos);
    const std::string odt = rendered(merged, Format::Odt);
    CHECK(odt.find("<dc:creator>เลขานุการ</dc:creator><dc:date>2020-08-17T03:00:00Z</dc:date>") != std::string::npos);
}

TEST_CASE("redline: every redline of the demo, decided in DOCX and ODT, is a version, credited to its commits")
{
    host::UserSettings settings;
    host::HostServices services { settings, LogLevel::None };
    host::PluginRegistry registry { services };
    registry.discover({ SAPHA_PLUGIN_DIR });
    registry.loadAll();
    test::TempDir dir;
    REQUIRE(host::buildDemoWorkspace(dir / "demo", registry).isOk());
    auto opened = host::Workspace::open(dir / "demo");
    REQUIRE(opened);
    host::Workspace& workspace = *opened.value();
    const host::Author clerk { "เลขานุการ", "clerk@example.invalid", 0, 0 };
    int redlines = 0;
    OfficeDecisions office("demo");
    for (const host::DocumentEntry& entry : host::listDocuments(workspace, registry)) {
        auto history = workspace.history(entry.path);
        REQUIRE(history);
        std::vector<host::Revision> revisions(history.value().rbegin(), history.value().rend()); // oldest first
        auto isoDate = [](std::int64_t time) {
            char text[32];
            const std::time_t when = static_cast<std::time_t>(time);
            std::tm parts {};
            gmtime_r(&when, &parts);
            std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &parts);
            return std::string(text);
        };
        // Each older revision against each newer one and against the working copy ("").
        for (std::size_t i = 0; i < revisions.size(); ++i) {
            for (std::size_t j = i + 1; j <= revisions.size(); ++j) {
                const std::string newer = j < revisions.size() ? revisions[j].id : std::string();
                std::set<std::string> madeBy; // who may be credited: the commits after the older one
                for (std::size_t k = i + 1; k < revisions.size() && k <= j; ++k)
                    madeBy.insert(revisions[k].authorName + "|" + isoDate(revisions[k].time));
                for (Format format : { Format::Docx, Format::Odt }) {
                    const std::string what = entry.path + " " + revisions[i].shortId() + ".." + (newer.empty() ? "working copy" : newer.substr(0, 8));
                    auto merged = host::exportRedline(workspace, registry, entry.path, revisions[i].id, newer, format, {}, clerk);
                    auto newerPaper = host::exportDocument(workspace, registry, entry.path, newer, format, {});
                    auto olderPaper = host::exportDocument(workspace, registry, entry.path, revisions[i].id, format, {});
                    REQUIRE(merged);
                    REQUIRE(newerPaper);
                    REQUIRE(olderPaper);
                    const std::string redlinePart = partOf(merged.value(), partName(format));
                    checkDecisions(redlinePart, partOf(newerPaper.value(), partName(format)),
                        partOf(olderPaper.value(), partName(format)), format, what);
                    if (redlinePart.find("w:author") != std::string::npos || redlinePart.find("changed-region") != std::string::npos)
                        office.add(what, format, merged.value(), newerPaper.value(), olderPaper.value());
                    ++redlines;
                    if (format != Format::Docx)
                        continue;
                    std::size_t at = 0;
                    while ((at = redlinePart.find("w:author=\"", at)) != std::string::npos) {
                        at += 10;
                        const std::string author = redlinePart.substr(at, redlinePart.find('"', at) - at);
                        const std::size_t dateAt = redlinePart.find("w:date=\"", at) + 8;
                        const std::string date = redlinePart.substr(dateAt, redlinePart.find('"', dateAt) - dateAt);
                        INFO(what << ": " << author << " " << date);
                        CHECK(madeBy.count(author + "|" + date) == 1);
                    }
                }
            }
        }
    }
    CHECK(redlines >= 20);
    office.check();
}
