// Sapha benchmark — export of a long standard (about a hundred pages) to DOCX and to PDF, beside
// LibreOffice converting the same DOCX to PDF in the same run. Not a timed test: it prints numbers.
// Run: build/tests/bin/sapha_bench_export
// SPDX-License-Identifier: MIT
#include <chrono>
#include <cstdio>
#include <fstream>
#include <regex>

#include "core/standard_kind.hpp"
#include "export/document_exporter.hpp"
#include "run_process.hpp"
#include "temp_dir.hpp"

using namespace sapha;

namespace {

double millisecondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

// Twelve components of ten indicators, each with its five levels and evidence: about a hundred pages.
standards::Standard longStandard()
{
    standards::Standard standard;
    standard.title = "มาตรฐานศูนย์คุ้มครองคนไร้ที่พึ่ง (ฉบับทดสอบความเร็ว)";
    standard.versionLabel = "ร่างที่ 9";
    for (int c = 1; c <= 12; ++c) {
        standards::Component component;
        component.id = "comp-" + std::to_string(c);
        component.title = "การบริหารจัดการและการให้บริการ ด้านที่ " + std::to_string(c);
        component.description = "การประกันคุณภาพด้านการบริหารจัดการ และการให้บริการทั้งกระบวนการและผลลัพธ์การดำเนินงานในระดับองค์กร";
        for (int i = 1; i <= 10; ++i) {
            standards::Indicator indicator;
            indicator.id = component.id + "-ind-" + std::to_string(i);
            indicator.statement = "ศูนย์มีกระบวนการรับแจ้ง ประเมินเบื้องต้น ฟื้นฟูพัฒนา และคืนสู่สังคม ที่สอดคล้องกับพระราชบัญญัติคุ้มครองคนไร้ที่พึ่ง พ.ศ. 2557";
            indicator.levels = standards::defaultLevels("th");
            for (standards::Level& level : indicator.levels)
                level.descriptor = "มีการดำเนินงานตามแผนปฏิบัติการประจำปี ติดตามผลทุกไตรมาส และนำผลการประเมินมาปรับปรุงการให้บริการร่วมกับภาคีเครือข่าย ระดับ "
                    + std::to_string(level.score);
            indicator.evidence = "แผนปฏิบัติการประจำปี\nรายงานการติดตามผลรายไตรมาส\nบันทึกการประชุมร่วมกับภาคีเครือข่าย";
            component.indicators.push_back(std::move(indicator));
        }
        standard.components.push_back(std::move(component));
    }
    return standard;
}

} // namespace

int main()
{
    standards::StandardKind kind;
    const standards::Standard standard = longStandard();
    auto paper = kind.exportDocument(standard);
    if (!paper) {
        std::fprintf(stderr, "%s\n", paper.error().describe().c_str());
        return 1;
    }
    (void)host::renderExport(exporting::Document {}, exporting::Format::Pdf); // load the writers once, outside the timing

    auto start = std::chrono::steady_clock::now();
    auto docx = host::renderExport(paper.value(), exporting::Format::Docx);
    const double docxMs = millisecondsSince(start);
    start = std::chrono::steady_clock::now();
    auto pdf = host::renderExport(paper.value(), exporting::Format::Pdf);
    const double pdfMs = millisecondsSince(start);
    if (!docx || !pdf) {
        std::fprintf(stderr, "export failed\n");
        return 1;
    }
    const std::regex pageObject("/Type /Page[^s]");
    const auto pages = std::distance(std::sregex_iterator(pdf.value().begin(), pdf.value().end(), pageObject), std::sregex_iterator());

    test::TempDir work;
    std::ofstream(work / "standard.docx", std::ios::binary) << docx.value();
    std::printf("a standard of 12 components x 10 indicators: Sapha's PDF has %ld pages\n", static_cast<long>(pages));
    std::printf("  Sapha DOCX: %8.1f ms (%zu bytes)\n", docxMs, docx.value().size());
    std::printf("  Sapha PDF:  %8.1f ms (%zu bytes)\n", pdfMs, pdf.value().size());

    const std::string profile = "-env:UserInstallation=file://" + (work / "profile").string();
    // A first conversion starts LibreOffice's profile; the second is the one measured.
    test::runProcess("soffice", { profile, "--headless", "--convert-to", "pdf", "--outdir", (work / "warm").string(),
                                    (work / "standard.docx").string() });
    start = std::chrono::steady_clock::now();
    auto office = test::runProcess("soffice", { profile, "--headless", "--convert-to", "pdf", "--outdir",
                                                  (work / "office").string(), (work / "standard.docx").string() });
    const double officeMs = millisecondsSince(start);
    if (office.exitCode != 0) {
        std::printf("  LibreOffice could not be run: %s\n", office.err.c_str());
        return 0;
    }
    std::printf("  LibreOffice DOCX -> PDF (warm profile): %8.1f ms\n", officeMs);
    std::printf("  ratio LibreOffice / Sapha PDF: %.1f (higher: Sapha faster)\n", officeMs / pdfMs);
    return 0;
}
