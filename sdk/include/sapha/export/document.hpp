// Sapha — the export document: a small tree a plugin builds to describe a document for paper
// (headings, paragraphs of runs, lists, tables with merged header cells, page breaks, a signature
// block), which the export writers turn into DOCX, ODT, PDF, HTML and Markdown. Plain data.
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <sapha/export/page_style.hpp>
#include <sapha/sdk_export.h>

namespace sapha::exporting {

enum class Align { Left, Center, Right, Justify };

// In a redline (the difference of two versions), whether a run was inserted or deleted. DOCX and ODT
// write these as tracked changes that Word and LibreOffice can accept or reject.
enum class Tracked { None, Inserted, Deleted };

// A stretch of text with one style. Text is UTF-8; digits are turned into Thai digits
// by the writers when the document asks for them.
struct Run {
    std::string text;
    bool isBold = false;
    bool isItalic = false;
    bool isUnderlined = false;
    Tracked tracked = Tracked::None;
    // The run's type size relative to the document's (a word cloud's words); 1: the paragraph's own.
    double sizeScale = 1.0;
};

using Runs = std::vector<Run>;

struct Heading {
    int level = 1; // 1 is the document's title
    Runs runs;
    Align align = Align::Left;
};

struct Paragraph {
    Runs runs;
    Align align = Align::Left;
    bool hasFirstLineIndent = false; // the official 2.5 cm body indent
    double leftIndentCm = 0;
    bool keepWithNext = false;
};

struct ListItem {
    Runs runs;
    int level = 0; // nesting depth
};

struct List {
    bool isNumbered = true;
    std::vector<ListItem> items;
    double leftIndentCm = 0;
};

struct TableCell {
    Runs runs;
    int columnSpan = 1;
    int rowSpan = 1;
    bool isHeader = false;
    Align align = Align::Left;
};

// Rows hold the cells that start in them: a cell covered by a span from above or the left
// is not repeated. `columnWidths` are relative (they are scaled to the text width).
struct Table {
    std::vector<double> columnWidths;
    std::vector<std::vector<TableCell>> rows;
    int headerRows = 0; // repeated at the top of each page where the format can
};

struct PageBreak { };

// Who signs the paper: "(ลงชื่อ) ..... ผู้จดรายงานการประชุม" with the name in brackets and the position.
struct Signatory {
    std::string role;
    std::string name;
    std::string position;
};

struct SignatureBlock {
    std::vector<Signatory> signatories;
};

using Block = std::variant<Heading, Paragraph, List, Table, PageBreak, SignatureBlock>;

struct SAPHA_SDK_EXPORT Document {
    std::string title;
    std::string language = "th";
    bool usesThaiDigits = false;
    PageStyle page;
    // For tracked changes: who made them and when (ISO 8601, "2020-08-20T10:15:00Z").
    std::string changeAuthor;
    std::string changeDate;
    std::vector<Block> blocks;

    void heading(int level, std::string text, Align align = Align::Left);
    void paragraph(std::string text, bool indentFirstLine = true);
    void labelled(std::string label, std::string text); // bold label, then plain text
};

enum class Format { None, Docx, Odt, Pdf, Html, Markdown };

// "docx", "odt", "pdf", "html", "md" (also "markdown"); None when unknown.
SAPHA_SDK_EXPORT Format formatFromName(std::string_view name);
SAPHA_SDK_EXPORT const char* formatExtension(Format format);
SAPHA_SDK_EXPORT std::vector<Format> allFormats();

// The lines a signatory's block prints: "(ลงชื่อ) ...... role", "(name)", and the position when given.
SAPHA_SDK_EXPORT std::vector<std::string> signatureLines(const Document& document, const Signatory& signatory);

// The difference of two versions of a document as one document whose runs are tracked insertions and
// deletions: accepting every change gives `after`, rejecting every change gives `before`. Blocks are
// matched by their text; a changed paragraph is diffed word by word (Thai cut into words).
SAPHA_SDK_EXPORT Document redline(const Document& before, const Document& after);

// All the text of runs, joined.
SAPHA_SDK_EXPORT std::string plainText(const Runs& runs);
// The text as it is printed: with Thai digits when the document asks for them.
SAPHA_SDK_EXPORT std::string printed(const Document& document, std::string_view text);

} // namespace sapha::exporting
