// Sapha minutes — the roster editor.
// SPDX-License-Identifier: MIT
#include "ui/roster_editor.hpp"

#include <wx/button.h>
#include <wx/combobox.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <sapha/ui/form_fields.hpp>
#include <sapha/ui/wx_text.hpp>
#include <sapha/xml_io.hpp>

namespace sapha::minutes {

using ui::toWx;

namespace {

// The committee roles of DOMAIN.md, offered in the role box (any other text may be typed).
const char* const kRoles[] = { "ประธานอนุกรรมการ", "รองประธานอนุกรรมการ", "อนุกรรมการ", "อนุกรรมการและเลขานุการ",
    "อนุกรรมการและผู้ช่วยเลขานุการ", "ผู้ช่วยเลขานุการ" };

} // namespace

RosterEditor::RosterEditor(
    wxWindow* parent, const IDocumentKind& kind, std::unique_ptr<IDocument> document, ui::IEditorHost& host)
    : DocumentEditor(parent, kind, std::move(document), host)
{
    auto* top = new wxBoxSizer(wxVERTICAL);
    m_heading = ui::addHeading(this, top, wxString());

    auto* fields = new wxFlexGridSizer(2, FromDIP(wxSize(8, 4)));
    fields->AddGrowableCol(1, 1);
    m_committee = ui::addTextField(this, fields, _("Committee"), ui::FieldShape::SingleLine, [this](const std::string& v) {
        roster().committee = v;
        m_heading->SetLabel(toWx(v));
        documentEdited("committee");
    });
    auto* quorum = new wxBoxSizer(wxHORIZONTAL);
    m_quorumNumerator = new wxSpinCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS, 1, 99, 1);
    m_quorumDenominator = new wxSpinCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS, 1, 99, 2);
    quorum->Add(new wxStaticText(this, wxID_ANY, _("at least")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 6);
    quorum->Add(m_quorumNumerator);
    quorum->Add(new wxStaticText(this, wxID_ANY, wxT("/")), 0, wxALIGN_CENTER_VERTICAL | wxLEFT | wxRIGHT, 6);
    quorum->Add(m_quorumDenominator);
    quorum->Add(new wxStaticText(this, wxID_ANY, _("of the members")), 0, wxALIGN_CENTER_VERTICAL | wxLEFT, 6);
    fields->Add(new wxStaticText(this, wxID_ANY, _("Quorum")), 0, wxALIGN_RIGHT | wxALIGN_CENTER_VERTICAL);
    fields->Add(quorum);
    auto onQuorum = [this](wxSpinEvent&) {
        if (m_quorumNumerator->GetValue() > m_quorumDenominator->GetValue())
            m_quorumNumerator->SetValue(m_quorumDenominator->GetValue());
        roster().quorumNumerator = m_quorumNumerator->GetValue();
        roster().quorumDenominator = m_quorumDenominator->GetValue();
        documentEdited("quorum");
    };
    m_quorumNumerator->Bind(wxEVT_SPINCTRL, onQuorum);
    m_quorumDenominator->Bind(wxEVT_SPINCTRL, onQuorum);
    top->Add(fields, 0, wxEXPAND | wxLEFT | wxRIGHT, 8);

    ui::addHeading(this, top, _("Members"));
    // The list, then the selected member's fields and the buttons under it: full width for Thai names.
    auto* membersRow = new wxBoxSizer(wxVERTICAL);
    m_members = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 180)), wxLC_REPORT | wxLC_SINGLE_SEL);
    m_members->AppendColumn(_("Name"), wxLIST_FORMAT_LEFT, FromDIP(240));
    m_members->AppendColumn(_("Position"), wxLIST_FORMAT_LEFT, FromDIP(260));
    m_members->AppendColumn(_("Committee role"), wxLIST_FORMAT_LEFT, FromDIP(190));
    membersRow->Add(m_members, 1, wxEXPAND | wxBOTTOM, 6);

    auto* memberFields = new wxFlexGridSizer(2, FromDIP(wxSize(8, 4)));
    memberFields->AddGrowableCol(1, 1);
    const ui::FieldBinder<Member> editMember([this] { return selectedMember(); },
        [this](const std::string& field, Member& member) {
            fillMembers();
            documentEdited(field + ":" + member.id);
        });
    m_memberName = ui::addTextField(this, memberFields, _("Name"), ui::FieldShape::SingleLine,
        editMember("name", [](Member& m, const std::string& v) { m.name = v; }));
    m_memberPosition = ui::addTextField(this, memberFields, _("Position"), ui::FieldShape::SingleLine,
        editMember("position", [](Member& m, const std::string& v) { m.position = v; }));
    wxArrayString roles;
    for (const char* role : kRoles)
        roles.Add(wxString::FromUTF8(role));
    m_memberRole = new wxComboBox(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize, roles, wxCB_DROPDOWN);
    memberFields->Add(new wxStaticText(this, wxID_ANY, _("Committee role")), 0, wxALIGN_RIGHT | wxALIGN_CENTER_VERTICAL);
    memberFields->Add(m_memberRole, 1, wxEXPAND);
    auto onRole = [this](wxCommandEvent&) {
        if (Member* member = selectedMember()) {
            member->role = ui::fromWx(m_memberRole->GetValue());
            fillMembers();
            documentEdited("role:" + member->id);
        }
    };
    m_memberRole->Bind(wxEVT_TEXT, onRole);
    m_memberRole->Bind(wxEVT_COMBOBOX, onRole);
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    auto addButton = [&](const wxString& label, const wxString& tip, std::function<void()> action) {
        auto* button = new wxButton(this, wxID_ANY, label, wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
        button->SetToolTip(tip);
        button->Bind(wxEVT_BUTTON, [action](wxCommandEvent&) { action(); });
        buttons->Add(button, 0, wxRIGHT, 4);
    };
    addButton(_("+ &Member"), _("Add a member to the committee"), [this] { addMember(); });
    addButton(wxString::FromUTF8("\xE2\x86\x91"), _("Move the selected member up"), [this] { moveSelectedMember(-1); });
    addButton(wxString::FromUTF8("\xE2\x86\x93"), _("Move the selected member down"), [this] { moveSelectedMember(1); });
    addButton(_("&Remove"), _("Remove the selected member"), [this] { removeSelectedMember(); });
    auto* memberColumn = new wxBoxSizer(wxVERTICAL);
    memberColumn->Add(memberFields, 0, wxEXPAND);
    memberColumn->Add(buttons, 0, wxTOP, 8);
    membersRow->Add(memberColumn, 0, wxEXPAND);
    top->Add(membersRow, 1, wxEXPAND | wxLEFT | wxRIGHT, 8);

    ui::addHeading(this, top, _("Agenda template (one heading per line, sub-items indented)"));
    m_template = new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, FromDIP(wxSize(-1, 120)), wxTE_MULTILINE);
    m_template->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
        // Headings keep their ids by position; an indented line is a sub-item of the line above.
        std::vector<TemplateItem> items = parseTemplateOutline(ui::fromWx(m_template->GetValue()), roster().agendaTemplate);
        roster().agendaTemplate = std::move(items);
        documentEdited("template");
    });
    top->Add(m_template, 0, wxEXPAND | wxALL, 8);
    SetSizer(top);

    m_members->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& event) {
        m_selected = event.GetIndex();
        showSelectedMember();
    });
    if (!roster().members.empty())
        m_selected = 0;
    showDocument();
}

