// Sapha — sending an outline from one document into another.
// SPDX-License-Identifier: MIT
#include "outline_send.hpp"

#include <filesystem>

#include "document_catalog.hpp"
#include "messages/message_language.hpp"
#include "workspace_documents.hpp"

namespace sapha::host {

bool givesOutline(const PluginRegistry& registry, std::string_view kindId)
{
    return runningProvider<IOutlineSource>(registry, [&](const IOutlineSource& s) { return s.givesOutline(kindId); }) != nullptr;
}

std::vector<const IDocumentKind*> outlineTakers(const PluginRegistry& registry)
{
    std::vector<const IDocumentKind*> takers;
    for (const IDocumentKind* kind : registry.documentKinds()) {
        const std::string id = kind->id();
        if (runningProvider<IOutlineTarget>(registry, [&](const IOutlineTarget& t) { return t.takesOutline(id); }))
            takers.push_back(kind);
    }
    return takers;
}

Result<SentOutline> sendOutline(Workspace& workspace, const PluginRegistry& registry, const std::string& from,
    const std::string& to, const std::string& title, const Author& author, std::string_view language)
{
    Result<LoadedDocument> source = loadDocument(workspace, registry, from, "");
    if (!source)
        return source.error();
    const std::string sourceKind = source.value().kind->id();
    const IOutlineSource* giver = runningProvider<IOutlineSource>(registry, [&](const IOutlineSource& s) { return s.givesOutline(sourceKind); });
    if (!giver)
        return Error { localized("เอกสารชนิด " + sourceKind + " ไม่มีโครงร่างให้ส่ง", "documents of kind " + sourceKind + " give no outline to send"), from };
    const IDocumentKind* targetKind = registry.kindForPath(to);
    if (!targetKind)
        return Error { localized("ไม่ใช่เอกสารชนิดที่ Sapha รู้จัก (ดูจากท้ายชื่อแฟ้ม)", "not a document of any kind Sapha knows (by its file name ending)"), to };
    const IOutlineTarget* taker
        = runningProvider<IOutlineTarget>(registry, [&](const IOutlineTarget& t) { return t.takesOutline(targetKind->id()); });
    if (!taker)
        return Error { localized("เอกสารชนิด " + targetKind->id() + " รับโครงร่างไม่ได้", "documents of kind " + targetKind->id() + " take no outline"), to };

    Result<Outline> outline = giver->outlineOf(*source.value().document, from);
    if (!outline)
        return outline.error();
    // An existing target must load (and is changed only by adding); a new one is made.
    std::unique_ptr<IDocument> existing;
    if (std::filesystem::exists(workspace.root() / to)) {
        Result<LoadedDocument> loaded = loadDocument(workspace, registry, to, "");
        if (!loaded)
            return Error { loaded.error().message + localized(": ไม่ได้ส่งสิ่งใด", "; nothing was sent"), loaded.error().where };
        existing = std::move(loaded.value().document);
    }
    const WorkspaceDocuments documents(workspace);
    NewDocumentOptions options;
    options.title = title;
    options.language = std::string(language);
    options.workspace = &documents;
    Result<std::unique_ptr<IDocument>> result = taker->withOutline(existing.get(), outline.value(), options);
    if (!result)
        return result.error();
    Result<std::string> xml = targetKind->save(*result.value());
    if (!xml)
        return xml.error();
    const bool english = language == "en";
    const std::string message = (english ? "From the brainstorm " : "จากการระดมความคิด ") + outline.value().title + " (" + from + ")";
    Result<SavedDocument> saved = saveDocument(workspace, registry, to, &xml.value(), message, author, language);
    if (!saved)
        return saved.error();
    SentOutline sent { saved.value(), outline.value().headings.size(), 0 };
    for (const OutlineHeading& heading : outline.value().headings)
        sent.items += heading.items.size();
    return sent;
}

} // namespace sapha::host
