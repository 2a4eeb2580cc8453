// Sapha standards — the standard editor.
// SPDX-License-Identifier: MIT
#include "ui/standard_editor.hpp"

#include <functional>

#include <cstdio>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/notebook.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/stattext.h>

#include <sapha/thai_text.hpp>
#include <sapha/ui/form_fields.hpp>
#include <sapha/ui/outline_pane.hpp>
#include <sapha/ui/wx_text.hpp>
#include <sapha/xml_io.hpp>

#include "core/numbering.hpp"
#include "core/outline_edits.hpp"
#include "core/standard_kind.hpp"
#include "core/standard_xml.hpp"
#include "ui/comments_panel.hpp"
#include "ui/scoring_panel.hpp"

namespace sapha::standards {

using ui::toWx;

namespace {

const char* const kTypes[] = { "process", "output", "outcome", "quantitative" };

wxString typeLabel(const char* type)
{
    const std::string t(type);
    if (t == "output")
        return _("Output");
    if (t == "outcome")
        return _("Outcome");
    if (t == "quantitative")
        return _("Quantitative");
    return _("Process");
}

} // namespace

StandardEditor::StandardEditor(
    wxWindow* parent, const IDocumentKind& kind, std::unique_ptr<IDocument> document, ui::IEditorHost& host)
    : DocumentEditor(parent, kind, std::move(document), host)
{
    auto* top = new wxBoxSizer(wxVERTICAL);
    auto* header = new wxFlexGridSizer(2, FromDIP(wxSize(8, 4)));
    header->AddGrowableCol(1, 1);
    m_title = ui::addTextField(this, header, _("Standard"), ui::FieldShape::SingleLine, [this](const std::string& v) {
        standard().title = v;
        documentEdited("title");
    });
    m_versionLabel = ui::addTextField(this, header, _("Version"), ui::FieldShape::SingleLine, [this](const std::string& v) {
        standard().versionLabel = v;
        documentEdited("version");
    });
    top->Add(header, 0, wxEXPAND | wxALL, 8);

    auto* splitter = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3DSASH);
    m_outline = new ui::OutlinePane(splitter);
    m_outline->addButton(_("+ &Component"), _("Add a component after the selected one (Ctrl+Shift+Enter)"), [this] { addComponent(); });
    m_outline->addButton(_("+ &Standard"), _("Add a standard (a section of the component) after the selected one (Ctrl+Alt+Enter)"),
        [this] { addSection(); });
    m_outline->addButton(_("+ &Indicator"), _("Add an indicator after the selected one (Ctrl+Enter)"), [this] { addIndicator(); });
    m_outline->addButton(wxString::FromUTF8("\xE2\x86\x92"), _("Into the component's standard (Alt+Right)"), [this] { indentSelected(true); });
    m_outline->addButton(wxString::FromUTF8("\xE2\x86\x90"), _("Out of its standard (Alt+Left)"), [this] { indentSelected(false); });
    m_outline->addButton(wxString::FromUTF8("\xE2\x86\x91"), _("Move up (Alt+Up)"), [this] { moveSelected(-1); });
    m_outline->addButton(wxString::FromUTF8("\xE2\x86\x93"), _("Move down (Alt+Down)"), [this] { moveSelected(1); });
    m_outline->addButton(_("&Duplicate"), _("Duplicate the selected node (Ctrl+D)"), [this] { duplicateSelected(); });
    m_outline->addButton(_("&Remove"), _("Remove the selected node (Ctrl+Delete)"), [this] { removeSelected(); });

    auto* right = new wxPanel(splitter);
    auto* rightSizer = new wxBoxSizer(wxVERTICAL);
    m_selectionHeading = ui::addHeading(right, rightSizer, wxString());
    m_pages = new wxNotebook(right, wxID_ANY);

