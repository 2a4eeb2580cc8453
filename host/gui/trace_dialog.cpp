// Sapha GUI — the Where Did This Come From? dialog.
// SPDX-License-Identifier: MIT
#include "trace_dialog.hpp"

#include <wx/button.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>

#include <sapha/ui/wx_text.hpp>

#include "document_tabs.hpp"
#include "documents/documents.hpp"
#include "history/element_trace.hpp"
#include "main_frame.hpp"

namespace sapha::gui {

TraceDialog::TraceDialog(wxWindow* parent, const std::vector<std::string>& lines, std::string originPath)
    : wxDialog(parent, wxID_ANY, _("Where Did This Come From?"), wxDefaultPosition, wxDefaultSize,
        wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER)
    , m_originPath(std::move(originPath))
{
    std::string text;
    for (const std::string& line : lines)
        text += line + "\n";
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* story = new wxTextCtrl(this, wxID_ANY, ui::toWx(text), wxDefaultPosition, FromDIP(wxSize(760, 260)),
        wxTE_MULTILINE | wxTE_READONLY | wxTE_DONTWRAP);
    sizer->Add(story, 1, wxEXPAND | wxALL, FromDIP(10));
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    if (!m_originPath.empty()) {
        auto* open = new wxButton(this, wxID_OPEN, _("Open Where It Came From"));
        open->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { EndModal(wxID_OPEN); });
        buttons->Add(open, 0, wxRIGHT, FromDIP(8));
    }
    buttons->Add(new wxButton(this, wxID_CLOSE, _("Close")));
    sizer->Add(buttons, 0, wxALIGN_RIGHT | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(10));
    SetSizerAndFit(sizer);
    SetEscapeId(wxID_CLOSE);
    SetAffirmativeId(wxID_CLOSE);
}

void showTraceOfCurrentElement(MainFrame& frame)
{
    host::Documents* documents = frame.documents();
    OpenDocument* document = frame.tabs().current();
    if (!documents || !document)
        return;
    const std::string elementId = document->editor->currentElementId();
    if (elementId.empty()) {
        wxMessageBox(_("Choose a part of the document first: an item in its outline, or an action item."),
            _("Where Did This Come From?"), wxOK | wxICON_INFORMATION, &frame);
        return;
    }
    Result<host::ElementTrace> trace = host::traceElement(*documents, document->path, elementId);
    if (!trace) {
        // A part added since the last save is not in the file yet.
        const wxString why = trace.error().code == ErrorCode::NotFound
            ? _("This part is not saved yet: save the document, then ask again.")
            : ui::toWx(trace.error().describe());
        wxMessageBox(why, _("Where Did This Come From?"), wxOK | wxICON_INFORMATION, &frame);
        return;
    }
    const std::string originPath = trace.value().origins.empty() || !trace.value().origins.front().found
        ? std::string()
        : trace.value().origins.front().element.path;
    showTrace(frame, host::describeTrace(trace.value(), frame.settings().language(), frame.settings().calendar()), originPath);
}

void showTrace(MainFrame& frame, const std::vector<std::string>& lines, const std::string& originPath)
{
    TraceDialog dialog(&frame, lines, originPath);
    frame.setOpenDialog(&dialog);
    const int answer = dialog.ShowModal();
    frame.setOpenDialog(nullptr);
    if (answer == wxID_OPEN)
        frame.openDocument(dialog.originPath());
}

} // namespace sapha::gui
