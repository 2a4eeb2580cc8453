// Sapha GUI — the page preview beside the form: the front document's pages as they will print, drawn
// by the PDF export's own painter (libsapha_export), redrawn a moment after each edit and scrolled to
// the page of the part the person is working on. The drawing runs on a worker thread, so typing never
// waits for it; the worker is joined before the panel goes away.
// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <wx/bitmap.h>
#include <wx/scrolwin.h>
#include <wx/timer.h>

#include "export/document_exporter.hpp"

namespace sapha::gui {

struct OpenDocument;

class PagePreview : public wxScrolledWindow {
public:
    // `current` names the document in front (null: none); `choices` the person's export choices.
    PagePreview(wxWindow* parent, std::function<OpenDocument*()> current, std::function<host::ExportChoices()> choices);
    ~PagePreview() override;

    // Starts or stops following the front document (while the panel is shown).
    void setFollowing(bool following);
    // Waits for the drawing under way, if any (before the documents it reads go away).
    void stop();

    std::size_t pageCount() const { return m_pages.size(); }
    // The page (1-based) scrolled to for the element being edited; 0 when none is known.
    int followedPage() const { return m_followedPage; }
    // How many times the pages were drawn: a test sees that an edit was drawn.
    int drawings() const { return m_drawings; }
    // Why the last drawing failed (the document does not load, no export library), or empty.
    const wxString& problem() const { return m_problem; }

private:
    struct Drawn; // what a worker hands back
    void onTick(wxTimerEvent&) { tick(); }
    void tick(); // follows the element being edited; draws again when the document, its text or the width changed
    void onPaint(wxPaintEvent&);
    void startDrawing(OpenDocument& document, std::string xml, int width);
    void show(Drawn drawn);
    void followElement(const std::string& elementId);
    void joinWorker();

    std::function<OpenDocument*()> m_current;
    std::function<host::ExportChoices()> m_choices;
    wxTimer m_timer;
    std::thread m_worker;
    std::atomic<bool> m_working { false };
    std::atomic<int> m_generation { 0 };

    // What the pages on the screen were drawn from.
    OpenDocument* m_drawnDocument = nullptr;
    std::string m_drawnXml;
    int m_drawnWidth = 0;
    std::string m_followedElement;

    std::vector<wxBitmap> m_pages;
    std::map<std::string, int> m_elementPages; // element id → its page (1-based)
    int m_followedPage = 0;
    int m_pagesNotShown = 0; // beyond the pages drawn, in a long document
    int m_drawings = 0;
    wxString m_problem;
};

} // namespace sapha::gui
