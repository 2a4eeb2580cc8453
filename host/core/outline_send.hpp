// Sapha — one document's outline sent into another kind's document, through the SDK
// (sapha/outline_exchange.hpp): a brainstorm session's clusters and ideas become a standard's components
// and candidate indicators, each linking back to its idea. The target is made when it does not exist;
// an existing one keeps everything and gains the outline. Committed. Used by `sapha-cli send` and the
// GUI's Tools menu.
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <sapha/outline_exchange.hpp>

#include "document_save.hpp"
#include "plugins/plugin_registry.hpp"
#include "workspace/workspace.hpp"

namespace sapha::host {

// The first plugin already running that offers `Interface` (sapha/plugin.hpp's query) and that `accepts`;
// one loaded when asked and not yet asked for is not looked at.
template <typename Interface, typename Accepts>
const Interface* loadedProvider(const PluginRegistry& registry, Accepts accepts)
{
    for (const PluginRecord& record : registry.records()) {
        if (record.state != PluginState::Running)
            continue;
        if (const Interface* provider = query<Interface>(*record.plugin); provider && accepts(*provider))
            return provider;
    }
    return nullptr;
}

// The same among every plugin, those loaded when asked loaded first.
template <typename Interface, typename Accepts>
const Interface* runningProvider(const PluginRegistry& registry, Accepts accepts)
{
    (void)registry.startedRecords();
    return loadedProvider<Interface>(registry, accepts);
}

struct SentOutline {
    SavedDocument saved;
    std::size_t headings = 0;
    std::size_t items = 0;
};

// Whether documents of `kindId` give an outline to send.
bool givesOutline(const PluginRegistry& registry, std::string_view kindId);
// The kinds that take an outline.
std::vector<const IDocumentKind*> outlineTakers(const PluginRegistry& registry);

// Sends the outline of the document at `from` (as committed in the working tree) into `to`; `title` names
// a new target (empty: the kind's default).
Result<SentOutline> sendOutline(Workspace& workspace, const PluginRegistry& registry, const std::string& from,
    const std::string& to, const std::string& title, const Author& author, std::string_view language);

} // namespace sapha::host
