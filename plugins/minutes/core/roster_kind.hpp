// Sapha minutes — the "minutes.roster" document kind.
// SPDX-License-Identifier: MIT
#pragma once

#include "core/minutes_export.h"

#include <sapha/document_kind_base.hpp>

#include "core/roster.hpp"

namespace sapha::minutes {

class SAPHA_MINUTES_EXPORT RosterKind : public DocumentKindBase<Roster> {
public:
    static constexpr const char* kId = "minutes.roster";
    static constexpr const char* kSuffix = ".roster.xml";

    std::string id() const noexcept override;
    LocalizedText displayName() const noexcept override;
    std::string fileSuffix() const noexcept override;
    // A committee's roster lives beside the others, not among its meetings.
    std::string folder() const noexcept override { return "committees"; }

    // Reads a roster from its XML (for a new meeting); the error names the path and line.
    Result<Roster> parse(std::string_view text, std::string_view sourceName) const;

protected:
    std::string_view rootElement() const override;
    int formatVersion() const override;
    Roster makeNew(const NewDocumentOptions& options) const override;
    Status readModel(const pugi::xml_document& xml, std::string_view text, std::string_view sourceName,
        Roster& roster) const override;
    void writeModel(const Roster& roster, pugi::xml_node& root) const override;
    Findings check(const Roster& roster, std::string_view language) const override;
    std::string titleOf(const Roster& roster) const override;
    ElementList elementsOf(const Roster& roster) const override;
    exporting::Document buildExport(const Roster& roster) const override;
};

} // namespace sapha::minutes
