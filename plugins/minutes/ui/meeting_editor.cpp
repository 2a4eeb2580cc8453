// Sapha minutes — the meeting editor.
// SPDX-License-Identifier: MIT
#include "ui/meeting_editor.hpp"

#include <ctime>
#include <functional>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/combobox.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/sizer.h>
#include <wx/splitter.h>

#include <sapha/ui/date_field.hpp>
#include <sapha/ui/form_fields.hpp>
#include <sapha/ui/outline_pane.hpp>
#include <sapha/ui/wx_text.hpp>
#include <sapha/xml_io.hpp>

#include "core/certification.hpp"
#include "core/meeting_kind.hpp"
#include "ui/attachments_panel.hpp"
#include "ui/attendance_panel.hpp"
#include "ui/certify_previous.hpp"
#include "ui/signatures_panel.hpp"
#include "ui/stat_tables_panel.hpp"
#include "ui/vote_fields.hpp"

namespace sapha::minutes {

using ui::toWx;

namespace {

// The item with `id` and the list that holds it.
struct Location {
    std::vector<AgendaItem>* list = nullptr;
    std::size_t index = 0;
};

bool locate(std::vector<AgendaItem>& items, const std::string& id, Location& out)
{
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (items[i].id == id) {
            out = { &items, i };
            return true;
        }
        if (locate(items[i].children, id, out))
            return true;
    }
    return false;
}

} // namespace

