// Sapha — exporting documents, with the writers loaded on first use.
// SPDX-License-Identifier: MIT
#include "export/document_exporter.hpp"

#include <algorithm>
#include <ctime>
#include <optional>
#include <map>
#include <mutex>

#include <dlfcn.h>

#include <Poco/Exception.h>
#include <Poco/SharedLibrary.h>

#include <sapha/export/render.hpp>
#include <sapha/finding.hpp>

#include "document_catalog.hpp"
#include "messages/message_language.hpp"
#include "storage/atomic_file.hpp"

namespace fs = std::filesystem;

namespace sapha::host {

namespace {

// libsapha_export sits beside libsapha_sdk, wherever that was loaded from (build tree, install tree).
fs::path exportLibraryPath()
{
    Dl_info info {};
    if (dladdr(reinterpret_cast<const void*>(&sapha::hasErrors), &info) && info.dli_fname)
        return fs::path(info.dli_fname).parent_path() / "libsapha_export.so";
    return executableDirectory() / ".." / SAPHA_LIB_DIR / "libsapha_export.so";
}

// The library's two entry points: the writers, and the page preview's drawing.
struct ExportLibrary {
    exporting::RenderFunction render = nullptr;
    exporting::PagesFunction pages = nullptr;
};

Result<ExportLibrary> loadExportLibrary()
{
    static std::mutex lock;
    static ExportLibrary loaded;
    static std::string failure;
    std::lock_guard guard(lock);
    if (loaded.render)
        return loaded;
    if (!failure.empty())
        return Error { failure, exportLibraryPath().string() };
    const fs::path path = exportLibraryPath();
    // Kept loaded for the whole run: what it returns may be in use on other threads.
    static Poco::SharedLibrary library;
    try {
        library.load(path.string(), Poco::SharedLibrary::SHLIB_LOCAL);
        if (!library.hasSymbol("sapha_export_renderer") || !library.hasSymbol("sapha_export_page_renderer")) {
            failure = "not this Sapha's export library (no sapha_export_renderer or sapha_export_page_renderer)";
        } else {
            loaded.render = reinterpret_cast<exporting::RenderFunction (*)() noexcept>(library.getSymbol("sapha_export_renderer"))();
            loaded.pages
                = reinterpret_cast<exporting::PagesFunction (*)() noexcept>(library.getSymbol("sapha_export_page_renderer"))();
        }
    } catch (const Poco::Exception& error) {
        failure = "cannot load the export writers: " + error.message();
    }
    if (!loaded.render || !loaded.pages) {
        loaded = {};
        return Error { failure.empty() ? localized("ไลบรารีส่งออกไม่มีตัวเขียนแฟ้ม", "the export library provides no writer") : failure, path.string() };
    }
    return loaded;
}

} // namespace

ExportChoices exportChoicesFrom(const UserSettings& settings)
{
    ExportChoices choices;
    choices.fontFamily = settings.get("export.font");
    const std::string digits = settings.get("export.digits");
    if (digits == "thai")
        choices.usesThaiDigits = true;
    else if (digits == "arabic")
        choices.usesThaiDigits = false;
    return choices;
}

Result<std::string> renderExport(const exporting::Document& document, exporting::Format format)
{
    Result<ExportLibrary> library = loadExportLibrary();
    if (!library)
        return library.error();
    return library.value().render(document, format);
}

Result<exporting::PagePreview> renderPagePreview(const exporting::Document& document, double pixelsPerPoint, int maxPages)
{
    Result<ExportLibrary> library = loadExportLibrary();
    if (!library)
        return library.error();
    return library.value().pages(document, pixelsPerPoint, maxPages);
}

std::string exportFileName(std::string_view path, std::string_view kindSuffix, exporting::Format format)
{
    std::string name(path);
    if (name.size() > kindSuffix.size() && name.compare(name.size() - kindSuffix.size(), kindSuffix.size(), kindSuffix) == 0)
        name.resize(name.size() - kindSuffix.size());
    return name + "." + exporting::formatExtension(format);
}

Result<std::string> exportDocument(Workspace& workspace, const PluginRegistry& registry, std::string_view path,
    std::string_view revision, exporting::Format format, const ExportChoices& choices)
{
    if (format == exporting::Format::None)
        return Error { localized("ไม่รู้จักรูปแบบนี้ (ใช้ docx odt pdf html หรือ md)", "unknown format (use docx, odt, pdf, html or md)"), std::string(path) };
    Result<LoadedDocument> loaded = loadDocument(workspace, registry, path, revision);
    if (!loaded)
        return loaded.error();
    return exportModel(*loaded.value().kind, *loaded.value().document, path, format, choices);
}

Result<exporting::Document> exportPaper(
    const IDocumentKind& kind, const IDocument& document, std::string_view path, const ExportChoices& choices)
{
    Result<exporting::Document> paper = choices.part.empty() ? kind.exportDocument(document) : kind.exportPart(document, choices.part);
    if (!paper)
        return Error { paper.error().message, std::string(path) };
    if (!choices.fontFamily.empty())
        paper.value().page.fontFamily = choices.fontFamily;
    if (choices.usesThaiDigits)
        paper.value().usesThaiDigits = *choices.usesThaiDigits;
    return paper;
}

Result<std::string> exportModel(const IDocumentKind& kind, const IDocument& document, std::string_view path,
    exporting::Format format, const ExportChoices& choices)
{
    Result<exporting::Document> paper = exportPaper(kind, document, path, choices);
    if (!paper)
        return paper.error();
    Result<std::string> bytes = renderExport(paper.value(), format);
    if (!bytes)
        return Error { bytes.error().message, std::string(path) };
    return bytes;
}

namespace {

std::string isoDate(std::int64_t time)
{
    char date[32];
    const std::time_t when = static_cast<std::time_t>(time);
    std::tm parts {};
    gmtime_r(&when, &parts);
    std::strftime(date, sizeof date, "%Y-%m-%dT%H:%M:%SZ", &parts);
    return date;
}

// The revisions of `path` after `from` up to `to` (the document's own commits, oldest first): the
// versions a redline credits its changes to. Found in the document's history by id, or else by time (a
// named version may sit on a commit that did not touch the document).
Result<std::vector<Revision>> revisionsBetween(Workspace& workspace, std::string_view path, const Revision& from,
    const std::optional<Revision>& to)
{
    Result<std::vector<Revision>> history = workspace.history(path);
    if (!history)
        return history.error();
    std::vector<Revision> between; // newest first while collecting
    bool inside = !to.has_value();
    for (const Revision& revision : history.value()) {
        if (revision.id == from.id || (revision.time < from.time && revision.id != (to ? to->id : "")))
            break;
        if (!inside && (revision.id == to->id || revision.time <= to->time))
            inside = true;
        if (inside)
            between.push_back(revision);
    }
    std::reverse(between.begin(), between.end());
    return between;
}

} // namespace

Result<std::string> exportRedline(Workspace& workspace, const PluginRegistry& registry, std::string_view path,
    std::string_view from, std::string_view to, exporting::Format format, const ExportChoices& choices,
    const Author& author)
{
    auto paperAt = [&](std::string_view revision) -> Result<exporting::Document> {
        Result<LoadedDocument> loaded = loadDocument(workspace, registry, path, revision);
        if (!loaded)
            return loaded.error();
        return loaded.value().kind->exportDocument(*loaded.value().document);
    };
    Result<exporting::Document> before = paperAt(from);
    if (!before)
        return Error { before.error().message, std::string(path) + "@" + std::string(from) };
    Result<exporting::Document> after = paperAt(to);
    if (!after)
        return Error { after.error().message, std::string(path) };
    Result<Revision> fromRevision = workspace.resolve(from);
    if (!fromRevision)
        return fromRevision.error();
    std::optional<Revision> toRevision;
    if (!to.empty()) {
        Result<Revision> resolved = workspace.resolve(to);
        if (!resolved)
            return resolved.error();
        toRevision = resolved.value();
    }
    Result<std::vector<Revision>> between = revisionsBetween(workspace, path, fromRevision.value(), toRevision);
    if (!between)
        return between.error();
    // Every version in between, so that each change carries the author and date of the commit that made
    // it. A version that does not load is skipped: its changes are credited to the next one.
    std::vector<exporting::Document> versions { before.value() };
    std::vector<exporting::ChangeOrigin> origins;
    for (const Revision& revision : between.value()) {
        if (toRevision && revision.id == toRevision->id)
            continue; // `after` itself, added last
        Result<exporting::Document> paper = paperAt(revision.id);
        if (!paper)
            continue;
        versions.push_back(std::move(paper.value()));
        origins.push_back({ revision.authorName, isoDate(revision.time) });
    }
    versions.push_back(after.value());
    if (toRevision) {
        // The newest commit of the document up to `to` made `after`.
        const Revision& madeBy = between.value().empty() ? *toRevision : between.value().back();
        origins.push_back({ madeBy.authorName, isoDate(madeBy.time) });
    } else {
        origins.push_back({ author.name, isoDate(std::time(nullptr)) });
    }
    exporting::Document merged = exporting::redline(versions, origins);
    if (!choices.fontFamily.empty())
        merged.page.fontFamily = choices.fontFamily;
    if (choices.usesThaiDigits)
        merged.usesThaiDigits = *choices.usesThaiDigits;
    Result<std::string> bytes = renderExport(merged, format);
    if (!bytes)
        return Error { bytes.error().message, std::string(path) };
    return bytes;
}

int exportAll(Workspace& workspace, const PluginRegistry& registry, const fs::path& directory,
    const std::vector<exporting::Format>& formats, const ExportChoices& choices,
    const std::function<void(int, int, const std::string&)>& progress, const std::function<void(const Error&)>& failed,
    const std::atomic<bool>* cancelled)
{
    const std::vector<DocumentEntry> documents = listDocuments(workspace, registry);
    const int total = static_cast<int>(documents.size() * formats.size());
    // Two documents of one folder may share a name ("chiangrai-1-2563", a meeting and a standard): theirs
    // keep their kind in the exported name ("chiangrai-1-2563.meeting.pdf"), so neither overwrites the other.
    const auto suffixOf = [&registry](const std::string& path) {
        const DocumentKindManifest* kind = registry.kindManifestForPath(path);
        return kind ? kind->suffix : std::string();
    };
    std::map<std::string, int> uses;
    for (const DocumentEntry& entry : documents)
        ++uses[exportFileName(entry.path, suffixOf(entry.path), exporting::Format::Pdf)];
    int done = 0;
    int failures = 0;
    for (const DocumentEntry& entry : documents) {
        const std::string suffix = suffixOf(entry.path);
        const bool shared = uses[exportFileName(entry.path, suffix, exporting::Format::Pdf)] > 1;
        for (exporting::Format format : formats) {
            if (cancelled && *cancelled)
                return failures;
            const fs::path target = directory / exportFileName(entry.path, shared ? std::string(".xml") : suffix, format);
            Result<std::string> bytes = exportDocument(workspace, registry, entry.path, "", format, choices);
            Status written = bytes ? Status::ok() : Status(bytes.error());
            if (written) {
                std::error_code error;
                fs::create_directories(target.parent_path(), error);
                written = error ? Status::failure(localized("สร้างโฟลเดอร์ไม่ได้: " + systemReason(error.value()), "cannot create the folder: " + error.message()),
                                      target.parent_path().string())
                                : writeFileAtomically(target, bytes.value());
            }
            if (!written) {
                ++failures;
                failed(written.error());
            }
            progress(++done, total, target.string());
        }
    }
    return failures;
}

} // namespace sapha::host
