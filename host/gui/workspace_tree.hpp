// Sapha GUI — the workspace tree: the documents grouped by kind, with icons, each under its title (its
// file name until the titles are read, on a worker, from the search index). A branch makes its documents
// into tree items only when it is opened, so a workspace of thousands opens at once.
// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include <wx/timer.h>
#include <wx/treectrl.h>

#include "document_catalog.hpp"

namespace sapha::host {
class Documents;
}

namespace sapha::gui {

class WorkspaceTree : public wxTreeCtrl {
public:
    explicit WorkspaceTree(wxWindow* parent);

    // Shows `documents` under one branch per kind of `registry`; `titleOf` gives a label for a path.
    void showDocuments(const host::PluginRegistry& registry, const std::vector<host::DocumentEntry>& documents,
        const std::string& language);
    // The document path of a tree item, empty for a kind branch.
    std::string pathOf(const wxTreeItemId& item) const;
    void selectPath(const std::string& path);
    // How many documents the tree shows, in all its branches.
    std::size_t documentCount() const;
    // The document's whole title, once read (empty until then).
    std::string titleOf(const std::string& path) const;
    // What the item of `path` is labelled (empty when its branch is not open or there is none).
    wxString labelOf(const std::string& path) const;

    // Reads the documents' titles on a worker and puts them on the items as they come; `documents` must
    // outlive the work: until stopReadingTitles() or this tree's end.
    void readTitles(const host::Documents* documents);
    // Stops reading titles and waits for the worker (before the documents it reads go away).
    void stopReadingTitles();
    bool isReadingTitles() const { return m_readingTitles; }
    ~WorkspaceTree() override;

private:
    class KindBranch;
    void fillBranch(const wxTreeItemId& item);
    void showTitles(std::map<std::string, std::string> titles);
    // Relabels every document item shown (after titles came, a branch opened or the pane's width changed):
    // those on screen at once, the rest a slice at a time between the window's other events. At 10,000
    // documents measuring every label took a second, the window frozen and a history waiting behind it.
    void relabelDocuments();
    void labelNextSlice(unsigned pass);
    // The item's label: its title as much as `room` pixels hold, or its file name until the title is known.
    wxString labelFor(const std::string& path, const KindBranch& branch, int room) const;
    // The pixels a document's label has, from the start of its text to the pane's right edge.
    int labelRoom() const;

    std::map<std::string, std::string> m_titles; // by path: what the items are labelled
    int m_labelledWidth = 0;                      // the pane's width the labels were made for
    wxTimer m_relabelTimer;                       // a resize relabels once the dragging stops
    unsigned m_relabelPass = 0;                   // a new pass (or new items) ends the one under way
    std::vector<wxTreeItemId> m_toLabel;          // the pass's items, those on screen first
    std::size_t m_labelledUpTo = 0;
    int m_labelRoom = 0;
    const host::Documents* m_titlesOf = nullptr;  // the workspace they are of
    std::thread m_titleReader;
    std::atomic<unsigned> m_titleGeneration { 0 };
    std::atomic<bool> m_readingTitles { false };
};

} // namespace sapha::gui
