// Sapha GUI — exporting every document of the workspace on a worker thread, with a progress dialog
// that can cancel; the window stays responsive throughout.
// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <sapha/export/document.hpp>

#include "documents/documents.hpp"

class wxWindow;

namespace sapha::gui {

struct ExportAllOutcome {
    int exported = 0;
    std::vector<std::string> failures; // one line each: what and where
    bool wasCancelled = false;
};

// Runs the export and returns when it is finished or cancelled. Main thread.
ExportAllOutcome exportAllWithProgress(wxWindow* parent, const host::Documents& documents, const std::filesystem::path& directory, const std::vector<exporting::Format>& formats,
    const host::ExportChoices& choices);

} // namespace sapha::gui