    // Details: the component's, or the indicator's.
    auto* details = new wxPanel(m_pages);
    auto* detailsSizer = new wxBoxSizer(wxVERTICAL);
    m_componentForm = new wxPanel(details);
    auto* componentFields = new wxFlexGridSizer(2, FromDIP(wxSize(8, 4)));
    componentFields->AddGrowableCol(1, 1);
    componentFields->AddGrowableRow(1, 1);
    m_componentTitle = ui::addTextField(m_componentForm, componentFields, _("Title"), ui::FieldShape::SingleLine,
        [this](const std::string& v) {
            // The same form edits a component or a section (มาตรฐาน), whichever is selected.
            if (Section* section = selectedSection()) {
                section->title = v;
                fillOutline();
                documentEdited("section-title:" + section->id);
            } else if (Component* c = selectedComponent()) {
                c->title = v;
                fillOutline();
                documentEdited("component-title:" + c->id);
            }
        });
    m_componentDescription = ui::addTextField(m_componentForm, componentFields, _("Description"),
        ui::FieldShape::MultiLine, [this](const std::string& v) {
            if (Section* section = selectedSection()) {
                section->description = v;
                documentEdited("section-description:" + section->id);
            } else if (Component* c = selectedComponent()) {
                c->description = v;
                documentEdited("component-description:" + c->id);
            }
        });
    m_componentForm->SetSizer(componentFields);
    detailsSizer->Add(m_componentForm, 1, wxEXPAND | wxALL, 4);

    m_indicatorForm = new wxPanel(details);
    auto* indicatorFields = new wxFlexGridSizer(2, FromDIP(wxSize(8, 4)));
    indicatorFields->AddGrowableCol(1, 1);
    const ui::FieldBinder<Indicator> editIndicator([this] { return selectedIndicator(); },
        [this](const std::string& field, Indicator& indicator) {
            if (field == "statement")
                fillOutline();
            documentEdited(field + ":" + indicator.id);
        });
    m_statement = ui::addTextField(m_indicatorForm, indicatorFields, _("Indicator"), ui::FieldShape::MultiLine,
        editIndicator("statement", [](Indicator& i, const std::string& v) { i.statement = v; }));
    m_code = ui::addTextField(m_indicatorForm, indicatorFields, _("Code"), ui::FieldShape::SingleLine,
        editIndicator("code", [](Indicator& i, const std::string& v) { i.code = v; }));
    indicatorFields->Add(new wxStaticText(m_indicatorForm, wxID_ANY, _("Type")), 0, wxALIGN_RIGHT | wxALIGN_CENTER_VERTICAL);
    m_type = new wxChoice(m_indicatorForm, wxID_ANY);
    for (const char* type : kTypes)
        m_type->Append(typeLabel(type));
    indicatorFields->Add(m_type, 0);
    m_type->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        if (Indicator* i = selectedIndicator(); i && m_type->GetSelection() >= 0) {
            i->type = kTypes[m_type->GetSelection()];
            documentEdited();
        }
    });
    m_owner = ui::addTextField(m_indicatorForm, indicatorFields, _("Responsible"), ui::FieldShape::SingleLine,
        editIndicator("owner", [](Indicator& i, const std::string& v) { i.owner = v; }));
    m_weight = ui::addTextField(m_indicatorForm, indicatorFields, _("Weight"), ui::FieldShape::SingleLine,
        [this](const std::string& v) {
            Indicator* i = selectedIndicator();
            double weight = 0;
            char extra = 0;
            const bool isNumber = std::sscanf(v.c_str(), " %lf %c", &weight, &extra) == 1;
            m_weight->SetBackgroundColour(isNumber ? wxNullColour : wxColour(255, 214, 214));
            m_weight->Refresh();
            if (i && isNumber) {
                i->weight = weight;
                documentEdited("weight:" + i->id);
            }
        });
    m_description = ui::addTextField(m_indicatorForm, indicatorFields, _("Description"), ui::FieldShape::MultiLine,
        editIndicator("description", [](Indicator& i, const std::string& v) { i.description = v; }));
    m_indicatorForm->SetSizer(indicatorFields);
    detailsSizer->Add(m_indicatorForm, 1, wxEXPAND | wxALL, 4);
    details->SetSizer(detailsSizer);
    m_pages->AddPage(details, _("Details"), true);

    m_scoring = new ScoringPanel(m_pages, [this](const std::string& key) {
        if (Indicator* i = selectedIndicator())
            documentEdited(key.empty() ? std::string() : key + ":" + i->id);
    });
    m_pages->AddPage(m_scoring, _("Scoring"));

    m_evidencePage = new wxPanel(m_pages);
    auto* evidenceFields = new wxFlexGridSizer(2, FromDIP(wxSize(8, 4)));
    evidenceFields->AddGrowableCol(1, 1);
    evidenceFields->AddGrowableRow(0, 2);
    evidenceFields->AddGrowableRow(1, 2);
    evidenceFields->AddGrowableRow(2, 1);
    m_evidence = ui::addTextField(m_evidencePage, evidenceFields, _("Evidence (one per line)"), ui::FieldShape::MultiLine,
        editIndicator("evidence", [](Indicator& i, const std::string& v) { i.evidence = v; }));
    m_guidance = ui::addTextField(m_evidencePage, evidenceFields, _("Guidance for assessors"), ui::FieldShape::MultiLine,
        editIndicator("guidance", [](Indicator& i, const std::string& v) { i.guidance = v; }));
    m_notes = ui::addTextField(m_evidencePage, evidenceFields, _("Notes"), ui::FieldShape::MultiLine,
        editIndicator("notes", [](Indicator& i, const std::string& v) { i.notes = v; }));
    m_source = ui::addTextField(m_evidencePage, evidenceFields, _("Source of the idea"), ui::FieldShape::SingleLine,
        editIndicator("source", [](Indicator& i, const std::string& v) { i.source = v; }));
    m_source->SetHint(wxT("brainstorm/workshop.session.xml#cluster-…"));
    auto* evidenceSizer = new wxBoxSizer(wxVERTICAL);
    evidenceSizer->Add(evidenceFields, 1, wxEXPAND | wxALL, 4);
    m_evidencePage->SetSizer(evidenceSizer);
    m_pages->AddPage(m_evidencePage, _("Evidence and guidance"));

    m_comments = new CommentsPanel(m_pages, [this](const std::string& key) {
        labelPages();
        fillOutline();
        documentEdited(key);
    });
    m_pages->AddPage(m_comments, _("Comments"));
    rightSizer->Add(m_pages, 1, wxEXPAND | wxALL, 6);
    right->SetSizer(rightSizer);

    ui::splitSideBySide(splitter, m_outline, right, 0.42);
    top->Add(splitter, 1, wxEXPAND | wxALL, 8);
    SetSizer(top);

    m_outline->onSelectionChanged([this](const std::string& id) {
        m_selectedId = id;
        showSelection();
    });
    // Keyboard first: the outline's operations without leaving the field being typed in.
    Bind(wxEVT_CHAR_HOOK, &StandardEditor::onKey, this);
    if (!standard().components.empty())
        m_selectedId = standard().components.front().id;
    showDocument();
}