Roster& RosterEditor::roster()
{
    return static_cast<Roster&>(document());
}

Member* RosterEditor::selectedMember()
{
    if (m_selected < 0 || static_cast<std::size_t>(m_selected) >= roster().members.size())
        return nullptr;
    return &roster().members[static_cast<std::size_t>(m_selected)];
}

void RosterEditor::showDocument()
{
    m_heading->SetLabel(toWx(roster().committee));
    ui::showText(m_committee, roster().committee);
    m_quorumNumerator->SetValue(roster().quorumNumerator);
    m_quorumDenominator->SetValue(roster().quorumDenominator);
    ui::showText(m_template, templateOutline(roster().agendaTemplate));
    fillMembers();
    showSelectedMember();
}

void RosterEditor::fillMembers()
{
    const std::vector<Member>& members = roster().members;
    if (m_members->GetItemCount() != static_cast<int>(members.size())) {
        m_members->DeleteAllItems();
        for (std::size_t i = 0; i < members.size(); ++i)
            m_members->InsertItem(static_cast<long>(i), wxString());
    }
    for (std::size_t i = 0; i < members.size(); ++i) {
        const long row = static_cast<long>(i);
        m_members->SetItem(row, 0, toWx(members[i].name));
        m_members->SetItem(row, 1, toWx(members[i].position));
        m_members->SetItem(row, 2, toWx(members[i].role));
    }
    if (m_selected >= 0 && m_selected < m_members->GetItemCount())
        m_members->SetItemState(m_selected, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
}

void RosterEditor::showSelectedMember()
{
    const Member* member = selectedMember();
    ui::showText(m_memberName, member ? member->name : std::string());
    ui::showText(m_memberPosition, member ? member->position : std::string());
    m_memberRole->ChangeValue(toWx(member ? member->role : std::string()));
    m_memberName->Enable(member != nullptr);
    m_memberPosition->Enable(member != nullptr);
    m_memberRole->Enable(member != nullptr);
}

void RosterEditor::addMember()
{
    std::vector<Member>& members = roster().members;
    const std::size_t at = m_selected >= 0 ? static_cast<std::size_t>(m_selected) + 1 : members.size();
    members.insert(members.begin() + static_cast<long>(std::min(at, members.size())),
        Member { xml::newElementId("m"), {}, {}, "อนุกรรมการ" });
    m_selected = static_cast<long>(std::min(at, members.size() - 1));
    fillMembers();
    showSelectedMember();
    documentEdited();
    m_memberName->SetFocus();
}

void RosterEditor::removeSelectedMember()
{
    if (!selectedMember())
        return;
    roster().members.erase(roster().members.begin() + m_selected);
    if (m_selected >= static_cast<long>(roster().members.size()))
        m_selected = static_cast<long>(roster().members.size()) - 1;
    fillMembers();
    showSelectedMember();
    documentEdited();
}

void RosterEditor::moveSelectedMember(int delta)
{
    std::vector<Member>& members = roster().members;
    const long target = m_selected + delta;
    if (!selectedMember() || target < 0 || target >= static_cast<long>(members.size()))
        return;
    std::swap(members[static_cast<std::size_t>(m_selected)], members[static_cast<std::size_t>(target)]);
    m_selected = target;
    fillMembers();
    documentEdited();
}

} // namespace sapha::minutes
