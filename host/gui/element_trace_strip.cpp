// Sapha GUI — the chosen part's story above the history list.
// SPDX-License-Identifier: MIT
#include "element_trace_strip.hpp"

#include <exception>
#include <optional>

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>

#include <sapha/ui/wx_text.hpp>

#include "history/element_trace.hpp"
#include "reading_box.hpp"

namespace sapha::gui {

namespace {

// Often enough to feel immediate after a click in the outline, rarely enough to cost nothing.
constexpr int kLookIntervalMs = 300;

} // namespace

ElementTraceStrip::ElementTraceStrip(wxWindow* parent)
    : wxPanel(parent, wxID_ANY)
{
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    m_story = makeReadingBox(this, 5); // a long story scrolls
    sizer->Add(m_story, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(6));
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    m_details = new wxButton(this, wxID_ANY, _("Whole Story..."));
    m_origin = new wxButton(this, wxID_ANY, _("Open Where It Came From"));
    buttons->Add(m_details, 0, wxRIGHT, FromDIP(6));
    buttons->Add(m_origin, 0);
    sizer->Add(buttons, 0, wxALL, FromDIP(4));
    SetSizer(sizer);
    m_details->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (m_onDetails && !m_lines.empty())
            m_onDetails(m_lines, m_originPath);
    });
    m_origin->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (m_onOpenOrigin && !m_originPath.empty())
            m_onOpenOrigin(m_originPath);
    });
    showHint();
    m_timer.SetOwner(this);
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { look(); }, m_timer.GetId());
}

ElementTraceStrip::~ElementTraceStrip()
{
    m_timer.Stop();
    stop();
}

void ElementTraceStrip::follow(std::function<Chosen()> chosen)
{
    m_chosen = std::move(chosen);
    if (m_chosen)
        m_timer.Start(kLookIntervalMs);
    else
        m_timer.Stop();
}

void ElementTraceStrip::joinWorker()
{
    if (m_worker.joinable())
        m_worker.join();
}

void ElementTraceStrip::stop()
{
    ++m_generation;
    joinWorker();
    m_tracedKey.clear();
    showHint();
}

std::string ElementTraceStrip::shownText() const
{
    return ui::fromWx(m_story->GetValue());
}

void ElementTraceStrip::showHint()
{
    m_shownKey.clear();
    m_lines.clear();
    m_originPath.clear();
    m_story->ChangeValue(_("Choose a part of the document (an indicator, an agenda item, an action item) to see who "
                           "wrote it, when, and where it came from."));
    m_details->Disable();
    m_origin->Disable();
}

void ElementTraceStrip::look()
{
    if (!m_chosen)
        return;
    const Chosen chosen = m_chosen();
    if (!chosen.documents || chosen.elementId.empty()) {
        if (!m_tracedKey.empty() || !m_shownKey.empty()) {
            ++m_generation; // a trace under way is no longer wanted
            m_tracedKey.clear();
            showHint();
        }
        return;
    }
    const std::string key = chosen.path + "#" + chosen.elementId;
    if (key == m_tracedKey)
        return;
    if (m_tracing) {
        // The trace under way ends on its own (it cannot be cut short): its answer is no longer wanted, and
        // this part is traced at a look after it, so the window never waits for it.
        ++m_generation;
        return;
    }
    startTrace(chosen, key);
}

