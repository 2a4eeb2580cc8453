// Sapha export — dispatch to the writer of a format.
// SPDX-License-Identifier: MIT
#include <sapha/export/render.hpp>

#include "writers.hpp"

namespace sapha::exporting {

Result<std::string> render(const Document& document, Format format) noexcept
{
    try {
        switch (format) {
        case Format::Docx:
            return internal::writeDocx(document);
        case Format::Odt:
            return internal::writeOdt(document);
        case Format::Pdf:
            return internal::writePdf(document);
        case Format::Html:
            return internal::writeHtml(document);
        case Format::Markdown:
            return internal::writeMarkdown(document);
        case Format::None:
            break;
        }
        return Error { "unknown export format", document.title };
    } catch (const std::exception& failure) {
        return Error { std::string("export failed: ") + failure.what(), document.title };
    }
}

Result<PagePreview> renderPages(const Document& document, double pixelsPerPoint, int maxPages) noexcept
{
    if (!(pixelsPerPoint > 0.05 && pixelsPerPoint < 8))
        return Error { "page preview: a scale of " + std::to_string(pixelsPerPoint) + " pixels to a point", document.title };
    try {
        return internal::drawPages(document, pixelsPerPoint, maxPages);
    } catch (const std::exception& failure) {
        return Error { std::string("page preview failed: ") + failure.what(), document.title };
    }
}

} // namespace sapha::exporting

extern "C" sapha::exporting::RenderFunction sapha_export_renderer(void) noexcept
{
    return &sapha::exporting::render;
}

extern "C" sapha::exporting::PagesFunction sapha_export_page_renderer(void) noexcept
{
    return &sapha::exporting::renderPages;
}
