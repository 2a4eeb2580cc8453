// Sapha standards — the standard editor.
// SPDX-License-Identifier: MIT
#include "ui/standard_editor.hpp"

#include <functional>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/stattext.h>

#include <sapha/ui/form_fields.hpp>
#include <sapha/ui/outline_pane.hpp>
#include <sapha/ui/wx_text.hpp>
#include <sapha/xml_io.hpp>

#include "core/standard_kind.hpp"

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
    m_outline->addButton(_("+ &Component"), _("Add a component"), [this] { addComponent(); });
    m_outline->addButton(_("+ &Indicator"), _("Add an indicator to the selected component"), [this] { addIndicator(); });
    m_outline->addButton(wxString::FromUTF8("\xE2\x86\x91"), _("Move up"), [this] { moveSelected(-1); });
    m_outline->addButton(wxString::FromUTF8("\xE2\x86\x93"), _("Move down"), [this] { moveSelected(1); });
    m_outline->addButton(_("&Remove"), _("Remove the selected node"), [this] { removeSelected(); });

    auto* right = new wxPanel(splitter);
    auto* rightSizer = new wxBoxSizer(wxVERTICAL);
    m_selectionHeading = ui::addHeading(right, rightSizer, wxString());

    m_componentForm = new wxPanel(right);
    auto* componentFields = new wxFlexGridSizer(2, FromDIP(wxSize(8, 4)));
    componentFields->AddGrowableCol(1, 1);
    m_componentTitle = ui::addTextField(m_componentForm, componentFields, _("Title"), ui::FieldShape::SingleLine,
        [this](const std::string& v) {
            if (Component* c = selectedComponent()) {
                c->title = v;
                fillOutline();
                documentEdited("component-title:" + c->id);
            }
        });
    m_componentDescription = ui::addTextField(m_componentForm, componentFields, _("Description"),
        ui::FieldShape::MultiLine, [this](const std::string& v) {
            if (Component* c = selectedComponent()) {
                c->description = v;
                documentEdited("component-description:" + c->id);
            }
        });
    m_componentForm->SetSizer(componentFields);
    rightSizer->Add(m_componentForm, 0, wxEXPAND | wxALL, 6);

    m_indicatorForm = new wxPanel(right);
    auto* indicatorFields = new wxFlexGridSizer(2, FromDIP(wxSize(8, 4)));
    indicatorFields->AddGrowableCol(1, 1);
    m_statement = ui::addTextField(m_indicatorForm, indicatorFields, _("Indicator"), ui::FieldShape::MultiLine,
        [this](const std::string& v) {
            if (Indicator* i = selectedIndicator()) {
                i->statement = v;
                fillOutline();
                documentEdited("statement:" + i->id);
            }
        });
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
    m_weight = ui::addTextField(m_indicatorForm, indicatorFields, _("Weight"), ui::FieldShape::SingleLine,
        [this](const std::string& v) {
            Indicator* i = selectedIndicator();
            double weight = 0;
            if (i && std::sscanf(v.c_str(), "%lf", &weight) == 1) {
                i->weight = weight;
                documentEdited("weight:" + i->id);
            }
        });
    for (std::size_t row = 0; row < kLevelRows; ++row) {
        m_levels[row] = ui::addTextField(m_indicatorForm, indicatorFields, wxString(), ui::FieldShape::SingleLine,
            [this, row](const std::string& v) {
                Indicator* i = selectedIndicator();
                if (i && row < i->levels.size()) {
                    i->levels[row].descriptor = v;
                    documentEdited("level" + std::to_string(row) + ":" + i->id);
                }
            });
        // addTextField put an empty caption just before the control: keep it to show the level's label.
        m_levelLabels[row] = static_cast<wxStaticText*>(
            indicatorFields->GetItem(indicatorFields->GetItemCount() - 2)->GetWindow());
    }
    m_evidence = ui::addTextField(m_indicatorForm, indicatorFields, _("Evidence"), ui::FieldShape::MultiLine,
        [this](const std::string& v) {
            if (Indicator* i = selectedIndicator()) {
                i->evidence = v;
                documentEdited("evidence:" + i->id);
            }
        });
    m_indicatorForm->SetSizer(indicatorFields);
    rightSizer->Add(m_indicatorForm, 1, wxEXPAND | wxALL, 6);
    right->SetSizer(rightSizer);

    ui::splitSideBySide(splitter, m_outline, right, 0.45);
    top->Add(splitter, 1, wxEXPAND | wxALL, 8);
    SetSizer(top);

    m_outline->onSelectionChanged([this](const std::string& id) {
        m_selectedId = id;
        showSelection();
    });
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
    for (std::size_t c = 0; c < s.components.size(); ++c) {
        const Component& component = s.components[c];
        const wxTreeItemId node = m_outline->append(root,
            toWx(StandardKind::componentLabel(static_cast<int>(c) + 1, s.language) + "  " + component.title), component.id);
        for (std::size_t i = 0; i < component.indicators.size(); ++i) {
            const Indicator& indicator = component.indicators[i];
            m_outline->append(node, toWx(std::to_string(c + 1) + "." + std::to_string(i + 1) + "  " + indicator.statement),
                indicator.id);
        }
    }
    m_selectedId = keep;
    m_outline->finish(keep);
}

