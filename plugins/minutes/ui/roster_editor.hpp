// Sapha minutes — the roster editor: the committee's name and quorum rule, its members (name,
// position, committee role) in a list with the selected member's fields beside it, and the agenda
// template one heading per line.
// SPDX-License-Identifier: MIT
#pragma once

#include <sapha/ui/document_editor.hpp>

#include "core/roster_kind.hpp"

class wxComboBox;
class wxListCtrl;
class wxSpinCtrl;
class wxStaticText;
class wxTextCtrl;

namespace sapha::minutes {

class RosterEditor : public ui::DocumentEditor {
public:
    static constexpr const char* kKindId = RosterKind::kId;

    RosterEditor(wxWindow* parent, const IDocumentKind& kind, std::unique_ptr<IDocument> document,
        ui::IEditorHost& host);

    void addMember();
    void removeSelectedMember();
    void moveSelectedMember(int delta);

private:
    Roster& roster();
    Member* selectedMember();
    void showDocument() override;
    void fillMembers();
    void showSelectedMember();

    wxStaticText* m_heading = nullptr;
    wxTextCtrl* m_committee = nullptr;
    wxSpinCtrl* m_quorumNumerator = nullptr;
    wxSpinCtrl* m_quorumDenominator = nullptr;
    wxListCtrl* m_members = nullptr;
    wxTextCtrl* m_memberName = nullptr;
    wxTextCtrl* m_memberPosition = nullptr;
    wxComboBox* m_memberRole = nullptr;
    wxTextCtrl* m_template = nullptr;
    long m_selected = -1;
};

} // namespace sapha::minutes
