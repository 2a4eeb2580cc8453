// Sapha export — PDF drawn by Sapha itself with pango (Thai shaping and line breaking) and cairo (fonts
// embedded as subsets). The official face is used when installed; otherwise Laksaman from
// fonts-thai-tlwg, scaled so that pages match (DOMAIN.md: Laksaman is drawn about 1.5x larger).
// SPDX-License-Identifier: MIT
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "pdf_catalog.hpp"
#include "pdf_thai_distributed.hpp"
#include "table_grid.hpp"
#include "writers.hpp"

namespace sapha::exporting::internal {

namespace {

constexpr double kPointsPerCm = 72.0 / 2.54;
constexpr double kLaksamanScale = 0.66;
constexpr double kCellPaddingPt = 4.5;

template <typename T, void (*Free)(T*)>
struct Deleter {
    void operator()(T* handle) const noexcept
    {
        if (handle)
            Free(handle);
    }
};
void unrefObject(void* object)
{
    g_object_unref(object);
}
using SurfaceHandle = std::unique_ptr<cairo_surface_t, Deleter<cairo_surface_t, cairo_surface_destroy>>;
using CairoHandle = std::unique_ptr<cairo_t, Deleter<cairo_t, cairo_destroy>>;
using FontHandle = std::unique_ptr<PangoFontDescription, Deleter<PangoFontDescription, pango_font_description_free>>;
using AttributesHandle = std::unique_ptr<PangoAttrList, Deleter<PangoAttrList, pango_attr_list_unref>>;
using IterHandle = std::unique_ptr<PangoLayoutIter, Deleter<PangoLayoutIter, pango_layout_iter_free>>;
using GObjectHandle = std::unique_ptr<void, Deleter<void, unrefObject>>;

cairo_status_t appendToString(void* closure, const unsigned char* data, unsigned int length)
{
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

// The family to draw with and the factor its sizes are scaled by.
std::pair<std::string, double> drawingFace(const std::string& wanted)
{
    PangoFontMap* map = pango_cairo_font_map_get_default();
    PangoFontFamily** families = nullptr;
    int count = 0;
    pango_font_map_list_families(map, &families, &count);
    bool installed = false;
    bool hasLaksaman = false;
    for (int i = 0; i < count; ++i) {
        const std::string name = pango_font_family_get_name(families[i]);
        installed = installed || name == wanted;
        hasLaksaman = hasLaksaman || name == "Laksaman";
    }
    g_free(families);
    if (installed)
        return { wanted, 1.0 };
    if (hasLaksaman)
        return { "Laksaman", kLaksamanScale };
    return { wanted, 1.0 }; // fontconfig picks a substitute
}

PangoAlignment pangoAlign(Align align)
{
    switch (align) {
    case Align::Center:
        return PANGO_ALIGN_CENTER;
    case Align::Right:
        return PANGO_ALIGN_RIGHT;
    case Align::Justify:
    case Align::Left:
        break;
    }
    return PANGO_ALIGN_LEFT;
}

// Where the painter draws: a PDF file, or one recording per page for the screen's page preview (the
// same drawing, so the preview is the printed page).
enum class Target { Pdf, Pages };

class PdfPainter {
public:
    explicit PdfPainter(const Document& document, Target target = Target::Pdf)
        : m_document(document)
        , m_page(document.page)
        , m_target(target)
    {
        const double width = m_page.widthCm * kPointsPerCm;
        const double height = m_page.heightCm * kPointsPerCm;
        if (target == Target::Pages) {
            m_surface = newPageRecording();
        } else {
            m_surface.reset(cairo_pdf_surface_create_for_stream(&appendToString, &m_bytes, width, height));
            cairo_pdf_surface_set_metadata(m_surface.get(), CAIRO_PDF_METADATA_TITLE, document.title.c_str());
            cairo_pdf_surface_set_metadata(m_surface.get(), CAIRO_PDF_METADATA_CREATOR, "Sapha");
        }
        m_cairo.reset(cairo_create(m_surface.get()));
        m_context.reset(pango_cairo_create_context(m_cairo.get()));
        pango_cairo_context_set_resolution(context(), 72.0); // one point is one unit
        // Glyphs where the font puts them, not rounded to whole points: rounded, the gaps between Thai
        // glyphs vary and a PDF reader's text layer breaks words apart ("จัง หวัด"), so search and copy fail.
        pango_context_set_round_glyph_positions(context(), FALSE);
        cairo_font_options_t* options = cairo_font_options_create();
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
        pango_cairo_context_set_font_options(context(), options);
        cairo_font_options_destroy(options);
        const auto [family, scale] = drawingFace(m_page.fontFamily);
        m_family = family;
        m_scale = scale;
        m_left = m_page.marginLeftCm * kPointsPerCm;
        m_right = width - m_page.marginRightCm * kPointsPerCm;
        m_top = m_page.marginTopCm * kPointsPerCm;
        m_bottom = height - m_page.marginBottomCm * kPointsPerCm;
        m_y = m_top;
    }

    std::string finish()
    {
        cairo_show_page(m_cairo.get());
        m_cairo.reset();
        cairo_surface_finish(m_surface.get());
        const cairo_status_t status = cairo_surface_status(m_surface.get());
        if (status != CAIRO_STATUS_SUCCESS)
            throw std::runtime_error(std::string("PDF: ") + cairo_status_to_string(status));
        m_surface.reset();
        return withCatalogCompleted(std::move(m_bytes), m_document.language == "en" ? "en-GB" : "th-TH");
    }

    // The pages drawn for the screen, each a recording in points (Target::Pages).
    std::vector<SurfaceHandle> finishPages()
    {
        m_cairo.reset();
        m_pages.push_back(std::move(m_surface));
        return std::move(m_pages);
    }

    // The page (1-based) each of the document's blocks starts on.
    const std::vector<int>& blockPages() const { return m_blockPages; }

    void paint()
    {
        const std::vector<Block>& blocks = m_document.blocks;
        beginTag("Document");
        for (std::size_t i = 0; i < blocks.size(); ++i) {
            keepWithWhatFollows(i);
            m_blockPages.push_back(m_pageNumber);
            std::visit([this](const auto& b) { add(b); }, blocks[i]);
        }
        endTag();
        if (!m_openTags.empty())
            throw std::logic_error("PDF: a structure element left open");
    }

private:
    SurfaceHandle newPageRecording() const
    {
        const cairo_rectangle_t page { 0, 0, m_page.widthCm * kPointsPerCm, m_page.heightCm * kPointsPerCm };
        return SurfaceHandle(cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &page));
    }

    PangoContext* context() { return static_cast<PangoContext*>(m_context.get()); }
    double textWidth() const { return m_right - m_left; }
    double bodySize() const { return m_page.fontSizePt * m_scale; }

    GObjectHandle layout(const Runs& runs, double width, double sizePt, Align align, double firstIndent, bool allBold)
    {
        PangoLayout* raw = pango_layout_new(context());
        GObjectHandle handle(raw);
        FontHandle font(pango_font_description_new());
        pango_font_description_set_family(font.get(), m_family.c_str());
        pango_font_description_set_size(font.get(), static_cast<int>(sizePt * PANGO_SCALE));
        pango_layout_set_font_description(raw, font.get());
        pango_layout_set_width(raw, static_cast<int>(width * PANGO_SCALE));
        pango_layout_set_wrap(raw, PANGO_WRAP_WORD_CHAR);
        pango_layout_set_alignment(raw, pangoAlign(align));
        // Justified lines are laid out unjustified: flow() spreads them between clusters, not at spaces only.
        pango_layout_set_justify(raw, FALSE);
        pango_layout_set_indent(raw, static_cast<int>(firstIndent * PANGO_SCALE));
        std::string text;
        AttributesHandle attributes(pango_attr_list_new());
        for (const Run& run : runs) {
            const std::string piece = printed(m_document, run.text);
            const auto start = static_cast<guint>(text.size());
            text += piece;
            const auto end = static_cast<guint>(text.size());
            auto add = [&](PangoAttribute* attribute) {
                attribute->start_index = start;
                attribute->end_index = end;
                pango_attr_list_insert(attributes.get(), attribute);
            };
            if (run.isBold || allBold)
                add(pango_attr_weight_new(PANGO_WEIGHT_BOLD));
            if (run.isItalic)
                add(pango_attr_style_new(PANGO_STYLE_ITALIC));
            if (run.sizeScale != 1.0)
                add(pango_attr_scale_new(run.sizeScale));
            if (run.isUnderlined || run.tracked == Tracked::Inserted)
                add(pango_attr_underline_new(PANGO_UNDERLINE_SINGLE));
            if (run.tracked == Tracked::Inserted)
                add(pango_attr_foreground_new(0, 0x7000, 0));
            if (run.tracked == Tracked::Deleted) {
                add(pango_attr_strikethrough_new(TRUE));
                add(pango_attr_foreground_new(0xb000, 0, 0));
            }
        }
        pango_layout_set_text(raw, text.c_str(), static_cast<int>(text.size()));
        pango_layout_set_attributes(raw, attributes.get());
        return handle;
    }

    static double heightOf(PangoLayout* layout)
    {
        int width = 0;
        int height = 0;
        pango_layout_get_size(layout, &width, &height);
        return static_cast<double>(height) / PANGO_SCALE;
    }

    // The structure of the tagged PDF: a Document of headings, paragraphs, lists, tables and their parts.
    // A page break closes the open elements and opens them again on the next page (a paragraph that runs
    // on is two P), so that the page number, drawn between, belongs to the Document alone and is not read
    // inside a paragraph: cairo 1.16 cannot mark it an artifact.
    void beginTag(const char* name)
    {
        cairo_tag_begin(m_cairo.get(), name, "");
        m_openTags.push_back(name);
    }

    void endTag()
    {
        cairo_tag_end(m_cairo.get(), m_openTags.back());
        m_openTags.pop_back();
    }

    struct Tagged {
        PdfPainter& painter;
        Tagged(PdfPainter& owner, const char* name) : painter(owner) { painter.beginTag(name); }
        ~Tagged() { painter.endTag(); }
        Tagged(const Tagged&) = delete;
        Tagged& operator=(const Tagged&) = delete;
    };

    void newPage()
    {
        // All but the Document, which holds the whole and goes on from page to page.
        for (auto tag = m_openTags.rbegin(); tag + 1 < m_openTags.rend(); ++tag)
            cairo_tag_end(m_cairo.get(), *tag);
        if (m_target == Target::Pages) {
            m_pages.push_back(std::move(m_surface));
            m_surface = newPageRecording();
            m_cairo.reset(cairo_create(m_surface.get()));
        } else {
            cairo_show_page(m_cairo.get());
        }
        ++m_pageNumber;
        m_y = m_top;
        if (m_page.numbersPagesFromSecond && m_pageNumber >= 2) {
            Runs number { Run { "- " + std::to_string(m_pageNumber) + " -" } };
            GObjectHandle line = layout(number, textWidth(), bodySize(), Align::Center, 0, false);
            cairo_move_to(m_cairo.get(), m_left, m_top / 2 - heightOf(static_cast<PangoLayout*>(line.get())) / 2);
            pango_cairo_show_layout(m_cairo.get(), static_cast<PangoLayout*>(line.get()));
        }
        for (std::size_t tag = 1; tag < m_openTags.size(); ++tag)
            cairo_tag_begin(m_cairo.get(), m_openTags[tag], "");
    }

    // Draws a layout line by line from the cursor, moving to a new page where a line does not fit;
    // `distribute`: justified, each line but a paragraph's last spread the Thai way.
    void flow(PangoLayout* layout, double x, bool distribute = false)
    {
        IterHandle iter(pango_layout_get_iter(layout));
        double pageTop = m_y; // where layout coordinate `shift` is drawn on this page
        double shift = 0;
        double lastBottom = 0;
        do {
            PangoRectangle logical;
            pango_layout_iter_get_line_extents(iter.get(), nullptr, &logical);
            const double lineTop = static_cast<double>(logical.y) / PANGO_SCALE;
            const double lineHeight = static_cast<double>(logical.height) / PANGO_SCALE;
            if (pageTop + (lineTop - shift) + lineHeight > m_bottom && lineTop > shift) {
                newPage();
                pageTop = m_y;
                shift = lineTop;
            } else if (pageTop + (lineTop - shift) + lineHeight > m_bottom && pageTop > m_top) {
                newPage();
                pageTop = m_y;
                shift = lineTop;
            }
            const double baseline = static_cast<double>(pango_layout_iter_get_baseline(iter.get())) / PANGO_SCALE;
            const double lineX = x + static_cast<double>(logical.x) / PANGO_SCALE;
            PangoLayoutLine* line = pango_layout_iter_get_line_readonly(iter.get());
            lastBottom = lineTop + lineHeight;
            const bool hasNext = pango_layout_iter_next_line(iter.get());
            // Justified text is spread the Thai way, but not on a paragraph's last line.
            const bool endsParagraph = !hasNext || pango_layout_iter_get_line_readonly(iter.get())->is_paragraph_start;
            if (distribute && !endsParagraph) {
                const double width = static_cast<double>(pango_layout_get_width(layout) - logical.x) / PANGO_SCALE;
                showDistributedLine(m_cairo.get(), layout, line, lineX, pageTop + baseline - shift, width);
            } else {
                cairo_move_to(m_cairo.get(), lineX, pageTop + baseline - shift);
                pango_cairo_show_layout_line(m_cairo.get(), line);
            }
            if (!hasNext)
                break;
        } while (true);
        m_y = pageTop + (lastBottom - shift);
    }

    // A heading, or a paragraph that says so, stays on one page with what follows it: with the next such
    // block, and so on, and the start of the first block that does not (two lines of a paragraph, a
    // table's header rows and first row). When the chain does not fit below, it starts a new page.
    void keepWithWhatFollows(std::size_t first)
    {
        const std::vector<Block>& blocks = m_document.blocks;
        std::size_t next = first;
        double needed = 0;
        while (next < blocks.size() && keepsWithNext(blocks[next]))
            needed += heightOf(blocks[next++]);
        if (next == first)
            return;
        if (next < blocks.size())
            needed += leadOf(blocks[next]);
        if (m_y > m_top && m_y + needed > m_bottom && needed <= m_bottom - m_top)
            newPage();
    }

    static bool keepsWithNext(const Block& block)
    {
        if (std::holds_alternative<Heading>(block))
            return true;
        const auto* paragraph = std::get_if<Paragraph>(&block);
        return paragraph && paragraph->keepWithNext;
    }

    double headingSize(const Heading& heading) const
    {
        const double sizes[] = { m_page.fontSizePt + 4, m_page.fontSizePt + 2, m_page.fontSizePt };
        return sizes[std::clamp(heading.level, 1, 3) - 1] * m_scale;
    }

    // The whole height of a heading or paragraph with the space before it.
    double heightOf(const Block& block)
    {
        if (const auto* heading = std::get_if<Heading>(&block)) {
            GObjectHandle handle = layout(heading->runs, textWidth(), headingSize(*heading), heading->align, 0, true);
            return (heading->level == 1 ? 0 : 12) + heightOf(static_cast<PangoLayout*>(handle.get()));
        }
        if (const auto* paragraph = std::get_if<Paragraph>(&block)) {
            const double left = paragraph->leftIndentCm * kPointsPerCm;
            GObjectHandle handle = layout(paragraph->runs, textWidth() - left, bodySize(), paragraph->align, 0, false);
            return m_page.spaceBeforePt + heightOf(static_cast<PangoLayout*>(handle.get()));
        }
        return leadOf(block);
    }

    // How much of a block must come onto the page with what is kept with it.
    double leadOf(const Block& block)
    {
        if (const auto* table = std::get_if<Table>(&block))
            return m_page.spaceBeforePt + measure(*table).leadHeight();
        if (std::holds_alternative<Heading>(block))
            return heightOf(block);
        if (std::holds_alternative<Paragraph>(block))
            return std::min(heightOf(block), m_page.spaceBeforePt + 2 * 1.6 * bodySize());
        if (std::holds_alternative<List>(block))
            return m_page.spaceBeforePt + 2 * 1.6 * bodySize();
        return 0;
    }

    void spaceBefore(double points)
    {
        if (m_y > m_top)
            m_y += points;
    }

    void add(const Heading& heading)
    {
        const double size = headingSize(heading);
        static const char* const kNames[] = { "H1", "H2", "H3" };
        const Tagged tag(*this, kNames[std::clamp(heading.level, 1, 3) - 1]);
        spaceBefore(heading.level == 1 ? 0 : 12);
        GObjectHandle handle = layout(heading.runs, textWidth(), size, heading.align, 0, true);
        auto* raw = static_cast<PangoLayout*>(handle.get());
        // Keep a heading with at least two lines of what follows.
        if (m_y + heightOf(raw) + 2.5 * bodySize() > m_bottom && m_y > m_top)
            newPage();
        flow(raw, m_left);
    }

    void add(const Paragraph& paragraph)
    {
        const Tagged tag(*this, "P");
        spaceBefore(m_page.spaceBeforePt);
        const double left = paragraph.leftIndentCm * kPointsPerCm;
        const double indent = paragraph.hasFirstLineIndent ? m_page.firstLineIndentCm * kPointsPerCm : 0;
        GObjectHandle handle = layout(paragraph.runs, textWidth() - left, bodySize(), paragraph.align, indent, false);
        flow(static_cast<PangoLayout*>(handle.get()), m_left + left, paragraph.align == Align::Justify);
    }

    void add(const List& list)
    {
        const Tagged tag(*this, "L");
        for (std::size_t i = 0; i < list.items.size(); ++i) {
            const Tagged itemTag(*this, "LI");
            const ListItem& item = list.items[i];
            spaceBefore(m_page.spaceBeforePt / 2);
            const double left = (list.leftIndentCm + 1.0 * (item.level + 1)) * kPointsPerCm;
            const double hanging = 0.75 * kPointsPerCm;
            GObjectHandle markerLayout = layout(listMarker(list, i), hanging, bodySize(), Align::Left, 0, false);
            GObjectHandle text = layout(item.runs, textWidth() - left, bodySize(), Align::Left, 0, false);
            auto* raw = static_cast<PangoLayout*>(text.get());
            const double lineHeight = bodySize() * 1.6;
            if (m_y + lineHeight > m_bottom)
                newPage();
            {
                const Tagged label(*this, "Lbl");
                cairo_move_to(m_cairo.get(), m_left + left - hanging, m_y);
                pango_cairo_show_layout(m_cairo.get(), static_cast<PangoLayout*>(markerLayout.get()));
            }
            const Tagged body(*this, "LBody");
            flow(raw, m_left + left);
        }
    }

    struct CellLayout {
        const GridSlot* slot;
        std::size_t row;
        GObjectHandle layout;
        double height;
    };

    // A table laid out before it is drawn: its cells, the rows' heights, the rows a span ties together.
    struct MeasuredTable {
        TableGrid grid;
        std::vector<double> columnX;
        std::vector<CellLayout> cells;
        std::vector<double> rowHeights;
        std::vector<std::size_t> groupEnd; // the last row of the rows that stay on one page with each row
        std::size_t headerRows = 0;
        double headerHeight = 0;

        // The header rows and the first rows after them: what must start on one page.
        double leadHeight() const
        {
            if (rowHeights.empty())
                return 0;
            const std::size_t end = groupEnd[std::min(headerRows, rowHeights.size() - 1)];
            double height = 0;
            for (std::size_t r = 0; r <= end; ++r)
                height += rowHeights[r];
            return height;
        }
    };

    MeasuredTable measure(const Table& table)
    {
        MeasuredTable measured;
        measured.grid = layoutGrid(table);
        const TableGrid& grid = measured.grid;
        std::vector<double>& columnX = measured.columnX;
        columnX.push_back(m_left);
        for (double share : grid.columnShares)
            columnX.push_back(columnX.back() + share * textWidth());
        const std::size_t rowCount = grid.rows.size();
        std::vector<CellLayout>& cells = measured.cells;
        std::vector<double>& rowHeights = measured.rowHeights;
        rowHeights.assign(rowCount, bodySize() * 1.5 + 2 * kCellPaddingPt);
        for (std::size_t r = 0; r < rowCount; ++r) {
            for (const GridSlot& slot : grid.rows[r]) {
                if (!slot.cell)
                    continue;
                const int span = std::max(1, slot.cell->columnSpan);
                const std::size_t lastColumn = std::min<std::size_t>(columnX.size() - 1, static_cast<std::size_t>(slot.column + span));
                const double width = columnX[lastColumn] - columnX[static_cast<std::size_t>(slot.column)] - 2 * kCellPaddingPt;
                GObjectHandle cellLayout
                    = layout(slot.cell->runs, std::max(10.0, width), bodySize(), slot.cell->align, 0, slot.cell->isHeader);
                const double height = heightOf(static_cast<PangoLayout*>(cellLayout.get())) + 2 * kCellPaddingPt;
                if (slot.cell->rowSpan <= 1)
                    rowHeights[r] = std::max(rowHeights[r], height);
                cells.push_back(CellLayout { &slot, r, std::move(cellLayout), height });
            }
        }
        // A cell spanning rows grows its last row when the rows are too short for it.
        for (const CellLayout& cell : cells) {
            const int span = cell.slot->cell->rowSpan;
            if (span <= 1)
                continue;
            const std::size_t last = std::min(rowCount - 1, cell.row + static_cast<std::size_t>(span) - 1);
            double total = 0;
            for (std::size_t r = cell.row; r <= last; ++r)
                total += rowHeights[r];
            if (total < cell.height)
                rowHeights[last] += cell.height - total;
        }
        // Rows tied by a row span are kept on one page.
        measured.groupEnd.assign(rowCount, 0);
        for (std::size_t r = 0; r < rowCount;) {
            std::size_t end = r;
            for (std::size_t k = r; k <= end; ++k) {
                for (const GridSlot& slot : grid.rows[k]) {
                    if (slot.cell && slot.cell->rowSpan > 1)
                        end = std::max(end, std::min(rowCount - 1, k + static_cast<std::size_t>(slot.cell->rowSpan) - 1));
                }
            }
            for (std::size_t k = r; k <= end; ++k)
                measured.groupEnd[k] = end;
            r = end + 1;
        }
        measured.headerRows = std::min<std::size_t>(rowCount, static_cast<std::size_t>(std::max(0, table.headerRows)));
        for (std::size_t r = 0; r < measured.headerRows; ++r)
            measured.headerHeight += rowHeights[r];
        return measured;
    }

    void add(const Table& table)
    {
        spaceBefore(m_page.spaceBeforePt);
        MeasuredTable measured = measure(table);
        // The header rows never end a page alone: they start where the first row after them fits.
        const double lead = measured.leadHeight();
        if (m_y + lead > m_bottom && m_y > m_top && lead <= m_bottom - m_top)
            newPage();
        const std::vector<double>& columnX = measured.columnX;
        const std::vector<CellLayout>& cells = measured.cells;
        const std::vector<double>& rowHeights = measured.rowHeights;
        const std::vector<std::size_t>& groupEnd = measured.groupEnd;
        const std::size_t rowCount = rowHeights.size();
        const std::size_t headerRows = measured.headerRows;
        const double headerHeight = measured.headerHeight;

        const Tagged tag(*this, "Table");
        std::vector<double> rowTop(rowCount, 0);
        auto drawRows = [&](std::size_t from, std::size_t to, double top) {
            double y = top;
            for (std::size_t r = from; r <= to; ++r) {
                rowTop[r] = y;
                y += rowHeights[r];
            }
            std::size_t taggedRow = rowCount; // the row whose TR is open
            for (const CellLayout& cell : cells) {
                if (cell.row < from || cell.row > to)
                    continue;
                if (cell.row != taggedRow) {
                    if (taggedRow != rowCount)
                        endTag();
                    beginTag("TR");
                    taggedRow = cell.row;
                }
                const TableCell& tableCell = *cell.slot->cell;
                const Tagged cellTag(*this, tableCell.isHeader ? "TH" : "TD");
                const std::size_t lastRow = std::min(to, cell.row + static_cast<std::size_t>(std::max(1, tableCell.rowSpan)) - 1);
                const double x0 = columnX[static_cast<std::size_t>(cell.slot->column)];
                const double x1 = columnX[std::min<std::size_t>(columnX.size() - 1,
                    static_cast<std::size_t>(cell.slot->column + std::max(1, tableCell.columnSpan)))];
                const double y0 = rowTop[cell.row];
                const double y1 = rowTop[lastRow] + rowHeights[lastRow];
                cairo_rectangle(m_cairo.get(), x0, y0, x1 - x0, y1 - y0);
                if (tableCell.isHeader) {
                    cairo_set_source_rgb(m_cairo.get(), 0.906, 0.902, 0.902);
                    cairo_fill_preserve(m_cairo.get());
                }
                cairo_set_source_rgb(m_cairo.get(), 0, 0, 0);
                cairo_set_line_width(m_cairo.get(), 0.5);
                cairo_stroke(m_cairo.get());
                cairo_move_to(m_cairo.get(), x0 + kCellPaddingPt, y0 + kCellPaddingPt);
                pango_cairo_show_layout(m_cairo.get(), static_cast<PangoLayout*>(cell.layout.get()));
                if (tableCell.bar > 0) { // a bar across its share of the cell, centred on the row
                    const double height = std::min(y1 - y0 - 2 * kCellPaddingPt, bodySize() * 0.9);
                    cairo_rectangle(m_cairo.get(), x0 + kCellPaddingPt, (y0 + y1 - height) / 2,
                        (x1 - x0 - 2 * kCellPaddingPt) * std::min(1.0, tableCell.bar), height);
                    cairo_set_source_rgb(m_cairo.get(), 0.5, 0.5, 0.5);
                    cairo_fill(m_cairo.get());
                    cairo_set_source_rgb(m_cairo.get(), 0, 0, 0);
                }
            }
            if (taggedRow != rowCount)
                endTag();
            return y;
        };

        std::size_t r = 0;
        while (r < rowCount) {
            const std::size_t end = groupEnd[r];
            double groupHeight = 0;
            for (std::size_t k = r; k <= end; ++k)
                groupHeight += rowHeights[k];
            if (m_y + groupHeight > m_bottom && m_y > m_top) {
                newPage();
                if (r >= headerRows && headerRows > 0 && headerHeight + groupHeight <= m_bottom - m_top)
                    m_y = drawRows(0, headerRows - 1, m_y); // the header again on the new page
            }
            m_y = drawRows(r, end, m_y);
            r = end + 1;
        }
    }

    void add(const PageBreak&) { newPage(); }

    void add(const SignatureBlock& block)
    {
        const double left = m_left + textWidth() * 0.42;
        const double width = m_right - left;
        for (const Signatory& signatory : block.signatories) {
            const std::vector<std::string> lines = signatureLines(m_document, signatory);
            const double blockHeight = 30 + bodySize() * 1.6 * static_cast<double>(lines.size());
            if (m_y + blockHeight > m_bottom)
                newPage();
            m_y += 30;
            for (const std::string& text : lines) {
                const Tagged tag(*this, "P");
                GObjectHandle line = layout(Runs { Run { text } }, width, bodySize(), Align::Center, 0, false);
                flow(static_cast<PangoLayout*>(line.get()), left);
            }
        }
    }

    const Document& m_document;
    const PageStyle& m_page;
    std::vector<const char*> m_openTags; // structure elements open, outermost first
    Target m_target;
    std::string m_bytes;
    SurfaceHandle m_surface;
    std::vector<SurfaceHandle> m_pages; // Target::Pages: the pages finished
    std::vector<int> m_blockPages;
    CairoHandle m_cairo;
    GObjectHandle m_context;
    std::string m_family;
    double m_scale = 1;
    double m_left = 0;
    double m_right = 0;
    double m_top = 0;
    double m_bottom = 0;
    double m_y = 0;
    int m_pageNumber = 1;
};

} // namespace

std::string writePdf(const Document& document)
{
    PdfPainter painter(document);
    painter.paint();
    return painter.finish();
}

PagePreview drawPages(const Document& document, double pixelsPerPoint, int maxPages)
{
    PdfPainter painter(document, Target::Pages);
    painter.paint();
    PagePreview preview;
    preview.blockPages = painter.blockPages();
    const double width = document.page.widthCm * kPointsPerCm;
    const double height = document.page.heightCm * kPointsPerCm;
    const std::vector<SurfaceHandle> recordings = painter.finishPages();
    preview.pageCount = static_cast<int>(recordings.size());
    for (const SurfaceHandle& recording : recordings) {
        if (static_cast<int>(preview.pages.size()) >= maxPages)
            break;
        PageImage image;
        image.width = std::max(1, static_cast<int>(std::lround(width * pixelsPerPoint)));
        image.height = std::max(1, static_cast<int>(std::lround(height * pixelsPerPoint)));
        SurfaceHandle pixels(cairo_image_surface_create(CAIRO_FORMAT_RGB24, image.width, image.height));
        {
            CairoHandle cairo(cairo_create(pixels.get()));
            cairo_set_source_rgb(cairo.get(), 1, 1, 1); // paper
            cairo_paint(cairo.get());
            cairo_scale(cairo.get(), pixelsPerPoint, pixelsPerPoint);
            cairo_set_source_surface(cairo.get(), recording.get(), 0, 0);
            cairo_paint(cairo.get());
        }
        cairo_surface_flush(pixels.get());
        if (cairo_surface_status(pixels.get()) != CAIRO_STATUS_SUCCESS)
            throw std::runtime_error(std::string("page preview: ") + cairo_status_to_string(cairo_surface_status(pixels.get())));
        // RGB24 keeps each pixel in 32 bits, blue first on little-endian machines: read it as a word.
        const unsigned char* data = cairo_image_surface_get_data(pixels.get());
        const int stride = cairo_image_surface_get_stride(pixels.get());
        image.rgb.resize(static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height) * 3);
        std::size_t out = 0;
        for (int y = 0; y < image.height; ++y) {
            const auto* row = reinterpret_cast<const std::uint32_t*>(data + static_cast<std::ptrdiff_t>(y) * stride);
            for (int x = 0; x < image.width; ++x) {
                const std::uint32_t pixel = row[x];
                image.rgb[out++] = static_cast<unsigned char>((pixel >> 16) & 0xFF);
                image.rgb[out++] = static_cast<unsigned char>((pixel >> 8) & 0xFF);
                image.rgb[out++] = static_cast<unsigned char>(pixel & 0xFF);
            }
        }
        preview.pages.push_back(std::move(image));
    }
    return preview;
}

} // namespace sapha::exporting::internal