void StandardEditor::showSelection()
{
    Component* component = selectedComponent();
    Indicator* indicator = selectedIndicator();
    m_componentForm->Show(component != nullptr);
    m_indicatorForm->Show(indicator != nullptr);
    const std::string language = standard().language;
    if (component) {
        for (std::size_t c = 0; c < standard().components.size(); ++c) {
            if (&standard().components[c] == component)
                m_selectionHeading->SetLabel(toWx(StandardKind::componentLabel(static_cast<int>(c) + 1, language)));
        }
        ui::showText(m_componentTitle, component->title);
        ui::showText(m_componentDescription, component->description);
    }
    if (indicator) {
        for (std::size_t c = 0; c < standard().components.size(); ++c) {
            const auto& indicators = standard().components[c].indicators;
            for (std::size_t i = 0; i < indicators.size(); ++i) {
                if (&indicators[i] == indicator)
                    m_selectionHeading->SetLabel(toWx(
                        StandardKind::indicatorLabel(static_cast<int>(c) + 1, static_cast<int>(i) + 1, language)));
            }
        }
        ui::showText(m_statement, indicator->statement);
        for (std::size_t t = 0; t < std::size(kTypes); ++t) {
            if (indicator->type == kTypes[t])
                m_type->SetSelection(static_cast<int>(t));
        }
        char weight[32];
        std::snprintf(weight, sizeof weight, "%g", indicator->weight);
        ui::showText(m_weight, weight);
        for (std::size_t row = 0; row < kLevelRows; ++row) {
            const bool shown = row < indicator->levels.size();
            m_levels[row]->Show(shown);
            m_levelLabels[row]->Show(shown);
            if (shown) {
                const Level& level = indicator->levels[row];
                m_levelLabels[row]->SetLabel(toWx(std::to_string(level.score) + " " + level.label));
                ui::showText(m_levels[row], level.descriptor);
            }
        }
        ui::showText(m_evidence, indicator->evidence);
    }
    if (!component && !indicator)
        m_selectionHeading->SetLabel(_("Select a component or an indicator"));
    Layout();
}

void StandardEditor::addComponent()
{
    Component component;
    component.id = xml::newElementId("comp");
    component.title = standard().language == "en" ? "New component" : "องค์ประกอบใหม่";
    standard().components.push_back(component);
    m_selectedId = component.id;
    fillOutline();
    showSelection();
    documentEdited();
    m_componentTitle->SetFocus();
    m_componentTitle->SelectAll();
}

void StandardEditor::addIndicator()
{
    Component* target = selectedComponent();
    if (!target) {
        for (Component& component : standard().components) {
            for (const Indicator& indicator : component.indicators) {
                if (indicator.id == m_selectedId)
                    target = &component;
            }
        }
    }
    if (!target) {
        if (standard().components.empty())
            return;
        target = &standard().components.back();
    }
    Indicator indicator;
    indicator.id = xml::newElementId("ind");
    indicator.levels = defaultLevels(standard().language);
    target->indicators.push_back(indicator);
    m_selectedId = indicator.id;
    fillOutline();
    showSelection();
    documentEdited();
    m_statement->SetFocus();
}

void StandardEditor::moveSelected(int delta)
{
    auto move = [&](auto& list) {
        for (std::size_t i = 0; i < list.size(); ++i) {
            if (list[i].id != m_selectedId)
                continue;
            const long target = static_cast<long>(i) + delta;
            if (target < 0 || target >= static_cast<long>(list.size()))
                return true;
            std::swap(list[i], list[static_cast<std::size_t>(target)]);
            fillOutline();
            documentEdited();
            return true;
        }
        return false;
    };
    if (move(standard().components))
        return;
    for (Component& component : standard().components) {
        if (move(component.indicators))
            return;
    }
}

void StandardEditor::removeSelected()
{
    auto& components = standard().components;
    for (std::size_t c = 0; c < components.size(); ++c) {
        if (components[c].id == m_selectedId) {
            components.erase(components.begin() + static_cast<long>(c));
            m_selectedId.clear();
            break;
        }
        auto& indicators = components[c].indicators;
        for (std::size_t i = 0; i < indicators.size(); ++i) {
            if (indicators[i].id == m_selectedId) {
                indicators.erase(indicators.begin() + static_cast<long>(i));
                m_selectedId = components[c].id;
                break;
            }
        }
    }
    fillOutline();
    showSelection();
    documentEdited();
}

} // namespace sapha::standards
