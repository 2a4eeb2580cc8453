// Sapha GUI — the Words Kept Whole dialog.
// SPDX-License-Identifier: MIT
#include "vocabulary_dialog.hpp"

#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <sapha/ui/wx_text.hpp>

#include "documents/documents.hpp"
#include "main_frame.hpp"

namespace sapha::gui {

VocabularyDialog::VocabularyDialog(wxWindow* parent, const host::WorkspaceVocabularyFiles& files)
    : wxDialog(parent, wxID_ANY, _("Words Kept Whole"), wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER)
{
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* intro = new wxStaticText(this, wxID_ANY,
        _("Thai has no spaces between words, so Sapha cuts text into words with a dictionary and the field's "
          "terms. Add the committee's own terms here, one a line, to keep each as one word when versions are "
          "compared, in word clouds and in search. Saved with the workspace, for everyone who shares it "
          "(Ctrl+Enter saves)."));
    intro->Wrap(FromDIP(640));
    sizer->Add(intro, 0, wxALL, FromDIP(10));
    sizer->Add(new wxStaticText(this, wxID_ANY, _("Words kept whole, one a line:")), 0, wxLEFT | wxRIGHT, FromDIP(10));
    m_terms = new wxTextCtrl(this, wxID_ANY, ui::toWx(files.terms), wxDefaultPosition, FromDIP(wxSize(640, 160)), wxTE_MULTILINE);
    sizer->Add(m_terms, 1, wxEXPAND | wxALL, FromDIP(10));
    sizer->Add(new wxStaticText(this, wxID_ANY, _("Words left out of word clouds, one a line:")), 0, wxLEFT | wxRIGHT, FromDIP(10));
    m_stopWords = new wxTextCtrl(this, wxID_ANY, ui::toWx(files.stopWords), wxDefaultPosition, FromDIP(wxSize(640, 100)), wxTE_MULTILINE);
    sizer->Add(m_stopWords, 1, wxEXPAND | wxALL, FromDIP(10));
    sizer->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(10));
    SetSizerAndFit(sizer);
    m_terms->SetFocus();
    m_terms->SetInsertionPointEnd();
    // Enter starts a new line in the lists: Ctrl+Enter saves, from the keyboard.
    Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& event) {
        if ((event.GetKeyCode() == WXK_RETURN || event.GetKeyCode() == WXK_NUMPAD_ENTER) && event.GetModifiers() == wxMOD_CONTROL)
            EndModal(wxID_OK);
        else
            event.Skip();
    });
}

host::WorkspaceVocabularyFiles VocabularyDialog::files() const
{
    return { ui::fromWx(m_terms->GetValue()), ui::fromWx(m_stopWords->GetValue()) };
}

void showVocabularyDialog(MainFrame& frame)
{
    host::Documents* documents = frame.documents();
    if (!documents)
        return;
    VocabularyDialog dialog(&frame, host::readWorkspaceVocabularyFiles(documents->workspace().root()));
    frame.setOpenDialog(&dialog);
    const int answer = dialog.ShowModal();
    frame.setOpenDialog(nullptr);
    if (answer != wxID_OK)
        return;
    if (Status saved = host::saveWorkspaceVocabulary(documents->workspace(), dialog.files(), documents->author(),
            frame.settings().language());
        !saved) {
        wxMessageBox(ui::toWx(saved.error().describe()), _("The words could not be saved"), wxOK | wxICON_ERROR, &frame);
        return;
    }
    frame.refreshTree();
    frame.setStatus(_("The workspace's words are saved and in use."));
}

} // namespace sapha::gui
