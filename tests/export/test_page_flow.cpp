// Sapha tests — what stays together across a page break: an indicator with its criteria table, a table's
// header rows with its first row (and repeated on each page), a row in one piece. Checked in Sapha's PDF
// page by page, and as the properties Word and LibreOffice follow in the DOCX and ODT.
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>


#include <sapha/export/document.hpp>

#include "export/document_exporter.hpp"
#include "package_part.hpp"
#include "run_process.hpp"
#include "temp_dir.hpp"

using namespace sapha;
using namespace sapha::exporting;

namespace {

const char* const kTitleRow = "เกณฑ์การประเมิน";

// Sixty indicators as a standard prints them: heading, facts, a criteria table of two header rows.
Document largeStandard()
{
    Document paper;
    paper.title = "มาตรฐานทดสอบ";
    paper.heading(1, "มาตรฐานทดสอบ", Align::Center);
    for (int i = 1; i <= 60; ++i) {
        paper.heading(3, "ตัวชี้วัดที่ " + std::to_string(i) + "  ศูนย์มีระบบการดูแลผู้รับบริการที่เป็นไปตามแผนรายบุคคล");
        Paragraph facts;
        facts.runs = { Run { "ประเภท ", true }, Run { "กระบวนการ" } };
        facts.keepWithNext = true;
        paper.blocks.push_back(facts);
        Table criteria;
        criteria.columnWidths = { 1.2, 2.3, 6.5 };
        criteria.headerRows = 2;
        criteria.rows.push_back({ TableCell { { Run { kTitleRow } }, 3, 1, true, Align::Center } });
        criteria.rows.push_back({ TableCell { { Run { "ระดับ" } }, 1, 1, true }, TableCell { { Run { "ผลการประเมิน" } }, 1, 1, true },
            TableCell { { Run { "คำอธิบายเกณฑ์" } }, 1, 1, true } });
        for (int level = 5; level >= 1; --level) {
            std::string descriptor = "มีการดำเนินงานครบถ้วน";
            for (int k = 0; k < (i + level) % 4; ++k)
                descriptor += " และมีหลักฐานการติดตามผลอย่างต่อเนื่องทุกไตรมาส";
            criteria.rows.push_back({ TableCell { { Run { std::to_string(level) } }, 1, 1, false, Align::Center },
                TableCell { { Run { "ระดับ " + std::to_string(level) } } }, TableCell { { Run { descriptor } } } });
        }
        paper.blocks.push_back(std::move(criteria));
    }
    return paper;
}

std::string partOf(const std::string& package, const std::string& wanted)
{
    return test::packagePart(package, wanted);
}

std::size_t count(const std::string& text, const std::string& what)
{
    std::size_t found = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size()))
        ++found;
    return found;
}

// Writes `pdf` to `file` and returns its page count as pdfinfo reads it.
int writtenPdfPages(const std::string& pdf, const std::string& file)
{
    std::ofstream(file, std::ios::binary) << pdf;
    const test::ProcessResult info = test::runProcess("pdfinfo", { file });
    REQUIRE(info.exitCode == 0);
    return std::stoi(info.out.substr(info.out.find("Pages:") + 6));
}

} // namespace

TEST_CASE("export: a PDF page never ends with an indicator, its facts or a table's header rows")
{
    auto pdf = host::renderExport(largeStandard(), Format::Pdf);
    REQUIRE(pdf.isOk());
    test::TempDir dir;
    const auto file = (dir / "standard.pdf").string();
    const int pages = writtenPdfPages(pdf.value(), file);
    REQUIRE(pages > 10);
    int titleRows = 0;
    for (int page = 1; page <= pages; ++page) {
        const std::string number = std::to_string(page);
        const test::ProcessResult text = test::runProcess("pdftotext", { "-layout", "-f", number, "-l", number, file, "-" });
        REQUIRE(text.exitCode == 0);
        std::vector<std::string> lines;
        std::istringstream in(text.out);
        for (std::string line; std::getline(in, line);)
            if (line.find_first_not_of(" \f") != std::string::npos)
                lines.push_back(line);
        REQUIRE_FALSE(lines.empty());
        const std::string& last = lines.back();
        INFO("page " << page << " ends with: " << last);
        CHECK(last.find(kTitleRow) == std::string::npos);
        CHECK(last.find("ผลการประเมิน") == std::string::npos);
        CHECK(last.find("ตัวชี้วัดที่") == std::string::npos);
        CHECK(last.find("ประเภท") == std::string::npos);
        // A page that goes on with a table starts with its header rows again.
        for (std::size_t l = 1; l < lines.size() && l < 4; ++l) {
            if (lines[l].find("ระดับ ") != std::string::npos && lines[l].find("มีการดำเนินงาน") != std::string::npos) {
                INFO("page " << page << " goes on with a table without its header: " << lines[l]);
                CHECK(text.out.find(kTitleRow) < text.out.find(lines[l]));
            }
            break;
        }
        titleRows += static_cast<int>(count(text.out, kTitleRow));
    }
    CHECK(titleRows >= 60);
}

