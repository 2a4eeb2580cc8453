// Sapha GUI — what a person does with versions in the history panel: compare two, restore one, name one,
// export one, export the changes since one as tracked changes. Each action is given its document and
// versions by value: the tabs and the panel may change while its dialogs are shown.
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "history_panel.hpp"

namespace sapha::gui {

class MainFrame;

class HistoryActions {
public:
    // Also has the history panel's strip follow the part chosen in the front document.
    explicit HistoryActions(MainFrame& frame);
    ~HistoryActions();

    void run(HistoryPanel::Action action, std::string path, std::vector<host::Revision> selected,
        std::optional<host::Revision> previous);
    // Shows two versions of `path` side by side (`to` empty: the working copy). Modal.
    Status showComparison(std::string path, std::string from, std::string to);
    // Brings back `path` as it was at `revision`, as a new version, after asking (an open tab of it is
    // closed first, asking about unsaved changes, and opened again).
    Status restore(std::string path, host::Revision revision);
    void name(host::Revision revision);
    void exportRevision(std::string path, host::Revision revision);
    void exportChangesSince(std::string path, host::Revision revision);

private:
    MainFrame& m_frame;
};

} // namespace sapha::gui
