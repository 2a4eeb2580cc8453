// Sapha brainstorm — the session editor.
// SPDX-License-Identifier: MIT
#include "ui/session_editor.hpp"

#include <algorithm>
#include <cstdio>
#include <ctime>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/frame.h>
#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/log.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/textdlg.h>
#include <wx/tglbtn.h>
#include <wx/utils.h>
#include <wx/wrapsizer.h>

#include <sapha/ui/date_field.hpp>
#include <sapha/ui/form_fields.hpp>
#include <sapha/ui/wx_text.hpp>
#include <sapha/xml_io.hpp>

#include "core/board_edits.hpp"
#include "core/live/live_session.hpp"
#include "core/live/live_start.hpp"
#include "core/live/participation_server.hpp"
#include "ui/projector_frame.hpp"
#include "ui/word_cloud_canvas.hpp"

namespace sapha::brainstorm {

using ui::toWx;

namespace {

std::string nowIso()
{
    const std::time_t now = std::time(nullptr);
    std::tm local {};
    localtime_r(&now, &local);
    char buffer[40];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%S%z", &local);
    std::string text(buffer);
    if (text.size() > 5)
        text.insert(text.size() - 2, ":"); // +0700 → +07:00
    return text;
}

wxString roundKindLabel(RoundKind kind)
{
    switch (kind) {
    case RoundKind::Cluster:
        return _("sorting");
    case RoundKind::Vote:
        return _("voting");
    case RoundKind::Ideate:
        break;
    }
    return _("ideas");
}

constexpr int kClockMs = 250;
constexpr int kBoardPage = 0;
constexpr int kWordCloudPage = 1;
constexpr int kSessionPage = 2;

} // namespace

SessionEditor::SessionEditor(
    wxWindow* parent, const IDocumentKind& kind, std::unique_ptr<IDocument> document, ui::IEditorHost& host)
    : DocumentEditor(parent, kind, std::move(document), host)
{
    auto* top = new wxBoxSizer(wxVERTICAL);
    m_pages = new wxNotebook(this, wxID_ANY);
    m_pages->AddPage(buildBoardPage(m_pages), _("Board"));
    m_cloud = new WordCloudCanvas(m_pages, 1.0);
    m_pages->AddPage(m_cloud, _("Word cloud"));
    m_pages->AddPage(buildDetailsPage(m_pages), _("Session"));
    top->Add(m_pages, 1, wxEXPAND);
    SetSizer(top);

    Bind(wxEVT_CHAR_HOOK, &SessionEditor::onKey, this);
    m_clock.SetOwner(this);
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { onClock(); }, m_clock.GetId());
    m_clock.Start(kClockMs);
    showDocument();
    resetTimer();
}

SessionEditor::~SessionEditor()
{
    m_clock.Stop();
    // Everything phones sent is in the journal; the next start carries on from it.
    if (m_server)
        m_server->stop();
    if (m_live)
        m_live->wakeAll();
    if (m_projector)
        m_projector->Destroy();
}