TEST_CASE("export: DOCX and ODT rows are not split and header rows keep with the row after them")
{
    const Document paper = largeStandard();
    auto docx = host::renderExport(paper, Format::Docx);
    REQUIRE(docx.isOk());
    const std::string document = partOf(docx.value(), "word/document.xml");
    CHECK(count(document, "<w:tr>") == 60 * 7);
    CHECK(count(document, "<w:trPr><w:cantSplit/>") == 60 * 7);
    CHECK(count(document, "<w:cantSplit/><w:tblHeader/>") == 60 * 2);
    // The header rows' paragraphs keep with the next (Word keeps those rows with the first body row).
    CHECK(count(document, R"(<w:pStyle w:val="TableText"/><w:keepNext/>)") == 60 * 4);
    auto odt = host::renderExport(paper, Format::Odt);
    REQUIRE(odt.isOk());
    const std::string content = partOf(odt.value(), "content.xml");
    CHECK(count(content, R"(<style:table-row-properties fo:keep-together="always"/>)") == 60);
    CHECK(count(content, R"(<table:table-row table:style-name="Table1.Row">)") == 7);
}

TEST_CASE("page preview: the screen's pages are the PDF's pages, drawn by the same painter")
{
    const Document paper = largeStandard();
    auto pdf = host::renderExport(paper, Format::Pdf);
    REQUIRE(pdf.isOk());
    test::TempDir dir;
    const auto file = (dir / "standard.pdf").string();
    const int pages = writtenPdfPages(pdf.value(), file);

    auto preview = host::renderPagePreview(paper, 0.5, 1000);
    INFO((preview ? std::string() : preview.error().describe()));
    REQUIRE(preview.isOk());
    REQUIRE(static_cast<int>(preview.value().pages.size()) == pages);
    CHECK(preview.value().pageCount == pages);
    const PageImage& first = preview.value().pages.front();
    // A4 at half a pixel to the point: 298 × 421.
    CHECK(first.width == 298);
    CHECK(first.height == 421);
    REQUIRE(first.rgb.size() == static_cast<std::size_t>(first.width * first.height * 3));
    // Paper white at the corner (the margin), ink in the heading's band.
    CHECK(first.rgb[0] == 255);
    std::size_t ink = 0;
    for (std::size_t i = 0; i < first.rgb.size(); i += 3)
        if (first.rgb[i] < 128 && first.rgb[i + 1] < 128 && first.rgb[i + 2] < 128)
            ++ink;
    CHECK(ink > 500);
    // Every block knows its page: in order, from the first page to the last.
    const std::vector<int>& blockPages = preview.value().blockPages;
    REQUIRE(blockPages.size() == paper.blocks.size());
    CHECK(blockPages.front() == 1);
    CHECK(blockPages.back() == pages);
    CHECK(std::is_sorted(blockPages.begin(), blockPages.end()));
    CHECK_FALSE(host::renderPagePreview(paper, 0, 1000).isOk()); // no scale, no pages: said, not drawn
    // A long document keeps its memory: only the pages asked for are drawn, the count says how many there are.
    auto firstTwo = host::renderPagePreview(paper, 0.5, 2);
    REQUIRE(firstTwo.isOk());
    CHECK(firstTwo.value().pages.size() == 2);
    CHECK(firstTwo.value().pageCount == pages);
}
