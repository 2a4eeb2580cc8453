// Sapha — labelled form fields shared by the editors.
// SPDX-License-Identifier: MIT
#include <sapha/ui/form_fields.hpp>

#include <memory>

#include <sapha/ui/wx_text.hpp>

namespace sapha::ui {

wxTextCtrl* addTextField(wxWindow* parent, wxFlexGridSizer* grid, const wxString& label, FieldShape shape,
    std::function<void(const std::string&)> onEdit)
{
    auto* caption = new wxStaticText(parent, wxID_ANY, label);
    const long style = shape == FieldShape::MultiLine ? wxTE_MULTILINE | wxTE_WORDWRAP : 0;
    auto* control = new wxTextCtrl(parent, wxID_ANY, wxString(), wxDefaultPosition,
        shape == FieldShape::MultiLine ? wxSize(-1, parent->FromDIP(90)) : wxDefaultSize, style);
    grid->Add(caption, 0, wxALIGN_RIGHT | (shape == FieldShape::MultiLine ? wxALIGN_TOP : wxALIGN_CENTER_VERTICAL) | wxTOP, 4);
    grid->Add(control, 1, wxEXPAND);
    // ChangeValue() in showText() sends no event, so this fires for user edits only.
    control->Bind(wxEVT_TEXT, [control, onEdit = std::move(onEdit)](wxCommandEvent&) { onEdit(fromWx(control->GetValue())); });
    return control;
}

void showText(wxTextCtrl* control, const std::string& utf8)
{
    const wxString text = toWx(utf8);
    if (control->GetValue() != text)
        control->ChangeValue(text);
}

void splitSideBySide(wxSplitterWindow* splitter, wxWindow* left, wxWindow* right, double leftShare)
{
    splitter->SplitVertically(left, right);
    splitter->SetSashGravity(leftShare);
    splitter->SetMinimumPaneSize(splitter->FromDIP(160));
    // Before its first real size event the splitter is a few pixels wide; place the sash then.
    auto placed = std::make_shared<bool>(false);
    splitter->Bind(wxEVT_SIZE, [splitter, leftShare, placed](wxSizeEvent& event) {
        event.Skip();
        const int width = event.GetSize().GetWidth();
        if (!*placed && width > splitter->FromDIP(400)) {
            *placed = true;
            // After the splitter's own size handling, which would move the sash again.
            splitter->CallAfter([splitter, leftShare] {
                splitter->SetSashPosition(static_cast<int>(splitter->GetClientSize().GetWidth() * leftShare));
            });
        }
    });
}

wxStaticText* addHeading(wxWindow* parent, wxSizer* sizer, const wxString& text)
{
    auto* heading = new wxStaticText(parent, wxID_ANY, text);
    wxFont font = heading->GetFont();
    font.SetWeight(wxFONTWEIGHT_BOLD);
    font.SetPointSize(font.GetPointSize() + 3);
    heading->SetFont(font);
    sizer->Add(heading, 0, wxALL, 8);
    return heading;
}

} // namespace sapha::ui
