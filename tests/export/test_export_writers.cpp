// Sapha tests — the export writers: every format of every plugin's demo document, the package structure
// of DOCX and ODT, fonts and language for Thai, merged table cells, Thai digits, escaping.
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <sstream>

#include <Poco/Zip/ZipArchive.h>
#include <Poco/Zip/ZipStream.h>

#include <sapha/export/render.hpp>
#include <sapha/xml_io.hpp>

#include "core/brainstorm_plugin.hpp"
#include "core/minutes_plugin.hpp"
#include "core/assessment_kind.hpp"
#include "core/standards_plugin.hpp"
#include "export/document_exporter.hpp"

using namespace sapha;
using namespace sapha::exporting;

namespace {

// The parts of a zip package, by name, read with Poco::Zip.
struct Package {
    std::vector<std::string> order;
    std::map<std::string, std::string> parts;
    std::map<std::string, int> methods;
};

Package unzip(const std::string& bytes)
{
    Package package;
    std::istringstream in(bytes);
    Poco::Zip::ZipArchive archive(in);
    for (auto it = archive.headerBegin(); it != archive.headerEnd(); ++it) {
        package.order.push_back(it->first);
        package.methods[it->first] = it->second.getCompressionMethod();
        std::istringstream again(bytes);
        Poco::Zip::ZipInputStream part(again, it->second);
        std::ostringstream content;
        content << part.rdbuf();
        package.parts[it->first] = content.str();
    }
    return package;
}

// The paper of the demo document of `kind` (a demo may also hold documents of other kinds, like a roster).
Document latestDemoPaper(const IDocumentKind& kind, const std::vector<DemoDocument>& demo)
{
    const DemoDocument* document = &demo.front();
    for (const DemoDocument& each : demo) {
        if (each.path.size() >= kind.fileSuffix().size()
            && each.path.compare(each.path.size() - kind.fileSuffix().size(), kind.fileSuffix().size(), kind.fileSuffix()) == 0)
            document = &each;
    }
    auto loaded = kind.load(document->revisions.back().xml, "demo");
    REQUIRE(loaded.isOk());
    auto paper = kind.exportDocument(*loaded.value());
    REQUIRE(paper.isOk());
    return paper.value();
}

std::string rendered(const Document& document, Format format)
{
    // Through the host, which loads the writers on first use, as sapha-cli and the GUI do.
    auto bytes = host::renderExport(document, format);
    INFO((bytes ? std::string() : bytes.error().describe()));
    REQUIRE(bytes.isOk());
    return bytes.value();
}

void checkXml(const std::string& text, const std::string& name)
{
    auto parsed = xml::parse(text, name);
    INFO((parsed ? std::string() : parsed.error().describe()));
    CHECK(parsed.isOk());
}

} // namespace

TEST_CASE("export: each demo document becomes a DOCX whose XML holds its text, with Thai fonts set")
{
    minutes::MeetingKind meetings;
    standards::StandardKind standardsKind;
    brainstorm::SessionKind sessions;
    standards::AssessmentKind assessments;
    const std::vector<std::pair<Document, std::string>> papers {
        { latestDemoPaper(meetings, minutes::chiangRaiDemo(meetings, minutes::RosterKind())), "รายงานการประชุมคณะอนุกรรมการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย" },
        { latestDemoPaper(standardsKind, standards::homelessCentreDemo(standardsKind, standards::AssessmentKind())), "องค์ประกอบที่ 1  การบริหารจัดการ" },
        { latestDemoPaper(sessions, brainstorm::workshopDemo(sessions)), "กลุ่มที่ 1 การบริหารจัดการ" },
        { latestDemoPaper(assessments, standards::homelessCentreDemo(standardsKind, assessments)), "สรุปผลการประเมิน" },
    };
    for (const auto& [paper, heading] : papers) {
        const Package docx = unzip(rendered(paper, Format::Docx));
        REQUIRE(docx.parts.count("word/document.xml") == 1);
        for (const char* part : { "[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/styles.xml",
                 "word/header1.xml", "docProps/core.xml" }) {
            REQUIRE(docx.parts.count(part) == 1);
            checkXml(docx.parts.at(part), part);
        }
        const std::string& body = docx.parts.at("word/document.xml");
        checkXml(body, "document.xml");
        CHECK(body.find(heading) != std::string::npos);
        CHECK(body.find("<w:titlePg/>") != std::string::npos);
        CHECK(body.find(R"(<w:pgMar w:top="1417" w:right="1134" w:bottom="1134" w:left="1701")") != std::string::npos);
        const std::string& styles = docx.parts.at("word/styles.xml");
        CHECK(styles.find(R"(w:cs="TH SarabunPSK")") != std::string::npos);
        CHECK(styles.find(R"(<w:szCs w:val="32"/>)") != std::string::npos);
        CHECK(styles.find(R"(w:bidi="th-TH")") != std::string::npos);
    }
}