Standard& StandardEditor::standard()
{
    return static_cast<Standard&>(document());
}

Component* StandardEditor::selectedComponent()
{
    for (Component& component : standard().components) {
        if (component.id == m_selectedId)
            return &component;
    }
    return nullptr;
}

Section* StandardEditor::selectedSection()
{
    for (Component& component : standard().components) {
        for (Section& section : component.sections) {
            if (section.id == m_selectedId)
                return &section;
        }
    }
    return nullptr;
}

Indicator* StandardEditor::selectedIndicator()
{
    for (Component& component : standard().components) {
        for (Indicator& indicator : component.indicators) {
            if (indicator.id == m_selectedId)
                return &indicator;
        }
    }
    return nullptr;
}

void StandardEditor::showDocument()
{
    ui::showText(m_title, standard().title);
    ui::showText(m_versionLabel, standard().versionLabel);
    fillOutline();
    showSelection();
}

void StandardEditor::fillOutline()
{
    const Standard& s = standard();
    const std::string keep = m_selectedId;
    const wxTreeItemId root = m_outline->clear();
    // Numbers in the digits the document asks for (๒.๓ or 2.3).
    auto digits = [&](const std::string& number) { return s.thaiDigits ? thai::toThaiDigits(number) : number; };
    // Open comments show in the outline, so that none is missed.
    auto withComments = [](wxString label, const std::vector<Comment>& comments) {
        if (const int open = openComments(comments); open > 0)
            label += wxString::Format(_("  (%d comments)"), open);
        return label;
    };
    for (std::size_t c = 0; c < s.components.size(); ++c) {
        const Component& component = s.components[c];
        const int number = static_cast<int>(c) + 1;
        const wxTreeItemId node = m_outline->append(root,
            withComments(toWx(StandardKind::componentLabel(number, s.language, s.thaiDigits) + "  " + component.title), component.comments),
            component.id);
        // Indicators in outline order: the component's own, then each section (มาตรฐาน) with its own.
        std::vector<wxTreeItemId> sectionNodes;
        for (std::size_t n = 0; n < component.sections.size(); ++n) {
            if (n == 0) {
                for (std::size_t i = 0; i < component.indicators.size(); ++i) {
                    if (component.indicators[i].section.empty())
                        m_outline->append(node,
                            withComments(toWx(digits(indicatorNumber(component, number, i)) + "  " + component.indicators[i].statement),
                                component.indicators[i].comments),
                            component.indicators[i].id);
                }
            }
            const Section& section = component.sections[n];
            sectionNodes.push_back(m_outline->append(node,
                withComments(toWx(StandardKind::sectionLabel(sectionNumber(component, number, n), s.language, s.thaiDigits) + "  " + section.title),
                    section.comments),
                section.id));
        }
        for (std::size_t i = 0; i < component.indicators.size(); ++i) {
            const Indicator& indicator = component.indicators[i];
            wxTreeItemId parent = node;
            for (std::size_t n = 0; n < component.sections.size(); ++n) {
                if (component.sections[n].id == indicator.section)
                    parent = sectionNodes[n];
            }
            if (parent == node && !component.sections.empty())
                continue; // shown above, before the sections
            m_outline->append(parent, withComments(toWx(digits(indicatorNumber(component, number, i)) + "  " + indicator.statement), indicator.comments),
                indicator.id);
        }
    }
    m_selectedId = keep;
    m_outline->finish(keep);
}

