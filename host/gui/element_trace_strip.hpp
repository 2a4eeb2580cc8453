// Sapha GUI — above the history list, the story of the part of the document the person has chosen (an
// indicator, an agenda item, an action item): who wrote its current text, when, and where it came from,
// with buttons to open the whole story and the document it came from. It follows the editor's choice
// (editors tell no event when it changes: the strip looks a few times a second) and traces on a worker
// thread, as host::traceElement reads every version of the document.
// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <functional>
#include <string>
#include <thread>
#include <vector>

#include <wx/panel.h>
#include <wx/timer.h>

#include "workspace/revision.hpp"

class wxButton;
class wxTextCtrl;

namespace sapha::host {
class Documents;
struct ElementTrace;
}

namespace sapha::gui {

class ElementTraceStrip : public wxPanel {
public:
    explicit ElementTraceStrip(wxWindow* parent);
    ~ElementTraceStrip() override;

    // The part chosen now: `documents` null or `elementId` empty when nothing is chosen. `documents` must
    // outlive the work started for it: until stop().
    struct Chosen {
        const host::Documents* documents = nullptr;
        std::string path;
        std::string elementId;
        std::string language;
        host::Calendar calendar = host::Calendar::Gregorian;
    };
    // Starts following what `chosen` gives, asked on the GUI's thread a few times a second (empty: stops).
    void follow(std::function<Chosen()> chosen);
    // Traces the chosen part again at the next look (a save changed its story).
    void refresh() { m_tracedKey.clear(); }
    // Stops the work under way and waits for it (before the documents it reads go away).
    void stop();

    // The whole story (as host::describeTrace) and the document it came from, when asked for them.
    using DetailsHandler = std::function<void(std::vector<std::string> lines, std::string originPath)>;
    using OpenOriginHandler = std::function<void(std::string originPath)>;
    void onDetails(DetailsHandler handler) { m_onDetails = std::move(handler); }
    void onOpenOrigin(OpenOriginHandler handler) { m_onOpenOrigin = std::move(handler); }

    // What the strip shows, what it traced and where its origin button is: the GUI test reads and clicks them.
    std::string shownText() const;
    const std::string& tracedKey() const { return m_shownKey; }
    const std::string& originPath() const { return m_originPath; }
    bool isTracing() const { return m_tracing; }
    wxButton* originButton() const { return m_origin; }

private:
    void look();
    void startTrace(const Chosen& chosen, const std::string& key);
    void show(const std::string& key, const host::ElementTrace* trace, std::vector<std::string> lines);
    void showHint();
    void joinWorker();

    std::function<Chosen()> m_chosen;
    wxTimer m_timer;
    wxTextCtrl* m_story = nullptr;
    wxButton* m_details = nullptr;
    wxButton* m_origin = nullptr;
    std::thread m_worker;
    std::atomic<unsigned> m_generation { 0 };
    std::atomic<bool> m_tracing { false };
    std::string m_tracedKey; // path#id last asked for ("" traces again)
    std::string m_shownKey;  // path#id whose story is shown
    std::vector<std::string> m_lines; // the whole story, as host::describeTrace tells it
    std::string m_originPath;
    host::Calendar m_calendar = host::Calendar::Gregorian;
    std::string m_language;
    DetailsHandler m_onDetails;
    OpenOriginHandler m_onOpenOrigin;
};

} // namespace sapha::gui
