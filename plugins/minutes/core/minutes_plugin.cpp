// Sapha minutes — the plugin object.
// SPDX-License-Identifier: MIT
#include "core/minutes_plugin.hpp"

namespace sapha::minutes {

MinutesPlugin::MinutesPlugin(IHost& host)
    : m_host(host)
{
}

MinutesPlugin::~MinutesPlugin() = default;

Status MinutesPlugin::initialize() noexcept
{
    return Status::ok();
}

void MinutesPlugin::shutdown() noexcept { }

std::vector<const IDocumentKind*> MinutesPlugin::documentKinds() const noexcept
{
    return { &m_meetingKind };
}

void* MinutesPlugin::queryInterface(std::string_view interfaceId) noexcept
{
    if (interfaceId == IDemoContent::kInterfaceId)
        return static_cast<IDemoContent*>(this);
    return nullptr;
}

std::vector<DemoDocument> MinutesPlugin::demoDocuments() const noexcept
{
    try {
        return chiangRaiDemo(m_meetingKind);
    } catch (const std::exception& failure) {
        m_host.log(LogLevel::Error, "minutes", std::string("demo content failed: ") + failure.what());
        return {};
    }
}

std::vector<DemoTag> MinutesPlugin::demoTags() const noexcept
{
    return {};
}

} // namespace sapha::minutes