TEST_CASE("export: an ODT is a valid package with Thai complex-script fonts")
{
    minutes::MeetingKind meetings;
    const Document paper = latestDemoPaper(meetings, minutes::chiangRaiDemo(meetings, minutes::RosterKind()));
    const std::string bytes = rendered(paper, Format::Odt);
    // ODF: the first local header is the stored "mimetype" with no extra field, so that its content
    // stands at byte 38 for tools that sniff the type.
    CHECK(bytes.substr(30, 8) == "mimetype");
    CHECK(bytes.substr(38, 39) == "application/vnd.oasis.opendocument.text");
    const Package odt = unzip(bytes);
    CHECK(odt.methods.at("mimetype") == 0); // stored
    CHECK(odt.parts.at("mimetype") == "application/vnd.oasis.opendocument.text");
    for (const char* part : { "META-INF/manifest.xml", "content.xml", "styles.xml", "meta.xml" }) {
        REQUIRE(odt.parts.count(part) == 1);
        checkXml(odt.parts.at(part), part);
    }
    const std::string& content = odt.parts.at("content.xml");
    CHECK(content.find("ระเบียบวาระที่ 4 <text:s/>เรื่องเพื่อพิจารณา") != std::string::npos); // two spaces kept
    CHECK(content.find("style:master-page-name=\"First_20_Page\"") != std::string::npos);
    const std::string& styles = odt.parts.at("styles.xml");
    CHECK(styles.find(R"(style:font-name-complex="TH SarabunPSK")") != std::string::npos);
    CHECK(styles.find(R"(style:language-complex="th")") != std::string::npos);
    CHECK(styles.find("<text:page-number") != std::string::npos);
}

TEST_CASE("export: merged header cells are written in every format's own way")
{
    Document document;
    document.title = "ตาราง";
    Table table;
    table.headerRows = 2;
    table.rows.push_back({ TableCell { { Run { "ช่วงอายุ" } }, 1, 2, true }, TableCell { { Run { "เพศ" } }, 2, 1, true } });
    table.rows.push_back({ TableCell { { Run { "ชาย" } }, 1, 1, true }, TableCell { { Run { "หญิง" } }, 1, 1, true } });
    table.rows.push_back({ TableCell { { Run { "26-59 ปี" } } }, TableCell { { Run { "49" } } }, TableCell { { Run { "32" } } } });
    document.blocks.push_back(table);

    const std::string docx = unzip(rendered(document, Format::Docx)).parts.at("word/document.xml");
    CHECK(docx.find(R"(<w:gridSpan w:val="2"/>)") != std::string::npos);
    CHECK(docx.find(R"(<w:vMerge w:val="restart"/>)") != std::string::npos);
    CHECK(docx.find("<w:vMerge/>") != std::string::npos);
    CHECK(docx.find("<w:tblHeader/>") != std::string::npos);
    const std::string odt = unzip(rendered(document, Format::Odt)).parts.at("content.xml");
    CHECK(odt.find(R"(table:number-columns-spanned="2")") != std::string::npos);
    CHECK(odt.find(R"(table:number-rows-spanned="2")") != std::string::npos);
    CHECK(odt.find("<table:covered-table-cell/>") != std::string::npos);
    const std::string html = rendered(document, Format::Html);
    CHECK(html.find(R"(<th colspan="2">เพศ</th>)") != std::string::npos);
    CHECK(html.find(R"(<th rowspan="2">ช่วงอายุ</th>)") != std::string::npos);
    const std::string markdown = rendered(document, Format::Markdown);
    CHECK(markdown.find("| ช่วงอายุ | เพศ |  |") != std::string::npos);
    CHECK(markdown.find("| 26-59 ปี | 49 | 32 |") != std::string::npos);
    CHECK(rendered(document, Format::Pdf).rfind("%PDF-", 0) == 0);
}

