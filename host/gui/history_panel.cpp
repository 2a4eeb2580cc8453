// Sapha GUI — the history panel.
// SPDX-License-Identifier: MIT
#include "history_panel.hpp"
#include "reading_box.hpp"

#include <algorithm>
#include <exception>

#include <wx/menu.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <sapha/ui/wx_text.hpp>

namespace sapha::gui {

HistoryList::HistoryList(wxWindow* parent)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_VIRTUAL)
{
    AppendColumn(_("When"), wxLIST_FORMAT_LEFT, FromDIP(124));
    AppendColumn(_("Who"), wxLIST_FORMAT_LEFT, FromDIP(100));
    AppendColumn(_("What changed"), wxLIST_FORMAT_LEFT, FromDIP(280));
    AppendColumn(_("Why"), wxLIST_FORMAT_LEFT, FromDIP(320));
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        CallAfter([this] { fitColumns(); }); // after the list has taken its new size
    });
}

void HistoryList::fitColumns()
{
    // The widest date and time shown ("20/10/2563 15:30") and a margin; the scroll bar's width is kept
    // free so that no column runs under it when the history grows long.
    const int room = GetClientSize().x - wxSystemSettings::GetMetric(wxSYS_VSCROLL_X, this) - FromDIP(4);
    const int when = GetTextExtent(wxT("00/00/0000 00:00")).x + FromDIP(16);
    const int who = FromDIP(110);
    const int leastWhat = FromDIP(180);
    const int leastWhy = FromDIP(160);
    int rest = std::max(room - when, leastWhat);
    const bool showWho = rest >= who + leastWhat;
    if (showWho)
        rest -= who;
    const bool showWhy = rest >= leastWhat + leastWhy;
    const int what = showWhy ? std::max(leastWhat, rest * 11 / 20) : rest;
    SetColumnWidth(0, when);
    SetColumnWidth(1, showWho ? who : 0);
    SetColumnWidth(2, what);
    SetColumnWidth(3, showWhy ? rest - what : 0);
}

wxString HistoryList::summaryOf(std::size_t row) const
{
    // A named version leads with its name: it is what the committee calls that version.
    auto named = m_names.find(m_revisions[row].id);
    const std::string& summary = m_summaries[row];
    return ui::toWx(named == m_names.end() ? summary : "[" + named->second + "] " + summary);
}

wxString HistoryList::describe(long row) const
{
    if (row < 0 || row >= static_cast<long>(m_revisions.size()))
        return {};
    const host::Revision& revision = m_revisions[static_cast<std::size_t>(row)];
    wxString text = ui::toWx(revision.displayTime(m_calendar)) + wxT(" \u00b7 ") + ui::toWx(revision.authorName);
    const wxString summary = summaryOf(static_cast<std::size_t>(row));
    if (!summary.empty())
        text += wxT("\n") + summary;
    text += wxT("\n") + ui::toWx(revision.message);
    text.Trim();
    return text;
}

void HistoryList::setRevisions(std::vector<host::Revision> revisions, std::vector<std::string> summaries,
    std::map<std::string, std::string> names, host::Calendar calendar)
{
    m_revisions = std::move(revisions);
    m_summaries = std::move(summaries);
    m_summaries.resize(m_revisions.size());
    m_names = std::move(names);
    m_calendar = calendar;
    SetItemCount(static_cast<long>(m_revisions.size()));
    Refresh();
}

void HistoryList::setSummaries(std::size_t first, const std::vector<std::string>& summaries)
{
    for (std::size_t i = 0; i < summaries.size() && first + i < m_summaries.size(); ++i)
        m_summaries[first + i] = summaries[i];
    if (!summaries.empty() && first < m_summaries.size())
        RefreshItems(static_cast<long>(first), static_cast<long>(std::min(first + summaries.size(), m_summaries.size()) - 1));
}

void HistoryList::setNames(std::map<std::string, std::string> names)
{
    m_names = std::move(names);
    Refresh();
}

wxString HistoryList::OnGetItemText(long item, long column) const
{
    if (item < 0 || item >= static_cast<long>(m_revisions.size()))
        return {};
    const host::Revision& revision = m_revisions[static_cast<std::size_t>(item)];
    switch (column) {
    case 0:
        return ui::toWx(revision.displayTime(m_calendar));
    case 1:
        return ui::toWx(revision.authorName);
    case 2:
        return summaryOf(static_cast<std::size_t>(item));
    default:
        return ui::toWx(revision.message.substr(0, revision.message.find('\n')));
    }
}

