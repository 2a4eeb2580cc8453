// Sapha GUI — the workspace tree.
// SPDX-License-Identifier: MIT
#include "workspace_tree.hpp"

#include <filesystem>

#include <wx/artprov.h>
#include <wx/imaglist.h>

#include <sapha/ui/wx_text.hpp>

namespace sapha::gui {

namespace {

enum Icon { kFolderIcon, kDocumentIcon };

class PathData : public wxTreeItemData {
public:
    explicit PathData(std::string path) : value(std::move(path)) { }
    std::string value;
};

} // namespace

WorkspaceTree::WorkspaceTree(wxWindow* parent)
    : wxTreeCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
          wxTR_HAS_BUTTONS | wxTR_HIDE_ROOT | wxTR_LINES_AT_ROOT | wxTR_SINGLE)
{
    Bind(wxEVT_TREE_ITEM_GETTOOLTIP, [this](wxTreeEvent& event) { event.SetToolTip(ui::toWx(pathOf(event.GetItem()))); });
    const wxSize size = FromDIP(wxSize(16, 16));
    auto* images = new wxImageList(size.x, size.y);
    images->Add(wxArtProvider::GetBitmap(wxASCII_STR(wxART_FOLDER), wxASCII_STR(wxART_OTHER), size));
    images->Add(wxArtProvider::GetBitmap(wxASCII_STR(wxART_NORMAL_FILE), wxASCII_STR(wxART_OTHER), size));
    AssignImageList(images);
}

void WorkspaceTree::showDocuments(const host::PluginRegistry& registry,
    const std::vector<host::DocumentEntry>& documents, const std::string& language)
{
    Freeze();
    DeleteAllItems();
    const wxTreeItemId root = AddRoot(wxString());
    for (const host::PluginRecord& record : registry.records()) {
        if (record.state != host::PluginState::Running)
            continue;
        for (const host::DocumentKindManifest& kind : record.manifest.documentKinds) {
            std::vector<const host::DocumentEntry*> ofKind;
            for (const host::DocumentEntry& document : documents) {
                if (document.kindId == kind.id)
                    ofKind.push_back(&document);
            }
            const wxString label = wxString::Format(wxASCII_STR("%s (%zu)"), ui::toWx(kind.name.in(language)), ofKind.size());
            const wxTreeItemId branch = AppendItem(root, label, kFolderIcon);
            for (const host::DocumentEntry* document : ofKind) {
                // The file name without its kind's suffix; the folder is shown as a tooltip.
                std::string name = std::filesystem::path(document->path).filename().string();
                if (name.size() > kind.suffix.size())
                    name.resize(name.size() - kind.suffix.size());
                AppendItem(branch, ui::toWx(name), kDocumentIcon, -1, new PathData(document->path));
            }
            Expand(branch);
        }
    }
    Thaw();
}

std::string WorkspaceTree::pathOf(const wxTreeItemId& item) const
{
    if (!item.IsOk())
        return {};
    auto* data = static_cast<PathData*>(GetItemData(item));
    return data ? data->value : std::string();
}

void WorkspaceTree::selectPath(const std::string& path)
{
    wxTreeItemIdValue kindCookie;
    for (wxTreeItemId branch = GetFirstChild(GetRootItem(), kindCookie); branch.IsOk();
         branch = GetNextChild(GetRootItem(), kindCookie)) {
        wxTreeItemIdValue cookie;
        for (wxTreeItemId item = GetFirstChild(branch, cookie); item.IsOk(); item = GetNextChild(branch, cookie)) {
            if (pathOf(item) == path) {
                SelectItem(item);
                return;
            }
        }
    }
}

} // namespace sapha::gui