TEST_CASE("export: Thai digits when the document asks for them, and text is escaped")
{
    Document document;
    document.title = "ครั้งที่ 1/2563";
    document.usesThaiDigits = true;
    document.paragraph("ครั้งที่ 1/2563 <script>alert(1)</script> & *bold*");
    const std::string docx = unzip(rendered(document, Format::Docx)).parts.at("word/document.xml");
    CHECK(docx.find("ครั้งที่ ๑/๒๕๖๓") != std::string::npos);
    CHECK(docx.find("PAGE \\* ThaiArabic") == std::string::npos); // the header is its own part
    CHECK(unzip(rendered(document, Format::Docx)).parts.at("word/header1.xml").find("PAGE \\* ThaiArabic") != std::string::npos);
    const std::string html = rendered(document, Format::Html);
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(html.find("<script>") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(๑)&lt;/script&gt; &amp;") != std::string::npos);
    const std::string markdown = rendered(document, Format::Markdown);
    CHECK(markdown.find("\\<script\\>") != std::string::npos);
    CHECK(markdown.find("\\*bold\\*") != std::string::npos);
}

TEST_CASE("export: a PDF is complete, and names are given by format")
{
    standards::StandardKind kind;
    const Document paper = latestDemoPaper(kind, standards::homelessCentreDemo(kind, standards::AssessmentKind()));
    const std::string pdf = rendered(paper, Format::Pdf);
    CHECK(pdf.rfind("%PDF-", 0) == 0);
    CHECK(pdf.find("%%EOF") != std::string::npos);
    CHECK(pdf.size() > 10000);
    CHECK(formatFromName("md") == Format::Markdown);
    CHECK(formatFromName("doc") == Format::None);
    CHECK(host::exportFileName("minutes/a.meeting.xml", ".meeting.xml", Format::Pdf) == "minutes/a.pdf");
}

TEST_CASE("export: a kind that cannot be exported says so")
{
    Document empty;
    CHECK(rendered(empty, Format::Odt).size() > 0); // an empty document is still a valid file
    CHECK_FALSE(host::renderExport(empty, Format::None).isOk());
}

TEST_CASE("export: a redline tracks inserted and deleted words, and accepting it gives the new version")
{
    standards::StandardKind kind;
    const auto demo = standards::homelessCentreDemo(kind, standards::AssessmentKind());
    auto load = [&](std::size_t revision) {
        auto loaded = kind.load(demo.front().revisions[revision].xml, "demo");
        REQUIRE(loaded.isOk());
        return kind.exportDocument(*loaded.value()).value();
    };
    const Document before = load(1);
    const Document after = load(2);
    Document merged = redline(before, after);
    merged.changeOrigins = { { "คณะทำงานจัดทำมาตรฐาน", "2018-09-05T03:00:00Z" } };

    // Accept all = the new text; reject all = the old text.
    std::string accepted;
    std::string rejected;
    std::string expectedAfter;
    std::string expectedBefore;
    auto collect = [](const Block& block, std::string& accept, std::string& reject) {
        const Runs* runs = nullptr;
        if (const auto* heading = std::get_if<Heading>(&block))
            runs = &heading->runs;
        if (const auto* paragraph = std::get_if<Paragraph>(&block))
            runs = &paragraph->runs;
        if (!runs)
            return;
        for (const Run& run : *runs) {
            if (run.tracked != Tracked::Deleted)
                accept += run.text;
            if (run.tracked != Tracked::Inserted)
                reject += run.text;
        }
    };
    for (const Block& block : merged.blocks)
        collect(block, accepted, rejected);
    std::string ignored;
    for (const Block& block : after.blocks)
        collect(block, expectedAfter, ignored);
    for (const Block& block : before.blocks)
        collect(block, ignored, expectedBefore);
    CHECK(accepted == expectedAfter);
    CHECK(rejected.find("บุคลากรได้รับการพัฒนาศักยภาพ") != std::string::npos);

    const std::string docx = unzip(rendered(merged, Format::Docx)).parts.at("word/document.xml");
    checkXml(docx, "document.xml");
    CHECK(docx.find(R"(<w:ins w:id=")") != std::string::npos);
    CHECK(docx.find(R"(w:author="คณะทำงานจัดทำมาตรฐาน" w:date="2018-09-05T03:00:00Z")") != std::string::npos);
    CHECK(docx.find("<w:t xml:space=\"preserve\">ทุกคน</w:t>") != std::string::npos);
    CHECK(docx.find("<w:delText xml:space=\"preserve\">1</w:delText>") != std::string::npos);
    const std::string odt = unzip(rendered(merged, Format::Odt)).parts.at("content.xml");
    checkXml(odt, "content.xml");
    CHECK(odt.find("<text:tracked-changes>") != std::string::npos);
    CHECK(odt.find("<text:insertion><office:change-info><dc:creator>คณะทำงานจัดทำมาตรฐาน</dc:creator>") != std::string::npos);
    CHECK(odt.find("<text:change-start text:change-id=") != std::string::npos);
    CHECK(odt.find("<text:deletion>") != std::string::npos);
    CHECK(rendered(merged, Format::Html).find("<ins><strong>ทุกคน</strong></ins>") != std::string::npos);
    CHECK(rendered(merged, Format::Markdown).find("{+**ทุกคน**+}") != std::string::npos);
}

TEST_CASE("export: a run's relative type size (a word cloud's words) is written in every format that has sizes")
{
    Document document;
    document.title = "คำ";
    Paragraph cloud;
    Run large { "ผู้รับบริการ", true };
    large.sizeScale = 2.5;
    cloud.runs = { Run { "แผน" }, Run { "\u2003" }, large };
    document.blocks.push_back(cloud);

    // 16 pt by default: 40 pt is 80 half-points in Word, for Latin and Thai alike.
    const std::string docx = unzip(rendered(document, Format::Docx)).parts.at("word/document.xml");
    CHECK(docx.find(R"(<w:sz w:val="80"/><w:szCs w:val="80"/>)") != std::string::npos);
    CHECK(docx.find(R"(<w:sz w:val="32"/>)") == std::string::npos); // the other runs keep the paragraph's size
    const std::string odt = unzip(rendered(document, Format::Odt)).parts.at("content.xml");
    CHECK(odt.find(R"(fo:font-size="40.0pt" style:font-size-complex="40.0pt")") != std::string::npos);
    const std::string html = rendered(document, Format::Html);
    CHECK(html.find(R"(<span style="font-size: 2.50em">ผู้รับบริการ</span>)") != std::string::npos);
    CHECK(rendered(document, Format::Pdf).rfind("%PDF-", 0) == 0);
}

TEST_CASE("export: an era keeps its year and a time its unit on one line")
{
    Document document;
    CHECK(printed(document, "พระราชบัญญัติ พ.ศ. 2557 มาตรา 5") == "พระราชบัญญัติ พ.ศ.\u00A02557 มาตรา 5");
    CHECK(printed(document, "เริ่มประชุมเวลา 09.30 น. ณ ห้อง") == "เริ่มประชุมเวลา 09.30\u00A0น. ณ ห้อง");
    CHECK(printed(document, "ค.ศ. 2020 and B.E. 2563") == "ค.ศ.\u00A02020 and B.E.\u00A02563");
    CHECK(printed(document, "พ.ศ. นี้ และ น. ทั่วไป") == "พ.ศ. นี้ และ น. ทั่วไป"); // no year or time: as written
    document.usesThaiDigits = true;
    CHECK(printed(document, "พ.ศ. 2557 เวลา 10.30 น.") == "พ.ศ.\u00A0๒๕๕๗ เวลา ๑๐.๓๐\u00A0น.");
    auto docx = host::renderExport(document, Format::Docx);
    REQUIRE(docx.isOk());
}

TEST_CASE("export: body text is distributed across the line the Thai way, as official papers are")
{
    minutes::MeetingKind meetings;
    const Document paper = latestDemoPaper(meetings, minutes::chiangRaiDemo(meetings, minutes::RosterKind()));
    int body = 0;
    for (const Block& block : paper.blocks) {
        if (const auto* paragraph = std::get_if<Paragraph>(&block); paragraph && paragraph->hasFirstLineIndent) {
            CHECK(paragraph->align == Align::Justify);
            ++body;
        }
    }
    CHECK(body > 5);
    const std::string docx = unzip(rendered(paper, Format::Docx)).parts.at("word/document.xml");
    CHECK(docx.find(R"(<w:jc w:val="thaiDistribute"/>)") != std::string::npos);
    const std::string odt = unzip(rendered(paper, Format::Odt)).parts.at("content.xml");
    CHECK(odt.find(R"(fo:text-align="justify")") != std::string::npos);
}

TEST_CASE("export: ODT keeps runs of spaces and tabs that ODF would collapse")
{
    Document document;
    Paragraph facts;
    facts.runs = { Run { "ประเภท ", true }, Run { "กระบวนการ" }, Run { "    น้ำหนัก ", true }, Run { "1" } };
    document.blocks.push_back(facts);
    document.blocks.push_back(Paragraph { { Run { "  เริ่มด้วยช่องว่าง\tแท็บ" } } });
    const std::string content = unzip(rendered(document, Format::Odt)).parts.at("content.xml");
    CHECK(content.find(R"(กระบวนการ</text:span>)") == std::string::npos); // plain run, no span
    CHECK(content.find(R"(<text:span text:style-name="T1"> <text:s text:c="3"/>น้ำหนัก </text:span>)") != std::string::npos);
    CHECK(content.find(R"(<text:s text:c="2"/>เริ่มด้วยช่องว่าง<text:tab/>แท็บ)") != std::string::npos);
}

TEST_CASE("export: ODT tables draw one line between two cells")
{
    minutes::MeetingKind meetings;
    const Document paper = latestDemoPaper(meetings, minutes::chiangRaiDemo(meetings, minutes::RosterKind()));
    const std::string content = unzip(rendered(paper, Format::Odt)).parts.at("content.xml");
    // Each cell has its own border; the collapsing model (LibreOffice measured: inner lines 2 px at 300 dpi,
    // not 4-5) draws the shared side once.
    CHECK(content.find(R"(table:border-model="collapsing")") != std::string::npos);
    CHECK(content.find(R"(table:border-model="separating")") == std::string::npos);
}

TEST_CASE("export: the ranking's vote bars are drawn, not typed as characters that wrap in their cell")
{
    brainstorm::SessionKind sessions;
    const Document paper = latestDemoPaper(sessions, brainstorm::workshopDemo(sessions));
    std::vector<double> bars;
    for (const Block& block : paper.blocks)
        if (const auto* table = std::get_if<Table>(&block))
            for (const auto& row : table->rows)
                for (const TableCell& cell : row)
                    if (cell.bar >= 0)
                        bars.push_back(cell.bar);
    REQUIRE(bars.size() >= 5);
    CHECK(bars.front() == doctest::Approx(1.0)); // the most votes fill the cell
    const std::string docx = unzip(rendered(paper, Format::Docx)).parts.at("word/document.xml");
    checkXml(docx, "document.xml");
    std::size_t shapes = 0;
    for (std::size_t at = docx.find("<wps:wsp>"); at != std::string::npos; at = docx.find("<wps:wsp>", at + 1))
        ++shapes;
    CHECK(shapes == bars.size());
    CHECK(docx.find("\u2588") == std::string::npos);
    const std::string odt = unzip(rendered(paper, Format::Odt)).parts.at("content.xml");
    std::size_t rectangles = 0;
    for (std::size_t at = odt.find("<draw:rect "); at != std::string::npos; at = odt.find("<draw:rect ", at + 1))
        ++rectangles;
    CHECK(rectangles == bars.size());
    CHECK(odt.find(R"(style:family="graphic")") != std::string::npos);
    const std::string html = rendered(paper, Format::Html);
    CHECK(html.find(R"(class="bar" style="width: 100.0%")") != std::string::npos);
    CHECK(rendered(paper, Format::Markdown).find("\u2588\u2588\u2588") != std::string::npos);
}

TEST_CASE("export: DOCX paragraph properties are in the schema's order (spacing, indentation, justification)")
{
    minutes::MeetingKind meetings;
    const Document paper = latestDemoPaper(meetings, minutes::chiangRaiDemo(meetings, minutes::RosterKind()));
    const std::string docx = unzip(rendered(paper, Format::Docx)).parts.at("word/document.xml");
    // CT_PPrBase: pStyle, keepNext, ..., spacing, ind, ..., jc, ..., rPr.
    const char* const order[] = { "<w:pStyle", "<w:keepNext", "<w:spacing", "<w:ind", "<w:jc", "<w:rPr" };
    int signatureParagraphs = 0;
    for (std::size_t at = docx.find("<w:pPr>"); at != std::string::npos; at = docx.find("<w:pPr>", at + 1)) {
        const std::string pPr = docx.substr(at, docx.find("</w:pPr>", at) - at);
        std::size_t last = 0;
        for (const char* name : order) {
            const std::size_t found = pPr.find(name);
            if (found == std::string::npos)
                continue;
            INFO(pPr);
            CHECK(found >= last);
            last = found;
        }
        signatureParagraphs += pPr.find(R"(<w:spacing w:before="600"/>)") != std::string::npos ? 1 : 0;
    }
    CHECK(signatureParagraphs == 2); // the recorder's and the checker's
}
