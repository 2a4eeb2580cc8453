// Sapha — `sapha-cli send PATH --to PATH [--title T]`: one document's outline into another kind's
// document, through the SDK (sapha/outline_exchange.hpp): a brainstorm session's clusters and ideas
// become a standard's components and candidate indicators, each linking back to its idea. The target
// is made when it does not exist; an existing one keeps everything and gains the outline. Committed.
// SPDX-License-Identifier: MIT
#include "commands/commands.hpp"

#include <cstdio>
#include <filesystem>

#include <sapha/outline_exchange.hpp>

#include "document_catalog.hpp"
#include "document_save.hpp"
#include "workspace_documents.hpp"

namespace sapha::cli {

int runSend(CliContext& context, Arguments& arguments)
{
    const char* usage = "sapha-cli [-C DIR] send PATH --to PATH [--title T]";
    std::optional<std::string> to = arguments.takeOption("--to");
    std::optional<std::string> title = arguments.takeOption("--title");
    if (int bad = expectArguments(context, arguments, 1, 1, usage))
        return bad;
    if (!to)
        return context.usage(std::string("send needs --to PATH; usage: ") + usage);
    const std::string from = arguments.positionals().front();
    Result<host::Workspace*> workspace = context.workspace();
    if (!workspace)
        return context.fail(workspace.error());
    const host::PluginRegistry& registry = context.plugins();

    Result<host::LoadedDocument> source = host::loadDocument(*workspace.value(), registry, from, "");
    if (!source)
        return context.fail(source.error());
    const std::string sourceKind = source.value().kind->id();
    const IOutlineSource* giver = runningProvider<IOutlineSource>(registry, [&](const IOutlineSource& s) { return s.givesOutline(sourceKind); });
    if (!giver)
        return context.fail(Error { "documents of kind " + sourceKind + " give no outline to send", from });
    const IDocumentKind* targetKind = registry.kindForPath(*to);
    if (!targetKind)
        return context.fail(Error { "not a document of any kind Sapha knows (by its file name ending)", *to });
    const IOutlineTarget* taker
        = runningProvider<IOutlineTarget>(registry, [&](const IOutlineTarget& t) { return t.takesOutline(targetKind->id()); });
    if (!taker)
        return context.fail(Error { "documents of kind " + targetKind->id() + " take no outline", *to });

    Result<Outline> outline = giver->outlineOf(*source.value().document, from);
    if (!outline)
        return context.fail(outline.error());
    // An existing target must load (and is changed only by adding); a new one is made.
    std::unique_ptr<IDocument> existing;
    if (std::filesystem::exists(workspace.value()->root() / *to)) {
        Result<host::LoadedDocument> loaded = host::loadDocument(*workspace.value(), registry, *to, "");
        if (!loaded)
            return context.fail(Error { loaded.error().message + "; nothing was sent", loaded.error().where });
        existing = std::move(loaded.value().document);
    }
    const host::WorkspaceDocuments documents(*workspace.value());
    NewDocumentOptions options;
    options.title = title.value_or("");
    options.language = context.settings().language();
    options.workspace = &documents;
    Result<std::unique_ptr<IDocument>> result = taker->withOutline(existing.get(), outline.value(), options);
    if (!result)
        return context.fail(result.error());
    Result<std::string> xml = targetKind->save(*result.value());
    if (!xml)
        return context.fail(xml.error());
    const bool english = context.settings().language() == "en";
    const std::string message = (english ? "From the brainstorm " : "จากการระดมความคิด ") + outline.value().title + " (" + from + ")";
    Result<host::SavedDocument> saved
        = host::saveDocument(*workspace.value(), registry, *to, &xml.value(), message, context.author(), context.settings().language());
    if (!saved)
        return context.fail(saved.error());
    std::size_t items = 0;
    for (const OutlineHeading& heading : outline.value().headings)
        items += heading.items.size();
    std::printf("%s %s: %zu %s, %zu %s\n", saved.value().commit.revision.shortId().c_str(), to->c_str(),
        outline.value().headings.size(), english ? "headings" : "หัวข้อ", items, english ? "items" : "รายการ");
    return kExitOk;
}

} // namespace sapha::cli
