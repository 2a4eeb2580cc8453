// Sapha GUI — Edit > Find in Workspace: the words typed found in every document (Thai words whole), each
// result the element holding them in its plugin's terms, with the words marked; the chosen result's
// document opens. The search itself is host::searchWorkspace, as `sapha-cli search`.
// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include <wx/dialog.h>

#include "search/workspace_search.hpp"

class wxCheckBox;
class wxListCtrl;
class wxListEvent;
class wxStaticText;
class wxTextCtrl;

namespace sapha::host {
class Documents;
}

namespace sapha::gui {

class SearchDialog : public wxDialog {
public:
    SearchDialog(wxWindow* parent, const host::Documents& documents, std::string language);
    ~SearchDialog() override; // waits for a search under way
    // The document of the result chosen (double-click or Enter), once the dialog ended with wxID_OK.
    const std::string& chosenPath() const { return m_chosenPath; }
    const std::vector<host::SearchHit>& results() const { return m_hits; }

private:
    // Searches on a worker thread (the first search of a large workspace builds its index for seconds);
    // the results are shown when they come, unless another search started meanwhile.
    void search();
    void showResults(Result<std::vector<host::SearchHit>> hits, const wxString& query);
    void onActivated(wxListEvent& event);

    const host::Documents& m_documents;
    std::string m_language;
    wxTextCtrl* m_query = nullptr;
    wxCheckBox* m_history = nullptr;
    wxListCtrl* m_results = nullptr;
    wxStaticText* m_summary = nullptr;
    std::vector<host::SearchHit> m_hits;
    std::string m_chosenPath;
    std::thread m_worker;
    std::atomic<unsigned> m_generation { 0 };
};

class MainFrame;
// Edit > Find in Workspace: the dialog over the open workspace; the result chosen opens in a tab.
void showSearch(MainFrame& frame);

} // namespace sapha::gui
