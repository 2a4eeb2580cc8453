// Sapha brainstorm — the "brainstorm.session" document kind.
// SPDX-License-Identifier: MIT
#pragma once

#include "core/brainstorm_export.h"

#include <sapha/document_kind_base.hpp>

#include "core/session.hpp"

namespace sapha::brainstorm {

class SAPHA_BRAINSTORM_EXPORT SessionKind : public DocumentKindBase<Session> {
public:
    static constexpr const char* kId = "brainstorm.session";
    static constexpr const char* kSuffix = ".session.xml";

    std::string id() const noexcept override;
    LocalizedText displayName() const noexcept override;
    std::string fileSuffix() const noexcept override;

protected:
    std::string_view rootElement() const override;
    int formatVersion() const override;
    Session makeNew(const NewDocumentOptions& options) const override;
    Status readModel(const pugi::xml_document& xml, std::string_view text, std::string_view sourceName,
        Session& session) const override;
    void writeModel(const Session& session, pugi::xml_node& root) const override;
    Findings check(const Session& session, std::string_view language) const override;
    std::string titleOf(const Session& session) const override;
    ElementList elementsOf(const Session& session) const override;
    exporting::Document buildExport(const Session& session) const override;
};

} // namespace sapha::brainstorm