void StandardEditor::showSelection()
{
    Component* component = selectedComponent();
    Section* section = selectedSection();
    Indicator* indicator = selectedIndicator();
    m_componentForm->Show(component != nullptr || section != nullptr);
    m_indicatorForm->Show(indicator != nullptr);
    m_evidencePage->Enable(indicator != nullptr);
    const std::string language = standard().language;
    if (component) {
        for (std::size_t c = 0; c < standard().components.size(); ++c) {
            if (&standard().components[c] == component)
                m_selectionHeading->SetLabel(toWx(StandardKind::componentLabel(static_cast<int>(c) + 1, language, standard().thaiDigits)));
        }
        ui::showText(m_componentTitle, component->title);
        ui::showText(m_componentDescription, component->description);
    }
    if (section) {
        for (std::size_t c = 0; c < standard().components.size(); ++c) {
            const auto& sections = standard().components[c].sections;
            for (std::size_t n = 0; n < sections.size(); ++n) {
                if (&sections[n] == section)
                    m_selectionHeading->SetLabel(toWx(StandardKind::sectionLabel(
                        sectionNumber(standard().components[c], static_cast<int>(c) + 1, n), language, standard().thaiDigits)));
            }
        }
        ui::showText(m_componentTitle, section->title);
        ui::showText(m_componentDescription, section->description);
    }
    if (indicator) {
        for (std::size_t c = 0; c < standard().components.size(); ++c) {
            const auto& indicators = standard().components[c].indicators;
            for (std::size_t i = 0; i < indicators.size(); ++i) {
                if (&indicators[i] == indicator)
                    m_selectionHeading->SetLabel(toWx(StandardKind::indicatorLabel(
                        indicatorNumber(standard().components[c], static_cast<int>(c) + 1, i), language, standard().thaiDigits)));
            }
        }
        ui::showText(m_statement, indicator->statement);
        ui::showText(m_code, indicator->code);
        for (std::size_t t = 0; t < std::size(kTypes); ++t) {
            if (indicator->type == kTypes[t])
                m_type->SetSelection(static_cast<int>(t));
        }
        ui::showText(m_owner, indicator->owner);
        ui::showText(m_weight, formatNumber(indicator->weight));
        m_weight->SetBackgroundColour(wxNullColour);
        ui::showText(m_description, indicator->description);
        ui::showText(m_evidence, indicator->evidence);
        ui::showText(m_guidance, indicator->guidance);
        ui::showText(m_notes, indicator->notes);
        ui::showText(m_source, indicator->source);
    }
    m_scoring->show(indicator, standard().maxScore);
    m_comments->show(indicator ? &indicator->comments
            : section        ? &section->comments
            : component      ? &component->comments
                             : nullptr);
    if (!component && !section && !indicator)
        m_selectionHeading->SetLabel(_("Select a component or an indicator"));
    labelPages();
    Layout();
}