HistoryPanel::HistoryPanel(wxWindow* parent)
    : wxPanel(parent, wxID_ANY)
{
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    // A long title loses its middle, not its end, where a meeting's number is; the whole is its tip.
    m_title = new wxStaticText(this, wxID_ANY, _("History"), wxDefaultPosition, wxDefaultSize,
        wxST_ELLIPSIZE_MIDDLE | wxST_NO_AUTORESIZE);
    wxFont bold = m_title->GetFont();
    bold.SetWeight(wxFONTWEIGHT_BOLD);
    m_title->SetFont(bold);
    m_title->SetMinSize(wxSize(FromDIP(40), -1));
    sizer->Add(m_title, 0, wxEXPAND | wxALL, FromDIP(6));
    m_traceStrip = new ElementTraceStrip(this);
    sizer->Add(m_traceStrip, 0, wxEXPAND);
    m_list = new HistoryList(this);
    sizer->Add(m_list, 1, wxEXPAND);
    // The chosen version in full, under the list: in a narrow pane the list has room for when and what
    // changed only. Three lines; a long reason scrolls.
    m_details = makeReadingBox(this, 3);
    sizer->Add(m_details, 0, wxEXPAND | wxALL, FromDIP(4));
    SetSizer(sizer);
    m_list->Bind(wxEVT_LIST_ITEM_RIGHT_CLICK, [this](wxListEvent&) { showContextMenu(); });
    m_list->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { showDetails(); });
    m_list->Bind(wxEVT_LIST_ITEM_DESELECTED, [this](wxListEvent&) { CallAfter([this] { showDetails(); }); });
    m_list->SetToolTip(_("Right-click a version to compare, restore, name or export it; select two to compare them"));
    showDetails();
}

void HistoryPanel::showDetails()
{
    const long row = m_list->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (row < 0)
        m_details->ChangeValue(_("Choose a version to read when, by whom and why it was made; right-click it to "
                                 "compare, restore, name or export it."));
    else
        m_details->ChangeValue(m_list->describe(row));
}

wxString HistoryPanel::detailsShown() const
{
    return m_details->GetValue();
}

void HistoryPanel::showContextMenu()
{
    if (!m_onAction)
        return;
    const std::vector<host::Revision>& revisions = m_list->revisions();
    std::vector<host::Revision> selected;
    long first = -1;
    for (long row = m_list->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED); row >= 0;
         row = m_list->GetNextItem(row, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED)) {
        if (first < 0)
            first = row;
        selected.push_back(revisions[static_cast<std::size_t>(row)]);
    }
    if (selected.empty())
        return;
    std::optional<host::Revision> previous;
    if (static_cast<std::size_t>(first) + 1 < revisions.size())
        previous = revisions[static_cast<std::size_t>(first) + 1];
    wxMenu menu;
    auto add = [&](Action action, const wxString& label, bool enabled) {
        const int id = wxWindow::NewControlId();
        menu.Append(id, label)->Enable(enabled);
        menu.Bind(wxEVT_MENU, [this, action, path = m_path, selected, previous](wxCommandEvent&) {
            m_onAction(action, path, selected, previous);
        }, id);
    };
    if (selected.size() == 2) {
        add(Action::CompareSelected, _("Compare these two versions"), true);
    } else {
        add(Action::CompareWithPrevious, _("Compare with the version before"), previous.has_value());
        add(Action::CompareWithWorkingCopy, _("Compare with the current document"), true);
        menu.AppendSeparator();
        add(Action::Restore, _("Restore this version..."), true);
        add(Action::Name, _("Name this version..."), true);
        add(Action::Export, _("Export this version..."), true);
        add(Action::ExportChanges, _("Export the changes since this version (tracked changes)..."), true);
    }
    PopupMenu(&menu);
}

HistoryPanel::~HistoryPanel()
{
    stop();
}

void HistoryPanel::joinWorker()
{
    if (m_worker.joinable())
        m_worker.join();
}

void HistoryPanel::stop()
{
    ++m_generation; // a reading asked for and not yet started does not start
    joinWorker();
    m_reading = false;
    m_traceStrip->stop();
    m_path.clear();
    m_list->setRevisions({}, {}, {}, host::Calendar::Gregorian);
    m_title->SetLabel(_("History"));
    showDetails();
}

wxRect HistoryPanel::rowOnScreen(std::size_t row) const
{
    wxRect rect;
    if (row >= m_list->revisions().size() || !m_list->GetItemRect(static_cast<long>(row), rect))
        return {};
    m_list->EnsureVisible(static_cast<long>(row));
    m_list->GetItemRect(static_cast<long>(row), rect);
    rect.SetPosition(m_list->ClientToScreen(rect.GetPosition()));
    return rect;
}

