// Sapha GUI — opening a workspace, making a new one, and opening the demo: File > Open Workspace and
// New Workspace, and the start page's buttons.
// SPDX-License-Identifier: MIT
#pragma once

namespace sapha::gui {

class MainFrame;

class WorkspaceActions {
public:
    explicit WorkspaceActions(MainFrame& frame) : m_frame(frame) { }

    // A folder chosen by the person, opened.
    void openFolder();
    // A new, empty workspace in a folder the person chooses, opened.
    void newWorkspace();
    // The demo workspace (made in ~/sapha-demo, or SAPHA_DEMO_DIR, the first time), opened.
    void openDemo();

private:
    MainFrame& m_frame;
};

} // namespace sapha::gui
