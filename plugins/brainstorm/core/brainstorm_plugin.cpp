// Sapha brainstorm — the plugin object.
// SPDX-License-Identifier: MIT
#include "core/brainstorm_plugin.hpp"

namespace sapha::brainstorm {

BrainstormPlugin::BrainstormPlugin(IHost& host)
    : m_host(host)
{
}

BrainstormPlugin::~BrainstormPlugin() = default;

Status BrainstormPlugin::initialize() noexcept
{
    return Status::ok();
}

void BrainstormPlugin::shutdown() noexcept { }

std::vector<const IDocumentKind*> BrainstormPlugin::documentKinds() const noexcept
{
    return { &m_sessionKind };
}

void* BrainstormPlugin::queryInterface(std::string_view interfaceId) noexcept
{
    if (interfaceId == IDemoContent::kInterfaceId)
        return static_cast<IDemoContent*>(this);
    return nullptr;
}

std::vector<DemoDocument> BrainstormPlugin::demoDocuments() const noexcept
{
    try {
        return workshopDemo(m_sessionKind);
    } catch (const std::exception& failure) {
        m_host.log(LogLevel::Error, "brainstorm", std::string("demo content failed: ") + failure.what());
        return {};
    }
}

std::vector<DemoTag> BrainstormPlugin::demoTags() const noexcept
{
    return {};
}

} // namespace sapha::brainstorm