MeetingEditor::MeetingEditor(
    wxWindow* parent, const IDocumentKind& kind, std::unique_ptr<IDocument> document, ui::IEditorHost& host)
    : DocumentEditor(parent, kind, std::move(document), host)
{
    auto* top = new wxBoxSizer(wxVERTICAL);
    m_heading = ui::addHeading(this, top, wxString());

    auto* fields = new wxFlexGridSizer(2, FromDIP(wxSize(8, 4)));
    fields->AddGrowableCol(1, 1);
    const ui::FieldBinder<Meeting> edit([this] { return &meeting(); }, [this](const std::string& field, Meeting& edited) {
        m_heading->SetLabel(toWx(edited.heading()));
        documentEdited(field);
    });
    m_committee = ui::addTextField(this, fields, _("Committee"), ui::FieldShape::SingleLine,
        edit("committee", [](Meeting& m, const std::string& v) { m.committee = v; }));
    m_number = ui::addTextField(this, fields, _("Meeting no. (N/year)"), ui::FieldShape::SingleLine,
        edit("number", [](Meeting& m, const std::string& v) {
            int number = 0, year = 0;
            if (std::sscanf(v.c_str(), "%d/%d", &number, &year) == 2 && number > 0 && year > 0) {
                m.number = number;
                m.year = year;
            }
        }));
    m_date = ui::addDateField(this, fields, _("Date"), edit("date", [](Meeting& m, const std::string& v) { m.date = v; }));
    m_venue = ui::addTextField(this, fields, _("Venue"), ui::FieldShape::SingleLine,
        edit("venue", [](Meeting& m, const std::string& v) { m.venue = v; }));

    auto* times = new wxBoxSizer(wxHORIZONTAL);
    m_start = new wxTextCtrl(this, wxID_ANY);
    m_end = new wxTextCtrl(this, wxID_ANY);
    auto* stampStart = new wxButton(this, wxID_ANY, _("&Now"));
    auto* stampEnd = new wxButton(this, wxID_ANY, _("N&ow"));
    stampStart->SetToolTip(_("Stamp the start time with the current time"));
    stampEnd->SetToolTip(_("Stamp the end time with the current time"));
    times->Add(m_start, 1);
    times->Add(stampStart, 0, wxLEFT | wxRIGHT, 4);
    times->Add(new wxStaticText(this, wxID_ANY, _("Ended at")), 0, wxALIGN_CENTER_VERTICAL | wxLEFT | wxRIGHT, 8);
    times->Add(m_end, 1);
    times->Add(stampEnd, 0, wxLEFT, 4);
    fields->Add(new wxStaticText(this, wxID_ANY, _("Started at")), 0, wxALIGN_RIGHT | wxALIGN_CENTER_VERTICAL);
    fields->Add(times, 1, wxEXPAND);
    m_start->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
        meeting().startTime = ui::fromWx(m_start->GetValue());
        documentEdited("start");
    });
    m_end->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
        meeting().endTime = ui::fromWx(m_end->GetValue());
        documentEdited("end");
    });
    stampStart->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { onStampTime(true); });
    stampEnd->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { onStampTime(false); });
    // Where the minutes are: draft, circulated for corrections, certified, frozen (then a change needs a reason).
    wxArrayString statuses;
    statuses.Add(_("Draft"));
    statuses.Add(_("Circulated for corrections"));
    statuses.Add(_("Certified"));
    statuses.Add(_("Frozen"));
    m_status = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, statuses);
    fields->Add(new wxStaticText(this, wxID_ANY, _("Status")), 0, wxALIGN_RIGHT | wxALIGN_CENTER_VERTICAL);
    fields->Add(m_status);
    m_status->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        meeting().status = static_cast<MinutesStatus>(m_status->GetSelection());
        documentEdited();
    });
    top->Add(fields, 0, wxEXPAND | wxLEFT | wxRIGHT, 8);

    auto* pages = new wxNotebook(this, wxID_ANY);
    m_pages = pages;
    auto* splitter = new wxSplitterWindow(pages, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3DSASH);
    m_agenda = new ui::OutlinePane(splitter);
    m_agenda->addButton(_("+ &Item"), _("Add an agenda item after the selected one"), [this] { addItem(Placement::Sibling); });
    m_agenda->addButton(_("+ &Sub-item"), _("Add a sub-item under the selected item"), [this] { addItem(Placement::Child); });
    m_agenda->addButton(wxString::FromUTF8("\xE2\x86\x91"), _("Move the selected item up"), [this] { moveSelected(-1); });
    m_agenda->addButton(wxString::FromUTF8("\xE2\x86\x93"), _("Move the selected item down"), [this] { moveSelected(1); });
    m_agenda->addButton(_("&Remove"), _("Remove the selected item"), [this] { removeSelected(); });

    auto* right = new wxPanel(splitter);
    auto* itemFields = new wxFlexGridSizer(2, FromDIP(wxSize(8, 4)));
    itemFields->AddGrowableCol(1, 1);
    const ui::FieldBinder<AgendaItem> editItem([this] { return selectedItem(); },
        [this](const std::string& field, AgendaItem& item) {
            if (field == "title")
                fillAgendaTree();
            documentEdited(field + ":" + item.id);
        });
    m_itemTitle = ui::addTextField(right, itemFields, _("Title"), ui::FieldShape::SingleLine,
        editItem("title", [](AgendaItem& i, const std::string& v) { i.title = v; }));
    // Under the title, a tab each: the discussion and resolution, the action items, the statistics
    // tables — each with the whole height, which a meeting's long discussion needs.
    m_itemPages = new wxNotebook(right, wxID_ANY);
    auto* discussionPage = new wxPanel(m_itemPages);
    auto* discussionFields = new wxFlexGridSizer(2, FromDIP(wxSize(8, 4)));
    discussionFields->AddGrowableCol(1, 1);
    discussionFields->AddGrowableRow(0, 2);
    discussionFields->AddGrowableRow(1, 1);
    m_itemText = ui::addTextField(discussionPage, discussionFields, _("Discussion"), ui::FieldShape::MultiLine,
        editItem("text", [](AgendaItem& i, const std::string& v) { i.text = v; }));
    m_itemResolution = ui::addTextField(discussionPage, discussionFields, _("Resolution"), ui::FieldShape::MultiLine,
        editItem("resolution", [](AgendaItem& i, const std::string& v) { i.resolution = v; }));
    m_vote = new VoteFields(discussionPage, [this] { return selectedItem(); },
        [this](const std::string& key) { documentEdited(key); });
    // Under the resolution, the vote; at the item that certifies earlier minutes (usually item 2), the
    // certification itself in its place: a 768-pixel screen has room for one row there.
    m_certify = new wxButton(discussionPage, wxID_ANY, _("&Certify the previous minutes..."));
    m_certify->SetToolTip(_("Save the earlier minutes this meeting certifies as certified, and link this item to that version"));
    m_certify->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { onCertifyPrevious(); });
    auto* underResolution = new wxBoxSizer(wxVERTICAL);
    underResolution->Add(m_vote, 0, wxEXPAND);
    underResolution->Add(m_certify, 0, wxTOP, 2);
    discussionFields->AddSpacer(0);
    discussionFields->Add(underResolution, 0, wxEXPAND);
    auto* discussionSizer = new wxBoxSizer(wxVERTICAL);
    discussionSizer->Add(discussionFields, 1, wxEXPAND | wxALL, 4);
    discussionPage->SetSizer(discussionSizer);
    m_itemPages->AddPage(discussionPage, _("Discussion and resolution"), true);
    auto* actionsPage = new wxPanel(m_itemPages);
    // The item's action items: the list, then the selected one's fields.
    m_actions = new wxListCtrl(actionsPage, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 90)), wxLC_REPORT | wxLC_SINGLE_SEL);
    m_actions->AppendColumn(_("Task"), wxLIST_FORMAT_LEFT, FromDIP(220));
    m_actions->AppendColumn(_("Assigned to"), wxLIST_FORMAT_LEFT, FromDIP(130));
    m_actions->AppendColumn(_("Due"), wxLIST_FORMAT_LEFT, FromDIP(90));
    m_actions->AppendColumn(_("Done"), wxLIST_FORMAT_LEFT, FromDIP(50));
    // Not as wide as its columns: the panel must not grow past the window (the list scrolls instead).
    m_actions->SetMinSize(FromDIP(wxSize(120, 90)));
    auto* actionFields = new wxFlexGridSizer(2, FromDIP(wxSize(8, 4)));
    actionFields->AddGrowableCol(1, 1);
    const ui::FieldBinder<ActionItem> editAction([this] { return selectedAction(); },
        [this](const std::string& field, ActionItem& action) {
            fillActions();
            documentEdited(field + ":" + action.id);
        });
    m_actionTask = ui::addTextField(actionsPage, actionFields, _("Task"), ui::FieldShape::SingleLine,
        editAction("task", [](ActionItem& a, const std::string& v) { a.task = v; }));
    m_actionAssignee = ui::addTextField(actionsPage, actionFields, _("Assigned to"), ui::FieldShape::SingleLine,
        editAction("assignee", [](ActionItem& a, const std::string& v) { a.assignee = v; }));
    m_actionDue = ui::addDateField(actionsPage, actionFields, _("Due"), editAction("due", [](ActionItem& a, const std::string& v) { a.due = v; }));
    m_actionDone = new wxCheckBox(actionsPage, wxID_ANY, _("Done"));
    actionFields->AddSpacer(0);
    actionFields->Add(m_actionDone);
    m_actionDone->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) {
        if (ActionItem* action = selectedAction()) {
            action->status = m_actionDone->GetValue() ? "done" : "open";
            fillActions();
            documentEdited();
        }
    });
    m_actions->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& event) {
        m_selectedAction = event.GetIndex();
        showSelectedAction();
    });
    auto* actionButtons = new wxBoxSizer(wxHORIZONTAL);
    auto* addActionButton = new wxButton(actionsPage, wxID_ANY, _("+ &Action"), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
    addActionButton->SetToolTip(_("Add an action item to the selected agenda item (Ctrl+Shift+A)"));
    addActionButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { addAction(); });
    auto* removeActionButton = new wxButton(actionsPage, wxID_ANY, _("Remove action"), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
    removeActionButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { removeSelectedAction(); });
    actionButtons->Add(addActionButton, 0, wxRIGHT, 4);
    actionButtons->Add(removeActionButton);

    auto* rightSizer = new wxBoxSizer(wxVERTICAL);
    auto* actionsSizer = new wxBoxSizer(wxVERTICAL);
    actionsSizer->Add(m_actions, 1, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 4);
    actionsSizer->Add(actionFields, 0, wxEXPAND | wxALL, 4);
    actionsSizer->Add(actionButtons, 0, wxLEFT | wxRIGHT | wxBOTTOM, 4);
    actionsPage->SetSizer(actionsSizer);
    m_itemPages->AddPage(actionsPage, _("Action items"));
    m_tables = new StatTablesPanel(m_itemPages, [this](const std::string& key) {
        if (AgendaItem* item = selectedItem()) {
            labelItemPages();
            documentEdited(key.empty() ? std::string() : key + ":" + item->id);
        }
    });
    m_itemPages->AddPage(m_tables, _("Statistics tables"));
    m_attachments = new AttachmentsPanel(m_itemPages, [this](const std::string& key) {
        if (AgendaItem* item = selectedItem()) {
            labelItemPages();
            documentEdited(key.empty() ? std::string() : key + ":" + item->id);
        }
    });
    m_itemPages->AddPage(m_attachments, _("Attachments"));
    rightSizer->Add(itemFields, 0, wxEXPAND | wxALL, 6);
    rightSizer->Add(m_itemPages, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 6);
    right->SetSizer(rightSizer);
    ui::splitSideBySide(splitter, m_agenda, right, 0.42);
    pages->AddPage(splitter, _("Agenda"), true);

    // Attendance: the roster's members and the people added (invitees, those attending ex officio).
    const auto meetingNow = [this]() -> Meeting& { return meeting(); };
    const auto edited = [this](const std::string& key) { documentEdited(key); };
    m_attendance = new AttendancePanel(pages, meetingNow, edited);
    pages->AddPage(m_attendance, _("Attendance"));
    m_signatures = new SignaturesPanel(pages, meetingNow, edited);
    pages->AddPage(m_signatures, _("Minutes-taker and checker"));
    top->Add(pages, 1, wxEXPAND | wxALL, 8);
    SetSizer(top);

    m_agenda->onSelectionChanged([this](const std::string& id) {
        m_selectedId = id;
        showSelectedItem();
    });
    // Keyboard first: new items and action items without leaving the field being typed in.
    Bind(wxEVT_CHAR_HOOK, &MeetingEditor::onKey, this);
    if (!meeting().agenda.empty())
        m_selectedId = meeting().agenda.front().id;
    showDocument();
}

