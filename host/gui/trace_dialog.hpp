// Sapha GUI — Tools > Where Did This Come From?: for the part of the document the person is working on
// (an indicator, an agenda item, an action item), who wrote its current text, when, in which version, and
// where it came from (the brainstorm idea, the earlier meeting), with a button to open that document.
// The trace itself is host::traceElement, as `sapha-cli trace`.
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include <wx/dialog.h>

namespace sapha::gui {

class MainFrame;

class TraceDialog : public wxDialog {
public:
    // `lines` as host::describeTrace gives them; `originPath` empty: no origin to open.
    TraceDialog(wxWindow* parent, const std::vector<std::string>& lines, std::string originPath);
    const std::string& originPath() const { return m_originPath; }

private:
    std::string m_originPath;
};

// Traces the element chosen in the front document and shows it; opens the origin's document when asked.
// Says why in a message box when there is nothing to trace.
void showTraceOfCurrentElement(MainFrame& frame);
// Shows a trace already made (`lines` as host::describeTrace gives them); opens the origin when asked.
void showTrace(MainFrame& frame, const std::vector<std::string>& lines, const std::string& originPath);

} // namespace sapha::gui
