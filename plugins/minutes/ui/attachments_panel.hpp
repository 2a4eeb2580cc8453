// Sapha minutes — the papers an agenda item refers to (เอกสารประกอบ): a list, and the selected one's
// title and reference (a workspace file, "file@version", or a web address).
// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <wx/panel.h>

#include "core/meeting.hpp"

class wxListCtrl;
class wxTextCtrl;

namespace sapha::minutes {

class AttachmentsPanel : public wxPanel {
public:
    // `edited` is called after every change, with a key that lets typing in one field be one undo step.
    AttachmentsPanel(wxWindow* parent, std::function<void(const std::string& key)> edited);

    // Shows the attachments of an item (null: none selected). The panel edits them in place.
    void show(std::vector<Attachment>* attachments);
    // Adds an attachment and puts the cursor in its title.
    void addAttachment();

private:
    Attachment* current();
    void fillList();
    void showCurrent();

    std::function<void(const std::string&)> m_edited;
    std::vector<Attachment>* m_attachments = nullptr;
    long m_selected = -1;
    wxListCtrl* m_list = nullptr;
    wxTextCtrl* m_title = nullptr;
    wxTextCtrl* m_reference = nullptr;
    std::vector<wxWindow*> m_controls; // enabled only when an attachment is selected
};

} // namespace sapha::minutes
