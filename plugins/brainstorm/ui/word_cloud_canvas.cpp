// Sapha brainstorm — the word cloud, drawn.
// SPDX-License-Identifier: MIT
#include "ui/word_cloud_canvas.hpp"

#include <wx/dcbuffer.h>
#include <wx/settings.h>

#include <sapha/ui/wx_text.hpp>

#include "core/session_results.hpp"
#include "core/word_cloud_layout.hpp"

namespace sapha::brainstorm {

namespace {

// From a quiet blue-grey for the least used words to a strong blue for the most used.
wxColour colourFor(double weight)
{
    auto mix = [weight](int quiet, int strong) { return static_cast<unsigned char>(quiet + (strong - quiet) * weight); };
    return wxColour(mix(120, 20), mix(135, 80), mix(155, 170));
}

constexpr std::size_t kMostWords = 60;

} // namespace

WordCloudCanvas::WordCloudCanvas(wxWindow* parent, double scale)
    : wxWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxFULL_REPAINT_ON_RESIZE)
    , m_scale(scale)
{
    SetName(wxASCII_STR("brainstorm-word-cloud"));
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    Bind(wxEVT_PAINT, &WordCloudCanvas::onPaint, this);
}

void WordCloudCanvas::show(const Session& session)
{
    m_session = session;
    Refresh();
}

void WordCloudCanvas::onPaint(wxPaintEvent&)
{
    wxAutoBufferedPaintDC dc(this);
    dc.SetBackground(*wxWHITE_BRUSH);
    dc.Clear();
    const wxSize size = GetClientSize();
    const std::vector<WordCount> words = wordCloud(m_session, kMostWords);
    wxFont font = wxSystemSettings::GetFont(wxSYS_DEFAULT_GUI_FONT);
    font.SetWeight(wxFONTWEIGHT_BOLD);
    if (words.empty()) {
        font.SetFractionalPointSize(14 * m_scale);
        dc.SetFont(font);
        dc.SetTextForeground(wxColour(82, 96, 109));
        const wxString empty = _("The words of the ideas appear here as they come in.");
        const wxSize extent = dc.GetTextExtent(empty);
        dc.DrawText(empty, (size.x - extent.x) / 2, (size.y - extent.y) / 2);
        return;
    }
    const int margin = FromDIP(16);
    auto measure = [&](const std::string& word, double points) {
        font.SetFractionalPointSize(points);
        dc.SetFont(font);
        const wxSize extent = dc.GetTextExtent(ui::toWx(word));
        return TextExtent { static_cast<double>(extent.x), static_cast<double>(extent.y) };
    };
    const double largest = std::max(14.0, std::min(size.x, size.y) / 12.0) * m_scale;
    const auto placed = layoutWordCloud(words, size.x - 2 * margin, size.y - 2 * margin, measure, 11 * m_scale, largest);
    for (const PlacedWord& word : placed) {
        font.SetFractionalPointSize(word.size);
        dc.SetFont(font);
        dc.SetTextForeground(colourFor(word.weight));
        dc.DrawText(ui::toWx(word.word), margin + static_cast<int>(word.x), margin + static_cast<int>(word.y));
    }
}

} // namespace sapha::brainstorm
