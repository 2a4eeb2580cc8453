// Sapha plans — the plugin object: the plan kind, its commands and its demo plan. Written against the SDK
// alone: the example of a plugin anyone can write (docs/plugin-guide.md).
// SPDX-License-Identifier: MIT
#pragma once

#include "core/plans_export.h"

#include <sapha/command_provider.hpp>
#include <sapha/demo_content.hpp>
#include <sapha/host.hpp>
#include <sapha/plugin_base.hpp>

#include "core/plan_kind.hpp"

namespace sapha::plans {

class SAPHA_PLANS_EXPORT PlansPlugin : public PluginBase, public IDemoContent, public ICommandProvider {
public:
    explicit PlansPlugin(IHost& host);
    ~PlansPlugin() override;

    std::vector<const IDocumentKind*> documentKinds() const noexcept override;
    void* queryInterface(std::string_view interfaceId) noexcept override;

    std::vector<DemoDocument> demoDocuments() const noexcept override;
    std::vector<DemoTag> demoTags() const noexcept override;

    std::vector<CommandInfo> commands() const noexcept override;
    CommandOutput run(std::string_view name, const std::vector<std::string>& arguments,
        const IWorkspaceView& workspace, IWorkspaceChanges& changes, std::string_view language) const noexcept override;

private:
    IHost& m_host;
    PlanKind m_planKind;
};

// The demo plan's revisions and its named version.
SAPHA_PLANS_EXPORT std::vector<DemoDocument> chiangRaiPlanDemo(const PlanKind& kind);
SAPHA_PLANS_EXPORT std::vector<DemoTag> chiangRaiPlanDemoTags();

} // namespace sapha::plans
