// Sapha GUI — Tools > Words Kept Whole: the committee's own terms ("treat this as one word") and the words
// its word clouds leave out, one a line, saved as the workspace's .sapha/terms.txt and stop-words.txt
// (each a commit, versioned and synced with the documents) and used at once.
// SPDX-License-Identifier: MIT
#pragma once

#include <wx/dialog.h>

#include "documents/workspace_vocabulary.hpp"

class wxTextCtrl;

namespace sapha::gui {

class MainFrame;

class VocabularyDialog : public wxDialog {
public:
    VocabularyDialog(wxWindow* parent, const host::WorkspaceVocabularyFiles& files);
    host::WorkspaceVocabularyFiles files() const;

private:
    wxTextCtrl* m_terms = nullptr;
    wxTextCtrl* m_stopWords = nullptr;
};

// Shows the dialog for the open workspace and saves what was changed; says why when it cannot.
void showVocabularyDialog(MainFrame& frame);

} // namespace sapha::gui
