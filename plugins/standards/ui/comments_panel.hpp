// Sapha standards — reviewers' comments on the selected node (the standard, a component or an
// indicator): a list with who, when, what and whether it is resolved; add one, resolve it.
// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <wx/panel.h>

#include "core/standard.hpp"

class wxCheckBox;
class wxListCtrl;
class wxTextCtrl;

namespace sapha::standards {

class CommentsPanel : public wxPanel {
public:
    // `edited` is called after every change, with a key that lets typing in one field be one undo step.
    CommentsPanel(wxWindow* parent, std::function<void(const std::string& key)> edited);

    void show(std::vector<Comment>* comments);
    // Adds a comment dated today and puts the cursor in its text.
    void addComment();

private:
    Comment* current();
    void fillList();
    void showCurrent();

    std::function<void(const std::string&)> m_edited;
    std::vector<Comment>* m_comments = nullptr;
    long m_selected = -1;
    std::string m_lastAuthor; // a reviewer adds several comments in a row
    wxListCtrl* m_list = nullptr;
    wxTextCtrl* m_author = nullptr;
    wxTextCtrl* m_text = nullptr;
    wxCheckBox* m_resolved = nullptr;
};

// Comments not yet resolved.
int openComments(const std::vector<Comment>& comments);

} // namespace sapha::standards
