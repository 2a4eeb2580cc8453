// Sapha — exporting documents of a workspace: the kind describes the document as paper, the writers
// (libsapha_export, loaded here on first use) turn that into a file.
// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include <sapha/document_kind.hpp>
#include <sapha/export/document.hpp>
#include <sapha/export/render.hpp>
#include <sapha/status.hpp>

#include "plugins/plugin_registry.hpp"
#include "settings/user_settings.hpp"
#include "workspace/workspace.hpp"

namespace sapha::host {

// What a person may choose beyond the document's own settings.
struct ExportChoices {
    std::string fontFamily;             // empty: the document's (TH SarabunPSK by default)
    std::optional<bool> usesThaiDigits; // empty: as the document says
    std::string part;                   // empty: the whole document; else one of its kind's exportParts
};

// The person's standing choices (Edit > Preferences): "export.font", and "export.digits" ("thai",
// "arabic", anything else: as each document says). The GUI's export and sapha-cli's start from these.
ExportChoices exportChoicesFrom(const UserSettings& settings);

// Renders an export document. Loads libsapha_export (beside libsapha_sdk) the first time; the error
// names the library when it cannot be loaded. Thread-safe.
Result<std::string> renderExport(const exporting::Document& document, exporting::Format format);

// The first `maxPages` pages of an export document drawn as its PDF prints them, for the page preview.
// Thread-safe.
Result<exporting::PagePreview> renderPagePreview(const exporting::Document& document, double pixelsPerPoint, int maxPages);

// A kind's document as paper, the person's choices applied (what exportModel renders). Errors name `path`.
Result<exporting::Document> exportPaper(
    const IDocumentKind& kind, const IDocument& document, std::string_view path, const ExportChoices& choices);

// A kind's document as paper in `format`: the person's choices applied, then rendered. Errors name `path`.
Result<std::string> exportModel(const IDocumentKind& kind, const IDocument& document, std::string_view path,
    exporting::Format format, const ExportChoices& choices);

// Exports the document at `path` (working tree when `revision` is empty) to `format`.
Result<std::string> exportDocument(Workspace& workspace, const PluginRegistry& registry, std::string_view path,
    std::string_view revision, exporting::Format format, const ExportChoices& choices);

// The difference between two versions of a document (`to` empty: the working copy) as one document
// with tracked changes — in DOCX and ODT, changes Word and LibreOffice can accept or reject. Each change
// carries the author and date of the document's commit that made it (the working copy's: `author`, now).
Result<std::string> exportRedline(Workspace& workspace, const PluginRegistry& registry, std::string_view path,
    std::string_view from, std::string_view to, exporting::Format format, const ExportChoices& choices,
    const Author& author);

// Exports every document of the workspace in each of `formats` into `directory`, keeping the
// workspace's folders (minutes/x.meeting.xml → directory/minutes/x.pdf; two documents of a folder sharing a
// name keep their kind in it: x.meeting.pdf and x.standard.pdf). Calls `progress` after each
// file with (done, total, path). Returns how many failed; each failure is reported through `failed`.
// Stops before the next file once `cancelled` (when given) becomes true. Any thread.
int exportAll(Workspace& workspace, const PluginRegistry& registry, const std::filesystem::path& directory,
    const std::vector<exporting::Format>& formats, const ExportChoices& choices,
    const std::function<void(int, int, const std::string&)>& progress,
    const std::function<void(const Error&)>& failed, const std::atomic<bool>* cancelled = nullptr);

// The file name an exported document gets: its path without the kind's suffix, with the format's extension.
std::string exportFileName(std::string_view path, std::string_view kindSuffix, exporting::Format format);

} // namespace sapha::host
