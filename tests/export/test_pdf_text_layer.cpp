// Sapha tests — the text a PDF reader finds in Sapha's PDF: every word of every demo document whole, as
// ICU cuts the source text into words, so that search and copy work in Thai. Read with poppler's
// pdftotext in reading order, as PDF viewers select and search; line ends are removed, as a line is broken
// between words, never inside one. Poppler places Thai vowel and tone marks by their drawn position, so
// it may put one after the next letter ("ครัง้") and a space after one drawn shifted left ("ฝ่ าย",
// "เป็ น") — in LibreOffice's PDF as in ours: the marks (and a space right after one) are left out on
// both sides, and what is checked is that no other space, line or letter out of place parts a word.
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include <sapha/export/document.hpp>
#include <sapha/thai_words.hpp>

#include "core/assessment_kind.hpp"
#include "core/brainstorm_plugin.hpp"
#include "core/minutes_plugin.hpp"
#include "core/standards_plugin.hpp"
#include "export/document_exporter.hpp"
#include "run_process.hpp"
#include "temp_dir.hpp"

using namespace sapha;
using namespace sapha::exporting;

namespace {

void collect(const Document& document, const Runs& runs, std::string& text)
{
    text += printed(document, plainText(runs)) + "\n";
}

// All the text the document prints, a line per paragraph, item or cell.
std::string printedText(const Document& document)
{
    std::string text;
    for (const Block& block : document.blocks) {
        if (const auto* heading = std::get_if<Heading>(&block))
            collect(document, heading->runs, text);
        else if (const auto* paragraph = std::get_if<Paragraph>(&block))
            collect(document, paragraph->runs, text);
        else if (const auto* list = std::get_if<List>(&block)) {
            for (const ListItem& item : list->items)
                collect(document, item.runs, text);
        } else if (const auto* table = std::get_if<Table>(&block)) {
            for (const auto& row : table->rows)
                for (const TableCell& cell : row)
                    collect(document, cell.runs, text);
        } else if (const auto* signature = std::get_if<SignatureBlock>(&block)) {
            for (const Signatory& signatory : signature->signatories)
                for (const std::string& line : signatureLines(document, signatory))
                    text += line + "\n";
        }
    }
    return text;
}

bool hasThaiLetter(const std::string& word)
{
    // Thai letters are U+0E01..U+0E2E: E0 B8 81..E0 B8 AE in UTF-8.
    for (std::size_t i = 0; i + 2 < word.size(); ++i)
        if (static_cast<unsigned char>(word[i]) == 0xE0 && static_cast<unsigned char>(word[i + 1]) == 0xB8
            && static_cast<unsigned char>(word[i + 2]) >= 0x81 && static_cast<unsigned char>(word[i + 2]) <= 0xAE)
            return true;
    return false;
}

// The text without Thai vowel and tone marks above and below (U+0E31, U+0E34..U+0E3A, U+0E47..U+0E4E:
// E0 B8 B1, E0 B8 B4..BA, E0 B9 87..8E), and without line and page ends when `joinLines`.
std::string withoutMarks(const std::string& text, bool joinLines)
{
    std::string out;
    bool afterMark = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
        if (i + 2 < text.size() && byte(i) == 0xE0
            && ((byte(i + 1) == 0xB8 && (byte(i + 2) == 0xB1 || (byte(i + 2) >= 0xB4 && byte(i + 2) <= 0xBA)))
                || (byte(i + 1) == 0xB9 && byte(i + 2) >= 0x87 && byte(i + 2) <= 0x8E))) {
            i += 2;
            afterMark = true;
            continue;
        }
        if (joinLines && (text[i] == '\n' || text[i] == '\f'))
            continue;
        if (joinLines && afterMark && text[i] == ' ') // poppler's space after a mark drawn shifted left
            continue;
        afterMark = false;
        out += text[i];
    }
    return out;
}

Document demoPaper(const IDocumentKind& kind, const std::vector<DemoDocument>& demo)
{
    for (const DemoDocument& each : demo) {
        if (each.path.size() < kind.fileSuffix().size()
            || each.path.compare(each.path.size() - kind.fileSuffix().size(), kind.fileSuffix().size(), kind.fileSuffix()) != 0)
            continue;
        auto loaded = kind.load(each.revisions.back().xml, each.path);
        REQUIRE(loaded.isOk());
        auto paper = kind.exportDocument(*loaded.value());
        REQUIRE(paper.isOk());
        return paper.value();
    }
    FAIL("no demo document of " << kind.fileSuffix());
    return {};
}

} // namespace

TEST_CASE("export: the PDF's text layer holds every Thai word of the document whole")
{
    minutes::MeetingKind meetings;
    standards::StandardKind standardsKind;
    standards::AssessmentKind assessments;
    brainstorm::SessionKind sessions;
    const std::vector<std::pair<std::string, Document>> papers {
        { "minutes", demoPaper(meetings, minutes::chiangRaiDemo(meetings, minutes::RosterKind())) },
        { "standard", demoPaper(standardsKind, standards::homelessCentreDemo(standardsKind, assessments)) },
        { "assessment", demoPaper(assessments, standards::homelessCentreDemo(standardsKind, assessments)) },
        { "brainstorm", demoPaper(sessions, brainstorm::workshopDemo(sessions)) },
    };
    test::TempDir dir;
    for (const auto& [name, paper] : papers) {
        for (const bool thaiDigits : { false, true }) {
            Document document = paper;
            document.usesThaiDigits = thaiDigits;
            auto pdf = host::renderExport(document, Format::Pdf);
            REQUIRE(pdf.isOk());
            const std::filesystem::path file = dir / (name + ".pdf");
            std::ofstream(file, std::ios::binary) << pdf.value();
            const test::ProcessResult text = test::runProcess("pdftotext", { "-enc", "UTF-8", file.string(), "-" });
            REQUIRE(text.exitCode == 0);
            const std::string joined = withoutMarks(text.out, true);
            int words = 0;
            std::vector<std::string> broken;
            for (const std::string& word : thai::words(printedText(document), thai::Vocabulary())) {
                if (!hasThaiLetter(word))
                    continue;
                ++words;
                if (joined.find(withoutMarks(word, false)) == std::string::npos)
                    broken.push_back(word);
            }
            const std::string context = name + (thaiDigits ? " (Thai digits)" : "") + ": " + std::to_string(broken.size())
                + " of " + std::to_string(words) + " words not found whole, the first: " + (broken.empty() ? "" : broken.front());
            INFO(context);
            CHECK(words > 50);
            CHECK(broken.empty());
        }
    }
}

