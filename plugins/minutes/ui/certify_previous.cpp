// Sapha minutes — certifying the previous minutes from the meeting editor (see certify_previous.hpp).
// SPDX-License-Identifier: MIT
#include "ui/certify_previous.hpp"

#include <memory>
#include <vector>

#include <wx/choicdlg.h>
#include <wx/msgdlg.h>

#include <sapha/ui/wx_text.hpp>

#include "core/certification.hpp"
#include "core/meeting_kind.hpp"

namespace sapha::minutes {

namespace {

// The workspace's changes as the editor's host makes them: the certified minutes saved as another
// document of the workspace (the host refuses while they have unsaved edits in a tab).
class HostChanges final : public IWorkspaceChanges {
public:
    explicit HostChanges(ui::IEditorHost& host) : m_host(host) { }
    Result<SavedVersion> save(std::string_view path, std::string_view content, std::string_view message) noexcept override
    {
        return m_host.saveDocument(path, content, message);
    }
    Result<std::string> lastRevision(std::string_view path) noexcept override
    {
        return Error { ui::fromWx(_("the editor does not read revisions")), std::string(path) };
    }
    Result<std::string> privateDirectory(std::string_view plugin) noexcept override { return m_host.privateDirectory(plugin); }

private:
    ui::IEditorHost& m_host;
};

struct Candidate {
    std::string path;
    std::unique_ptr<IDocument> document;
    Meeting* meeting = nullptr;
};

wxString statusText(MinutesStatus status)
{
    return status == MinutesStatus::Circulated ? _("Circulated for corrections") : _("Draft");
}

void showRefusal(wxWindow* parent, const wxString& reason)
{
    wxMessageBox(reason, _("Certify the previous minutes"), wxOK | wxICON_WARNING, parent);
}

} // namespace

bool certifyPreviousMinutes(wxWindow* parent, ui::IEditorHost& host, Meeting& next)
{
    const IWorkspaceView* workspace = host.workspace();
    if (!workspace) {
        showRefusal(parent, _("No workspace is open."));
        return false;
    }
    const MeetingKind kind;
    std::vector<Candidate> candidates;
    wxArrayString labels;
    for (const std::string& path : minutesAwaitingCertification(*workspace, next)) {
        Result<std::string> text = workspace->read(path);
        Result<std::unique_ptr<IDocument>> loaded = text ? kind.load(text.value(), path) : Result<std::unique_ptr<IDocument>>(text.error());
        if (!loaded)
            continue; // a file that does not load is named by the check, not offered here
        Candidate candidate { path, std::move(loaded.value()), nullptr };
        candidate.meeting = static_cast<Meeting*>(candidate.document.get());
        labels.Add(ui::toWx(candidate.meeting->heading()) + wxT(" (") + statusText(candidate.meeting->status) + wxT(")"));
        candidates.push_back(std::move(candidate));
    }
    if (candidates.empty()) {
        showRefusal(parent, _("No earlier minutes of this committee are waiting to be certified."));
        return false;
    }
    wxSingleChoiceDialog choose(parent, _("Which minutes does this meeting certify? They are saved as certified, and this item links to that version."),
        _("Certify the previous minutes"), labels);
    choose.SetSelection(0); // the latest
    if (choose.ShowModal() != wxID_OK)
        return false;
    Candidate& chosen = candidates[static_cast<std::size_t>(choose.GetSelection())];
    HostChanges changes(host);
    Result<std::string> version = certify(*chosen.meeting, chosen.path, next, host.documentPath(), false, kind, changes);
    if (!version) {
        showRefusal(parent, ui::toWx(version.error().describe()));
        return false;
    }
    return true;
}

} // namespace sapha::minutes
