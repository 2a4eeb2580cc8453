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
    // Labels are made for the pane's width again (titles came, the width changed): those on screen now,
    // the others when they come on screen (labelShown, when the window is idle). At 10,000 documents
    // measuring every label took a second of the GUI's thread, the window frozen and a history behind it.
    void relabelDocuments();
    // Labels the items on screen that are not labelled for the present titles and width.
    void labelShown();
    // The documents' items inside the pane's `height`, top to bottom.
    std::vector<wxTreeItemId> documentsOnScreen(int height) const;
    // The item's label: its title as much as `room` pixels hold, or its file name until the title is known.
    wxString labelFor(const std::string& path, const KindBranch& branch, int room) const;
    // The pixels a document's label has, from the start of its text to the pane's right edge.
    int labelRoom() const;

    std::map<std::string, std::string> m_titles; // by path: what the items are labelled
    int m_labelledWidth = 0;                      // the pane's width the labels were made for
    wxTimer m_relabelTimer;                       // a resize relabels once the dragging stops
    unsigned m_labelPass = 1;                     // what labels are made for: titles and width, counted
    int m_labelRoom = 0;                          // the pixels a label has in this pass
    // What was on screen when labelShown last looked: it looks again only when something moved.
    struct Shown {
        int top = -1, height = -1;
        unsigned pass = 0, layout = 0;
        std::size_t count = 0;
        bool operator==(const Shown&) const = default;
    } m_shown;
    unsigned m_layoutChanges = 0;                 // branches opened or closed
    const host::Documents* m_titlesOf = nullptr;  // the workspace they are of
    std::thread m_titleReader;
    std::atomic<unsigned> m_titleGeneration { 0 };
    std::atomic<bool> m_readingTitles { false };
};

} // namespace sapha::gui