void StandardEditor::labelPages()
{
    const Component* component = selectedComponent();
    const Section* section = selectedSection();
    const Indicator* indicator = selectedIndicator();
    const std::vector<Comment>* comments = indicator ? &indicator->comments
        : section                                    ? &section->comments
        : component                                  ? &component->comments
                                                     : nullptr;
    const int open = comments ? openComments(*comments) : 0;
    m_pages->SetPageText(kCommentsPage, open > 0 ? wxString::Format(_("Comments (%d)"), open) : _("Comments"));
}

void StandardEditor::outlineChanged(const std::string& id)
{
    m_selectedId = id;
    fillOutline();
    showSelection();
    documentEdited();
}

void StandardEditor::addComponent()
{
    outlineChanged(addComponentAfter(standard(), m_selectedId));
    m_pages->SetSelection(kDetailsPage);
    m_componentTitle->SetFocus();
    m_componentTitle->SelectAll();
}

void StandardEditor::addSection()
{
    const std::string id = addSectionAfter(standard(), m_selectedId);
    if (id.empty())
        return;
    outlineChanged(id);
    m_pages->SetSelection(kDetailsPage);
    m_componentTitle->SetFocus();
    m_componentTitle->SelectAll();
}

void StandardEditor::indentSelected(bool into)
{
    if (into ? indentNode(standard(), m_selectedId) : outdentNode(standard(), m_selectedId))
        outlineChanged(m_selectedId);
}

void StandardEditor::addIndicator()
{
    const std::string id = addIndicatorAfter(standard(), m_selectedId);
    if (id.empty())
        return;
    outlineChanged(id);
    m_pages->SetSelection(kDetailsPage);
    m_statement->SetFocus();
}

void StandardEditor::moveSelected(int delta)
{
    if (moveNode(standard(), m_selectedId, delta))
        outlineChanged(m_selectedId);
}

void StandardEditor::duplicateSelected()
{
    const std::string copy = duplicateNode(standard(), m_selectedId);
    if (!copy.empty())
        outlineChanged(copy);
}

void StandardEditor::removeSelected()
{
    if (m_selectedId.empty())
        return;
    outlineChanged(removeNode(standard(), m_selectedId));
}

void StandardEditor::onKey(wxKeyEvent& event)
{
    const int modifiers = event.GetModifiers();
    const int key = event.GetKeyCode();
    const bool enter = key == WXK_RETURN || key == WXK_NUMPAD_ENTER;
    if (enter && modifiers == wxMOD_CONTROL)
        addIndicator();
    else if (enter && modifiers == (wxMOD_CONTROL | wxMOD_SHIFT))
        addComponent();
    else if (enter && modifiers == (wxMOD_CONTROL | wxMOD_ALT))
        addSection();
    else if ((key == WXK_RIGHT || key == WXK_LEFT) && modifiers == wxMOD_ALT)
        indentSelected(key == WXK_RIGHT);
    else if ((key == WXK_UP || key == WXK_DOWN) && modifiers == wxMOD_ALT)
        moveSelected(key == WXK_UP ? -1 : 1);
    else if (key == 'D' && modifiers == wxMOD_CONTROL)
        duplicateSelected();
    else if ((key == WXK_DELETE || key == WXK_NUMPAD_DELETE) && modifiers == wxMOD_CONTROL)
        removeSelected();
    else if (key == 'L' && modifiers == (wxMOD_CONTROL | wxMOD_SHIFT) && selectedIndicator()) {
        // To the rubric's levels, as a table.
        m_pages->SetSelection(kScoringPage);
        m_scoring->focusLevels();
    } else if (key == 'M' && modifiers == (wxMOD_CONTROL | wxMOD_SHIFT) && (selectedIndicator() || selectedSection() || selectedComponent())) {
        m_pages->SetSelection(kCommentsPage);
        m_comments->addComment();
    } else
        event.Skip();
}

bool StandardEditor::showElement(const std::string& id) noexcept
{
    return m_outline->select(id); // the outline's selection handler shows it
}

} // namespace sapha::standards