wxWindow* SessionEditor::buildBoardPage(wxWindow* parent)
{
    auto* page = new wxPanel(parent);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* controls = new wxWrapSizer(wxHORIZONTAL);
    const auto flags = wxSizerFlags().Border(wxALL, FromDIP(3)).CentreVertical();
    m_round = new wxChoice(page, wxID_ANY);
    m_round->SetToolTip(_("The round in progress (Ctrl+Shift+Left / Ctrl+Shift+Right)"));
    auto* next = new wxButton(page, wxID_ANY, _("Next round"));
    m_timerButton = new wxButton(page, wxID_ANY, _("Start timer"));
    m_timerButton->SetToolTip(_("Start or pause the round's timer (Ctrl+Shift+T)"));
    auto* reset = new wxButton(page, wxID_ANY, _("Reset timer"));
    m_votesShown = new wxToggleButton(page, wxID_ANY, _("Show votes"));
    m_votesShown->SetToolTip(_("Show the dots on the board and the projector (Ctrl+Shift+V)"));
    m_locked = new wxToggleButton(page, wxID_ANY, _("Lock"));
    m_locked->SetToolTip(_("Take no more ideas, votes or changes (Ctrl+Shift+K)"));
    m_liveButton = new wxButton(page, wxID_ANY, _("Start live session"));
    m_liveButton->SetToolTip(_("Participants join from their phones (F5)"));
    m_roomNetwork = new wxCheckBox(page, wxID_ANY, _("Open to the room's network"));
    m_roomNetwork->SetToolTip(_("Off: only this computer can join (for a try-out)"));
    auto* projector = new wxButton(page, wxID_ANY, _("Projector"));
    projector->SetToolTip(_("The board full screen in large type (F11); Tab shows the word cloud"));
    for (wxWindow* control : std::initializer_list<wxWindow*> { m_round, next, m_timerButton, reset, m_votesShown, m_locked,
             m_liveButton, m_roomNetwork, projector })
        controls->Add(control, flags);
    sizer->Add(controls, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, FromDIP(4));

    m_board = new BoardCanvas(page, *this, 1.0);
    sizer->Add(m_board, 1, wxEXPAND | wxALL, FromDIP(4));

    auto* entry = new wxBoxSizer(wxHORIZONTAL);
    m_ideaGroup = new wxChoice(page, wxID_ANY);
    m_ideaText = new wxTextCtrl(page, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxTE_PROCESS_ENTER);
    m_ideaText->SetHint(_("Type an idea and press Enter (Ctrl+Shift+I)"));
    auto* add = new wxButton(page, wxID_ANY, _("&Add idea"));
    entry->Add(m_ideaGroup, 0, wxRIGHT | wxALIGN_CENTER_VERTICAL, FromDIP(4));
    entry->Add(m_ideaText, 1, wxRIGHT | wxALIGN_CENTER_VERTICAL, FromDIP(4));
    entry->Add(add, 0, wxALIGN_CENTER_VERTICAL);
    sizer->Add(entry, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(6));
    page->SetSizer(sizer);

    m_round->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { chooseRound(m_round->GetSelection()); });
    next->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { chooseRound(m_round->GetSelection() + 1); });
    m_timerButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { toggleTimer(); });
    reset->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { resetTimer(); });
    m_votesShown->Bind(wxEVT_TOGGLEBUTTON, [this](wxCommandEvent&) { showBoard(); });
    m_locked->Bind(wxEVT_TOGGLEBUTTON, [this](wxCommandEvent&) { setLocked(m_locked->GetValue()); });
    m_liveButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { isLive() ? stopLive() : startLive(); });
    projector->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { openProjector(); });
    m_ideaText->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { addIdea(); });
    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { addIdea(); });
    return page;
}

