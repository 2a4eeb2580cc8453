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

void WorkspaceWatcher::onChange(wxFileSystemWatcherEvent& event)
{
    const std::filesystem::path changed = ui::fromWx(event.GetPath().GetFullPath());
    if (event.GetChangeType() == wxFSW_EVENT_CREATE) {
        std::error_code error;
        if (std::filesystem::is_directory(changed, error) && !std::filesystem::is_symlink(changed, error))
            watchNewFolders(); // a folder made at any depth, with whatever was moved in inside it
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
