// Sapha standards — reviewers' comments on the selected node.
// SPDX-License-Identifier: MIT
#include "ui/comments_panel.hpp"

#include <algorithm>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>

#include <sapha/thai_text.hpp>
#include <sapha/ui/form_fields.hpp>
#include <sapha/ui/wx_text.hpp>
#include <sapha/xml_io.hpp>

namespace sapha::standards {

using ui::toWx;

int openComments(const std::vector<Comment>& comments)
{
    return static_cast<int>(std::count_if(comments.begin(), comments.end(), [](const Comment& c) { return !c.resolved; }));
}

CommentsPanel::CommentsPanel(wxWindow* parent, std::function<void(const std::string& key)> edited)
    : wxPanel(parent, wxID_ANY)
    , m_edited(std::move(edited))
{
    m_list = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    m_list->AppendColumn(_("Who"), wxLIST_FORMAT_LEFT, FromDIP(110));
    m_list->AppendColumn(_("When"), wxLIST_FORMAT_LEFT, FromDIP(90));
    m_list->AppendColumn(_("Comment"), wxLIST_FORMAT_LEFT, FromDIP(260));
    m_list->AppendColumn(_("Resolved"), wxLIST_FORMAT_LEFT, FromDIP(70));
    m_list->SetMinSize(FromDIP(wxSize(120, 90)));
    auto* fields = new wxFlexGridSizer(2, FromDIP(wxSize(8, 4)));
    fields->AddGrowableCol(1, 1);
    m_author = ui::addTextField(this, fields, _("Who"), ui::FieldShape::SingleLine, [this](const std::string& value) {
        if (Comment* comment = current()) {
            comment->author = value;
            m_lastAuthor = value;
            fillList();
            m_edited("comment-author:" + comment->id);
        }
    });
    m_text = ui::addTextField(this, fields, _("Comment"), ui::FieldShape::MultiLine, [this](const std::string& value) {
        if (Comment* comment = current()) {
            comment->text = value;
            fillList();
            m_edited("comment-text:" + comment->id);
        }
    });
    m_resolved = new wxCheckBox(this, wxID_ANY, _("Resolved"));
    fields->AddSpacer(0);
    fields->Add(m_resolved);
    m_resolved->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) {
        if (Comment* comment = current()) {
            comment->resolved = m_resolved->GetValue();
            fillList();
            m_edited({});
        }
    });
    auto* add = new wxButton(this, wxID_ANY, _("+ Co&mment"), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
    add->SetToolTip(_("Add a comment to the selected node (Ctrl+Shift+M)"));
    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { addComment(); });
    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(m_list, 1, wxEXPAND | wxALL, 4);
    top->Add(fields, 0, wxEXPAND | wxALL, 4);
    top->Add(add, 0, wxALL, 4);
    SetSizer(top);
    m_list->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& event) {
        m_selected = event.GetIndex();
        showCurrent();
    });
    show(nullptr);
}

void CommentsPanel::show(std::vector<Comment>* comments)
{
    m_comments = comments;
    // The first open comment, else the first.
    m_selected = -1;
    if (m_comments) {
        for (std::size_t i = 0; i < m_comments->size() && m_selected < 0; ++i) {
            if (!(*m_comments)[i].resolved)
                m_selected = static_cast<long>(i);
        }
        if (m_selected < 0 && !m_comments->empty())
            m_selected = 0;
    }
    fillList();
    showCurrent();
}

void CommentsPanel::addComment()
{
    if (!m_comments)
        return;
    Comment comment;
    comment.id = xml::newElementId("comment");
    comment.author = m_lastAuthor;
    comment.date = thai::toIsoDate(thai::today());
    m_comments->push_back(comment);
    m_selected = static_cast<long>(m_comments->size()) - 1;
    fillList();
    showCurrent();
    m_edited({});
    (m_lastAuthor.empty() ? m_author : m_text)->SetFocus();
}

Comment* CommentsPanel::current()
{
    if (!m_comments || m_selected < 0 || m_selected >= static_cast<long>(m_comments->size()))
        return nullptr;
    return &(*m_comments)[static_cast<std::size_t>(m_selected)];
}

void CommentsPanel::fillList()
{
    const std::size_t count = m_comments ? m_comments->size() : 0;
    if (m_list->GetItemCount() != static_cast<int>(count)) {
        m_list->DeleteAllItems();
        for (std::size_t i = 0; i < count; ++i)
            m_list->InsertItem(static_cast<long>(i), wxString());
    }
    for (std::size_t i = 0; i < count; ++i) {
        const Comment& comment = (*m_comments)[i];
        const long row = static_cast<long>(i);
        m_list->SetItem(row, 0, toWx(comment.author));
        m_list->SetItem(row, 1, toWx(comment.date));
        m_list->SetItem(row, 2, toWx(comment.text));
        m_list->SetItem(row, 3, comment.resolved ? wxString::FromUTF8("\xE2\x9C\x93") : wxString());
    }
    if (m_selected >= 0 && m_selected < m_list->GetItemCount())
        m_list->SetItemState(m_selected, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
}

void CommentsPanel::showCurrent()
{
    const Comment* comment = current();
    ui::showText(m_author, comment ? comment->author : std::string());
    ui::showText(m_text, comment ? comment->text : std::string());
    m_resolved->SetValue(comment && comment->resolved);
    for (wxWindow* control : { static_cast<wxWindow*>(m_author), static_cast<wxWindow*>(m_text), static_cast<wxWindow*>(m_resolved) })
        control->Enable(comment != nullptr);
}

} // namespace sapha::standards