void MeetingEditor::onKey(wxKeyEvent& event)
{
    const bool control = event.GetModifiers() == wxMOD_CONTROL;
    const bool controlShift = event.GetModifiers() == (wxMOD_CONTROL | wxMOD_SHIFT);
    const int key = event.GetKeyCode();
    if ((key == WXK_RETURN || key == WXK_NUMPAD_ENTER) && control)
        addItem(Placement::Sibling);
    else if ((key == WXK_RETURN || key == WXK_NUMPAD_ENTER) && controlShift)
        addItem(Placement::Child);
    else if (key == 'A' && controlShift) {
        m_pages->SetSelection(0);
        m_itemPages->SetSelection(kActionsPage);
        addAction();
    } else if (key == 'T' && controlShift) {
        // To the item's tables: a new one when it has none, else the first table's rows.
        AgendaItem* item = selectedItem();
        if (!item)
            return;
        m_pages->SetSelection(0);
        m_itemPages->SetSelection(kTablesPage);
        if (item->tables.empty())
            m_tables->addTable();
        else
            m_tables->focusGrid();
    }
    else if (key == 'P' && controlShift) {
        // To the attendance list, on the first person when none is chosen: Space, Down, Space…
        m_pages->SetSelection(1);
        m_attendance->focusList();
    }
    else
        event.Skip();
}

