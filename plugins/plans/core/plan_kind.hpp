// Sapha plans — the plan kind: reading and writing the XML, checks, elements, links, the paper.
// SPDX-License-Identifier: MIT
#pragma once

#include "core/plans_export.h"

#include <sapha/document_kind_base.hpp>

#include "core/plan.hpp"

namespace sapha::plans {

class SAPHA_PLANS_EXPORT PlanKind : public DocumentKindBase<Plan> {
public:
    static constexpr const char* kId = "plans.plan";
    static constexpr const char* kSuffix = ".plan.xml";

    std::string id() const noexcept override;
    LocalizedText displayName() const noexcept override;
    std::string fileSuffix() const noexcept override;
    // A plan answers an action item: which one, of the open action items of the workspace's meetings.
    std::vector<NewDocumentQuestion> newDocumentQuestions(
        const IWorkspaceView& workspace, std::string_view language) const noexcept override;
    std::vector<DocumentReference> references(const IDocument& document) const noexcept override;

    // "1", "1.2", "1.2.3": a strategy's, project's, indicator's number from its place.
    static std::string numberLabel(const std::vector<int>& path);

protected:
    std::string_view rootElement() const override;
    int formatVersion() const override;
    Plan makeNew(const NewDocumentOptions& options) const override;
    Status readModel(const pugi::xml_document& xml, std::string_view text, std::string_view sourceName,
        Plan& plan) const override;
    void writeModel(const Plan& plan, pugi::xml_node& root) const override;
    Findings check(const Plan& plan, std::string_view language) const override;
    std::string titleOf(const Plan& plan) const override;
    ElementList elementsOf(const Plan& plan) const override;
    // What the plan reports to the meeting that follows up its action item: its size and latest quarter.
    std::string followUpOf(const Plan& plan, std::string_view language) const override;
    exporting::Document buildExport(const Plan& plan) const override;
    // Each reported quarter exports on its own, as the report a meeting is handed ("q1" … "q4").
    std::vector<ExportPart> exportPartsOf(const Plan& plan) const override;
    exporting::Document buildPartExport(const Plan& plan, const std::string& partId) const override;
};

} // namespace sapha::plans
