// Sapha export — the writers, one per format (internal to libsapha_export). Each may throw
// std::exception; render() turns that into an Error.
// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include <sapha/export/document.hpp>
#include <sapha/export/render.hpp>

namespace sapha::exporting::internal {

std::string writeDocx(const Document& document);
std::string writeOdt(const Document& document);
std::string writePdf(const Document& document);
// The first `maxPages` pages as the PDF draws them, as pixels (`pixelsPerPoint` of them to a point).
PagePreview drawPages(const Document& document, double pixelsPerPoint, int maxPages);
std::string writeHtml(const Document& document);
std::string writeMarkdown(const Document& document);

} // namespace sapha::exporting::internal
