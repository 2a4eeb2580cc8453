// Sapha GUI — File > Export (the front document as its editor holds it), File > Export All (with progress,
// on a worker), and Tools > Send to a Standard; plus the file dialog every export shares.
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <wx/string.h>

#include <sapha/export/document.hpp>
#include <sapha/status.hpp>

#include "export/document_exporter.hpp"
#include "plugins/plugin_registry.hpp"

class wxWindow;

namespace sapha::gui {

class MainFrame;

// Where an export goes, as the person chose it.
struct ExportTarget {
    std::string file; // with the chosen format's extension
    exporting::Format format = exporting::Format::Pdf;
};

class ExportActions {
public:
    explicit ExportActions(MainFrame& frame) : m_frame(frame) { }

    void onExportCurrent();
    void onExportAll();
    // Exports the front document, as it is in its editor, to `file` in `format`.
    Status exportCurrent(const std::string& file, exporting::Format format, const std::string& part = {});
    void onSendOutline();
    // Sends the front document's outline (a brainstorm session's clusters and ideas) into `target` (made
    // when new, named `title`), commits it and opens it.
    Status sendOutlineOfCurrent(const std::string& target, const std::string& title);

    // The file dialog of an export: `formats` in the order of its file types, `stem` the offered name.
    static std::optional<ExportTarget> askTarget(
        wxWindow* parent, const wxString& title, const std::string& stem, const std::vector<exporting::Format>& formats);
    // `file` with the extension of `format`: a known export extension already there is replaced
    // ("x.pdf" chosen as Word is "x.docx", not "x.pdf.docx").
    static std::string withExtension(const std::string& file, exporting::Format format);
    static std::vector<exporting::Format> everyFormat();
    // The document's file name without its kind's suffix ("chiangrai-1-2563" for a meeting).
    static std::string stemOf(const host::PluginRegistry& registry, const std::string& path);
    // The person's export preferences (Edit > Preferences).
    static host::ExportChoices choicesOf(MainFrame& frame);
    // Writes the exported bytes, or says why there are none; the status bar names the file.
    static void finish(MainFrame& frame, const Result<std::string>& bytes, const std::string& file);

private:
    MainFrame& m_frame;
};

} // namespace sapha::gui
