// Sapha standards — the "standards.assessment" document kind: an organisation's self-assessment
// against a named version of a standard (`sapha-cli new assessment PATH --standard STANDARD@VERSION`).
// SPDX-License-Identifier: MIT
#pragma once

#include "core/standards_export.h"

#include <sapha/document_kind_base.hpp>

#include "core/assessment.hpp"

namespace sapha::standards {

class SAPHA_STANDARDS_EXPORT AssessmentKind : public DocumentKindBase<Assessment> {
public:
    static constexpr const char* kId = "standards.assessment";
    static constexpr const char* kSuffix = ".assessment.xml";

    std::string id() const noexcept override;
    LocalizedText displayName() const noexcept override;
    std::string fileSuffix() const noexcept override;
    // The version of the standard assessed against, shown in both documents' history and checked.
    std::vector<DocumentReference> references(const IDocument& document) const noexcept override;

protected:
    std::string_view rootElement() const override;
    int formatVersion() const override;
    // Needs options.workspace and parameters["standard"] = "PATH@VERSION".
    Assessment makeNew(const NewDocumentOptions& options) const override;
    Status readModel(const pugi::xml_document& xml, std::string_view text, std::string_view sourceName,
        Assessment& assessment) const override;
    void writeModel(const Assessment& assessment, pugi::xml_node& root) const override;
    Findings check(const Assessment& assessment, std::string_view language) const override;
    std::string titleOf(const Assessment& assessment) const override;
    ElementList elementsOf(const Assessment& assessment) const override;
    exporting::Document buildExport(const Assessment& assessment) const override;
};

} // namespace sapha::standards
