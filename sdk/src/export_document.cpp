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

std::string printed(const Document& document, std::string_view text)
{
    return document.usesThaiDigits ? thai::toThaiDigits(text) : std::string(text);
}

} // namespace sapha::exporting
