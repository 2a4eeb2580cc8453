// Sapha GUI — the history of the selected document: who, when, and why, newest first.
// The list is virtual (it grows with the history), and the history is read on a worker thread: the
// revisions are shown at once, then what each changed, a screenful at a time.
// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <map>
#include <functional>
#include <string>
#include <thread>
#include <vector>

#include <wx/listctrl.h>
#include <wx/panel.h>

#include "plugins/plugin_registry.hpp"
#include "workspace/workspace.hpp"

class wxStaticText;

namespace sapha::gui {

class HistoryList : public wxListCtrl {
public:
    explicit HistoryList(wxWindow* parent);
    // The revisions (newest first), what each changed in the plugin's terms, the named versions by
    // revision id, and the calendar their dates are shown in.
    void setRevisions(std::vector<host::Revision> revisions, std::vector<std::string> summaries,
        std::map<std::string, std::string> names, host::Calendar calendar);
    // What the revisions from `first` on changed, as they become known (a long history is summarised
    // a screenful at a time, newest first).
    void setSummaries(std::size_t first, const std::vector<std::string>& summaries);
    void setNames(std::map<std::string, std::string> names);
    const std::vector<host::Revision>& revisions() const { return m_revisions; }

private:
    wxString OnGetItemText(long item, long column) const override;
    std::vector<host::Revision> m_revisions;
    std::vector<std::string> m_summaries;
    std::map<std::string, std::string> m_names;
    host::Calendar m_calendar = host::Calendar::Gregorian;
};

class HistoryPanel : public wxPanel {
public:
    explicit HistoryPanel(wxWindow* parent);
    ~HistoryPanel() override;

    // Shows the history of `path` (empty: nothing), read in the background from `workspace`, with
    // what each revision changed as `registry`'s kinds say; both must outlive this panel or the next call.
    void showHistory(host::Workspace* workspace, const host::PluginRegistry* registry, const std::string& path,
        host::Calendar calendar,
        const std::string& language);
    std::size_t revisionCount() const { return m_list->revisions().size(); }

    // What the person can do with versions from the list's context menu. `selected` is newest first;
    // "previous" is the revision listed after the selected one (empty when it is the first).
    enum class Action { None, Export, ExportChanges, CompareWithPrevious, CompareWithWorkingCopy, CompareSelected, Restore, Name };
    using ActionHandler = std::function<void(Action, const std::string& path, const std::vector<host::Revision>& selected,
        const host::Revision* previous)>;
    void onAction(ActionHandler handler) { m_onAction = std::move(handler); }

private:
    void joinWorker();
    void showContextMenu();

    wxStaticText* m_title = nullptr;
    HistoryList* m_list = nullptr;
    std::thread m_worker;
    std::atomic<unsigned> m_generation { 0 };
    std::string m_path;
    ActionHandler m_onAction;
};

} // namespace sapha::gui
