// Sapha — small helpers that build the labelled fields editors are made of, so every editor's forms
// look and behave alike (labels in the UI language, Thai-safe text, one edit event per field).
// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <string>

#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <sapha/ui/sdk_ui_export.h>

namespace sapha::ui {

enum class FieldShape { None, SingleLine, MultiLine };

// Adds "label  [text]" as two cells of a two-column wxFlexGridSizer and returns the
// text control. `onEdit` runs with the new UTF-8 text on every change the user makes.
SAPHA_SDK_UI_EXPORT wxTextCtrl* addTextField(wxWindow* parent, wxFlexGridSizer* grid, const wxString& label,
    FieldShape shape, std::function<void(const std::string&)> onEdit);

// The edit handlers of the fields of one element of a document (an agenda item, an indicator, a member):
// each finds the element now selected, puts the field's new text in it, then tells the editor which field
// of which element changed. Editors write
//     const ui::FieldBinder<AgendaItem> itemField([this] { return selectedItem(); },
//         [this](const std::string& field, AgendaItem& item) { documentEdited(field + ":" + item.id); });
//     addTextField(..., itemField("title", [](AgendaItem& i, const std::string& v) { i.title = v; }));
// An edit while nothing is selected changes nothing.
template <typename Element>
class FieldBinder {
public:
    using Selected = std::function<Element*()>;
    using Edited = std::function<void(const std::string& field, Element& element)>;
    using Apply = std::function<void(Element& element, const std::string& text)>;

    FieldBinder(Selected selected, Edited edited) : m_selected(std::move(selected)), m_edited(std::move(edited)) { }

    std::function<void(const std::string&)> operator()(std::string field, Apply apply) const
    {
        return [selected = m_selected, edited = m_edited, field = std::move(field), apply = std::move(apply)](
                   const std::string& text) {
            if (Element* element = selected()) {
                apply(*element, text);
                edited(field, *element);
            }
        };
    }

private:
    Selected m_selected;
    Edited m_edited;
};

// Sets a control's text without generating an edit event.
SAPHA_SDK_UI_EXPORT void showText(wxTextCtrl* control, const std::string& utf8);

// Splits `splitter` into `left` and `right`, giving `left` the share `leftShare` (0..1) of the width
// once the splitter has its real size, and keeping that share as it is resized.
SAPHA_SDK_UI_EXPORT void splitSideBySide(wxSplitterWindow* splitter, wxWindow* left, wxWindow* right, double leftShare);

// A bold heading label.
SAPHA_SDK_UI_EXPORT wxStaticText* addHeading(wxWindow* parent, wxSizer* sizer, const wxString& text);

} // namespace sapha::ui
