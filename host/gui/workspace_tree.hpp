// Sapha GUI — the workspace tree: the documents grouped by kind, with icons. A branch makes its
// documents into tree items only when it is opened, so a workspace of thousands opens at once.
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include <wx/treectrl.h>

#include "document_catalog.hpp"

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

private:
    class KindBranch;
    void fillBranch(const wxTreeItemId& item);
};

} // namespace sapha::gui
