// Sapha standards — the plugin object.
// SPDX-License-Identifier: MIT
#include "core/standards_plugin.hpp"

namespace sapha::standards {

StandardsPlugin::StandardsPlugin(IHost& host)
    : m_host(host)
{
}

StandardsPlugin::~StandardsPlugin() = default;

Status StandardsPlugin::initialize() noexcept
{
    return Status::ok();
}

void StandardsPlugin::shutdown() noexcept { }

std::vector<const IDocumentKind*> StandardsPlugin::documentKinds() const noexcept
{
    return { &m_standardKind, &m_assessmentKind };
}

void* StandardsPlugin::queryInterface(std::string_view interfaceId) noexcept
{
    if (interfaceId == IDemoContent::kInterfaceId)
        return static_cast<IDemoContent*>(this);
    return nullptr;
}

std::vector<DemoDocument> StandardsPlugin::demoDocuments() const noexcept
{
    try {
        return homelessCentreDemo(m_standardKind, m_assessmentKind);
    } catch (const std::exception& failure) {
        m_host.log(LogLevel::Error, "standards", std::string("demo content failed: ") + failure.what());
        return {};
    }
}

std::vector<DemoTag> StandardsPlugin::demoTags() const noexcept
{
    try {
        return homelessCentreDemoTags();
    } catch (...) {
        return {};
    }
}

} // namespace sapha::standards
