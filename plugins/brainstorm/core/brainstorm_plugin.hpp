// Sapha brainstorm — the plugin object: registers the session kind and contributes the demo workshop.
// SPDX-License-Identifier: MIT
#pragma once

#include "core/brainstorm_export.h"

#include <sapha/demo_content.hpp>
#include <sapha/host.hpp>
#include <sapha/plugin_base.hpp>

#include <sapha/command_provider.hpp>
#include <sapha/outline_exchange.hpp>

#include "core/session_kind.hpp"

namespace sapha::brainstorm {

class SAPHA_BRAINSTORM_EXPORT BrainstormPlugin : public PluginBase, public IDemoContent, public ICommandProvider,
                                                 public IOutlineSource {
public:
    explicit BrainstormPlugin(IHost& host);
    ~BrainstormPlugin() override;

    std::vector<const IDocumentKind*> documentKinds() const noexcept override;
    void* queryInterface(std::string_view interfaceId) noexcept override;

    std::vector<DemoDocument> demoDocuments() const noexcept override;
    std::vector<DemoTag> demoTags() const noexcept override;

    std::vector<CommandInfo> commands() const noexcept override;
    CommandOutput run(std::string_view name, const std::vector<std::string>& arguments, const IWorkspaceView& workspace,
        IWorkspaceChanges& changes, std::string_view language) const noexcept override;

    bool givesOutline(std::string_view kindId) const noexcept override;
    Result<Outline> outlineOf(const IDocument& document, std::string_view path) const noexcept override;

private:
    IHost& m_host;
    SessionKind m_sessionKind;
};

// The workshop of 16 August 2561 (four groups drafting the standard), revision by revision.
SAPHA_BRAINSTORM_EXPORT std::vector<DemoDocument> workshopDemo(const SessionKind& kind);

} // namespace sapha::brainstorm