void ElementTraceStrip::startTrace(const Chosen& chosen, const std::string& key)
{
    const unsigned generation = ++m_generation;
    joinWorker(); // the one before has ended (or is ending): look() starts none while one runs
    m_tracedKey = key;
    m_tracing = true;
    m_language = chosen.language;
    m_calendar = chosen.calendar;
    m_worker = std::thread([this, chosen, key, generation] {
        // Nothing may leave a thread: a failure is shown in the strip instead.
        std::optional<host::ElementTrace> trace;
        std::vector<std::string> lines;
        try {
            Result<host::ElementTrace> traced = host::traceElement(*chosen.documents, chosen.path, chosen.elementId);
            if (traced) {
                lines = host::describeTrace(traced.value(), chosen.language, chosen.calendar);
                trace = std::move(traced.value());
            } else if (traced.error().code != ErrorCode::NotFound) {
                lines.push_back(traced.error().describe());
            } // NotFound: a part added since the last save is not in the file yet (said on the GUI's thread)
        } catch (const std::exception& error) {
            lines.push_back(error.what());
        } catch (...) {
            lines.push_back("unknown error");
        }
        CallAfter([this, generation, key, trace = std::move(trace), lines = std::move(lines)]() mutable {
            if (generation == m_generation)
                show(key, trace ? &*trace : nullptr, std::move(lines));
        });
        m_tracing = false;
    });
}

namespace {

// At most `count` characters of the first line of `text`, not cut inside a Thai syllable's marks.
wxString startOf(const std::string& text, std::size_t count)
{
    wxString line = ui::toWx(text.substr(0, text.find('\n')));
    if (line.length() <= count)
        return line;
    const auto isMark = [](wxUniChar c) {
        const auto code = c.GetValue();
        return code == 0x0E31 || (code >= 0x0E34 && code <= 0x0E3A) || (code >= 0x0E47 && code <= 0x0E4E);
    };
    while (count > 0 && isMark(line[count]))
        --count;
    return line.Left(count) + wxString::FromUTF8("…");
}

wxString nameOf(const host::TracedElement& element, const std::string& language)
{
    const std::string& term = language == "th" ? element.term : element.type;
    const std::string name = element.label.empty() ? term : term + " " + element.label;
    return ui::toWx(name.empty() ? element.elementId : name);
}

} // namespace

void ElementTraceStrip::show(const std::string& key, const host::ElementTrace* trace, std::vector<std::string> lines)
{
    m_shownKey = key;
    m_lines = std::move(lines);
    m_originPath.clear();
    if (!trace) {
        m_story->ChangeValue(m_lines.empty() ? _("This part is not saved yet: save the document to see its story.")
                                             : ui::toWx(m_lines.front()));
        m_details->Disable();
        m_origin->Disable();
        return;
    }
    // Short lines for a narrow panel: what the part is, who wrote it and when, where it came from. The
    // whole story (commit messages, the origins' own origins) is behind the button.
    wxString text = nameOf(trace->element, m_language);
    if (trace->uncommitted)
        text += wxS("\n") + wxString(_("Its text is not saved as a version yet"));
    else if (trace->lastWritten)
        text += wxS("\n")
            + wxString::Format(_("Written by %s, %s"), ui::toWx(trace->lastWritten->authorName),
                ui::toWx(trace->lastWritten->displayTime(m_calendar)));
    if (trace->created && (!trace->lastWritten || trace->created->id != trace->lastWritten->id))
        text += wxS("\n")
            + wxString::Format(_("First appeared %s, by %s"), ui::toWx(trace->created->displayTime(m_calendar)),
                ui::toWx(trace->created->authorName));
    if (!trace->origins.empty()) {
        const host::ElementOrigin& origin = trace->origins.front();
        const wxString what = origin.found
            ? nameOf(origin.element, m_language) + wxString::FromUTF8(" “") + startOf(origin.element.text, 60)
                + wxString::FromUTF8("” — ") + ui::toWx(origin.element.documentTitle)
            : ui::toWx(origin.element.path) + wxS(" ") + _("(no longer there)");
        text += wxS("\n") + wxString::Format(origin.relation == "source" ? _("Made from %s") : _("Carried on from %s"), what);
        if (origin.found)
            m_originPath = origin.element.path;
    }
    m_story->ChangeValue(text);
    m_details->Enable();
    m_origin->Enable(!m_originPath.empty());
}

} // namespace sapha::gui
