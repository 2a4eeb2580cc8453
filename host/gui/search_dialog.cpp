// Sapha GUI — the Find in Workspace dialog.
// SPDX-License-Identifier: MIT
#include "search_dialog.hpp"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/utils.h>

#include <sapha/ui/wx_text.hpp>

#include "documents/documents.hpp"
#include "main_frame.hpp"

namespace sapha::gui {

SearchDialog::SearchDialog(wxWindow* parent, const host::Documents& documents, std::string language)
    : wxDialog(parent, wxID_ANY, _("Find in Workspace"), wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER)
    , m_documents(documents)
    , m_language(std::move(language))
{
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* intro = new wxStaticText(this, wxID_ANY,
        _("Words are found whole, in every document of the workspace: type them and press Enter; "
          "press Enter again on a result to open its document."));
    intro->Wrap(FromDIP(760));
    sizer->Add(intro, 0, wxALL, FromDIP(10));
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    m_query = new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize, wxTE_PROCESS_ENTER);
    m_query->SetHint(_("Words to find, e.g. action plan"));
    row->Add(m_query, 1, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(8));
    auto* find = new wxButton(this, wxID_FIND, _("Find"));
    row->Add(find, 0, wxALIGN_CENTER_VERTICAL);
    sizer->Add(row, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(10));
    m_history = new wxCheckBox(this, wxID_ANY, _("Also in earlier versions (slower)"));
    sizer->Add(m_history, 0, wxALL, FromDIP(10));
    m_results = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(820, 320)), wxLC_REPORT | wxLC_SINGLE_SEL);
    m_results->AppendColumn(_("Where"), wxLIST_FORMAT_LEFT, FromDIP(170));
    m_results->AppendColumn(_("Document"), wxLIST_FORMAT_LEFT, FromDIP(230));
    m_results->AppendColumn(_("Text"), wxLIST_FORMAT_LEFT, FromDIP(400));
    sizer->Add(m_results, 1, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(10));
    m_summary = new wxStaticText(this, wxID_ANY, wxEmptyString);
    sizer->Add(m_summary, 0, wxALL, FromDIP(10));
    sizer->Add(CreateStdDialogButtonSizer(wxCLOSE), 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(10));
    SetSizerAndFit(sizer);
    SetEscapeId(wxID_CLOSE);

    m_query->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { search(); });
    find->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { search(); });
    m_results->Bind(wxEVT_LIST_ITEM_ACTIVATED, &SearchDialog::onActivated, this);
    m_query->SetFocus();
}

SearchDialog::~SearchDialog()
{
    ++m_generation;
    if (m_worker.joinable())
        m_worker.join();
}

void SearchDialog::search()
{
    const std::string query = ui::fromWx(m_query->GetValue());
    host::SearchOptions options;
    options.history = m_history->GetValue();
    options.limit = 200;
    const unsigned generation = ++m_generation;
    if (m_worker.joinable())
        m_worker.join(); // the search before, whose results no longer count
    m_summary->SetLabel(_("Searching..."));
    const host::Documents* documents = &m_documents;
    const wxString typed = m_query->GetValue();
    m_worker = std::thread([this, documents, query, options, generation, typed] {
        Result<std::vector<host::SearchHit>> hits = Error { ui::fromWx(_("the search failed")) };
        try {
            hits = host::searchWorkspace(*documents, query, options);
        } catch (const std::exception& failure) {
            hits = Error { failure.what() };
        }
        CallAfter([this, hits = std::move(hits), generation, typed]() mutable {
            if (generation == m_generation)
                showResults(std::move(hits), typed);
        });
    });
}

void SearchDialog::showResults(Result<std::vector<host::SearchHit>> hits, const wxString& query)
{
    m_results->DeleteAllItems();
    m_hits.clear();
    if (!hits) {
        m_summary->SetLabel(hits.error().code == ErrorCode::Invalid ? _("Type the words to find.") : ui::toWx(hits.error().describe()));
        return;
    }
    m_hits = std::move(hits.value());
    const bool thai = m_language == "th";
    for (std::size_t i = 0; i < m_hits.size(); ++i) {
        const host::SearchHit& hit = m_hits[i];
        wxString where = hit.elementId.empty() ? _("Title")
                                               : ui::toWx((thai ? hit.elementTerm : hit.elementType)
                                                   + (hit.elementLabel.empty() ? "" : " " + hit.elementLabel));
        if (!hit.current)
            where += wxString::FromAscii(" ") + _("(earlier version)");
        const long row = m_results->InsertItem(static_cast<long>(i), where);
        m_results->SetItem(row, 1, ui::toWx(hit.documentTitle));
        m_results->SetItem(row, 2, ui::toWx(host::searchSnippet(hit.text, hit.matches, 70)));
    }
    if (m_hits.empty()) {
        m_summary->SetLabel(wxString::Format(_("\"%s\" was not found."), query));
        return;
    }
    m_summary->SetLabel(wxString::Format(wxPLURAL("%zu result", "%zu results", m_hits.size()), m_hits.size()));
    m_results->SetItemState(0, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    m_results->SetFocus();
}

void SearchDialog::onActivated(wxListEvent& event)
{
    const long row = event.GetIndex();
    if (row < 0 || static_cast<std::size_t>(row) >= m_hits.size())
        return;
    m_chosenPath = m_hits[static_cast<std::size_t>(row)].path;
    EndModal(wxID_OK);
}

void showSearch(MainFrame& frame)
{
    host::Documents* documents = frame.documents();
    if (!documents)
        return;
    SearchDialog dialog(&frame, *documents, frame.settings().language());
    frame.setOpenDialog(&dialog);
    const int answer = dialog.ShowModal();
    frame.setOpenDialog(nullptr);
    if (answer == wxID_OK && !dialog.chosenPath().empty())
        frame.openDocument(dialog.chosenPath());
}

} // namespace sapha::gui
