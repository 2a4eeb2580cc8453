// Sapha GUI — the workspace tree.
// SPDX-License-Identifier: MIT
#include "workspace_tree.hpp"

#include <algorithm>
#include <cstdlib>
#include <exception>
#include <filesystem>

#include <wx/artprov.h>
#include <wx/imaglist.h>

#include <sapha/ui/wx_text.hpp>

#include "documents/documents.hpp"
#include "index/document_index.hpp"
#include "short_label.hpp"

namespace sapha::gui {

namespace {

enum Icon { kFolderIcon, kDocumentIcon };

constexpr std::size_t kOpenBranchesUpTo = 200;

class PathData : public wxTreeItemData {
public:
    explicit PathData(std::string path) : value(std::move(path)) { }
    std::string value;
    unsigned labelledPass = 0; // the WorkspaceTree's label pass its label was made in (0: its file name)
};

} // namespace

// The documents of one kind, turned into tree items only when the branch is opened.
class WorkspaceTree::KindBranch : public wxTreeItemData {
public:
    std::string suffix;
    std::string kindName; // what the branch is labelled ("รายงานการประชุม")
    std::vector<std::string> paths;
    bool isFilled = false;
};

WorkspaceTree::WorkspaceTree(wxWindow* parent)
    : wxTreeCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
          wxTR_HAS_BUTTONS | wxTR_HIDE_ROOT | wxTR_LINES_AT_ROOT | wxTR_SINGLE)
{
    Bind(wxEVT_TREE_ITEM_EXPANDING, [this](wxTreeEvent& event) { fillBranch(event.GetItem()); });
    Bind(wxEVT_TREE_ITEM_GETTOOLTIP, [this](wxTreeEvent& event) {
        // The whole title, and where the file is.
        const std::string path = pathOf(event.GetItem());
        auto title = m_titles.find(path);
        event.SetToolTip(ui::toWx(title == m_titles.end() || title->second.empty() ? path : title->second + "\n" + path));
    });
    const wxSize size = FromDIP(wxSize(16, 16));
    auto* images = new wxImageList(size.x, size.y);
    images->Add(wxArtProvider::GetBitmap(wxASCII_STR(wxART_FOLDER), wxASCII_STR(wxART_OTHER), size));
    images->Add(wxArtProvider::GetBitmap(wxASCII_STR(wxART_NORMAL_FILE), wxASCII_STR(wxART_OTHER), size));
    AssignImageList(images);
    // Labels are made for the pane's width: when it changes, they are made again once the sash stops.
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        if (std::abs(GetClientSize().x - m_labelledWidth) >= FromDIP(8))
            m_relabelTimer.StartOnce(150);
    });
    m_relabelTimer.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { relabelDocuments(); });
    // Items that came on screen (scrolled to, a branch opened) get their labels when the window is idle.
    Bind(wxEVT_IDLE, [this](wxIdleEvent& event) {
        event.Skip();
        labelShown();
    });
    Bind(wxEVT_TREE_ITEM_EXPANDED, [this](wxTreeEvent& event) {
        event.Skip();
        ++m_layoutChanges;
    });
    Bind(wxEVT_TREE_ITEM_COLLAPSED, [this](wxTreeEvent& event) {
        event.Skip();
        ++m_layoutChanges;
    });
}

