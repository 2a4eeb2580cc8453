// Sapha — OutlinePane: a document's structure as a tree of elements (each item carrying its element id),
// above a row of buttons that act on the selection. The left half of the outline editors.
// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <string>

#include <wx/panel.h>
#include <wx/treectrl.h>

#include <sapha/ui/sdk_ui_export.h>

class wxWrapSizer;

namespace sapha::ui {

class SAPHA_SDK_UI_EXPORT OutlinePane : public wxPanel {
public:
    explicit OutlinePane(wxWindow* parent);

    wxTreeCtrl* tree() { return m_tree; }
    // Adds a button under the tree; a one-character label (an arrow) gets a narrow button.
    void addButton(const wxString& label, const wxString& tip, std::function<void()> action);

    // Empties the tree (freezing it while it is refilled) and returns the hidden root.
    wxTreeItemId clear();
    // Appends an item for element `id`.
    wxTreeItemId append(const wxTreeItemId& parent, const wxString& label, const std::string& id);
    // The element id of an item, empty for none.
    std::string idOf(const wxTreeItemId& item) const;
    // Expands everything and selects the item of `id`, when there is one.
    void finish(const std::string& selectedId);
    // Selects the item of element `id` and scrolls it into view, as a click does (the selection handler
    // runs); false when the outline has no such item.
    bool select(const std::string& id);
    // Calls `onSelect` with the selected element's id whenever the selection changes.
    void onSelectionChanged(std::function<void(const std::string&)> onSelect);

private:
    wxTreeItemId find(const wxTreeItemId& parent, const std::string& id) const;

    wxTreeCtrl* m_tree = nullptr;
    wxWrapSizer* m_buttons = nullptr;
    bool m_frozen = false;
};

} // namespace sapha::ui
