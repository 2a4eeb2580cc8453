// Sapha GUI — the history of the selected document: who, when, and why, newest first.
// The list is virtual (it grows with the history), and the history is read on a worker thread: the
// revisions are shown at once, then what each changed, a screenful at a time.
// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <wx/listctrl.h>
#include <wx/panel.h>

#include "documents/documents.hpp"
#include "element_trace_strip.hpp"

class wxStaticText;
class wxTextCtrl;

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
    // The revision at `row` in full, one field a line: when and who, what changed, why. A pane too
    // narrow for every column shows the rest of a row here.
    wxString describe(long row) const;
    // The columns' widths for the list's width now: when, then what changed taking the room left; who
    // and why only when there is room for them (describe() tells them whatever is shown).
    void fitColumns();

private:
    wxString OnGetItemText(long item, long column) const override;
    wxString summaryOf(std::size_t row) const;
    std::vector<host::Revision> m_revisions;
    std::vector<std::string> m_summaries;
    std::map<std::string, std::string> m_names;
    host::Calendar m_calendar = host::Calendar::Gregorian;
};

class HistoryPanel : public wxPanel {
public:
    explicit HistoryPanel(wxWindow* parent);
    ~HistoryPanel() override;

    // Shows the history of `path` (empty: nothing), read in the background from `documents`, which must
    // outlive the work: until the next call, stop() or this panel's end.
    // `title` names the document in the panel's heading (its path when empty). The reading starts once the
    // events of the moment are handled: opening a document asks three times at once (its tab chosen, the
    // tree's selection, the open itself), and at 10,000 documents each reading took half a second.
    void showHistory(const host::Documents* documents, const std::string& path, const std::string& title,
        host::Calendar calendar);
    // Stops the work under way (the history's and the chosen part's story) and waits for it, before the
    // documents it reads go away; shows nothing.
    void stop();
    // The story of the part chosen in the editor, above the list.
    ElementTraceStrip& traceStrip() { return *m_traceStrip; }
    // Whether a worker is reading the documents given to showHistory.
    bool isReading() const { return m_reading; }
    // How many readings have started since this panel was made (the GUI test counts them).
    unsigned readingsStarted() const { return m_readingsStarted; }
    std::size_t revisionCount() const { return m_list->revisions().size(); }
    const HistoryList& list() const { return *m_list; }
    // What the line under the list says: the selected version in full, or how to choose one.
    wxString detailsShown() const;
    // The document whose history is shown.
    const std::string& path() const { return m_path; }
    // Where the row of the revision at `row` (newest first) is on the screen (empty when there is none):
    // the GUI test clicks it with the mouse.
    wxRect rowOnScreen(std::size_t row) const;

    // What the person can do with versions from the list's context menu. `selected` is newest first;
    // "previous" is the revision listed after the selected one (none when it is the first). Everything is
    // given by value: the list may be refilled, and the panel show another document, while the action runs.
    enum class Action { None, Export, ExportChanges, CompareWithPrevious, CompareWithWorkingCopy, CompareSelected, Restore, Name };
    using ActionHandler = std::function<void(
        Action, std::string path, std::vector<host::Revision> selected, std::optional<host::Revision> previous)>;
    void onAction(ActionHandler handler) { m_onAction = std::move(handler); }
    // Called on the GUI's thread once a document's history is shown whole (its versions, what each changed,
    // what other documents say of them): the benchmarks' measure (sapha --exit-when-history-shown).
    void onShown(std::function<void(const std::string& path)> shown) { m_onShown = std::move(shown); }

private:
    void joinWorker();
    void showContextMenu();
    void showDetails();
    // The worker's body: may throw; showHistory's thread catches and shows what went wrong.
    void readHistory(const host::Documents& documents, const std::string& path, unsigned generation, host::Calendar calendar);
    // Starts reading what showHistory was last asked for.
    void startReading();

    wxStaticText* m_title = nullptr;
    ElementTraceStrip* m_traceStrip = nullptr;
    HistoryList* m_list = nullptr;
    wxTextCtrl* m_details = nullptr;
    std::thread m_worker;
    std::atomic<unsigned> m_generation { 0 };
    std::atomic<bool> m_reading { false };
    unsigned m_readingsStarted = 0;
    std::string m_path;
    // What showHistory was last asked for.
    const host::Documents* m_askedDocuments = nullptr;
    std::string m_askedTitle;
    host::Calendar m_askedCalendar = host::Calendar::Gregorian;
    std::function<void(const std::string& path)> m_onShown;
    ActionHandler m_onAction;
};

} // namespace sapha::gui