std::string MeetingEditor::currentElementId() noexcept
{
    if (const ActionItem* action = selectedAction())
        return action->id;
    return m_selectedId;
}

bool MeetingEditor::showElement(const std::string& id) noexcept
{
    Location location;
    if (locate(meeting().agenda, id, location)) {
        m_pages->SetSelection(0);
        return m_agenda->select(id);
    }
    // An action item in its list, a statistics table on its page: each under its agenda item.
    const auto openItemPage = [this](const AgendaItem& item, ItemPage page) {
        m_pages->SetSelection(0);
        if (!m_agenda->select(item.id))
            return false;
        m_itemPages->SetSelection(page);
        return true;
    };
    const std::function<bool(const std::vector<AgendaItem>&)> showPart = [&](const std::vector<AgendaItem>& items) {
        for (const AgendaItem& item : items) {
            for (std::size_t i = 0; i < item.tables.size(); ++i) {
                if (item.tables[i].id == id)
                    return openItemPage(item, kTablesPage) && m_tables->showTable(i);
            }
            for (std::size_t i = 0; i < item.actions.size(); ++i) {
                if (item.actions[i].id != id)
                    continue;
                if (!openItemPage(item, kActionsPage))
                    return false;
                m_selectedAction = static_cast<long>(i);
                fillActions();
                showSelectedAction();
                m_actions->EnsureVisible(m_selectedAction);
                return true;
            }
            if (showPart(item.children))
                return true;
        }
        return false;
    };
    return showPart(meeting().agenda);
}

