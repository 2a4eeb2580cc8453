// Sapha brainstorm — projector mode.
// SPDX-License-Identifier: MIT
#include "ui/projector_frame.hpp"

#include <wx/simplebook.h>
#include <wx/sizer.h>

#include "ui/word_cloud_canvas.hpp"

namespace sapha::brainstorm {

namespace {
// Type large enough to read from the back of a hotel meeting room.
constexpr double kProjectorScale = 1.7;
} // namespace

ProjectorFrame::ProjectorFrame(wxWindow* owner, BoardActions& actions, std::function<void()> onClosed)
    : wxFrame(owner, wxID_ANY, _("Sapha projector"), wxDefaultPosition, wxSize(1280, 800), wxDEFAULT_FRAME_STYLE)
    , m_onClosed(std::move(onClosed))
{
    m_pages = new wxSimplebook(this);
    m_board = new BoardCanvas(m_pages, actions, kProjectorScale);
    m_cloud = new WordCloudCanvas(m_pages, kProjectorScale);
    m_pages->AddPage(m_board, wxString());
    m_pages->AddPage(m_cloud, wxString());
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_pages, 1, wxEXPAND);
    SetSizer(sizer);
    Bind(wxEVT_CHAR_HOOK, &ProjectorFrame::onKey, this);
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent&) {
        if (m_onClosed)
            m_onClosed();
        Destroy();
    });
}

void ProjectorFrame::show(const BoardView& view)
{
    m_board->show(view);
    if (view.session)
        m_cloud->show(*view.session);
}

void ProjectorFrame::showWordCloud(bool wordCloud)
{
    m_pages->SetSelection(wordCloud ? 1 : 0);
}

bool ProjectorFrame::isShowingWordCloud() const
{
    return m_pages->GetSelection() == 1;
}

void ProjectorFrame::onKey(wxKeyEvent& event)
{
    const int key = event.GetKeyCode();
    if (key == WXK_ESCAPE || key == WXK_F11)
        Close();
    else if (key == WXK_TAB && event.GetModifiers() == wxMOD_NONE)
        showWordCloud(!isShowingWordCloud());
    else
        event.Skip();
}

} // namespace sapha::brainstorm
