// Sapha brainstorm — projector mode: the board (or the word cloud) full screen in large type, for the
// room to read. Tab switches between the two, Escape (or F11) leaves.
// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

#include <wx/frame.h>

#include "ui/board_canvas.hpp"

class wxSimplebook;

namespace sapha::brainstorm {

class WordCloudCanvas;

class ProjectorFrame : public wxFrame {
public:
    // `onClosed` runs when the projector is left; the frame then destroys itself.
    ProjectorFrame(wxWindow* owner, BoardActions& actions, std::function<void()> onClosed);

    void show(const BoardView& view);
    void showWordCloud(bool wordCloud);
    bool isShowingWordCloud() const;

private:
    void onKey(wxKeyEvent& event);

    wxSimplebook* m_pages = nullptr;
    BoardCanvas* m_board = nullptr;
    WordCloudCanvas* m_cloud = nullptr;
    std::function<void()> m_onClosed;
};

} // namespace sapha::brainstorm