wxWindow* SessionEditor::buildDetailsPage(wxWindow* parent)
{
    auto* page = new wxPanel(parent);
    auto* top = new wxBoxSizer(wxVERTICAL);
    auto* fields = new wxFlexGridSizer(2, FromDIP(wxSize(8, 4)));
    fields->AddGrowableCol(1, 1);
    m_topic = ui::addTextField(page, fields, _("Topic"), ui::FieldShape::SingleLine, [this](const std::string& v) {
        session().topic = v;
        documentEdited("topic");
        showBoard();
    });
    m_prompt = ui::addTextField(page, fields, _("Question"), ui::FieldShape::SingleLine, [this](const std::string& v) {
        session().prompt = v;
        documentEdited("prompt");
    });
    m_date = ui::addDateField(page, fields, _("Date"), [this](const std::string& v) {
        session().date = v;
        documentEdited("date");
    });
    m_venue = ui::addTextField(page, fields, _("Venue"), ui::FieldShape::SingleLine, [this](const std::string& v) {
        session().venue = v;
        documentEdited("venue");
    });
    fields->Add(new wxStaticText(page, wxID_ANY, _("Votes per participant")), 0, wxALIGN_CENTER_VERTICAL);
    m_votesPerParticipant = new wxSpinCtrl(page, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS, 1, 100, 3);
    fields->Add(m_votesPerParticipant, 0);
    top->Add(fields, 0, wxEXPAND | wxALL, FromDIP(8));

    auto* lists = new wxBoxSizer(wxHORIZONTAL);
    auto* groupsColumn = new wxBoxSizer(wxVERTICAL);
    ui::addHeading(page, groupsColumn, _("Groups"));
    m_groups = new wxListCtrl(page, wxID_ANY, wxDefaultPosition, wxSize(-1, FromDIP(110)), wxLC_REPORT | wxLC_SINGLE_SEL);
    m_groups->AppendColumn(_("Group"), wxLIST_FORMAT_LEFT, FromDIP(170));
    m_groups->AppendColumn(_("Question for the group"), wxLIST_FORMAT_LEFT, FromDIP(210));
    m_groups->AppendColumn(_("Ideas"), wxLIST_FORMAT_RIGHT, FromDIP(60));
    m_groups->AppendColumn(_("Joined"), wxLIST_FORMAT_RIGHT, FromDIP(70));
    groupsColumn->Add(m_groups, 1, wxEXPAND);
    // The chosen group's name and question, edited in place; groups are set before the session goes live
    // (phones join a group by its place on their list).
    auto* groupFields = new wxFlexGridSizer(2, FromDIP(wxSize(6, 4)));
    groupFields->AddGrowableCol(1, 1);
    const ui::FieldBinder<Group> groupField([this] { return selectedGroup(); }, [this](const std::string& field, Group& group) {
        documentEdited(field + ":" + group.id);
        showGroupRow(group);
    });
    m_groupName = ui::addTextField(page, groupFields, _("Group name"), ui::FieldShape::SingleLine,
        groupField("group-name", [](Group& group, const std::string& v) { group.name = v; }));
    m_groupPrompt = ui::addTextField(page, groupFields, _("Its question"), ui::FieldShape::SingleLine,
        groupField("group-prompt", [](Group& group, const std::string& v) { group.prompt = v; }));
    // Narrow at least: the column shares a laptop's width with the rounds.
    for (wxTextCtrl* field : { m_groupName, m_groupPrompt })
        field->SetMinSize(wxSize(FromDIP(120), -1));
    groupsColumn->Add(groupFields, 0, wxEXPAND | wxTOP, FromDIP(4));
    auto* groupButtons = new wxBoxSizer(wxHORIZONTAL);
    m_addGroup = new wxButton(page, wxID_ANY, _("Add group"));
    m_removeGroup = new wxButton(page, wxID_ANY, _("Remove group"));
    groupButtons->Add(m_addGroup, 0, wxRIGHT, FromDIP(4));
    groupButtons->Add(m_removeGroup, 0);
    groupsColumn->Add(groupButtons, 0, wxTOP, FromDIP(4));
    lists->Add(groupsColumn, 3, wxEXPAND | wxRIGHT, FromDIP(8));

    auto* roundsColumn = new wxBoxSizer(wxVERTICAL);
    ui::addHeading(page, roundsColumn, _("Rounds"));
    m_rounds = new wxListCtrl(page, wxID_ANY, wxDefaultPosition, wxSize(-1, FromDIP(110)), wxLC_REPORT | wxLC_SINGLE_SEL);
    m_rounds->AppendColumn(_("Round"), wxLIST_FORMAT_LEFT, FromDIP(120));
    m_rounds->AppendColumn(_("Timer"), wxLIST_FORMAT_RIGHT, FromDIP(64));
    roundsColumn->Add(m_rounds, 1, wxEXPAND);
    // The chosen round's timer, its label above it; adding and removing rounds on the next line.
    roundsColumn->Add(new wxStaticText(page, wxID_ANY, _("Timer (minutes, 0: none)")), 0, wxTOP, FromDIP(4));
    m_roundMinutes = new wxSpinCtrl(page, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS, 0, 1440, 0);
    roundsColumn->Add(m_roundMinutes, 0, wxTOP, FromDIP(2));
    auto* roundEdit = new wxBoxSizer(wxHORIZONTAL);
    auto* addRound = new wxChoice(page, wxID_ANY);
    addRound->Append(_("Add a round..."));
    for (RoundKind kind : { RoundKind::Ideate, RoundKind::Cluster, RoundKind::Vote })
        addRound->Append(roundKindLabel(kind));
    addRound->SetSelection(0);
    roundEdit->Add(addRound, 0, wxRIGHT, FromDIP(4));
    auto* removeRound = new wxButton(page, wxID_ANY, _("Remove round"));
    roundEdit->Add(removeRound, 0);
    roundsColumn->Add(roundEdit, 0, wxTOP, FromDIP(4));
    lists->Add(roundsColumn, 2, wxEXPAND);
    top->Add(lists, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(8));

    ui::addHeading(page, top, _("Ideas"));
    m_ideas = new wxListCtrl(page, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    m_ideas->AppendColumn(_("Idea"), wxLIST_FORMAT_LEFT, FromDIP(420));
    m_ideas->AppendColumn(_("Group"), wxLIST_FORMAT_LEFT, FromDIP(200));
    m_ideas->AppendColumn(_("Cluster"), wxLIST_FORMAT_LEFT, FromDIP(180));
    m_ideas->AppendColumn(_("Votes"), wxLIST_FORMAT_RIGHT, FromDIP(60));
    top->Add(m_ideas, 1, wxEXPAND | wxALL, FromDIP(8));
    auto* remove = new wxButton(page, wxID_ANY, _("&Remove idea"));
    top->Add(remove, 0, wxLEFT | wxBOTTOM, FromDIP(8));
    page->SetSizer(top);

    m_votesPerParticipant->Bind(wxEVT_SPINCTRL, [this](wxSpinEvent&) {
        session().votesPerParticipant = m_votesPerParticipant->GetValue();
        documentEdited("votes-per-participant");
    });
    m_rounds->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& event) {
        const auto index = static_cast<std::size_t>(event.GetIndex());
        if (index < session().rounds.size())
            m_roundMinutes->SetValue(session().rounds[index].minutes);
    });
    m_roundMinutes->Bind(wxEVT_SPINCTRL, [this](wxSpinEvent&) {
        const long selected = m_rounds->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
        if (selected < 0 || static_cast<std::size_t>(selected) >= session().rounds.size())
            return;
        session().rounds[static_cast<std::size_t>(selected)].minutes = m_roundMinutes->GetValue();
        documentEdited("round-minutes");
        fillRounds();
        m_rounds->SetItemState(selected, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
        if (!m_roundTimer.running())
            resetTimer();
    });
    addRound->Bind(wxEVT_CHOICE, [this, addRound](wxCommandEvent&) {
        const int chosen = addRound->GetSelection();
        addRound->SetSelection(0);
        if (chosen <= 0)
            return;
        const RoundKind kind = chosen == 1 ? RoundKind::Ideate : chosen == 2 ? RoundKind::Cluster : RoundKind::Vote;
        session().rounds.push_back(RoundPlan { xml::newElementId("round"), kind, kind == RoundKind::Cluster ? 0 : 10 });
        documentEdited();
        fillRounds();
    });
    removeRound->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        const long selected = m_rounds->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
        if (selected < 0 || static_cast<std::size_t>(selected) >= session().rounds.size())
            return;
        if (session().rounds[static_cast<std::size_t>(selected)].id == session().currentRound)
            session().currentRound.clear();
        session().rounds.erase(session().rounds.begin() + selected);
        documentEdited();
        fillRounds();
    });
    remove->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { removeSelectedIdea(); });
    m_groups->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& event) { chooseGroup(event.GetIndex()); });
    m_addGroup->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (isLive())
            return;
        addGroup(session());
        documentEdited();
        fillGroups();
        selectGroupRow(static_cast<long>(session().groups.size()) - 1);
        m_groupName->SetFocus();
        m_groupName->SelectAll();
    });
    m_removeGroup->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { removeSelectedGroup(); });
    return page;
}