void HistoryPanel::showHistory(
    const host::Documents* documents, const std::string& path, const std::string& title, host::Calendar calendar)
{
    // A reading under way for an earlier call stops at its next step; only the last call of the moment starts.
    const unsigned asked = ++m_generation;
    m_askedDocuments = documents;
    m_path = path;
    m_askedTitle = title;
    m_askedCalendar = calendar;
    m_reading = documents && !path.empty(); // from now: a test waits for the history asked for
    CallAfter([this, asked] {
        if (asked == m_generation)
            startReading();
    });
}

void HistoryPanel::startReading()
{
    const unsigned generation = m_generation;
    const host::Documents* const documents = m_askedDocuments;
    const std::string path = m_path;
    const host::Calendar calendar = m_askedCalendar;
    joinWorker();
    m_traceStrip->refresh(); // shown again after a save: the chosen part's story may have changed
    m_list->setRevisions({}, {}, {}, calendar);
    showDetails();
    if (!documents || path.empty()) {
        m_title->SetLabel(_("History"));
        m_reading = false;
        return;
    }
    const wxString heading = wxString::Format(_("History of %s"), ui::toWx(m_askedTitle.empty() ? path : m_askedTitle));
    m_title->SetLabel(heading);
    m_title->SetToolTip(heading + wxT("\n") + ui::toWx(path));
    m_reading = true;
    ++m_readingsStarted;
    m_worker = std::thread([this, documents, path, generation, calendar] {
        // Nothing may leave a thread: a failure is shown in the panel's title instead.
        std::string failure;
        try {
            readHistory(*documents, path, generation, calendar);
        } catch (const std::exception& error) {
            failure = error.what();
        } catch (...) {
            failure = "unknown error";
        }
        if (!failure.empty()) {
            CallAfter([this, generation, failure] {
                if (generation == m_generation)
                    m_title->SetLabel(ui::toWx(failure));
            });
        }
        // Said on the GUI's thread, in order with the calls: another reading asked for meanwhile is still to come.
        CallAfter([this, generation] {
            if (generation == m_generation)
                m_reading = false;
        });
    });
}

void HistoryPanel::readHistory(
    const host::Documents& documents, const std::string& path, unsigned generation, host::Calendar calendar)
{
    const auto current = [this, generation] { return generation == m_generation; };
    Result<std::vector<host::Revision>> history = documents.history(path);
    if (!history) {
        CallAfter([this, current, error = history.error().describe()] {
            if (current())
                m_title->SetLabel(ui::toWx(error));
        });
        return;
    }
    const std::vector<host::Revision> revisions = history.value();
    std::map<std::string, std::string> names;
    if (Result<std::vector<host::NamedVersion>> versions = documents.namedVersions(); versions) {
        for (const host::NamedVersion& version : versions.value())
            names[version.revisionId] += (names[version.revisionId].empty() ? "" : ", ") + version.name;
    }
    // The list first (who, when, why, named versions): it needs no document loaded.
    CallAfter([this, current, calendar, revisions, names]() mutable {
        if (current()) {
            m_list->setRevisions(std::move(revisions), {}, std::move(names), calendar);
            showDetails();
        }
    });
    // Then what each revision changed, newest first, a screenful at a time; another document chosen
    // meanwhile stops this between screenfuls, and the links below between documents (its request waits
    // for this thread to end).
    constexpr std::size_t kScreenful = 30;
    for (std::size_t first = 0; first < revisions.size() && current(); first += kScreenful) {
        std::vector<std::string> summaries = documents.summarize(path, revisions, first, kScreenful);
        CallAfter([this, current, first, summaries = std::move(summaries)] {
            if (current()) {
                m_list->setSummaries(first, summaries);
                showDetails(); // the chosen version's summary may be among them
            }
        });
    }
    if (!current())
        return;
    // Last, what other documents decided about this one's versions (a resolution approving a
    // draft): it reads every document of the workspace.
    const std::vector<host::DocumentLink> links = documents.linksTo(path, [&current] { return !current(); });
    if (!current())
        return;
    if (host::addIncomingNames(names, links, documents.language())) {
        CallAfter([this, current, names = std::move(names)]() mutable {
            if (current()) {
                m_list->setNames(std::move(names));
                showDetails();
            }
        });
    }
    CallAfter([this, current, path] { // after everything above is on screen
        if (current() && m_onShown)
            m_onShown(path);
    });
}

} // namespace sapha::gui
