// Sapha standards — the plugin object: registers the standard kind and contributes the demo draft.
// SPDX-License-Identifier: MIT
#pragma once

#include "core/standards_export.h"

#include <sapha/demo_content.hpp>
#include <sapha/outline_exchange.hpp>
#include <sapha/host.hpp>
#include <sapha/plugin_base.hpp>

#include "core/assessment_kind.hpp"
#include "core/standard_kind.hpp"

namespace sapha::standards {

class SAPHA_STANDARDS_EXPORT StandardsPlugin : public PluginBase, public IDemoContent, public IOutlineTarget {
public:
    explicit StandardsPlugin(IHost& host);
    ~StandardsPlugin() override;

    std::vector<const IDocumentKind*> documentKinds() const noexcept override;
    void* queryInterface(std::string_view interfaceId) noexcept override;

    std::vector<DemoDocument> demoDocuments() const noexcept override;
    std::vector<DemoTag> demoTags() const noexcept override;

    bool takesOutline(std::string_view kindId) const noexcept override;
    Result<std::unique_ptr<IDocument>> withOutline(
        const IDocument* existing, const Outline& outline, const NewDocumentOptions& options) const noexcept override;

private:
    IHost& m_host;
    StandardKind m_standardKind;
    AssessmentKind m_assessmentKind;
};

// The demo draft of the homeless-protection-centre standard, revision by revision.
SAPHA_STANDARDS_EXPORT std::vector<DemoDocument> homelessCentreDemo(const StandardKind& kind, const AssessmentKind& assessmentKind);
SAPHA_STANDARDS_EXPORT std::vector<DemoTag> homelessCentreDemoTags();

} // namespace sapha::standards
