// Sapha — the export writers: an export document to DOCX, ODT, PDF, HTML or Markdown bytes.
// Lives in its own library (libsapha_export) because PDF needs pango and cairo: the host loads it the
// first time something is exported, so that starting sapha-cli or the GUI does not pay for them.
// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include <sapha/export/document.hpp>
#include <sapha/status.hpp>

#define SAPHA_EXPORT_API __attribute__((visibility("default")))

namespace sapha::exporting {

// Renders `document` in `format`. Any thread; documents are independent. Never throws.
SAPHA_EXPORT_API Result<std::string> render(const Document& document, Format format) noexcept;

using RenderFunction = Result<std::string> (*)(const Document&, Format) noexcept;

} // namespace sapha::exporting

// The one symbol the host looks up after loading the library.
extern "C" SAPHA_EXPORT_API sapha::exporting::RenderFunction sapha_export_renderer(void) noexcept;
