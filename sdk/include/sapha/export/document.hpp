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

// Who made a tracked change and when: the author and date of the revision that made it.
struct ChangeOrigin {
    std::string author;
    std::string date; // ISO 8601, "2020-08-20T10:15:00Z"
};

// A whole paragraph, list item, table row or signature inserted or deleted in a redline: its paragraph
// mark (or row) is tracked as well as its text, so that accepting or rejecting leaves nothing behind.
// `origin` indexes Document::changeOrigins.
struct TrackedMark {
    Tracked tracked = Tracked::None;
    int origin = 0;
};

// A stretch of text with one style. Text is UTF-8; digits are turned into Thai digits
// by the writers when the document asks for them.
struct Run {
    std::string text;
    bool isBold = false;
    bool isItalic = false;
    bool isUnderlined = false;
    Tracked tracked = Tracked::None;
    int origin = 0; // who made the change: an index into Document::changeOrigins
    // The run's type size relative to the document's (a word cloud's words); 1: the paragraph's own.
    double sizeScale = 1.0;
};

using Runs = std::vector<Run>;

struct Heading {
    int level = 1; // 1 is the document's title
    Runs runs;
    Align align = Align::Left;
    TrackedMark mark;
};

struct Paragraph {
    Runs runs;
    Align align = Align::Left;
    bool hasFirstLineIndent = false; // the official 2.5 cm body indent
    double leftIndentCm = 0;
    bool keepWithNext = false;
    TrackedMark mark;
};

struct ListItem {
    Runs runs;
    int level = 0; // nesting depth
    TrackedMark mark;
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
    // A bar drawn across this share of the cell's width (0..1), as a chart of votes; negative: none. The
    // writers draw it (a shape in DOCX and ODT, a rectangle in PDF, a box in HTML; Markdown writes ▇s).
    double bar = -1;
};

// Rows hold the cells that start in them: a cell covered by a span from above or the left
// is not repeated. `columnWidths` are relative (they are scaled to the text width).
struct Table {
    std::vector<double> columnWidths;
    std::vector<std::vector<TableCell>> rows;
    int headerRows = 0; // repeated at the top of each page where the format can
    // In a redline: each row inserted or deleted (empty: none). A format that cannot track a row
    // (ODT) writes a table with tracked rows as the old table deleted and the new one inserted.
    std::vector<TrackedMark> rowMarks;
};

struct PageBreak {
    TrackedMark mark;
};

// Who signs the paper: "(ลงชื่อ) ..... ผู้จดรายงานการประชุม" with the name in brackets and the position.
struct Signatory {
    std::string role;
    std::string name;
    std::string position;
};

struct SignatureBlock {
    std::vector<Signatory> signatories;
    TrackedMark mark;
};

using Block = std::variant<Heading, Paragraph, List, Table, PageBreak, SignatureBlock>;

struct SAPHA_SDK_EXPORT Document {
    std::string title;
    std::string language = "th";
    bool usesThaiDigits = false;
    PageStyle page;
    // For tracked changes: who made them and when; runs and marks point into it (none: "Sapha").
    std::vector<ChangeOrigin> changeOrigins;
    std::vector<Block> blocks;

    void heading(int level, std::string text, Align align = Align::Left);
    // Body text: indented and distributed across the line the Thai way, as official papers are; without
    // the indent, a plain left-aligned paragraph.
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
// matched by their text; a changed paragraph is diffed word by word (Thai cut into words), a table of
// the same columns row by row and cell by cell, a list item by item. Every change has origin 0.
SAPHA_SDK_EXPORT Document redline(const Document& before, const Document& after);

// The difference of the first and last of several successive versions, each change credited to the
// version that made it: `versions[k]` (k ≥ 1) was made by `origins[k - 1]`. A block (or row) inserted is
// credited to the version from which on it is there; one deleted, to the version that took it out.
SAPHA_SDK_EXPORT Document redline(const std::vector<Document>& versions, const std::vector<ChangeOrigin>& origins);

// Who made a run's or mark's change: the document's change origin `origin`, or "Sapha" with no date.
SAPHA_SDK_EXPORT ChangeOrigin changeOriginOf(const Document& document, int origin);

// The number ("3.") or bullet ("•") of a list's item `index`, without the space after it. In a redline
// each version counts its own items: a number that differs shows the old one deleted, the new inserted.
SAPHA_SDK_EXPORT Runs listMarker(const List& list, std::size_t index);

// All the text of runs, joined.
SAPHA_SDK_EXPORT std::string plainText(const Runs& runs);
// The text as it is printed: with Thai digits when the document asks for them, and a no-break space
// where a line must not part an era from its year ("พ.ศ. 2557") or a time from its unit ("10.30 น.").
SAPHA_SDK_EXPORT std::string printed(const Document& document, std::string_view text);

} // namespace sapha::exporting
