// Sapha GUI — export of all documents with progress.
// SPDX-License-Identifier: MIT
#include "export_all_job.hpp"

#include <atomic>
#include <mutex>
#include <thread>

#include <wx/progdlg.h>
#include <wx/utils.h>

#include <sapha/ui/wx_text.hpp>

#include "export/document_exporter.hpp"

namespace sapha::gui {

ExportAllOutcome exportAllWithProgress(wxWindow* parent, const host::Documents& documents,
    const std::filesystem::path& directory, const std::vector<exporting::Format>& formats,
    const host::ExportChoices& choices)
{
    struct Shared {
        std::mutex lock;
        int done = 0;
        int total = 0;
        std::string current;
        std::vector<std::string> failures;
        std::atomic<bool> cancelled { false };
        std::atomic<bool> finished { false };
    } shared;

    // The workspace serialises its own operations and document kinds may be used from any thread, so
    // the worker needs nothing else from the GUI.
    std::thread worker([&] {
        // Nothing may leave a thread: a failure is reported with the others.
        try {
            documents.exportAll(directory, formats, choices,
                [&](int done, int total, const std::string& file) {
                    std::lock_guard guard(shared.lock);
                    shared.done = done;
                    shared.total = total;
                    shared.current = file;
                },
                [&](const Error& error) {
                    std::lock_guard guard(shared.lock);
                    shared.failures.push_back(error.describe());
                },
                &shared.cancelled);
        } catch (const std::exception& failure) {
            std::lock_guard guard(shared.lock);
            shared.failures.push_back(std::string("the export stopped: ") + failure.what());
        }
        shared.finished = true;
    });

    {
        wxProgressDialog dialog(_("Export"), _("Preparing the export..."), 1000, parent,
            wxPD_APP_MODAL | wxPD_CAN_ABORT | wxPD_ELAPSED_TIME | wxPD_REMAINING_TIME | wxPD_SMOOTH);
        while (!shared.finished) {
            int done;
            int total;
            std::string current;
            {
                std::lock_guard guard(shared.lock);
                done = shared.done;
                total = shared.total;
                current = shared.current;
            }
            const int value = total > 0 ? done * 1000 / total : 0;
            const wxString message = total > 0
                ? wxString::Format(_("%d of %d: %s"), done, total, ui::toWx(std::filesystem::path(current).filename().string()))
                : _("Preparing the export...");
            if (!dialog.Update(std::min(value, 999), message)) // processes events: the GUI stays alive
                shared.cancelled = true;
            wxMilliSleep(40);
        }
    }
    worker.join();
    ExportAllOutcome outcome;
    outcome.exported = shared.done - static_cast<int>(shared.failures.size());
    outcome.failures = std::move(shared.failures);
    outcome.wasCancelled = shared.cancelled;
    return outcome;
}

} // namespace sapha::gui
