// Sapha GUI — following the workspace's files on disk.
// SPDX-License-Identifier: MIT
#include "workspace_watcher.hpp"

#include <wx/fswatcher.h>
#include <wx/log.h>

#include <sapha/ui/wx_text.hpp>

#include "documents/documents.hpp"
#include "main_frame.hpp"

namespace sapha::gui {

namespace {
constexpr int kQuietMs = 500;
} // namespace

WorkspaceWatcher::WorkspaceWatcher(MainFrame& frame, std::filesystem::path root)
    : m_frame(frame)
    , m_root(std::move(root))
    , m_quiet(this)
{
    Bind(wxEVT_TIMER, &WorkspaceWatcher::onQuiet, this);
    m_shown = documentPaths();
    CallAfter([this] { start(); });
}

WorkspaceWatcher::~WorkspaceWatcher()
{
    m_quiet.Stop();
    if (m_watcher)
        m_watcher->RemoveAll();
}

void WorkspaceWatcher::start()
{
    m_watcher = std::make_unique<wxFileSystemWatcher>();
    m_watcher->SetOwner(this);
    Bind(wxEVT_FSWATCHER, &WorkspaceWatcher::onChange, this);
    // The root itself (a kind's new top-level folder appears there), then each folder a document may be in.
    m_watcher->Add(wxFileName::DirName(ui::toWx(m_root.string())), wxFSW_EVENT_CREATE | wxFSW_EVENT_DELETE | wxFSW_EVENT_RENAME);
    watchNewFolders();
}

void WorkspaceWatcher::watchNewFolders()
{
    // The workspace's own walk (folders only, by the kinds readdir gives): wxWidgets' AddTree looked at
    // every file of every folder, a twelfth of the start at 10,000 documents.
    host::Documents* documents = m_frame.documents();
    if (!documents)
        return;
    wxLogNull quiet; // a folder that cannot be watched (not readable) is not followed: no message box
    for (const std::string& folder : documents->workspace().folders()) {
        if (m_watched.insert(folder).second)
            m_watcher->Add(wxFileName::DirName(ui::toWx((m_root / folder).string())),
                wxFSW_EVENT_CREATE | wxFSW_EVENT_DELETE | wxFSW_EVENT_RENAME | wxFSW_EVENT_MODIFY);
    }
}

void WorkspaceWatcher::forgetFolder(const std::filesystem::path& gone)
{
    // The folder and those inside it, as Workspace::folders names them ("committees/2570/").
    const std::string relative = gone.lexically_relative(m_root).generic_string() + "/";
    wxLogNull quiet; // the system dropped the watch of a removed folder already
    for (auto watched = m_watched.lower_bound(relative); watched != m_watched.end() && watched->starts_with(relative);) {
        m_watcher->Remove(wxFileName::DirName(ui::toWx((m_root / *watched).string())));
        watched = m_watched.erase(watched);
    }
}

void WorkspaceWatcher::onChange(wxFileSystemWatcherEvent& event)
{
    const std::filesystem::path changed = ui::fromWx(event.GetPath().GetFullPath());
    const int change = event.GetChangeType();
    // A folder removed or moved away is forgotten, so that one made again under its name is watched.
    if (change == wxFSW_EVENT_DELETE || change == wxFSW_EVENT_RENAME)
        forgetFolder(changed);
    if (change == wxFSW_EVENT_CREATE || change == wxFSW_EVENT_RENAME) {
        // A folder made or moved in at any depth, with whatever is inside it (a file is not looked for:
        // each save renames one into place).
        const std::filesystem::path arrived
            = change == wxFSW_EVENT_RENAME ? std::filesystem::path(ui::fromWx(event.GetNewPath().GetFullPath())) : changed;
        std::error_code error;
        if (std::filesystem::is_directory(arrived, error) && !std::filesystem::is_symlink(arrived, error))
            watchNewFolders();
    }
    m_quiet.StartOnce(kQuietMs); // again from now: many changes, one look
}

void WorkspaceWatcher::onQuiet(wxTimerEvent&)
{
    std::vector<std::string> now = documentPaths();
    if (now == m_shown)
        return;
    m_frame.refreshTree(); // which tells this watcher what it shows now
    m_frame.setStatus(_("The workspace changed on disk: its documents are shown as they are now."));
}

std::vector<std::string> WorkspaceWatcher::documentPaths() const
{
    std::vector<std::string> paths;
    if (host::Documents* documents = m_frame.documents()) {
        for (const host::DocumentEntry& entry : documents->list())
            paths.push_back(entry.path);
    }
    return paths;
}

} // namespace sapha::gui
