// Sapha GUI — File > Sync with Server and File > Open from Server, and the choices a sync leaves: which
// version of a conflict stays, per document or per element.
// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include <sapha/xml_merge.hpp>

namespace sapha::gui {

class MainFrame;

class SyncActions {
public:
    explicit SyncActions(MainFrame& frame) : m_frame(frame) { }

    // Saves (with consent), fetches, merges, pushes with a progress dialog, shows the changed documents
    // again and asks about each conflict.
    void syncWithServer();
    // Clones a shared workspace with progress, then opens it.
    void openFromServer();
    // Takes this workspace's or the other side's value for the conflicts a sync left on `element` of
    // `path` (edits in its tab are saved first), commits, and shows the document again.
    void chooseInConflict(std::string path, std::string element, xml::Side side);
    // Asks which version of a document left with both versions of a sync conflict stays, and commits it;
    // false when the person decides later (or it failed, which is shown).
    bool askToResolveConflict(std::string path);

private:
    MainFrame& m_frame;
};

} // namespace sapha::gui
