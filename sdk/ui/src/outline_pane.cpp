// Sapha — the outline pane shared by the outline editors.
// SPDX-License-Identifier: MIT
#include <sapha/ui/outline_pane.hpp>

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/wrapsizer.h>

namespace sapha::ui {

namespace {

class ElementId : public wxTreeItemData {
public:
    explicit ElementId(std::string id) : value(std::move(id)) { }
    std::string value;
};

} // namespace

OutlinePane::OutlinePane(wxWindow* parent)
    : wxPanel(parent, wxID_ANY)
{
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    m_tree = new wxTreeCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
        wxTR_HAS_BUTTONS | wxTR_HIDE_ROOT | wxTR_LINES_AT_ROOT | wxTR_SINGLE);
    sizer->Add(m_tree, 1, wxEXPAND);
    m_buttons = new wxWrapSizer(wxHORIZONTAL); // buttons wrap to a second row rather than be cut off
    sizer->Add(m_buttons, 0, wxEXPAND | wxTOP, 4);
    SetSizer(sizer);
}

void OutlinePane::addButton(const wxString& label, const wxString& tip, std::function<void()> action)
{
    auto* button = new wxButton(this, wxID_ANY, label, wxDefaultPosition, wxDefaultSize,
        label.length() <= 1 ? wxBU_EXACTFIT : 0);
    button->SetToolTip(tip);
    button->Bind(wxEVT_BUTTON, [action = std::move(action)](wxCommandEvent&) { action(); });
    m_buttons->Add(button, 0, wxRIGHT | wxBOTTOM, 2);
}

wxTreeItemId OutlinePane::clear()
{
    if (!m_frozen) {
        m_tree->Freeze();
        m_frozen = true;
    }
    m_tree->DeleteAllItems();
    return m_tree->AddRoot(wxString());
}

wxTreeItemId OutlinePane::append(const wxTreeItemId& parent, const wxString& label, const std::string& id)
{
    return m_tree->AppendItem(parent, label, -1, -1, new ElementId(id));
}

std::string OutlinePane::idOf(const wxTreeItemId& item) const
{
    if (!item.IsOk())
        return {};
    auto* data = static_cast<ElementId*>(m_tree->GetItemData(item));
    return data ? data->value : std::string();
}

void OutlinePane::finish(const std::string& selectedId)
{
    m_tree->ExpandAll();
    if (!selectedId.empty()) {
        if (wxTreeItemId item = find(m_tree->GetRootItem(), selectedId); item.IsOk())
            m_tree->SelectItem(item);
    }
    if (m_frozen) {
        m_tree->Thaw();
        m_frozen = false;
    }
}

wxTreeItemId OutlinePane::find(const wxTreeItemId& parent, const std::string& id) const
{
    // Walk the whole tree: outlines are small, and this keeps no second index to go stale.
    wxTreeItemIdValue cookie;
    for (wxTreeItemId child = m_tree->GetFirstChild(parent, cookie); child.IsOk(); child = m_tree->GetNextChild(parent, cookie)) {
        if (idOf(child) == id)
            return child;
        if (wxTreeItemId inner = find(child, id); inner.IsOk())
            return inner;
    }
    return {};
}

bool OutlinePane::select(const std::string& id)
{
    if (id.empty() || !m_tree->GetRootItem().IsOk())
        return false;
    const wxTreeItemId item = find(m_tree->GetRootItem(), id);
    if (!item.IsOk())
        return false;
    m_tree->EnsureVisible(item);
    m_tree->SelectItem(item);
    return true;
}

void OutlinePane::onSelectionChanged(std::function<void(const std::string&)> onSelect)
{
    m_tree->Bind(wxEVT_TREE_SEL_CHANGED,
        [this, onSelect = std::move(onSelect)](wxTreeEvent& event) { onSelect(idOf(event.GetItem())); });
}

} // namespace sapha::ui
