// Sapha minutes — the papers an agenda item refers to.
// SPDX-License-Identifier: MIT
#include "ui/attachments_panel.hpp"

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <sapha/ui/form_fields.hpp>
#include <sapha/ui/wx_text.hpp>

namespace sapha::minutes {

using ui::toWx;

AttachmentsPanel::AttachmentsPanel(wxWindow* parent, std::function<void(const std::string& key)> edited)
    : wxPanel(parent, wxID_ANY)
    , m_edited(std::move(edited))
{
    m_list = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    m_list->AppendColumn(_("Title"), wxLIST_FORMAT_LEFT, FromDIP(220));
    m_list->AppendColumn(_("File or address"), wxLIST_FORMAT_LEFT, FromDIP(220));
    m_list->SetMinSize(FromDIP(wxSize(120, 80)));
    auto* fields = new wxFlexGridSizer(2, FromDIP(wxSize(8, 4)));
    fields->AddGrowableCol(1, 1);
    m_title = ui::addTextField(this, fields, _("Title"), ui::FieldShape::SingleLine, [this](const std::string& value) {
        if (Attachment* attachment = current()) {
            attachment->title = value;
            fillList();
            m_edited("attachment-title:" + std::to_string(m_selected));
        }
    });
    m_reference = ui::addTextField(this, fields, _("File or address"), ui::FieldShape::SingleLine, [this](const std::string& value) {
        if (Attachment* attachment = current()) {
            attachment->reference = value;
            fillList();
            m_edited("attachment-reference:" + std::to_string(m_selected));
        }
    });
    m_reference->SetHint(wxString::FromUTF8("attachments/plan.pdf, standards/x.standard.xml@ร่างที่ 2, https://…"));
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    auto* add = new wxButton(this, wxID_ANY, _("+ Attac&hment"), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
    auto* remove = new wxButton(this, wxID_ANY, _("Remove attachment"), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
    buttons->Add(add, 0, wxRIGHT, 4);
    buttons->Add(remove);
    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(m_list, 1, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 4);
    top->Add(fields, 0, wxEXPAND | wxALL, 4);
    top->Add(new wxStaticText(this, wxID_ANY,
                 _("Referred to, not copied: a file of the workspace (sapha-cli check says when it is missing), a version of one, or a web address.")),
        0, wxLEFT | wxRIGHT, 4);
    top->Add(buttons, 0, wxALL, 4);
    SetSizer(top);
    m_controls = { m_title, m_reference, remove };

    m_list->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& event) {
        m_selected = event.GetIndex();
        showCurrent();
    });
    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { addAttachment(); });
    remove->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (!current())
            return;
        m_attachments->erase(m_attachments->begin() + m_selected);
        m_selected = -1;
        fillList();
        showCurrent();
        m_edited({});
    });
    show(nullptr);
}

void AttachmentsPanel::show(std::vector<Attachment>* attachments)
{
    m_attachments = attachments;
    m_selected = m_attachments && !m_attachments->empty() ? 0 : -1;
    fillList();
    showCurrent();
}

void AttachmentsPanel::addAttachment()
{
    if (!m_attachments)
        return;
    m_attachments->push_back({});
    m_selected = static_cast<long>(m_attachments->size()) - 1;
    fillList();
    showCurrent();
    m_edited({});
    m_title->SetFocus();
}

Attachment* AttachmentsPanel::current()
{
    if (!m_attachments || m_selected < 0 || m_selected >= static_cast<long>(m_attachments->size()))
        return nullptr;
    return &(*m_attachments)[static_cast<std::size_t>(m_selected)];
}

void AttachmentsPanel::fillList()
{
    const std::size_t count = m_attachments ? m_attachments->size() : 0;
    if (m_list->GetItemCount() != static_cast<int>(count)) {
        m_list->DeleteAllItems();
        for (std::size_t i = 0; i < count; ++i)
            m_list->InsertItem(static_cast<long>(i), wxString());
    }
    for (std::size_t i = 0; i < count; ++i) {
        m_list->SetItem(static_cast<long>(i), 0, toWx((*m_attachments)[i].title));
        m_list->SetItem(static_cast<long>(i), 1, toWx((*m_attachments)[i].reference));
    }
    if (m_selected >= 0 && m_selected < m_list->GetItemCount())
        m_list->SetItemState(m_selected, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
}

void AttachmentsPanel::showCurrent()
{
    const Attachment* attachment = current();
    ui::showText(m_title, attachment ? attachment->title : std::string());
    ui::showText(m_reference, attachment ? attachment->reference : std::string());
    for (wxWindow* control : m_controls)
        control->Enable(attachment != nullptr);
}

} // namespace sapha::minutes
