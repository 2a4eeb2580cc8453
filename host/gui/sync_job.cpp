// Sapha GUI — transfers with progress.
// SPDX-License-Identifier: MIT
#include "sync_job.hpp"

#include <wx/progdlg.h>
#include <wx/utils.h>


namespace sapha::gui {

host::TransferOptions withProgress(host::TransferOptions options, TransferProgressShared& shared)
{
    options.progress = [&shared](const host::TransferStep& step) {
        std::lock_guard guard(shared.lock);
        shared.step = step;
        shared.hasStep = true;
        return !shared.cancelled.load();
    };
    return options;
}

void showTransferProgress(wxWindow* parent, const wxString& title, TransferProgressShared& shared)
{
    wxProgressDialog dialog(title, _("Connecting..."), 1000, parent, wxPD_APP_MODAL | wxPD_CAN_ABORT | wxPD_ELAPSED_TIME | wxPD_SMOOTH);
    while (!shared.finished) {
        host::TransferStep step;
        bool hasStep = false;
        {
            std::lock_guard guard(shared.lock);
            step = shared.step;
            hasStep = shared.hasStep;
        }
        int value = 0;
        wxString message = _("Connecting...");
        if (hasStep && step.total > 0) {
            value = static_cast<int>(step.done * 999 / step.total);
            const wxString what = step.kind == host::TransferStep::Kind::Receiving ? _("Receiving")
                : step.kind == host::TransferStep::Kind::Resolving                ? _("Resolving")
                                                                                  : _("Sending");
            message = wxString::Format(_("%s: %zu of %zu (%.1f MB)"), what, step.done, step.total, step.bytes / 1e6);
        }
        if (!dialog.Update(std::min(value, 999), message)) // processes events: the GUI stays alive
            shared.cancelled = true;
        wxMilliSleep(40);
    }
}

} // namespace sapha::gui
