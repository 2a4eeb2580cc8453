// Sapha standards — the plugin object.
// SPDX-License-Identifier: MIT
#include "core/standards_plugin.hpp"

#include "core/standard_from_outline.hpp"

namespace sapha::standards {

StandardsPlugin::StandardsPlugin(IHost& host)
    : m_host(host)
{
}

StandardsPlugin::~StandardsPlugin() = default;

std::vector<const IDocumentKind*> StandardsPlugin::documentKinds() const noexcept
{
    return { &m_standardKind, &m_assessmentKind };
}

void* StandardsPlugin::queryInterface(std::string_view interfaceId) noexcept
{
    if (interfaceId == IDemoContent::kInterfaceId)
        return static_cast<IDemoContent*>(this);
    if (interfaceId == IOutlineTarget::kInterfaceId)
        return static_cast<IOutlineTarget*>(this);
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

bool StandardsPlugin::takesOutline(std::string_view kindId) const noexcept
{
    return kindId == StandardKind::kId;
}

Result<std::unique_ptr<IDocument>> StandardsPlugin::withOutline(
    const IDocument* existing, const Outline& outline, const NewDocumentOptions& options) const noexcept
{
    try {
        Standard standard;
        if (existing) {
            standard = StandardKind::model(*existing);
        } else {
            NewDocumentOptions titled = options;
            if (titled.title.empty())
                titled.title = outline.title;
            Result<std::unique_ptr<IDocument>> created = m_standardKind.create(titled);
            if (!created)
                return created.error();
            standard = StandardKind::model(*created.value());
            standard.components.clear(); // the outline gives the components
        }
        addOutline(standard, outline);
        return std::unique_ptr<IDocument>(std::make_unique<Standard>(std::move(standard)));
    } catch (const std::exception& failure) {
        return Error { failure.what(), outline.sourcePath };
    }
}

} // namespace sapha::standards
