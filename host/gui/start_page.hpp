// Sapha GUI — what an empty window shows: how to begin (open a workspace, make a new one, open the demo)
// and the workspaces opened lately. A newcomer's window no longer starts blank.
// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <wx/panel.h>

namespace sapha::gui {

struct StartActions {
    std::function<void()> openWorkspace;
    std::function<void()> newWorkspace;
    std::function<void()> openDemo;
    std::function<void(const std::string&)> openRecent;
};

class StartPage : public wxPanel {
public:
    // The buttons are named ("start-open-demo", …) so that the GUI tests find and click them.
    StartPage(wxWindow* parent, const std::vector<std::string>& recentWorkspaces, StartActions actions);

private:
    StartActions m_actions;
};

} // namespace sapha::gui
