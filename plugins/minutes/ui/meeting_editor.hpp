// Sapha minutes — the meeting editor: the paper's order on screen (heading fields, agenda tree with
// each item's discussion and resolution, attendance), keyboard first.
// SPDX-License-Identifier: MIT
#pragma once

#include <sapha/ui/document_editor.hpp>

#include "core/meeting_kind.hpp"

class wxButton;
class wxCheckBox;
class wxChoice;
class wxComboBox;
class wxNotebook;
class wxKeyEvent;
class wxTextCtrl;
class wxListCtrl;
class wxStaticText;

namespace sapha::ui {
class OutlinePane;
}

namespace sapha::minutes {

class AttachmentsPanel;
class AttendancePanel;
class SignaturesPanel;
class VoteFields;
class StatTablesPanel;

class MeetingEditor : public ui::DocumentEditor {
public:
    static constexpr const char* kKindId = MeetingKind::kId;

    MeetingEditor(wxWindow* parent, const IDocumentKind& kind, std::unique_ptr<IDocument> document,
        ui::IEditorHost& host);

    // Adds an agenda item after the selected top-level item (or a sub-item under it).
    enum class Placement { None, Sibling, Child };
    void addItem(Placement placement);
    void moveSelected(int delta);
    void removeSelected();
    // Adds an action item to the selected agenda item and puts the cursor in its task.
    void addAction();
    void removeSelectedAction();

private:
    Meeting& meeting();
    AgendaItem* selectedItem();
    void showDocument() override;
    // The action item chosen in its list, else the agenda item chosen in the outline.
    std::string currentElementId() noexcept override;
    // An agenda item in the outline; an action item in its item's list; a statistics table on its page.
    bool showElement(const std::string& id) noexcept override;
    void fillAgendaTree();
    void showSelectedItem();
    void onStampTime(bool isStart);
    void onCertifyPrevious();
    ActionItem* selectedAction();
    void fillActions();
    void showSelectedAction();
    void labelItemPages();
    void onKey(wxKeyEvent& event);

    wxStaticText* m_heading = nullptr;
    wxTextCtrl* m_committee = nullptr;
    wxTextCtrl* m_number = nullptr;
    wxTextCtrl* m_date = nullptr;
    wxTextCtrl* m_venue = nullptr;
    wxTextCtrl* m_start = nullptr;
    wxTextCtrl* m_end = nullptr;
    wxChoice* m_status = nullptr;
    ui::OutlinePane* m_agenda = nullptr;
    wxTextCtrl* m_itemTitle = nullptr;
    wxTextCtrl* m_itemText = nullptr;
    wxTextCtrl* m_itemResolution = nullptr;
    wxNotebook* m_pages = nullptr;
    // The selected item's discussion and resolution, action items, tables: a tab each.
    enum ItemPage { kDiscussionPage = 0, kActionsPage = 1, kTablesPage = 2, kAttachmentsPage = 3 };
    wxNotebook* m_itemPages = nullptr;
    StatTablesPanel* m_tables = nullptr;
    AttachmentsPanel* m_attachments = nullptr;
    AttendancePanel* m_attendance = nullptr;
    SignaturesPanel* m_signatures = nullptr;
    VoteFields* m_vote = nullptr;
    wxButton* m_certify = nullptr;
    wxListCtrl* m_actions = nullptr;
    wxTextCtrl* m_actionTask = nullptr;
    wxTextCtrl* m_actionAssignee = nullptr;
    wxTextCtrl* m_actionDue = nullptr;
    wxCheckBox* m_actionDone = nullptr;
    std::string m_selectedId;
    long m_selectedAction = -1;
};

} // namespace sapha::minutes