ActionItem* MeetingEditor::selectedAction()
{
    AgendaItem* item = selectedItem();
    if (!item || m_selectedAction < 0 || static_cast<std::size_t>(m_selectedAction) >= item->actions.size())
        return nullptr;
    return &item->actions[static_cast<std::size_t>(m_selectedAction)];
}

void MeetingEditor::fillActions()
{
    const AgendaItem* item = selectedItem();
    const std::size_t count = item ? item->actions.size() : 0;
    if (m_actions->GetItemCount() != static_cast<int>(count)) {
        m_actions->DeleteAllItems();
        for (std::size_t i = 0; i < count; ++i)
            m_actions->InsertItem(static_cast<long>(i), wxString());
    }
    for (std::size_t i = 0; i < count; ++i) {
        const ActionItem& action = item->actions[i];
        const long row = static_cast<long>(i);
        m_actions->SetItem(row, 0, toWx(action.task));
        m_actions->SetItem(row, 1, toWx(action.assignee));
        m_actions->SetItem(row, 2, ui::dateForDisplay(action.due));
        m_actions->SetItem(row, 3, action.status == "done" ? wxString::FromUTF8("\xE2\x9C\x93") : wxString());
    }
    if (m_selectedAction >= 0 && m_selectedAction < m_actions->GetItemCount())
        m_actions->SetItemState(m_selectedAction, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    labelItemPages();
}

void MeetingEditor::labelItemPages()
{
    // The tabs say how many action items and tables the item has, so that none goes unseen.
    const AgendaItem* item = selectedItem();
    const std::size_t actions = item ? item->actions.size() : 0;
    const std::size_t tables = item ? item->tables.size() : 0;
    m_itemPages->SetPageText(kActionsPage, actions ? wxString::Format(_("Action items (%zu)"), actions) : _("Action items"));
    m_itemPages->SetPageText(kTablesPage, tables ? wxString::Format(_("Statistics tables (%zu)"), tables) : _("Statistics tables"));
    const std::size_t attachments = item ? item->attachments.size() : 0;
    m_itemPages->SetPageText(kAttachmentsPage, attachments ? wxString::Format(_("Attachments (%zu)"), attachments) : _("Attachments"));
}

void MeetingEditor::showSelectedAction()
{
    const ActionItem* action = selectedAction();
    ui::showText(m_actionTask, action ? action->task : std::string());
    ui::showText(m_actionAssignee, action ? action->assignee : std::string());
    ui::showDate(m_actionDue, action ? action->due : std::string());
    m_actionDone->SetValue(action && action->status == "done");
    for (wxWindow* field : { static_cast<wxWindow*>(m_actionTask), static_cast<wxWindow*>(m_actionAssignee),
             static_cast<wxWindow*>(m_actionDue), static_cast<wxWindow*>(m_actionDone) })
        field->Enable(action != nullptr);
}

void MeetingEditor::addAction()
{
    AgendaItem* item = selectedItem();
    if (!item)
        return;
    ActionItem action;
    action.id = xml::newElementId("action");
    item->actions.push_back(action);
    m_selectedAction = static_cast<long>(item->actions.size()) - 1;
    fillActions();
    showSelectedAction();
    documentEdited();
    m_actionTask->SetFocus();
}

void MeetingEditor::removeSelectedAction()
{
    AgendaItem* item = selectedItem();
    if (!item || !selectedAction())
        return;
    item->actions.erase(item->actions.begin() + m_selectedAction);
    m_selectedAction = -1;
    fillActions();
    showSelectedAction();
    documentEdited();
}

Meeting& MeetingEditor::meeting()
{
    return static_cast<Meeting&>(document());
}

AgendaItem* MeetingEditor::selectedItem()
{
    Location location;
    if (m_selectedId.empty() || !locate(meeting().agenda, m_selectedId, location))
        return nullptr;
    return &(*location.list)[location.index];
}

void MeetingEditor::showDocument()
{
    const Meeting& m = meeting();
    m_heading->SetLabel(toWx(m.heading()));
    ui::showText(m_committee, m.committee);
    ui::showText(m_number, std::to_string(m.number) + "/" + std::to_string(m.year));
    ui::showDate(m_date, m.date);
    ui::showText(m_venue, m.venue);
    ui::showText(m_start, m.startTime);
    ui::showText(m_end, m.endTime);
    m_status->SetSelection(static_cast<int>(m.status));
    fillAgendaTree();
    showSelectedItem();
    m_attendance->showPeople();
    m_signatures->showSignatories();
}

void MeetingEditor::fillAgendaTree()
{
    const std::string language = meeting().language;
    const std::string keep = m_selectedId;
    std::function<void(const std::vector<AgendaItem>&, const wxTreeItemId&, std::vector<int>&)> add
        = [&](const std::vector<AgendaItem>& items, const wxTreeItemId& parent, std::vector<int>& path) {
              for (std::size_t i = 0; i < items.size(); ++i) {
                  path.push_back(static_cast<int>(i) + 1);
                  const std::string label = MeetingKind::numberLabel(path, language) + "  " + items[i].title;
                  add(items[i].children, m_agenda->append(parent, toWx(label), items[i].id), path);
                  path.pop_back();
              }
          };
    std::vector<int> path;
    add(meeting().agenda, m_agenda->clear(), path);
    m_selectedId = keep;
    m_agenda->finish(keep);
}

void MeetingEditor::showSelectedItem()
{
    AgendaItem* item = selectedItem();
    const bool enable = item != nullptr;
    m_itemTitle->Enable(enable);
    m_itemText->Enable(enable);
    m_itemResolution->Enable(enable);
    ui::showText(m_itemTitle, item ? item->title : std::string());
    ui::showText(m_itemText, item ? item->text : std::string());
    ui::showText(m_itemResolution, item ? item->resolution : std::string());
    m_vote->showVote();
    const bool certifies = item && certifiesMinutes(*item);
    m_certify->Show(certifies);
    m_vote->Show(!certifies || item->vote); // a vote recorded there stays in view
    m_certify->GetParent()->Layout();
    m_selectedAction = item && !item->actions.empty() ? 0 : -1;
    fillActions();
    showSelectedAction();
    m_tables->show(item ? &item->tables : nullptr);
    m_attachments->show(item ? &item->attachments : nullptr);
    labelItemPages();
}

void MeetingEditor::addItem(Placement placement)
{
    AgendaItem item;
    item.id = xml::newElementId("item");
    item.title = meeting().language == "en" ? "New item" : "เรื่องใหม่";
    Location location;
    const bool found = !m_selectedId.empty() && locate(meeting().agenda, m_selectedId, location);
    if (placement == Placement::Child && found) {
        (*location.list)[location.index].children.push_back(item);
    } else if (found) {
        location.list->insert(location.list->begin() + static_cast<long>(location.index) + 1, item);
    } else {
        meeting().agenda.push_back(item);
    }
    m_selectedId = item.id;
    fillAgendaTree();
    showSelectedItem();
    documentEdited();
    m_itemTitle->SetFocus();
    m_itemTitle->SelectAll();
}

void MeetingEditor::moveSelected(int delta)
{
    Location location;
    if (m_selectedId.empty() || !locate(meeting().agenda, m_selectedId, location))
        return;
    const long target = static_cast<long>(location.index) + delta;
    if (target < 0 || target >= static_cast<long>(location.list->size()))
        return;
    std::swap((*location.list)[location.index], (*location.list)[static_cast<std::size_t>(target)]);
    fillAgendaTree();
    documentEdited();
}

void MeetingEditor::removeSelected()
{
    Location location;
    if (m_selectedId.empty() || !locate(meeting().agenda, m_selectedId, location))
        return;
    location.list->erase(location.list->begin() + static_cast<long>(location.index));
    m_selectedId.clear();
    fillAgendaTree();
    showSelectedItem();
    documentEdited();
}

void MeetingEditor::onCertifyPrevious()
{
    if (!certifyPreviousMinutes(this, host(), meeting()))
        return;
    // The item's link and resolution are part of this meeting: saved at once, so that the certified
    // minutes never stand without the meeting that certified them.
    showSelectedItem();
    documentEdited();
    if (Result<std::string> saved = host().saveNow({}); !saved)
        wxMessageBox(ui::toWx(saved.error().describe()), _("Certify the previous minutes"), wxOK | wxICON_WARNING, this);
}

void MeetingEditor::onStampTime(bool isStart)
{
    const std::time_t now = std::time(nullptr);
    std::tm local {};
    localtime_r(&now, &local);
    char stamp[8];
    std::snprintf(stamp, sizeof stamp, "%02d.%02d", local.tm_hour, local.tm_min);
    (isStart ? m_start : m_end)->SetValue(wxString::FromAscii(stamp)); // SetValue sends the edit event
}

} // namespace sapha::minutes
