// Sapha — listing and loading the documents of a workspace.
// SPDX-License-Identifier: MIT
#include "document_catalog.hpp"

#include "messages/message_language.hpp"
#include "sync/sync.hpp"

namespace sapha::host {

std::vector<DocumentEntry> listDocuments(const Workspace& workspace, const PluginRegistry& registry)
{
    std::vector<DocumentEntry> documents;
    for (const std::string& path : workspace.files()) {
        if (const DocumentKindManifest* kind = registry.kindManifestForPath(path))
            documents.push_back(DocumentEntry { path, kind->id });
    }
    return documents;
}

std::pair<std::string, std::string> splitRevisionSpec(std::string_view spec)
{
    const std::size_t at = spec.rfind('@');
    if (at == std::string_view::npos || at == 0)
        return { std::string(spec), std::string() };
    return { std::string(spec.substr(0, at)), std::string(spec.substr(at + 1)) };
}

Result<LoadedDocument> loadDocument(
    Workspace& workspace, const PluginRegistry& registry, std::string_view path, std::string_view revision)
{
    LoadedDocument loaded;
    loaded.kind = registry.kindForPath(path);
    if (!loaded.kind) {
        const DocumentKindManifest* declared = registry.kindManifestForPath(path);
        if (declared)
            return Error { localized("ปลั๊กอินที่ให้เอกสารชนิด \"" + declared->id + "\" ไม่ได้ทำงานอยู่ (ดู `sapha-cli plugins`)",
                               "the plugin that provides \"" + declared->id + "\" is not running (see `sapha-cli plugins`)"),
                std::string(path) };
        return Error { localized("ไม่ใช่เอกสารชนิดที่ Sapha รู้จัก (ดูจากท้ายชื่อแฟ้ม)", "not a document of any kind Sapha knows (by its file name ending)"), std::string(path) };
    }
    Result<std::string> text = revision.empty() ? workspace.readWorking(path) : workspace.readAt(path, revision);
    if (!text)
        return text.error();
    loaded.text = std::move(text.value());
    // Both sides of a sync conflict kept between markers: a person chooses before it is a document again.
    if (hasConflictMarkers(loaded.text))
        return Error { localized("มีทั้งสองฉบับของข้อขัดแย้งจากการซิงก์ (ระหว่างบรรทัด <<<<<<< และ >>>>>>>): เลือกด้วย "
                                 "sapha-cli resolve " + std::string(path) + " --ours หรือ --theirs",
                           "holds both versions of a sync conflict (between the <<<<<<< and >>>>>>> lines): choose with "
                           "sapha-cli resolve " + std::string(path) + " --ours or --theirs"),
            std::string(path) };
    const std::string sourceName = revision.empty() ? std::string(path) : std::string(path) + "@" + std::string(revision);
    Result<std::unique_ptr<IDocument>> document = loaded.kind->load(loaded.text, sourceName);
    if (!document)
        return document.error();
    loaded.document = std::move(document.value());
    return loaded;
}

} // namespace sapha::host