void WorkspaceTree::showDocuments(const host::PluginRegistry& registry,
    const std::vector<host::DocumentEntry>& documents, const std::string& language)
{
    m_shown = Shown {}; // new items: what is on screen is looked at again
    Freeze();
    DeleteAllItems();
    const wxTreeItemId root = AddRoot(wxString());
    for (const host::PluginRecord& record : registry.records()) {
        if (record.state != host::PluginState::Running)
            continue;
        for (const host::DocumentKindManifest& kind : record.manifest.documentKinds) {
            auto* branch = new KindBranch;
            branch->suffix = kind.suffix;
            branch->kindName = kind.name.in(language);
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
    // Each under its file name: its title, measured to the pane, is given when it comes on screen.
    for (const std::string& path : branch->paths) {
        std::string name = std::filesystem::path(path).filename().string();
        if (name.size() > branch->suffix.size())
            name.resize(name.size() - branch->suffix.size());
        AppendItem(item, ui::toWx(name), kDocumentIcon, -1, new PathData(path));
    }
}

int WorkspaceTree::labelRoom() const
{
    // Where a document's text starts: measured on an item shown, else reckoned from the indent of two
    // levels (kind, document) and the icon.
    int textStart = 2 * static_cast<int>(GetIndent()) + FromDIP(16 + 20);
    wxTreeItemIdValue kindCookie;
    for (wxTreeItemId branch = GetFirstChild(GetRootItem(), kindCookie); branch.IsOk(); branch = GetNextChild(GetRootItem(), kindCookie)) {
        wxTreeItemIdValue cookie;
        wxRect text;
        if (wxTreeItemId item = GetFirstChild(branch, cookie); item.IsOk() && GetBoundingRect(item, text, true)) {
            textStart = text.x;
            break;
        }
    }
    // Never less than a few letters: a pane dragged narrow still tells documents apart by their ends.
    return std::max(GetClientSize().x - textStart - FromDIP(6), FromDIP(60));
}

wxString WorkspaceTree::labelFor(const std::string& path, const KindBranch& branch, int room) const
{
    // Titles of one committee's meetings differ at their end ("… ครั้งที่ 1/2563"): a long one keeps both
    // ends, as much of them as the pane has room for (the whole title is the tooltip). The branch already
    // says what kind of document it is: a title that starts with the kind's name ("รายงานการประชุม
    // คณะอนุกรรมการ…" under "รายงานการประชุม") gives that room to the words that tell documents apart.
    if (auto title = m_titles.find(path); title != m_titles.end() && !title->second.empty()) {
        const std::string_view shown = withoutKindName(title->second, branch.kindName);
        return shortenedToFit(ui::toWx(std::string(shown)), *this, room);
    }
    // The file name without its kind's suffix until the title is known; the path is the tooltip.
    std::string name = std::filesystem::path(path).filename().string();
    if (name.size() > branch.suffix.size())
        name.resize(name.size() - branch.suffix.size());
    return ui::toWx(name);
}

wxString WorkspaceTree::labelOf(const std::string& path) const
{
    wxTreeItemIdValue kindCookie;
    for (wxTreeItemId branch = GetFirstChild(GetRootItem(), kindCookie); branch.IsOk(); branch = GetNextChild(GetRootItem(), kindCookie)) {
        wxTreeItemIdValue cookie;
        for (wxTreeItemId item = GetFirstChild(branch, cookie); item.IsOk(); item = GetNextChild(branch, cookie)) {
            if (pathOf(item) == path)
                return GetItemText(item);
        }
    }
    return {};
}

WorkspaceTree::~WorkspaceTree()
{
    stopReadingTitles();
}

void WorkspaceTree::stopReadingTitles()
{
    ++m_titleGeneration;
    if (m_titleReader.joinable())
        m_titleReader.join();
}

void WorkspaceTree::readTitles(const host::Documents* documents)
{
    stopReadingTitles();
    if (documents != m_titlesOf) {
        m_titles.clear(); // another workspace's titles name nothing here
        m_titlesOf = documents;
    }
    if (!documents)
        return;
    const unsigned generation = ++m_titleGeneration;
    m_readingTitles = true;
    m_titleReader = std::thread([this, documents, generation] {
        // Nothing may leave a thread: without titles, the items keep their file names.
        try {
            std::map<std::string, std::string> titles
                = host::documentTitles(documents->workspace(), documents->registry(), [this, generation] { return generation != m_titleGeneration; });
            if (!titles.empty()) {
                CallAfter([this, generation, titles = std::move(titles)]() mutable {
                    if (generation == m_titleGeneration)
                        showTitles(std::move(titles));
                });
            }
        } catch (const std::exception&) {
        }
        m_readingTitles = false;
    });
}

void WorkspaceTree::showTitles(std::map<std::string, std::string> titles)
{
    m_titles = std::move(titles);
    relabelDocuments();
}

void WorkspaceTree::relabelDocuments()
{
    m_labelledWidth = GetClientSize().x;
    m_labelRoom = labelRoom();
    ++m_labelPass;
    labelShown();
}

std::vector<wxTreeItemId> WorkspaceTree::documentsOnScreen(int height) const
{
    // Each open branch's documents walked by their place in it (wxWidgets' own walk to the first item
    // on screen, GetFirstVisibleItem, finds each item's next by searching its parent's children: at
    // 10,000 documents in one branch that was a tenth of a second on every scroll).
    std::vector<wxTreeItemId> shown;
    wxTreeItemIdValue kindCookie;
    for (wxTreeItemId branch = GetFirstChild(GetRootItem(), kindCookie); branch.IsOk();
         branch = GetNextChild(GetRootItem(), kindCookie)) {
        if (!IsExpanded(branch))
            continue;
        wxTreeItemIdValue cookie;
        for (wxTreeItemId item = GetFirstChild(branch, cookie); item.IsOk(); item = GetNextChild(branch, cookie)) {
            wxRect line;
            if (!GetBoundingRect(item, line) || line.GetBottom() < 0)
                continue; // above the pane
            if (line.y >= height)
                break; // below it, and so is the rest of the branch
            shown.push_back(item);
        }
    }
    return shown;
}

void WorkspaceTree::labelShown()
{
    const Shown now { GetViewStart().y, GetClientSize().y, m_labelPass, m_layoutChanges, GetCount() };
    if (now == m_shown || !GetRootItem().IsOk())
        return;
    m_shown = now;
    if (m_labelRoom == 0)
        m_labelRoom = labelRoom();
    bool frozen = false;
    for (const wxTreeItemId& item : documentsOnScreen(now.height)) {
        auto* data = dynamic_cast<PathData*>(GetItemData(item));
        auto* kind = data ? dynamic_cast<KindBranch*>(GetItemData(GetItemParent(item))) : nullptr;
        if (!kind || data->labelledPass == m_labelPass)
            continue;
        data->labelledPass = m_labelPass;
        const wxString label = labelFor(data->value, *kind, m_labelRoom);
        if (GetItemText(item) == label)
            continue;
        if (!frozen) {
            Freeze();
            frozen = true;
        }
        SetItemText(item, label);
    }
    if (frozen)
        Thaw();
}

std::string WorkspaceTree::titleOf(const std::string& path) const
{
    auto title = m_titles.find(path);
    return title == m_titles.end() ? std::string() : title->second;
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
