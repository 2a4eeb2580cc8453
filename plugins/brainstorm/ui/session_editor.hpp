// Sapha brainstorm — the session editor: session details, groups, and the ideas with their group,
// cluster and votes; a facilitator types ideas in as groups call them out.
// SPDX-License-Identifier: MIT
#pragma once

#include <sapha/ui/document_editor.hpp>

#include "core/session_kind.hpp"

class wxTextCtrl;
class wxListCtrl;
class wxChoice;

namespace sapha::brainstorm {

class SessionEditor : public ui::DocumentEditor {
public:
    static constexpr const char* kKindId = SessionKind::kId;

    SessionEditor(wxWindow* parent, const IDocumentKind& kind, std::unique_ptr<IDocument> document,
        ui::IEditorHost& host);

    // Adds an idea for the chosen group from the entry field.
    void addIdea();
    void removeSelectedIdea();

private:
    Session& session();
    void showDocument() override;
    void fillGroups();
    void fillIdeas();

    wxTextCtrl* m_topic = nullptr;
    wxTextCtrl* m_prompt = nullptr;
    wxTextCtrl* m_date = nullptr;
    wxTextCtrl* m_venue = nullptr;
    wxListCtrl* m_groups = nullptr;
    wxListCtrl* m_ideas = nullptr;
    wxChoice* m_ideaGroup = nullptr;
    wxTextCtrl* m_ideaText = nullptr;
};

} // namespace sapha::brainstorm
