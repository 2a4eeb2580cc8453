// Sapha export — Thai distributed justification for the PDF. Official Thai papers spread a justified
// line's spare width between its character clusters (Word's "Thai distributed"), not at its few spaces:
// Pango justifies at spaces only, which leaves wide holes in Thai text.
// SPDX-License-Identifier: MIT
#pragma once

#include <pango/pangocairo.h>

namespace sapha::exporting::internal {

// Draws `line` of `paragraph` with its left end at `x` and its baseline at `baseline`, spread to `width`
// by letter spacing between grapheme clusters. A line with fewer than two clusters, or already as wide,
// is drawn as it is.
void showDistributedLine(cairo_t* cairo, PangoLayout* paragraph, PangoLayoutLine* line, double x, double baseline, double width);

} // namespace sapha::exporting::internal