Session& SessionEditor::session()
{
    return static_cast<Session&>(document());
}

const Session& SessionEditor::session() const
{
    return static_cast<const Session&>(document());
}

void SessionEditor::showDocument()
{
    ui::showText(m_topic, session().topic);
    ui::showText(m_prompt, session().prompt);
    ui::showDate(m_date, session().date);
    ui::showText(m_venue, session().venue);
    m_votesPerParticipant->SetValue(session().votesPerParticipant);
    m_locked->SetValue(session().locked);
    fillGroups();
    fillIdeas();
    fillRounds();
    showBoard();
}

void SessionEditor::fillGroups()
{
    const int chosen = m_ideaGroup->GetSelection();
    m_groups->DeleteAllItems();
    m_ideaGroup->Clear();
    long row = 0;
    for (const Group& group : session().groups) {
        int count = 0;
        for (const Idea& idea : session().ideas)
            count += idea.groupId == group.id ? 1 : 0;
        const long index = m_groups->InsertItem(row++, toWx(group.name));
        m_groups->SetItem(index, 1, toWx(group.prompt));
        m_groups->SetItem(index, 2, wxString::Format(wxASCII_STR("%d"), count));
        m_groups->SetItem(index, 3, group.participants ? wxString::Format(wxASCII_STR("%d"), group.participants) : wxString());
        m_ideaGroup->Append(toWx(group.name));
    }
    if (!session().groups.empty())
        m_ideaGroup->SetSelection(chosen >= 0 && chosen < static_cast<int>(session().groups.size()) ? chosen : 0);
    // The list beside the idea box is as wide as its longest group's name.
    m_ideaGroup->InvalidateBestSize();
    if (wxWindow* row = m_ideaGroup->GetParent())
        row->Layout();
    if (m_chosenGroup >= m_groups->GetItemCount())
        m_chosenGroup = -1;
    if (m_chosenGroup >= 0)
        m_groups->SetItemState(m_chosenGroup, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    chooseGroup(m_chosenGroup);
}

Group* SessionEditor::selectedGroup()
{
    auto& groups = session().groups;
    return m_chosenGroup >= 0 && m_chosenGroup < static_cast<long>(groups.size()) ? &groups[static_cast<std::size_t>(m_chosenGroup)] : nullptr;
}

void SessionEditor::chooseGroup(long row)
{
    m_chosenGroup = row;
    const Group* group = selectedGroup();
    ui::showText(m_groupName, group ? group->name : std::string());
    ui::showText(m_groupPrompt, group ? group->prompt : std::string());
    enableGroupEditing();
}

void SessionEditor::selectGroupRow(long row)
{
    if (row < 0 || row >= m_groups->GetItemCount()) {
        chooseGroup(-1);
        return;
    }
    m_groups->SetItemState(row, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    m_groups->EnsureVisible(row);
    chooseGroup(row);
}

void SessionEditor::showGroupRow(const Group& group)
{
    // The row follows the typing without the list being filled again (which would lose the selection).
    const long row = m_chosenGroup;
    if (row >= 0 && row < m_groups->GetItemCount()) {
        m_groups->SetItem(row, 0, toWx(group.name));
        m_groups->SetItem(row, 1, toWx(group.prompt));
    }
    if (row >= 0 && row < static_cast<long>(m_ideaGroup->GetCount()))
        m_ideaGroup->SetString(static_cast<unsigned>(row), toWx(group.name));
    fillIdeas();
    showBoard();
}

void SessionEditor::removeSelectedGroup()
{
    const Group* group = selectedGroup();
    if (!group || isLive())
        return;
    if (!removeGroup(session(), group->id)) {
        wxMessageBox(wxString::Format(_("%s has ideas: remove them first, or keep the group."), toWx(group->name)), _("Remove group"),
            wxOK | wxICON_INFORMATION, this);
        return;
    }
    const long row = m_chosenGroup;
    documentEdited();
    fillGroups();
    selectGroupRow(std::min(row, static_cast<long>(session().groups.size()) - 1));
    showBoard();
}

void SessionEditor::enableGroupEditing()
{
    // Phones joined a group while live: its list stays as it is until the session stops.
    const bool editable = !isLive();
    m_addGroup->Enable(editable);
    m_removeGroup->Enable(editable && selectedGroup());
    m_groupName->Enable(editable && selectedGroup());
    m_groupPrompt->Enable(editable && selectedGroup());
}

void SessionEditor::fillIdeas()
{
    m_ideas->DeleteAllItems();
    long row = 0;
    for (const Idea& idea : session().ideas) {
        const long index = m_ideas->InsertItem(row++, toWx(idea.text));
        const Group* group = session().findGroup(idea.groupId);
        const Cluster* cluster = session().clusterOf(idea.id);
        m_ideas->SetItem(index, 1, group ? toWx(group->name) : wxString());
        m_ideas->SetItem(index, 2, cluster ? toWx(cluster->title) : wxString());
        const int votes = session().votesFor(idea.id);
        m_ideas->SetItem(index, 3, votes ? wxString::Format(wxASCII_STR("%d"), votes) : wxString());
    }
}

void SessionEditor::fillRounds()
{
    m_rounds->DeleteAllItems();
    m_round->Clear();
    int current = -1;
    for (std::size_t i = 0; i < session().rounds.size(); ++i) {
        const RoundPlan& round = session().rounds[i];
        wxString label = wxString::Format(wxASCII_STR("%zu. "), i + 1) + roundKindLabel(round.kind);
        const wxString timer = round.minutes ? wxString::Format(_("%d min"), round.minutes) : wxString();
        const long row = m_rounds->InsertItem(static_cast<long>(i), label);
        m_rounds->SetItem(row, 1, timer);
        m_round->Append(timer.empty() ? label : label + wxT(" (") + timer + wxT(")"));
        if (round.id == session().currentRound)
            current = static_cast<int>(i);
    }
    if (current >= 0)
        m_round->SetSelection(current);
}

BoardView SessionEditor::boardView()
{
    BoardView view;
    view.session = &session();
    view.votesShown = m_votesShown->GetValue();
    const auto& rounds = session().rounds;
    for (std::size_t i = 0; i < rounds.size(); ++i) {
        if (rounds[i].id == session().currentRound)
            view.round = ui::fromWx(wxString::Format(_("Round %zu of %zu: %s"), i + 1, rounds.size(), roundKindLabel(rounds[i].kind)));
    }
    const RoundPlan* round = session().findRound(session().currentRound);
    if (round && round->minutes > 0) {
        const int remaining = timerRemainingSeconds();
        const int shown = std::max(0, remaining);
        view.timer = ui::fromWx(wxString::Format(wxASCII_STR("%02d:%02d"), shown / 60, shown % 60));
        view.timeUp = remaining <= 0;
    }
    if (isLive()) {
        view.joinUrl = m_joinUrl;
        view.joinCode = m_live->joinCode();
        view.qr = m_qr;
        view.participants = m_live->participantCount();
    }
    return view;
}

void SessionEditor::showBoard()
{
    const BoardView view = boardView();
    m_board->show(view);
    m_cloud->show(session());
    if (m_projector)
        m_projector->show(view);
    m_liveButton->SetLabel(isLive() ? _("Stop live session") : _("Start live session"));
    m_roomNetwork->Enable(!isLive());
    m_timerButton->SetLabel(m_roundTimer.running() ? _("Pause timer") : _("Start timer"));
}

bool SessionEditor::refuseWhenLocked()
{
    if (!session().locked)
        return false;
    wxBell();
    say(_("The session is locked: unlock it to change the board"));
    return true;
}

void SessionEditor::boardEdited(const std::map<std::string, std::string>& votesMoved)
{
    if (isLive()) {
        if (Status passed = m_live->setClusters(session().clusters, votesMoved); !passed) {
            showError(_("The change was not kept"), passed.error().describe());
            adoptLiveState();
            return;
        }
    }
    documentEdited(); // each board edit its own undo step
    fillIdeas();
    showBoard();
}

void SessionEditor::dropIdea(const std::string& ideaId, const DropTarget& target, const BoardLayout& layout)
{
    if (refuseWhenLocked())
        return;
    const std::size_t before = session().clusters.size();
    if (brainstorm::dropIdea(session(), layout, ideaId, target)) {
        boardEdited();
        if (session().clusters.size() > before)
            renameCluster(session().clusters.back().id); // a new cluster: name it now
    }
    m_board->selectIdea(ideaId);
}

void SessionEditor::moveIdeaToCluster(const std::string& ideaId, std::size_t clusterNumber)
{
    if (refuseWhenLocked())
        return;
    if (clusterNumber > session().clusters.size())
        return;
    const std::string clusterId = clusterNumber == 0 ? std::string() : session().clusters[clusterNumber - 1].id;
    if (moveIdea(session(), ideaId, clusterId))
        boardEdited();
    m_board->selectIdea(ideaId);
}

void SessionEditor::startCluster(const std::string& ideaId)
{
    if (refuseWhenLocked())
        return;
    const std::string started = brainstorm::startCluster(session(), ideaId);
    if (started.empty())
        return;
    boardEdited();
    renameCluster(started);
    m_board->selectIdea(ideaId);
}

void SessionEditor::mergeClusters(const std::string& from, const std::string& into)
{
    if (refuseWhenLocked())
        return;
    if (brainstorm::mergeClusters(session(), from, into))
        boardEdited({ { from, into } });
}

void SessionEditor::renameCluster(const std::string& clusterId)
{
    if (refuseWhenLocked())
        return;
    for (const Cluster& cluster : session().clusters) {
        if (cluster.id != clusterId)
            continue;
        wxTextEntryDialog ask(this, _("Cluster title"), _("Rename cluster"), toWx(cluster.title));
        if (ask.ShowModal() != wxID_OK)
            return;
        const std::string title = ui::fromWx(ask.GetValue().Strip(wxString::both));
        if (brainstorm::renameCluster(session(), clusterId, title))
            boardEdited();
        return;
    }
}

void SessionEditor::dissolveCluster(const std::string& clusterId)
{
    if (refuseWhenLocked())
        return;
    if (brainstorm::dissolveCluster(session(), clusterId))
        boardEdited();
    else
        wxMessageBox(_("This cluster has votes: merge it into another cluster instead, so that no vote is lost."),
            _("Dissolve cluster"), wxOK | wxICON_INFORMATION, this);
}

void SessionEditor::removeIdea(const std::string& ideaId)
{
    if (refuseWhenLocked())
        return;
    if (isLive()) {
        if (Status removed = m_live->removeIdea(ideaId); !removed) {
            showError(_("The idea was not removed"), removed.error().describe());
            return;
        }
        adoptLiveState();
        return;
    }
    if (brainstorm::removeIdea(session(), ideaId)) {
        documentEdited();
        fillGroups();
        fillIdeas();
        showBoard();
    }
}

void SessionEditor::addIdea()
{
    const std::string text = ui::fromWx(m_ideaText->GetValue().Strip(wxString::both));
    const int group = m_ideaGroup->GetSelection();
    if (text.empty() || group < 0 || group >= static_cast<int>(session().groups.size()) || refuseWhenLocked())
        return;
    const std::string groupId = session().groups[static_cast<std::size_t>(group)].id;
    if (isLive()) {
        Answer<Idea> added = m_live->addFacilitatorIdea(groupId, text);
        if (!added) {
            showError(_("The idea was not added"), added.refusal.reason);
            return;
        }
        m_ideaText->Clear();
        adoptLiveState();
        return;
    }
    session().ideas.push_back(Idea { xml::newElementId("idea"), groupId, text, {}, nowIso() });
    m_ideaText->Clear();
    documentEdited();
    fillGroups();
    fillIdeas();
    showBoard();
}

void SessionEditor::removeSelectedIdea()
{
    const long selected = m_ideas->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (selected < 0 || selected >= static_cast<long>(session().ideas.size()))
        return;
    removeIdea(session().ideas[static_cast<std::size_t>(selected)].id);
}

bool SessionEditor::canUndo() const noexcept
{
    return !m_live && DocumentEditor::canUndo();
}

bool SessionEditor::canRedo() const noexcept
{
    return !m_live && DocumentEditor::canRedo();
}

void SessionEditor::chooseRound(int index)
{
    const auto& rounds = session().rounds;
    if (index < 0 || index >= static_cast<int>(rounds.size()) || refuseWhenLocked()) {
        fillRounds();
        return;
    }
    const RoundPlan round = rounds[static_cast<std::size_t>(index)];
    if (round.id == session().currentRound)
        return;
    session().currentRound = round.id;
    documentEdited();
    fillRounds();
    resetTimer();
    if (isLive()) {
        if (Answer<Round> changed = m_live->setRound(liveRoundOf(round.kind)); !changed)
            showError(_("The phones were not told of the new round"), changed.refusal.reason);
        commitLive("round");
    }
    showBoard();
}

void SessionEditor::setLocked(bool locked)
{
    if (session().locked == locked)
        return;
    session().locked = locked;
    documentEdited();
    if (isLive()) {
        const RoundPlan* plan = session().findRound(session().currentRound);
        const Round round = locked ? Round::Closed : plan ? liveRoundOf(plan->kind) : Round::Ideate;
        if (Answer<Round> changed = m_live->setRound(round); !changed)
            showError(_("The phones were not told"), changed.refusal.reason);
        commitLive(locked ? "locked" : "unlocked");
    }
    m_locked->SetValue(locked);
    say(locked ? _("Locked: nothing more is taken") : _("Unlocked"));
    showBoard();
}

int SessionEditor::timerRemainingSeconds() const
{
    const RoundPlan* round = session().findRound(session().currentRound);
    if (!round || round->minutes <= 0)
        return 0;
    return m_roundTimer.remainingSeconds(std::chrono::minutes(round->minutes));
}

void SessionEditor::toggleTimer()
{
    if (m_roundTimer.running())
        m_roundTimer.pause();
    else
        m_roundTimer.start();
    showBoard();
}

void SessionEditor::resetTimer()
{
    m_roundTimer.reset();
    showBoard();
}

void SessionEditor::onClock()
{
    bool changed = false;
    if (isLive()) {
        const auto events = m_live->eventsAfter(m_lastEvent, std::chrono::milliseconds(0));
        if (!events.empty()) {
            m_lastEvent = events.back().first;
            adoptLiveState();
            changed = true;
        }
    }
    if (m_roundTimer.running()) {
        const RoundPlan* round = session().findRound(session().currentRound);
        if (round && round->minutes > 0 && m_roundTimer.alarmDue(std::chrono::minutes(round->minutes)))
            wxBell();
        changed = true;
    }
    if (changed && !isLive())
        showBoard();
}

void SessionEditor::adoptLiveState()
{
    const Session live = m_live->snapshot();
    session().ideas = live.ideas;
    session().votes = live.votes;
    session().clusters = live.clusters;
    for (Group& group : session().groups) {
        if (const Group* counted = live.findGroup(group.id))
            group.participants = counted->participants;
    }
    documentEdited("live");
    fillGroups();
    fillIdeas();
    showBoard();
}

void SessionEditor::commitLive(const char* why)
{
    if (!isLive())
        return;
    adoptLiveState();
    Result<std::string> saved = host().saveNow({});
    if (!saved) {
        showError(_("The session was not saved; every idea is still in the journal"), saved.error().describe());
        return;
    }
    if (Status marked = m_live->markCommitted(saved.value()); !marked)
        showError(_("Saved, but the journal could not be marked"), marked.error().describe());
    std::fprintf(stderr, "sapha: brainstorm: %s committed as %s (%s)\n", host().documentPath().c_str(), saved.value().substr(0, 8).c_str(), why);
}

void SessionEditor::startLive()
{
    if (isLive())
        return;
    // The journal starts from a committed version, as `sapha-cli serve` does.
    if (isModified()) {
        Result<std::string> saved = host().saveNow({});
        if (!saved) {
            showError(_("The session must be saved before it goes live"), saved.error().describe());
            return;
        }
    }
    Result<std::string> folder = host().privateDirectory("brainstorm");
    if (!folder) {
        showError(_("The live session could not start"), folder.error().describe());
        return;
    }
    Result<LiveStart> started = startLiveSession(session(), folder.value(), host().documentPath(), {});
    if (!started) {
        // A group the phones could not choose (no name, or another's): its name field, ready to type in.
        const auto& groups = session().groups;
        const auto named = std::find_if(groups.begin(), groups.end(), [&](const Group& group) { return group.id == started.error().where; });
        if (named != groups.end()) {
            m_pages->SetSelection(kSessionPage);
            selectGroupRow(named - groups.begin());
            showError(_("The live session could not start"), started.error().message);
            m_groupName->SetFocus();
            return;
        }
        showError(_("The live session could not start"), started.error().describe());
        return;
    }
    if (!started.value().warning.empty())
        say(toWx(started.value().warning));
    ServerOptions options;
    options.facilitatorSecret = started.value().secret;
    if (m_roomNetwork->GetValue()) {
        const std::vector<std::string> addresses = roomAddresses();
        if (addresses.empty()) {
            showError(_("No room network was found"), "this computer has no network address but its own (127.0.0.1)");
            return;
        }
        options.address = addresses.front();
    }
    auto server = std::make_unique<ParticipationServer>(*started.value().session, options);
    if (Status listening = server->start(); !listening) {
        showError(_("The live session could not start"), listening.error().describe());
        return;
    }
    m_live = std::move(started.value().session);
    enableGroupEditing();
    m_server = std::move(server);
    m_joinUrl = m_server->joinUrl();
    Result<QrCode> qr = qrCodeFor(m_joinUrl);
    m_qr = qr ? std::optional<QrCode>(qr.value()) : std::nullopt;
    m_lastEvent = 0;
    std::fprintf(stderr, "sapha: brainstorm: live at %s (code %s)%s\n", m_joinUrl.c_str(), m_live->joinCode().c_str(),
        started.value().resumed ? ", carried on from the journal" : "");
    adoptLiveState();
    say(wxString::Format(_("Live: participants join at %s with the code %s"), toWx(m_joinUrl), toWx(m_live->joinCode())));
}

void SessionEditor::stopLive()
{
    if (!isLive())
        return;
    m_server->stop();
    commitLive("stopped");
    m_live->wakeAll();
    m_server.reset();
    m_live.reset();
    enableGroupEditing();
    m_joinUrl.clear();
    m_qr.reset();
    say(_("The live session stopped; everything is saved"));
    showBoard();
}

void SessionEditor::say(const wxString& text)
{
    if (auto* frame = wxDynamicCast(wxGetTopLevelParent(this), wxFrame); frame && frame->GetStatusBar())
        frame->SetStatusText(text, 0);
}

void SessionEditor::showError(const wxString& what, const std::string& why)
{
    wxMessageBox(what + wxT("\n\n") + toWx(why), _("Brainstorm"), wxOK | wxICON_ERROR, this);
}

void SessionEditor::openProjector()
{
    if (m_projector) {
        m_projector->Raise();
        return;
    }
    m_projector = new ProjectorFrame(wxGetTopLevelParent(this), *this, [this] { m_projector = nullptr; });
    m_projector->showWordCloud(m_pages->GetSelection() == kWordCloudPage);
    m_projector->Show();
    m_projector->ShowFullScreen(true);
    m_projector->show(boardView());
}

void SessionEditor::onKey(wxKeyEvent& event)
{
    const int key = event.GetKeyCode();
    const int modifiers = event.GetModifiers();
    const bool controlShift = modifiers == (wxMOD_CONTROL | wxMOD_SHIFT);
    if (key == WXK_F5 && modifiers == wxMOD_NONE)
        isLive() ? stopLive() : startLive();
    else if (key == WXK_F11 && modifiers == wxMOD_NONE)
        openProjector();
    else if (controlShift && key == WXK_RIGHT)
        chooseRound(m_round->GetSelection() + 1);
    else if (controlShift && key == WXK_LEFT)
        chooseRound(m_round->GetSelection() < 0 ? 0 : m_round->GetSelection() - 1);
    else if (controlShift && key == 'T')
        toggleTimer();
    else if (controlShift && key == 'V') {
        m_votesShown->SetValue(!m_votesShown->GetValue());
        showBoard();
    } else if (controlShift && key == 'K')
        setLocked(!session().locked);
    else if (controlShift && key == 'B') {
        m_pages->SetSelection(kBoardPage);
        m_board->SetFocus();
        if (m_board->selectedIdea().empty() && !session().ideas.empty())
            m_board->selectIdea(session().ideas.front().id);
    } else if (controlShift && key == 'C')
        m_pages->SetSelection(m_pages->GetSelection() == kWordCloudPage ? kBoardPage : kWordCloudPage);
    else if (controlShift && key == 'I') {
        m_pages->SetSelection(kBoardPage);
        m_ideaText->SetFocus();
    } else
        event.Skip();
}

} // namespace sapha::brainstorm
