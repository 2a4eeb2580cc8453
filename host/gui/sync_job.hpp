// Sapha GUI — a transfer with a shared remote (sync, clone) on a worker thread, with a progress dialog
// that can cancel it; the window stays responsive throughout.
// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

#include <wx/string.h>

#include <sapha/status.hpp>

#include "sync/transfer_options.hpp"

class wxWindow;

namespace sapha::gui {

// Runs `work` (given transfer options whose progress feeds the dialog and whose cancel is the dialog's
// Cancel) on a worker thread; returns its result once it is done. Main thread.
template <typename T>
Result<T> runTransferWithProgress(wxWindow* parent, const wxString& title, const host::TransferOptions& base,
    const std::function<Result<T>(const host::TransferOptions&)>& work);

// The non-template part: shows the dialog until `finished`, feeding it from the shared progress.
struct TransferProgressShared;
void showTransferProgress(wxWindow* parent, const wxString& title, TransferProgressShared& shared);
host::TransferOptions withProgress(host::TransferOptions options, TransferProgressShared& shared);

} // namespace sapha::gui

#include "sync_job_impl.hpp"
