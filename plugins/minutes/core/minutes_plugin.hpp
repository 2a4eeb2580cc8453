// Sapha minutes — the plugin object: registers the meeting kind and contributes the demo meeting.
// SPDX-License-Identifier: MIT
#pragma once

#include "core/minutes_export.h"

#include <sapha/command_provider.hpp>
#include <sapha/demo_content.hpp>
#include <sapha/host.hpp>
#include <sapha/plugin_base.hpp>

#include "core/demo_meetings.hpp"
#include "core/meeting_kind.hpp"
#include "core/roster_kind.hpp"

namespace sapha::minutes {

class SAPHA_MINUTES_EXPORT MinutesPlugin : public PluginBase, public IDemoContent, public ICommandProvider {
public:
    explicit MinutesPlugin(IHost& host);
    ~MinutesPlugin() override;

    std::vector<const IDocumentKind*> documentKinds() const noexcept override;
    void* queryInterface(std::string_view interfaceId) noexcept override;

    std::vector<DemoDocument> demoDocuments() const noexcept override;
    std::vector<DemoTag> demoTags() const noexcept override;

    std::vector<CommandInfo> commands() const noexcept override;
    CommandOutput run(std::string_view name, const std::vector<std::string>& arguments,
        const IWorkspaceView& workspace, IWorkspaceChanges& changes, std::string_view language) const noexcept override;

private:
    IHost& m_host;
    MeetingKind m_meetingKind;
    RosterKind m_rosterKind;
};

} // namespace sapha::minutes
