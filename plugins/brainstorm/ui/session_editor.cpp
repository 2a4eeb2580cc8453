// Sapha brainstorm — the session editor.
// SPDX-License-Identifier: MIT
#include "ui/session_editor.hpp"

#include <ctime>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <sapha/ui/form_fields.hpp>
#include <sapha/ui/wx_text.hpp>
#include <sapha/xml_io.hpp>

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

} // namespace

SessionEditor::SessionEditor(
    wxWindow* parent, const IDocumentKind& kind, std::unique_ptr<IDocument> document, ui::IEditorHost& host)
    : DocumentEditor(parent, kind, std::move(document), host)
{
    auto* top = new wxBoxSizer(wxVERTICAL);
    auto* fields = new wxFlexGridSizer(2, FromDIP(wxSize(8, 4)));
    fields->AddGrowableCol(1, 1);
    m_topic = ui::addTextField(this, fields, _("Topic"), ui::FieldShape::SingleLine, [this](const std::string& v) {
        session().topic = v;
        documentEdited("topic");
    });
    m_prompt = ui::addTextField(this, fields, _("Question"), ui::FieldShape::SingleLine, [this](const std::string& v) {
        session().prompt = v;
        documentEdited("prompt");
    });
    m_date = ui::addTextField(this, fields, _("Date (YYYY-MM-DD)"), ui::FieldShape::SingleLine, [this](const std::string& v) {
        session().date = v;
        documentEdited("date");
    });
    m_venue = ui::addTextField(this, fields, _("Venue"), ui::FieldShape::SingleLine, [this](const std::string& v) {
        session().venue = v;
        documentEdited("venue");
    });
    top->Add(fields, 0, wxEXPAND | wxALL, 8);

    top->Add(new wxStaticText(this, wxID_ANY, _("Groups")), 0, wxLEFT | wxRIGHT, 8);
    m_groups = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxSize(-1, FromDIP(120)), wxLC_REPORT | wxLC_SINGLE_SEL);
    m_groups->AppendColumn(_("Group"), wxLIST_FORMAT_LEFT, FromDIP(260));
    m_groups->AppendColumn(_("Question for the group"), wxLIST_FORMAT_LEFT, FromDIP(480));
    m_groups->AppendColumn(_("Ideas"), wxLIST_FORMAT_RIGHT, FromDIP(70));
    top->Add(m_groups, 0, wxEXPAND | wxALL, 8);

    top->Add(new wxStaticText(this, wxID_ANY, _("Ideas")), 0, wxLEFT | wxRIGHT, 8);
    m_ideas = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    m_ideas->AppendColumn(_("Idea"), wxLIST_FORMAT_LEFT, FromDIP(420));
    m_ideas->AppendColumn(_("Group"), wxLIST_FORMAT_LEFT, FromDIP(200));
    m_ideas->AppendColumn(_("Cluster"), wxLIST_FORMAT_LEFT, FromDIP(180));
    m_ideas->AppendColumn(_("Votes"), wxLIST_FORMAT_RIGHT, FromDIP(60));
    top->Add(m_ideas, 1, wxEXPAND | wxALL, 8);

    auto* entry = new wxBoxSizer(wxHORIZONTAL);
    m_ideaGroup = new wxChoice(this, wxID_ANY);
    m_ideaText = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxTE_PROCESS_ENTER);
    m_ideaText->SetHint(_("Type an idea and press Enter"));
    auto* add = new wxButton(this, wxID_ANY, _("&Add idea"));
    auto* remove = new wxButton(this, wxID_ANY, _("&Remove idea"));
    entry->Add(m_ideaGroup, 0, wxRIGHT, 4);
    entry->Add(m_ideaText, 1, wxRIGHT, 4);
    entry->Add(add, 0, wxRIGHT, 4);
    entry->Add(remove, 0);
    top->Add(entry, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 8);
    SetSizer(top);

    m_ideaText->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { addIdea(); });
    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { addIdea(); });
    remove->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { removeSelectedIdea(); });
    showDocument();
}

Session& SessionEditor::session()
{
    return static_cast<Session&>(document());
}

void SessionEditor::showDocument()
{
    ui::showText(m_topic, session().topic);
    ui::showText(m_prompt, session().prompt);
    ui::showText(m_date, session().date);
    ui::showText(m_venue, session().venue);
    fillGroups();
    fillIdeas();
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
        m_ideaGroup->Append(toWx(group.name));
    }
    if (!session().groups.empty())
        m_ideaGroup->SetSelection(chosen >= 0 && chosen < static_cast<int>(session().groups.size()) ? chosen : 0);
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

void SessionEditor::addIdea()
{
    const std::string text = ui::fromWx(m_ideaText->GetValue().Strip(wxString::both));
    const int group = m_ideaGroup->GetSelection();
    if (text.empty() || group < 0 || group >= static_cast<int>(session().groups.size()))
        return;
    session().ideas.push_back(Idea { xml::newElementId("idea"), session().groups[static_cast<std::size_t>(group)].id,
        text, {}, nowIso() });
    m_ideaText->Clear();
    fillGroups();
    fillIdeas();
    m_ideas->EnsureVisible(m_ideas->GetItemCount() - 1);
    documentEdited();
}

void SessionEditor::removeSelectedIdea()
{
    const long selected = m_ideas->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (selected < 0 || selected >= static_cast<long>(session().ideas.size()))
        return;
    const std::string id = session().ideas[static_cast<std::size_t>(selected)].id;
    session().ideas.erase(session().ideas.begin() + selected);
    for (Cluster& cluster : session().clusters)
        std::erase(cluster.ideaIds, id);
    std::erase_if(session().votes, [&](const Vote& vote) { return vote.targetId == id; });
    fillGroups();
    fillIdeas();
    documentEdited();
}

} // namespace sapha::brainstorm
