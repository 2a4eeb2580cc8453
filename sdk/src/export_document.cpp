// Sapha — helpers of the export document tree.
// SPDX-License-Identifier: MIT
#include <sapha/export/document.hpp>

#include <sapha/thai_text.hpp>

namespace sapha::exporting {

void Document::heading(int level, std::string text, Align align)
{
    blocks.push_back(Heading { level, { Run { std::move(text), true } }, align });
}

void Document::paragraph(std::string text, bool indentFirstLine)
{
    Paragraph paragraph;
    paragraph.runs.push_back(Run { std::move(text) });
    paragraph.hasFirstLineIndent = indentFirstLine;
    // Body text of official papers is distributed the Thai way across the line (Word's thaiDistribute).
    if (indentFirstLine)
        paragraph.align = Align::Justify;
    blocks.push_back(std::move(paragraph));
}

void Document::labelled(std::string label, std::string text)
{
    Paragraph paragraph;
    paragraph.runs.push_back(Run { std::move(label), true });
    paragraph.runs.push_back(Run { " " + std::move(text) });
    blocks.push_back(std::move(paragraph));
}

Format formatFromName(std::string_view name)
{
    if (name == "docx")
        return Format::Docx;
    if (name == "odt")
        return Format::Odt;
    if (name == "pdf")
        return Format::Pdf;
    if (name == "html" || name == "htm")
        return Format::Html;
    if (name == "md" || name == "markdown")
        return Format::Markdown;
    return Format::None;
}

const char* formatExtension(Format format)
{
    switch (format) {
    case Format::Docx:
        return "docx";
    case Format::Odt:
        return "odt";
    case Format::Pdf:
        return "pdf";
    case Format::Html:
        return "html";
    case Format::Markdown:
        return "md";
    case Format::None:
        break;
    }
    return "";
}

std::vector<Format> allFormats()
{
    return { Format::Docx, Format::Odt, Format::Pdf, Format::Html, Format::Markdown };
}

std::vector<std::string> signatureLines(const Document& document, const Signatory& signatory)
{
    const char* sign = document.language == "en" ? "(Signed) " : "(ลงชื่อ) ";
    std::vector<std::string> lines { sign + std::string(30, '.') + (signatory.role.empty() ? "" : " " + signatory.role),
        "(" + signatory.name + ")" };
    if (!signatory.position.empty())
        lines.push_back(signatory.position);
    return lines;
}

Runs listMarker(const List& list, std::size_t index)
{
    if (index >= list.items.size())
        return {};
    const TrackedMark mark = list.items[index].mark;
    if (!list.isNumbered)
        return { Run { "•", false, false, false, mark.tracked, mark.origin } };
    // Each side counts its own items: the new version skips the deleted ones, the old one the inserted.
    int newNumber = 0;
    int oldNumber = 0;
    int lastOrigin = 0;
    for (std::size_t i = 0; i <= index; ++i) {
        const TrackedMark each = list.items[i].mark;
        newNumber += each.tracked != Tracked::Deleted ? 1 : 0;
        oldNumber += each.tracked != Tracked::Inserted ? 1 : 0;
        if (each.tracked != Tracked::None)
            lastOrigin = each.origin;
    }
    auto numberRun = [](int number, Tracked tracked, int origin) {
        return Run { std::to_string(number) + ".", false, false, false, tracked, origin };
    };
    if (mark.tracked == Tracked::Inserted)
        return { numberRun(newNumber, Tracked::Inserted, mark.origin) };
    if (mark.tracked == Tracked::Deleted)
        return { numberRun(oldNumber, Tracked::Deleted, mark.origin) };
    if (newNumber == oldNumber)
        return { numberRun(newNumber, Tracked::None, 0) };
    return { numberRun(oldNumber, Tracked::Deleted, lastOrigin), numberRun(newNumber, Tracked::Inserted, lastOrigin) };
}

std::string plainText(const Runs& runs)
{
    std::string text;
    for (const Run& run : runs)
        text += run.text;
    return text;
}

namespace {

bool startsWithDigit(std::string_view text)
{
    // An Arabic digit, or a Thai one (U+0E50..U+0E59: E0 B9 90..99).
    return (!text.empty() && text[0] >= '0' && text[0] <= '9')
        || (text.size() >= 3 && static_cast<unsigned char>(text[0]) == 0xE0 && static_cast<unsigned char>(text[1]) == 0xB9
            && static_cast<unsigned char>(text[2]) >= 0x90 && static_cast<unsigned char>(text[2]) <= 0x99);
}

bool endsWithDigit(std::string_view text)
{
    return (!text.empty() && text.back() >= '0' && text.back() <= '9')
        || (text.size() >= 3 && static_cast<unsigned char>(text[text.size() - 3]) == 0xE0
            && static_cast<unsigned char>(text[text.size() - 2]) == 0xB9 && static_cast<unsigned char>(text.back()) >= 0x90
            && static_cast<unsigned char>(text.back()) <= 0x99);
}

// What must not be parted at a line's end: an era and its year ("พ.ศ. 2557"), a time and its unit
// ("10.30 น."). The space between them becomes a no-break space (U+00A0).
std::string keptTogether(std::string_view text)
{
    static constexpr std::string_view kNoBreak = "\u00A0";
    static constexpr std::string_view kEras[] = { "พ.ศ. ", "ค.ศ. ", "B.E. " };
    static constexpr std::string_view kHours = " น.";
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        bool joined = false;
        for (std::string_view era : kEras) {
            if (text.substr(i, era.size()) == era && startsWithDigit(text.substr(i + era.size()))) {
                out.append(era.substr(0, era.size() - 1)).append(kNoBreak);
                i += era.size();
                joined = true;
                break;
            }
        }
        if (!joined && text.substr(i, kHours.size()) == kHours && endsWithDigit(out)) {
            out.append(kNoBreak).append(kHours.substr(1));
            i += kHours.size();
            joined = true;
        }
        if (!joined)
            out += text[i++];
    }
    return out;
}

} // namespace

std::string printed(const Document& document, std::string_view text)
{
    const std::string kept = keptTogether(text);
    return document.usesThaiDigits ? thai::toThaiDigits(kept) : kept;
}

} // namespace sapha::exporting
