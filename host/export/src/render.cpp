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

} // namespace sapha::exporting

extern "C" sapha::exporting::RenderFunction sapha_export_renderer(void) noexcept
{
    return &sapha::exporting::render;
}
