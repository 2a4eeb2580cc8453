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

constexpr std::size_t kOpenBranchesUpTo = 200;

class PathData : public wxTreeItemData {
public:
    explicit PathData(std::string path) : value(std::move(path)) { }
    std::string value;
};

} // namespace

// The documents of one kind, turned into tree items only when the branch is opened.
class WorkspaceTree::KindBranch : public wxTreeItemData {
public:
    std::string suffix;
    std::vector<std::string> paths;
    bool isFilled = false;
};

namespace {

} // namespace

WorkspaceTree::WorkspaceTree(wxWindow* parent)
    : wxTreeCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
          wxTR_HAS_BUTTONS | wxTR_HIDE_ROOT | wxTR_LINES_AT_ROOT | wxTR_SINGLE)
{
    Bind(wxEVT_TREE_ITEM_EXPANDING, [this](wxTreeEvent& event) { fillBranch(event.GetItem()); });
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
            auto* branch = new KindBranch;
            branch->suffix = kind.suffix;
            for (const host::DocumentEntry& document : documents) {
                if (document.kindId == kind.id)
                    branch->paths.push_back(document.path);
            }
            const std::size_t count = branch->paths.size();
            const wxString label = wxString::Format(wxASCII_STR("%s (%zu)"), ui::toWx(kind.name.in(language)), count);
            const wxTreeItemId item = AppendItem(root, label, kFolderIcon, -1, branch);
            SetItemHasChildren(item, count > 0);
            // Documents become tree items when their branch is first opened; small branches open at once.
            if (count > 0 && count <= kOpenBranchesUpTo)
                Expand(item);
        }
    }
    Thaw();
}

void WorkspaceTree::fillBranch(const wxTreeItemId& item)
{
    auto* branch = dynamic_cast<KindBranch*>(GetItemData(item));
    if (!branch || branch->isFilled)
        return;
    branch->isFilled = true;
    for (const std::string& path : branch->paths) {
        // The file name without its kind's suffix; the folder is shown as a tooltip.
        std::string name = std::filesystem::path(path).filename().string();
        if (name.size() > branch->suffix.size())
            name.resize(name.size() - branch->suffix.size());
        AppendItem(item, ui::toWx(name), kDocumentIcon, -1, new PathData(path));
    }
}

std::size_t WorkspaceTree::documentCount() const
{
    std::size_t count = 0;
    wxTreeItemIdValue cookie;
    for (wxTreeItemId item = GetFirstChild(GetRootItem(), cookie); item.IsOk(); item = GetNextChild(GetRootItem(), cookie)) {
        if (auto* branch = dynamic_cast<KindBranch*>(GetItemData(item)))
            count += branch->paths.size();
    }
    return count;
}

std::string WorkspaceTree::pathOf(const wxTreeItemId& item) const
{
    if (!item.IsOk())
        return {};
    auto* data = dynamic_cast<PathData*>(GetItemData(item));
    return data ? data->value : std::string();
}

void WorkspaceTree::selectPath(const std::string& path)
{
    wxTreeItemIdValue kindCookie;
    for (wxTreeItemId branch = GetFirstChild(GetRootItem(), kindCookie); branch.IsOk();
         branch = GetNextChild(GetRootItem(), kindCookie)) {
        fillBranch(branch);
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
