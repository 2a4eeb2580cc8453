// Sapha — the export writers: an export document to DOCX, ODT, PDF, HTML or Markdown bytes.
// Lives in its own library (libsapha_export) because PDF needs pango and cairo: the host loads it the
// first time something is exported, so that starting sapha-cli or the GUI does not pay for them.
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include <sapha/export/document.hpp>
#include <sapha/status.hpp>

#define SAPHA_EXPORT_API __attribute__((visibility("default")))

namespace sapha::exporting {

// Renders `document` in `format`. Any thread; documents are independent. Never throws.
SAPHA_EXPORT_API Result<std::string> render(const Document& document, Format format) noexcept;

using RenderFunction = Result<std::string> (*)(const Document&, Format) noexcept;

// One page as pixels, rows from the top, three bytes (red, green, blue) a pixel.
struct PageImage {
    int width = 0;
    int height = 0;
    std::vector<unsigned char> rgb;
};

// The pages of a document as its PDF prints them, for the screen.
struct PagePreview {
    std::vector<PageImage> pages; // the first pages, as many as asked for
    int pageCount = 0;            // all the document's pages
    std::vector<int> blockPages; // the page (1-based) each of the document's blocks starts on
};

// Draws the first `maxPages` of `document`'s pages with the PDF writer's own drawing, `pixelsPerPoint`
// pixels to a point (1.0: 72 dpi): a page is about a megabyte of pixels. Any thread. Never throws.
SAPHA_EXPORT_API Result<PagePreview> renderPages(const Document& document, double pixelsPerPoint, int maxPages) noexcept;

using PagesFunction = Result<PagePreview> (*)(const Document&, double, int) noexcept;

} // namespace sapha::exporting

// The one symbol the host looks up after loading the library.
extern "C" SAPHA_EXPORT_API sapha::exporting::RenderFunction sapha_export_renderer(void) noexcept;
// The page preview's drawing, looked up beside it.
extern "C" SAPHA_EXPORT_API sapha::exporting::PagesFunction sapha_export_page_renderer(void) noexcept;
