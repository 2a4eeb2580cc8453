// Sapha GUI — follows the open workspace's files on disk: a document made, removed or renamed by
// `sapha-cli`, git or another program appears in (or leaves) the tree without reopening the workspace.
// Every folder but .git is watched (a save's objects and refs there would wake it for nothing); changes
// are taken together once the disk has been quiet for half a second.
// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <wx/event.h>
#include <wx/fswatcher.h> // wxFileSystemWatcher names the platform's class: not to be declared ahead
#include <wx/timer.h>

namespace sapha::gui {

class MainFrame;

class WorkspaceWatcher : public wxEvtHandler {
public:
    // Starts once the window's event loop runs (the system's watcher needs it).
    WorkspaceWatcher(MainFrame& frame, std::filesystem::path root);
    ~WorkspaceWatcher() override;
    WorkspaceWatcher(const WorkspaceWatcher&) = delete;
    WorkspaceWatcher& operator=(const WorkspaceWatcher&) = delete;

    bool isWatching() const { return m_watcher != nullptr; }
    // The documents the tree shows now, after the window's own change (a new document): the next look
    // reports only what another program changed.
    void showing(std::vector<std::string> paths) { m_shown = std::move(paths); }

private:
    void start();
    // Watches each folder of the workspace not watched yet.
    void watchNewFolders();
    // Stops watching `gone` and the folders inside it (removed, or moved away).
    void forgetFolder(const std::filesystem::path& gone);
    void onChange(wxFileSystemWatcherEvent& event);
    void onQuiet(wxTimerEvent& event);
    std::vector<std::string> documentPaths() const;

    MainFrame& m_frame;
    std::filesystem::path m_root;
    std::unique_ptr<wxFileSystemWatcher> m_watcher;
    wxTimer m_quiet;
    std::vector<std::string> m_shown; // the documents the tree shows
    std::set<std::string> m_watched;   // the folders watched, as Workspace::folders names them
};

} // namespace sapha::gui
