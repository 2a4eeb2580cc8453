// Sapha export — Thai distributed justification for the PDF (see the header).
// SPDX-License-Identifier: MIT
#include "pdf_thai_distributed.hpp"

#include <algorithm>
#include <cstring>
#include <memory>

namespace sapha::exporting::internal {

namespace {

struct LayoutUnref {
    void operator()(PangoLayout* layout) const noexcept { g_object_unref(layout); }
};
struct AttributesUnref {
    void operator()(PangoAttrList* list) const noexcept { pango_attr_list_unref(list); }
};
using LayoutHandle = std::unique_ptr<PangoLayout, LayoutUnref>;
using AttributesHandle = std::unique_ptr<PangoAttrList, AttributesUnref>;

// The line's text as one line of its own, with the paragraph's font and the attributes of its stretch,
// and `spacing` (Pango units) between its grapheme clusters.
LayoutHandle lineLayout(PangoLayout* paragraph, int start, int length, int spacing)
{
    const char* text = pango_layout_get_text(paragraph);
    LayoutHandle layout(pango_layout_new(pango_layout_get_context(paragraph)));
    pango_layout_set_font_description(layout.get(), pango_layout_get_font_description(paragraph));
    pango_layout_set_text(layout.get(), text + start, length);
    PangoAttrList* own = pango_layout_get_attributes(paragraph);
    AttributesHandle attributes(own ? pango_attr_list_copy(own) : pango_attr_list_new());
    const int total = static_cast<int>(std::strlen(text));
    pango_attr_list_update(attributes.get(), start + length, total - start - length, 0); // what follows the line
    pango_attr_list_update(attributes.get(), 0, start, 0); // what comes before it; the rest moves to 0
    PangoAttribute* letterSpacing = pango_attr_letter_spacing_new(spacing);
    letterSpacing->start_index = 0;
    letterSpacing->end_index = PANGO_ATTR_INDEX_TO_TEXT_END;
    pango_attr_list_insert(attributes.get(), letterSpacing);
    pango_layout_set_attributes(layout.get(), attributes.get());
    return layout;
}

int widthOf(PangoLayout* layout)
{
    PangoRectangle logical;
    pango_layout_line_get_extents(pango_layout_get_line_readonly(layout, 0), nullptr, &logical);
    return logical.width;
}

} // namespace

void showDistributedLine(cairo_t* cairo, PangoLayout* paragraph, PangoLayoutLine* line, double x, double baseline, double width)
{
    const char* text = pango_layout_get_text(paragraph);
    const int start = line->start_index;
    int length = line->length;
    while (length > 0 && (text[start + length - 1] == ' ' || text[start + length - 1] == '\n'))
        --length; // the space a line broke at is not spread
    int logAttrCount = 0;
    const PangoLogAttr* logAttrs = pango_layout_get_log_attrs_readonly(paragraph, &logAttrCount);
    const long first = g_utf8_pointer_to_offset(text, text + start);
    const long last = g_utf8_pointer_to_offset(text, text + start + length);
    int clusters = 0;
    for (long i = first; i < last && i < logAttrCount; ++i)
        clusters += logAttrs[i].is_cursor_position ? 1 : 0;
    const int wanted = static_cast<int>(width * PANGO_SCALE);
    LayoutHandle plain = lineLayout(paragraph, start, length, 0);
    const int natural = widthOf(plain.get());
    cairo_move_to(cairo, x, baseline);
    if (clusters < 2 || natural >= wanted) {
        pango_cairo_show_layout_line(cairo, pango_layout_get_line_readonly(plain.get(), 0));
        return;
    }
    // Pango adds the spacing around each cluster of each run; measure once and scale to fit exactly. The
    // spacing stays under a fortieth of the type size: wider, a PDF reader takes the gaps for spaces and
    // breaks the words apart in search and copy; a line that would need more keeps the rest at its end.
    const double size = static_cast<double>(pango_font_description_get_size(pango_layout_get_font_description(paragraph)));
    const int most = static_cast<int>(size * 0.025);
    int spacing = std::min(most, (wanted - natural) / clusters);
    LayoutHandle spread = lineLayout(paragraph, start, length, spacing);
    const int added = widthOf(spread.get()) - natural;
    if (added > 0 && added != wanted - natural && spacing < most) {
        spacing = std::min(most, static_cast<int>(static_cast<double>(spacing) * (wanted - natural) / added));
        spread = lineLayout(paragraph, start, length, spacing);
    }
    pango_cairo_show_layout_line(cairo, pango_layout_get_line_readonly(spread.get(), 0));
}

} // namespace sapha::exporting::internal
