// Sapha standards — the "standards.standard" document kind.
// SPDX-License-Identifier: MIT
#pragma once

#include "core/standards_export.h"

#include <sapha/document_kind_base.hpp>

#include "core/standard.hpp"

namespace sapha::standards {

class SAPHA_STANDARDS_EXPORT StandardKind : public DocumentKindBase<Standard> {
public:
    static constexpr const char* kId = "standards.standard";
    static constexpr const char* kSuffix = ".standard.xml";

    std::string id() const noexcept override;
    LocalizedText displayName() const noexcept override;
    std::string fileSuffix() const noexcept override;

    // "องค์ประกอบที่ 2" for a component, "ตัวชี้วัดที่ 2.3" for an indicator (1-based positions).
    // Thai digits (๒.๓) when the document asks for them. Numbers come from numbering.hpp.
    static std::string componentLabel(int component, const std::string& language, bool thaiDigits = false);
    static std::string indicatorLabel(int component, int indicator, const std::string& language, bool thaiDigits = false);
    static std::string indicatorLabel(const std::string& number, const std::string& language, bool thaiDigits = false);
    // "มาตรฐานที่ 2.4" for a section.
    static std::string sectionLabel(const std::string& number, const std::string& language, bool thaiDigits = false);

protected:
    std::string_view rootElement() const override;
    int formatVersion() const override;
    Standard makeNew(const NewDocumentOptions& options) const override;
    Status readModel(const pugi::xml_document& xml, std::string_view text, std::string_view sourceName,
        Standard& standard) const override;
    void writeModel(const Standard& standard, pugi::xml_node& root) const override;
    Findings check(const Standard& standard, std::string_view language) const override;
    std::string titleOf(const Standard& standard) const override;
    ElementList elementsOf(const Standard& standard) const override;
    // Each indicator made from a brainstorm's idea or cluster: its source.
    std::vector<DocumentReference> references(const IDocument& document) const noexcept override;
    exporting::Document buildExport(const Standard& standard) const override;
};

} // namespace sapha::standards
