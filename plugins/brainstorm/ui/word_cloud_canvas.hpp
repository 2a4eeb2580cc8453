// Sapha brainstorm — the word cloud of a session's ideas, drawn live: the words the room used most,
// Thai cut into words with ICU's dictionary, the most used largest in the middle.
// SPDX-License-Identifier: MIT
#pragma once

#include <wx/window.h>

#include "core/session.hpp"

namespace sapha::brainstorm {

class WordCloudCanvas : public wxWindow {
public:
    // `scale` 1 on the editor, larger on the projector.
    WordCloudCanvas(wxWindow* parent, double scale);
    void show(const Session& session);

private:
    void onPaint(wxPaintEvent& event);

    double m_scale;
    Session m_session;
};

} // namespace sapha::brainstorm