TEST_CASE("export: a PDF's body text reaches both margins, spread between Thai clusters, not at spaces")
{
    Document document;
    document.title = "ทดสอบ";
    std::string text;
    for (int i = 0; i < 6; ++i)
        text += "มอบหมายให้ฝ่ายเลขานุการไปจัดทำแผนปฏิบัติการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย ประจำปี 2563 "
                "ภายใต้กรอบแนวทางการพัฒนาระบบการทำงานและคุณภาพการให้บริการเพื่อส่งเสริมการเข้าถึงสิทธิ";
    document.paragraph(text);
    auto pdf = host::renderExport(document, Format::Pdf);
    REQUIRE(pdf.isOk());
    test::TempDir dir;
    const auto file = (dir / "body.pdf").string();
    std::ofstream(file, std::ios::binary) << pdf.value();
    const test::ProcessResult boxes = test::runProcess("pdftotext", { "-bbox-layout", file, "-" });
    REQUIRE(boxes.exitCode == 0);
    const double right = document.page.widthCm * 72.0 / 2.54 - document.page.marginRightCm * 72.0 / 2.54;
    std::vector<double> lineEnds;
    for (std::size_t at = boxes.out.find("<line "); at != std::string::npos; at = boxes.out.find("<line ", at + 1)) {
        const std::size_t x = boxes.out.find("xMax=\"", at) + 6;
        lineEnds.push_back(std::stod(boxes.out.substr(x, boxes.out.find('"', x) - x)));
    }
    REQUIRE(lineEnds.size() > 5);
    int atMargin = 0;
    for (std::size_t i = 0; i + 1 < lineEnds.size(); ++i) {
        INFO("line " << i + 1 << " ends at " << lineEnds[i] << ", the margin is at " << right);
        CHECK(lineEnds[i] <= right + 1.0);
        atMargin += lineEnds[i] > right - 3.0 ? 1 : 0;
    }
    // Most lines are spread to the margin (a line that would need a wide spacing keeps some of its end).
    CHECK(atMargin * 3 >= static_cast<int>(lineEnds.size() - 1) * 2);
}

TEST_CASE("export: the PDF says its language in its catalog, in a file PDF readers read without complaint")
{
    for (const std::string language : { "th", "en" }) {
        Document document;
        document.title = "ทดสอบ";
        document.language = language;
        document.paragraph("รายงานการประชุม");
        auto pdf = host::renderExport(document, Format::Pdf);
        REQUIRE(pdf.isOk());
        const std::string& bytes = pdf.value();
        const std::string expected = language == "th" ? "/Lang (th-TH)" : "/Lang (en-GB)";
        CHECK(bytes.find(expected) != std::string::npos);
        // The last cross-reference section is where the last startxref says.
        const std::size_t startxref = bytes.rfind("startxref\n");
        REQUIRE(startxref != std::string::npos);
        const std::size_t xref = std::stoul(bytes.substr(startxref + 10));
        CHECK(bytes.compare(xref, 5, "xref\n") == 0);
        test::TempDir dir;
        const auto file = (dir / "language.pdf").string();
        std::ofstream(file, std::ios::binary) << bytes;
        const test::ProcessResult info = test::runProcess("pdfinfo", { file });
        CHECK(info.exitCode == 0);
        CHECK(info.err.empty());
        const test::ProcessResult text = test::runProcess("pdftotext", { file, "-" });
        CHECK(text.err.empty());
        CHECK(text.out.find("รายงานการประชุม") != std::string::npos);
    }
}

TEST_CASE("export: the PDF is tagged: one Document of headings, paragraphs, lists and tables")
{
    standards::StandardKind standardsKind;
    const Document paper = demoPaper(standardsKind, standards::homelessCentreDemo(standardsKind, standards::AssessmentKind()));
    auto pdf = host::renderExport(paper, Format::Pdf);
    REQUIRE(pdf.isOk());
    test::TempDir dir;
    const auto file = (dir / "standard.pdf").string();
    std::ofstream(file, std::ios::binary) << pdf.value();
    const test::ProcessResult info = test::runProcess("pdfinfo", { file });
    CHECK(info.out.find("Tagged:          yes") != std::string::npos);
    const test::ProcessResult structure = test::runProcess("pdfinfo", { "-struct", file });
    REQUIRE(structure.exitCode == 0);
    CHECK(structure.err.empty()); // poppler finds nothing wrong in the structure tree
    CHECK(structure.out.rfind("Document", 0) == 0); // a single root
    for (const char* element : { "  H1", "  H2", "  H3", "  P", "  L", "    LI", "      Lbl", "      LBody", "  Table", "    TR",
             "      TH", "      TD" }) {
        const std::string line = std::string("\n") + element;
        INFO(std::string(element));
        CHECK((structure.out.find(line + " ") != std::string::npos || structure.out.find(line + "\n") != std::string::npos));
    }
}
