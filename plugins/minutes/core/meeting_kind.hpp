// Sapha minutes — the "minutes.meeting" document kind: template, XML, checks, outline.
// SPDX-License-Identifier: MIT
#pragma once

#include "core/minutes_export.h"

#include <sapha/document_kind_base.hpp>

#include "core/meeting.hpp"

namespace sapha::minutes {

class SAPHA_MINUTES_EXPORT MeetingKind : public DocumentKindBase<Meeting> {
public:
    static constexpr const char* kId = "minutes.meeting";
    static constexpr const char* kSuffix = ".meeting.xml";

    std::string id() const noexcept override;
    LocalizedText displayName() const noexcept override;
    std::string fileSuffix() const noexcept override;

    // Each resolution's links: "approves" a standard's named version, "certifies" earlier minutes.
    std::vector<DocumentReference> references(const IDocument& document) const noexcept override;
    // With more than one committee's roster in the workspace: which committee (parameter "committee").
    std::vector<NewDocumentQuestion> newDocumentQuestions(
        const IWorkspaceView& workspace, std::string_view language) const noexcept override;
    // The meeting's XML with only what its committee's later meetings read (committee, number, year, date,
    // status, and the agenda's items, untitled, with their links and action items), unindented: a new
    // meeting numbers itself and carries open actions over from these (committee_meetings.hpp). The
    // whole file reads the same.
    std::string digest(const IDocument& document) const noexcept override;

    // "ระเบียบวาระที่ 3" / "3.1" for the item at `path` of 1-based positions.
    static std::string numberLabel(const std::vector<int>& path, const std::string& language);

protected:
    // Frozen minutes (certified, then frozen) change only with a reason: protected when `before` is
    // frozen and the text differs (unfreezing included).
    std::string protectionOf(const Meeting& before, const Meeting& after) const override;
    // Circulated, certified, frozen: each step forward is a named version.
    std::optional<Milestone> milestoneOf(const Meeting& before, const Meeting& after) const override;
    std::string_view rootElement() const override;
    int formatVersion() const override;
    Meeting makeNew(const NewDocumentOptions& options) const override;
    Status readModel(const pugi::xml_document& xml, std::string_view text, std::string_view sourceName,
        Meeting& meeting) const override;
    void writeModel(const Meeting& meeting, pugi::xml_node& root) const override;
    Findings check(const Meeting& meeting, std::string_view language) const override;
    std::string titleOf(const Meeting& meeting) const override;
    ElementList elementsOf(const Meeting& meeting) const override;
    exporting::Document buildExport(const Meeting& meeting) const override;
};

} // namespace sapha::minutes
