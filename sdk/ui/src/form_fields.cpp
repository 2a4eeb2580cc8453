// Sapha — labelled form fields shared by the editors.
// SPDX-License-Identifier: MIT
#include <sapha/ui/form_fields.hpp>

#include <algorithm>
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

namespace {

// A heading's label, measured in its own font. GTK measures a label in the style it had before the
// bold, larger font reached it (wx gives GTK the font as a style applied later), and a bold Thai
// heading lost its last letter; wx's own measure uses the font the label has. A heading longer than
// the page is not allowed to widen it: it asks for no more than the page's width and ends in "…".
class HeadingLabel : public wxStaticText {
public:
    HeadingLabel(wxWindow* parent, const wxFont& font)
        : wxStaticText(parent, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxST_ELLIPSIZE_END)
    {
        SetFont(font);
        parent->Bind(wxEVT_SIZE, &HeadingLabel::onPageSize, this);
    }

protected:
    wxSize DoGetBestSize() const override
    {
        const wxSize measuredByGtk = wxStaticText::DoGetBestSize();
        const wxSize measured = GetTextExtent(GetLabel());
        int width = std::max(measuredByGtk.x, measured.x + FromDIP(2));
        if (const int room = GetParent()->GetClientSize().x - FromDIP(16); room > FromDIP(40))
            width = std::min(width, room);
        return wxSize(width, std::max(measuredByGtk.y, measured.y));
    }

private:
    void onPageSize(wxSizeEvent& event)
    {
        InvalidateBestSize();
        event.Skip();
    }
};

} // namespace

wxStaticText* addHeading(wxWindow* parent, wxSizer* sizer, const wxString& text)
{
    wxFont font = parent->GetFont();
    font.SetWeight(wxFONTWEIGHT_BOLD);
    font.SetPointSize(font.GetPointSize() + 3);
    auto* heading = new HeadingLabel(parent, font);
    heading->SetLabel(text);
    sizer->Add(heading, 0, wxALL, 8);
    return heading;
}

} // namespace sapha::ui
