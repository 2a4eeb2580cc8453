// Sapha plans — the plan editor.
// SPDX-License-Identifier: MIT
#include "ui/plan_editor.hpp"

#include <algorithm>
#include <charconv>
#include <cstdlib>

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/grid.h>
#include <wx/scrolwin.h>
#include <wx/simplebook.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/stattext.h>

#include <sapha/thai_text.hpp>
#include <sapha/ui/date_field.hpp>
#include <sapha/ui/form_fields.hpp>
#include <sapha/ui/outline_pane.hpp>
#include <sapha/ui/wx_text.hpp>

namespace sapha::plans {

using ui::toWx;

namespace {

// A whole number of baht typed with or without thousands separators; nullopt when it is not one.
std::optional<long long> typedAmount(const std::string& text)
{
    std::string digits;
    for (char c : text)
        if (c != ',' && c != ' ')
            digits += c;
    long long value = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (digits.empty() || error != std::errc() || end != digits.data() + digits.size() || value < 0)
        return std::nullopt;
    return value;
}

std::optional<double> typedNumber(const std::string& text)
{
    char* end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    if (text.empty() || end != text.c_str() + text.size() || value < 0)
        return std::nullopt;
    return value;
}

std::vector<std::string> lines(const std::string& text)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = text.find('\n', start);
        std::string line = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (!line.empty())
            out.push_back(std::move(line));
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return out;
}

wxString bahtLabel(long long amount)
{
    return wxString::Format(_("Total: %s baht"), toWx(formatBaht(amount)));
}

wxFlexGridSizer* formGrid(wxWindow* page)
{
    auto* grid = new wxFlexGridSizer(2, page->FromDIP(wxSize(8, 4)));
    grid->AddGrowableCol(1, 1);
    return grid;
}

} // namespace

PlanEditor::PlanEditor(wxWindow* parent, const IDocumentKind& kind, std::unique_ptr<IDocument> document, ui::IEditorHost& host)
    : DocumentEditor(parent, kind, std::move(document), host)
{
    auto* top = new wxBoxSizer(wxVERTICAL);
    auto* header = formGrid(this);
    m_title = ui::addTextField(this, header, _("Plan"), ui::FieldShape::SingleLine, [this](const std::string& v) {
        plan().title = v;
        documentEdited("title");
    });
    m_committee = ui::addTextField(this, header, _("Committee"), ui::FieldShape::SingleLine, [this](const std::string& v) {
        plan().committee = v;
        documentEdited("committee");
    });
    m_fiscalYear = ui::addTextField(this, header, _("Fiscal year (B.E.)"), ui::FieldShape::SingleLine, [this](const std::string& v) {
        const std::optional<long long> year = typedAmount(v);
        if (figureTyped(v, year.has_value(), wxString::FromAscii("2563")) && year) {
            plan().fiscalYear = static_cast<int>(*year);
            documentEdited("fiscal-year");
        }
    });
    m_budget = ui::addTextField(this, header, _("Budget of the plan (baht)"), ui::FieldShape::SingleLine, [this](const std::string& v) {
        const std::optional<long long> amount = typedAmount(v);
        if (figureTyped(v, amount.has_value(), wxString::FromAscii("270,000"))) {
            plan().budget = amount.value_or(0);
            documentEdited("budget");
        }
    });
    header->Add(new wxStaticText(this, wxID_ANY, _("Drafted for")), 0, wxALIGN_RIGHT);
    m_origin = new wxStaticText(this, wxID_ANY, wxString());
    header->Add(m_origin, 1, wxEXPAND);
    top->Add(header, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 8);
    // Why a figure just typed was not taken, wherever in the plan it was typed; empty otherwise.
    m_refusal = new wxStaticText(this, wxID_ANY, wxString());
    m_refusal->SetForegroundColour(wxColour(176, 0, 32));
    top->Add(m_refusal, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 8);

    auto* splitter = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3DSASH);
    m_outline = new ui::OutlinePane(splitter);
    m_outline->addButton(_("+ &Direction"), _("Add a direction (strategy) after the selected one (Ctrl+Shift+Enter)"),
        [this] { outlineChanged(addStrategy(plan(), m_selectedId)); });
    m_outline->addButton(_("+ &Project"), _("Add a project or activity to the selected direction (Ctrl+Alt+Enter)"),
        [this] { outlineChanged(addProject(plan(), m_selectedId)); });
    m_outline->addButton(_("+ &Indicator"), _("Add an indicator to the selected project (Ctrl+Enter)"),
        [this] { outlineChanged(addIndicator(plan(), m_selectedId)); });
    m_outline->addButton(_("+ S&tep"), _("Add a process step after the selected one (Ctrl+Shift+T)"),
        [this] { outlineChanged(addStep(plan(), m_selectedId)); });
    m_outline->addButton(_("+ &Quarter report"), _("Report the progress of the next quarter not yet reported (Ctrl+Shift+R)"),
        [this] { outlineChanged(addProgressReport(plan(), thai::toIsoDate(thai::today()))); });
    m_outline->addButton(wxString::FromUTF8("\xE2\x86\x91"), _("Move up (Alt+Up)"), [this] { moveSelected(-1); });
    m_outline->addButton(wxString::FromUTF8("\xE2\x86\x93"), _("Move down (Alt+Down)"), [this] { moveSelected(1); });
    m_outline->addButton(_("&Remove"), _("Remove the selected element and what it holds (Ctrl+Delete)"),
        [this] { outlineChanged(removeFromPlan(plan(), m_selectedId)); });
    m_outline->onSelectionChanged([this](const std::string& id) {
        m_selectedId = id;
        showSelection();
    });

    m_pages = new wxSimplebook(splitter);
    auto* nothing = new wxPanel(m_pages);
    auto* hint = new wxBoxSizer(wxVERTICAL);
    hint->Add(new wxStaticText(nothing, wxID_ANY, _("Choose a direction, project, indicator, step or quarter in the outline.")), 0, wxALL, 12);
    nothing->SetSizer(hint);
    m_pages->AddPage(nothing, wxString());
    m_pages->AddPage(buildStrategyPage(m_pages), wxString());
    m_pages->AddPage(buildProjectPage(m_pages), wxString());
    m_pages->AddPage(buildIndicatorPage(m_pages), wxString());
    m_pages->AddPage(buildStepPage(m_pages), wxString());
    m_pages->AddPage(buildReportPage(m_pages), wxString());
    ui::splitSideBySide(splitter, m_outline, m_pages, 0.38);
    top->Add(splitter, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 8);
    SetSizer(top);
    Bind(wxEVT_CHAR_HOOK, &PlanEditor::onKey, this);
    showDocument();
}

void PlanEditor::onKey(wxKeyEvent& event)
{
    // Keyboard first, as the standard's and the meeting's editors: the outline's buttons by their keys.
    const int modifiers = event.GetModifiers();
    const int key = event.GetKeyCode();
    const bool enter = key == WXK_RETURN || key == WXK_NUMPAD_ENTER;
    if (enter && modifiers == wxMOD_CONTROL) {
        // An indicator into the selected project; with a direction selected, a project into it.
        const PlanPlace place = selected();
        outlineChanged(place.project ? addIndicator(plan(), m_selectedId) : addProject(plan(), m_selectedId));
    } else if (enter && modifiers == (wxMOD_CONTROL | wxMOD_SHIFT)) {
        outlineChanged(addStrategy(plan(), m_selectedId));
    } else if (enter && modifiers == (wxMOD_CONTROL | wxMOD_ALT)) {
        outlineChanged(addProject(plan(), m_selectedId));
    } else if (key == 'T' && modifiers == (wxMOD_CONTROL | wxMOD_SHIFT)) {
        outlineChanged(addStep(plan(), m_selectedId));
    } else if (key == 'R' && modifiers == (wxMOD_CONTROL | wxMOD_SHIFT)) {
        outlineChanged(addProgressReport(plan(), thai::toIsoDate(thai::today())));
    } else if ((key == WXK_UP || key == WXK_DOWN) && modifiers == wxMOD_ALT) {
        moveSelected(key == WXK_UP ? -1 : 1);
    } else if ((key == WXK_DELETE || key == WXK_NUMPAD_DELETE) && modifiers == wxMOD_CONTROL) {
        outlineChanged(removeFromPlan(plan(), m_selectedId));
    } else {
        event.Skip();
    }
}

void PlanEditor::moveSelected(int delta)
{
    if (moveInPlan(plan(), m_selectedId, delta))
        outlineChanged(m_selectedId);
}

Plan& PlanEditor::plan()
{
    return static_cast<Plan&>(document());
}

PlanPlace PlanEditor::selected()
{
    return findInPlan(plan(), m_selectedId);
}

wxWindow* PlanEditor::buildStrategyPage(wxWindow* parent)
{
    auto* page = new wxPanel(parent);
    auto* grid = formGrid(page);
    const ui::FieldBinder<Strategy> field([this] { return selected().strategy; },
        [this](const std::string& name, Strategy& s) {
            if (name == "title")
                fillOutline();
            documentEdited(name + ":" + s.id);
        });
    m_strategyTitle = ui::addTextField(page, grid, _("Direction"), ui::FieldShape::MultiLine,
        field("title", [](Strategy& s, const std::string& v) { s.title = v; }));
    m_strategyBudget = ui::addTextField(page, grid, _("Budget given (baht)"), ui::FieldShape::SingleLine,
        field("budget", [this](Strategy& s, const std::string& v) {
            const std::optional<long long> amount = typedAmount(v);
            if (figureTyped(v, amount.has_value(), wxString::FromAscii("50,000")))
                s.budget = amount.value_or(0);
        }));
    grid->AddSpacer(0);
    m_strategyTotal = new wxStaticText(page, wxID_ANY, wxString());
    grid->Add(m_strategyTotal);
    page->SetSizer(grid);
    return page;
}

wxWindow* PlanEditor::buildProjectPage(wxWindow* parent)
{
    // The longest form of the plan: it scrolls rather than lose its months of work under a 768-pixel screen.
    auto* page = new wxScrolledWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL);
    auto* column = new wxBoxSizer(wxVERTICAL);
    auto* grid = formGrid(page);
    const ui::FieldBinder<Project> field([this] { return selected().project; },
        [this](const std::string& name, Project& p) {
            if (name == "title")
                fillOutline();
            documentEdited(name + ":" + p.id);
        });
    m_projectTitle = ui::addTextField(page, grid, _("Project or activity"), ui::FieldShape::SingleLine,
        field("title", [](Project& p, const std::string& v) { p.title = v; }));
    m_objective = ui::addTextField(page, grid, _("Objective"), ui::FieldShape::MultiLine,
        field("objective", [](Project& p, const std::string& v) { p.objective = v; }));
    m_targetGroup = ui::addTextField(page, grid, _("Target group"), ui::FieldShape::SingleLine,
        field("target-group", [](Project& p, const std::string& v) { p.targetGroup = v; }));
    m_responsible = ui::addTextField(page, grid, _("Responsible agency"), ui::FieldShape::SingleLine,
        field("responsible", [](Project& p, const std::string& v) { p.responsible = v; }));
    m_supporting = ui::addTextField(page, grid, _("Supporting agencies (one per line)"), ui::FieldShape::MultiLine,
        field("supporting", [](Project& p, const std::string& v) { p.supporting = lines(v); }));
    column->Add(grid, 0, wxEXPAND);
    // The budget as a table of sources and amounts across the page, one row per source, an empty row to
    // add the next; its total under it.
    ui::addHeading(page, column, _("Budget by source"));
    m_budgetGrid = new wxGrid(page, wxID_ANY);
    m_budgetGrid->CreateGrid(0, 2);
    m_budgetGrid->SetColLabelValue(0, _("Source of funds"));
    m_budgetGrid->SetColLabelValue(1, _("Baht"));
    m_budgetGrid->SetRowLabelSize(page->FromDIP(32));
    auto* amounts = new wxGridCellAttr;
    amounts->SetAlignment(wxALIGN_RIGHT, wxALIGN_CENTRE);
    m_budgetGrid->SetColAttr(1, amounts);
    m_budgetGrid->SetMinSize(page->FromDIP(wxSize(-1, 104)));
    m_budgetGrid->Bind(wxEVT_GRID_CELL_CHANGING, &PlanEditor::onBudgetChanging, this);
    m_budgetGrid->Bind(wxEVT_GRID_CELL_CHANGED, &PlanEditor::onBudgetEdited, this);
    m_budgetGrid->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        fitBudgetColumns();
        event.Skip();
    });
    column->Add(m_budgetGrid, 0, wxEXPAND | wxTOP, 4);
    m_projectTotal = new wxStaticText(page, wxID_ANY, wxString());
    column->Add(m_projectTotal, 0, wxTOP, 4);
    // The months of work as one row of the fiscal year, October to September.
    ui::addHeading(page, column, _("Months of work"));
    auto* months = new wxBoxSizer(wxHORIZONTAL);
    const std::string language = ui::interfaceIsThai() ? "th" : "en";
    for (std::size_t m = 0; m < 12; ++m) {
        const int month = fiscalMonths()[m];
        m_months[m] = new wxCheckBox(page, wxID_ANY, toWx(monthAbbreviation(month, language)));
        m_months[m]->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) {
            Project* project = selected().project;
            if (!project)
                return;
            project->months.clear();
            for (std::size_t i = 0; i < 12; ++i)
                if (m_months[i]->GetValue())
                    project->months.push_back(fiscalMonths()[i]);
            documentEdited("months:" + project->id);
        });
        months->Add(m_months[m], 0, wxRIGHT, 6);
    }
    column->Add(months, 0, wxTOP, 4);
    page->SetSizer(column);
    page->SetScrollRate(0, page->FromDIP(12));
    return page;
}

wxWindow* PlanEditor::buildIndicatorPage(wxWindow* parent)
{
    auto* page = new wxPanel(parent);
    auto* grid = formGrid(page);
    const ui::FieldBinder<Indicator> field([this] { return selected().indicator; },
        [this](const std::string& name, Indicator& i) {
            if (name == "text" || name == "target" || name == "unit")
                fillOutline();
            documentEdited(name + ":" + i.id);
        });
    m_indicatorText = ui::addTextField(page, grid, _("Indicator"), ui::FieldShape::MultiLine,
        field("text", [](Indicator& i, const std::string& v) { i.text = v; }));
    grid->Add(new wxStaticText(page, wxID_ANY, _("Measures")), 0, wxALIGN_RIGHT | wxALIGN_CENTER_VERTICAL);
    m_indicatorKind = new wxChoice(page, wxID_ANY);
    m_indicatorKind->Append(_("Output"));
    m_indicatorKind->Append(_("Outcome"));
    m_indicatorKind->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        if (Indicator* indicator = selected().indicator) {
            indicator->kind = m_indicatorKind->GetSelection() == 1 ? "outcome" : "output";
            documentEdited("kind:" + indicator->id);
        }
    });
    grid->Add(m_indicatorKind);
    m_target = ui::addTextField(page, grid, _("Target"), ui::FieldShape::SingleLine,
        field("target", [this](Indicator& i, const std::string& v) {
            const std::optional<double> target = typedNumber(v);
            if (figureTyped(v, target.has_value(), wxString::FromAscii("80")))
                i.target = target.value_or(0);
        }));
    m_unit = ui::addTextField(page, grid, _("Unit"), ui::FieldShape::SingleLine,
        field("unit", [](Indicator& i, const std::string& v) { i.unit = v; }));
    m_standardIndicator = ui::addTextField(page, grid, _("Standard's indicator (STANDARD#ID)"), ui::FieldShape::SingleLine,
        field("standard", [](Indicator& i, const std::string& v) { i.standardIndicator = v; }));
    page->SetSizer(grid);
    return page;
}

wxWindow* PlanEditor::buildStepPage(wxWindow* parent)
{
    auto* page = new wxPanel(parent);
    auto* grid = formGrid(page);
    const ui::FieldBinder<Step> field([this] { return selected().step; },
        [this](const std::string& name, Step& s) {
            fillOutline();
            documentEdited(name + ":" + s.id);
        });
    m_stepTitle = ui::addTextField(page, grid, _("Step"), ui::FieldShape::SingleLine,
        field("title", [](Step& s, const std::string& v) { s.title = v; }));
    m_stepWho = ui::addTextField(page, grid, _("Done by"), ui::FieldShape::SingleLine,
        field("who", [](Step& s, const std::string& v) { s.who = v; }));
    page->SetSizer(grid);
    return page;
}

wxWindow* PlanEditor::buildReportPage(wxWindow* parent)
{
    auto* page = new wxPanel(parent);
    auto* column = new wxBoxSizer(wxVERTICAL);
    m_reportHeading = ui::addHeading(page, column, wxString());
    auto* grid = formGrid(page);
    m_reported = ui::addDateField(page, grid, _("Reported on"), [this](const std::string& iso) {
        if (ProgressReport* report = selected().report) {
            report->reported = iso;
            documentEdited("reported:" + report->id);
        }
    });
    column->Add(grid, 0, wxEXPAND);
    ui::addHeading(page, column, _("Results so far (type them in the last column)"));
    m_results = new wxGrid(page, wxID_ANY);
    m_results->CreateGrid(0, 3);
    m_results->SetColLabelValue(0, _("Indicator"));
    m_results->SetColLabelValue(1, _("Target"));
    m_results->SetColLabelValue(2, _("Result so far"));
    m_results->SetRowLabelSize(page->FromDIP(48));
    m_results->Bind(wxEVT_GRID_CELL_CHANGED, &PlanEditor::onResultEdited, this);
    m_results->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        fitColumns(m_results);
        event.Skip();
    });
    column->Add(m_results, 1, wxEXPAND);
    ui::addHeading(page, column, _("Spent in the quarter (baht)"));
    m_spending = new wxGrid(page, wxID_ANY);
    m_spending->CreateGrid(0, 3);
    m_spending->SetColLabelValue(0, _("Project"));
    m_spending->SetColLabelValue(1, _("Budget"));
    m_spending->SetColLabelValue(2, _("Spent"));
    m_spending->SetRowLabelSize(page->FromDIP(48));
    m_spending->Bind(wxEVT_GRID_CELL_CHANGED, &PlanEditor::onResultEdited, this);
    m_spending->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        fitColumns(m_spending);
        event.Skip();
    });
    column->Add(m_spending, 1, wxEXPAND);
    auto* texts = formGrid(page);
    const ui::FieldBinder<ProgressReport> field([this] { return selected().report; },
        [this](const std::string& name, ProgressReport& r) { documentEdited(name + ":" + r.id); });
    m_problems = ui::addTextField(page, texts, _("Problems"), ui::FieldShape::MultiLine,
        field("problems", [](ProgressReport& r, const std::string& v) { r.problems = v; }));
    m_nextSteps = ui::addTextField(page, texts, _("Next steps"), ui::FieldShape::MultiLine,
        field("next", [](ProgressReport& r, const std::string& v) { r.nextSteps = v; }));
    column->Add(texts, 0, wxEXPAND | wxTOP, 6);
    page->SetSizer(column);
    return page;
}

void PlanEditor::showDocument()
{
    ui::showText(m_title, plan().title);
    ui::showText(m_committee, plan().committee);
    ui::showText(m_fiscalYear, plan().fiscalYear > 0 ? std::to_string(plan().fiscalYear) : std::string());
    ui::showText(m_budget, plan().budget > 0 ? formatBaht(plan().budget) : std::string());
    m_origin->SetLabel(plan().originTask.empty() ? _("(no action item of a meeting)") : toWx(plan().originTask));
    if (!findInPlan(plan(), m_selectedId).strategy && !findInPlan(plan(), m_selectedId).step
        && !findInPlan(plan(), m_selectedId).report)
        m_selectedId = plan().strategies.empty() ? std::string() : plan().strategies.front().id;
    fillOutline();
    showSelection();
}

void PlanEditor::fillOutline()
{
    const std::string language = ui::interfaceIsThai() ? "th" : "en";
    const wxTreeItemId root = m_outline->clear();
    for (std::size_t s = 0; s < plan().strategies.size(); ++s) {
        const Strategy& strategy = plan().strategies[s];
        const wxTreeItemId node = m_outline->append(root, toWx(PlanKind::numberLabel({ int(s + 1) }) + ". " + strategy.title), strategy.id);
        for (std::size_t p = 0; p < strategy.projects.size(); ++p) {
            const Project& project = strategy.projects[p];
            const wxTreeItemId projectNode
                = m_outline->append(node, toWx(PlanKind::numberLabel({ int(s + 1), int(p + 1) }) + " " + project.title), project.id);
            for (std::size_t i = 0; i < project.indicators.size(); ++i) {
                const Indicator& indicator = project.indicators[i];
                m_outline->append(projectNode,
                    toWx(PlanKind::numberLabel({ int(s + 1), int(p + 1), int(i + 1) }) + " " + indicator.text + " — "
                        + formatNumber(indicator.target) + " " + indicator.unit),
                    indicator.id);
            }
        }
    }
    if (!plan().steps.empty()) {
        const wxTreeItemId steps = m_outline->append(root, _("Process steps"), {});
        for (std::size_t i = 0; i < plan().steps.size(); ++i)
            m_outline->append(steps, toWx(std::to_string(i + 1) + ". " + plan().steps[i].title), plan().steps[i].id);
    }
    if (!plan().progress.empty()) {
        const wxTreeItemId reports = m_outline->append(root, _("Progress by quarter"), {});
        for (const ProgressReport& report : plan().progress)
            m_outline->append(reports, toWx(quarterLabel(plan().fiscalYear, report.quarter, language)), report.id);
    }
    m_outline->finish(m_selectedId);
}

void PlanEditor::showSelection()
{
    const PlanPlace place = selected();
    if (place.indicator) {
        ui::showText(m_indicatorText, place.indicator->text);
        m_indicatorKind->SetSelection(place.indicator->kind == "outcome" ? 1 : 0);
        ui::showText(m_target, formatNumber(place.indicator->target));
        ui::showText(m_unit, place.indicator->unit);
        ui::showText(m_standardIndicator, place.indicator->standardIndicator);
        m_pages->ChangeSelection(kIndicatorPage);
    } else if (place.project) {
        ui::showText(m_projectTitle, place.project->title);
        ui::showText(m_objective, place.project->objective);
        ui::showText(m_targetGroup, place.project->targetGroup);
        ui::showText(m_responsible, place.project->responsible);
        std::string supporting;
        for (const std::string& agency : place.project->supporting)
            supporting += (supporting.empty() ? "" : "\n") + agency;
        ui::showText(m_supporting, supporting);
        showBudget(*place.project);
        for (std::size_t m = 0; m < 12; ++m)
            m_months[m]->SetValue(place.project->worksIn(fiscalMonths()[m]));
        m_pages->ChangeSelection(kProjectPage);
    } else if (place.strategy) {
        ui::showText(m_strategyTitle, place.strategy->title);
        ui::showText(m_strategyBudget, place.strategy->budget > 0 ? formatBaht(place.strategy->budget) : std::string());
        m_strategyTotal->SetLabel(bahtLabel(place.strategy->budgetTotal()));
        m_pages->ChangeSelection(kStrategyPage);
    } else if (place.step) {
        ui::showText(m_stepTitle, place.step->title);
        ui::showText(m_stepWho, place.step->who);
        m_pages->ChangeSelection(kStepPage);
    } else if (place.report) {
        showReport(*place.report);
        m_pages->ChangeSelection(kReportPage);
    } else {
        m_pages->ChangeSelection(kNothingPage);
    }
}

void PlanEditor::showReport(const ProgressReport& report)
{
    m_reportHeading->SetLabel(toWx(quarterLabel(plan().fiscalYear, report.quarter, ui::interfaceIsThai() ? "th" : "en")));
    ui::showDate(m_reported, report.reported);
    ui::showText(m_problems, report.problems);
    ui::showText(m_nextSteps, report.nextSteps);
    m_resultRows.clear();
    m_spendingRows.clear();
    if (m_results->GetNumberRows() > 0)
        m_results->DeleteRows(0, m_results->GetNumberRows());
    if (m_spending->GetNumberRows() > 0)
        m_spending->DeleteRows(0, m_spending->GetNumberRows());
    for (std::size_t s = 0; s < plan().strategies.size(); ++s)
        for (std::size_t p = 0; p < plan().strategies[s].projects.size(); ++p) {
            const Project& project = plan().strategies[s].projects[p];
            const int row = m_spending->GetNumberRows();
            m_spending->AppendRows(1);
            m_spending->SetRowLabelValue(row, toWx(PlanKind::numberLabel({ int(s + 1), int(p + 1) })));
            m_spending->SetCellValue(row, 0, toWx(project.title));
            m_spending->SetCellValue(row, 1, toWx(formatBaht(project.budgetTotal())));
            for (const Spending& spending : report.spending)
                if (spending.project == project.id)
                    m_spending->SetCellValue(row, 2, toWx(formatBaht(spending.amount)));
            m_spending->SetReadOnly(row, 0);
            m_spending->SetReadOnly(row, 1);
            m_spendingRows.push_back(project.id);
            for (std::size_t i = 0; i < project.indicators.size(); ++i) {
                const Indicator& indicator = project.indicators[i];
                const int line = m_results->GetNumberRows();
                m_results->AppendRows(1);
                m_results->SetRowLabelValue(line, toWx(PlanKind::numberLabel({ int(s + 1), int(p + 1), int(i + 1) })));
                m_results->SetCellValue(line, 0, toWx(indicator.text));
                m_results->SetCellValue(line, 1, toWx(formatNumber(indicator.target) + " " + indicator.unit));
                for (const IndicatorResult& result : report.results)
                    if (result.indicator == indicator.id)
                        m_results->SetCellValue(line, 2, toWx(formatNumber(result.value)));
                m_results->SetReadOnly(line, 0);
                m_results->SetReadOnly(line, 1);
                m_resultRows.push_back(indicator.id);
            }
        }
    fitColumns(m_results);
    fitColumns(m_spending);
}

void PlanEditor::showBudget(const Project& project)
{
    if (m_budgetGrid->GetNumberRows() > 0)
        m_budgetGrid->DeleteRows(0, m_budgetGrid->GetNumberRows());
    m_budgetGrid->AppendRows(static_cast<int>(project.budget.size()) + 1);
    for (std::size_t i = 0; i < project.budget.size(); ++i) {
        m_budgetGrid->SetCellValue(static_cast<int>(i), 0, toWx(project.budget[i].source));
        m_budgetGrid->SetCellValue(static_cast<int>(i), 1, toWx(formatBaht(project.budget[i].amount)));
    }
    m_projectTotal->SetLabel(bahtLabel(project.budgetTotal()));
    fitBudgetColumns();
}

void PlanEditor::fitBudgetColumns()
{
    // The amount as wide as a million baht needs, the source the rest: both in view on a narrow page.
    m_budgetGrid->SetColSize(1, m_budgetGrid->FromDIP(110));
    const int rest = m_budgetGrid->GetClientSize().x - m_budgetGrid->GetRowLabelSize() - m_budgetGrid->GetColSize(1) - 2;
    m_budgetGrid->SetColSize(0, std::max(m_budgetGrid->FromDIP(120), rest));
}

void PlanEditor::onBudgetChanging(wxGridEvent& event)
{
    // An amount that is not one is refused where it is typed, with the reason, and the cell keeps its figure.
    const std::string typed = ui::fromWx(event.GetString().Strip(wxString::both));
    if (event.GetCol() == 1 && !figureTyped(typed, typedAmount(typed).has_value(), wxString::FromAscii("15,000")))
        event.Veto();
}

bool PlanEditor::figureTyped(const std::string& typed, bool isFigure, const wxString& example)
{
    const bool accepted = isFigure || typed.empty();
    const wxString reason = accepted ? wxString()
        : wxString::Format(_("\"%s\" is not a figure: type digits, as in %s. The value before it is kept."), toWx(typed), example);
    if (m_refusal->GetLabel() != reason) {
        m_refusal->SetLabel(reason);
        Layout();
    }
    return accepted;
}

void PlanEditor::onBudgetEdited(wxGridEvent& event)
{
    Project* project = selected().project;
    if (!project)
        return;
    std::vector<BudgetLine> budget;
    for (int row = 0; row < m_budgetGrid->GetNumberRows(); ++row) {
        const std::string source = ui::fromWx(m_budgetGrid->GetCellValue(row, 0).Strip(wxString::both));
        const std::optional<long long> amount = typedAmount(ui::fromWx(m_budgetGrid->GetCellValue(row, 1).Strip(wxString::both)));
        if (source.empty() && !amount)
            continue; // an empty row, or one cleared to take it out
        if (row == event.GetRow() && amount)
            m_budgetGrid->SetCellValue(row, 1, toWx(formatBaht(*amount))); // "15000" shown as 15,000
        budget.push_back({ source, amount.value_or(0) });
    }
    const int last = m_budgetGrid->GetNumberRows() - 1;
    if (last < 0 || !m_budgetGrid->GetCellValue(last, 0).empty() || !m_budgetGrid->GetCellValue(last, 1).empty())
        m_budgetGrid->AppendRows(1);
    project->budget = std::move(budget);
    m_projectTotal->SetLabel(bahtLabel(project->budgetTotal()));
    documentEdited("budget:" + project->id);
}

void PlanEditor::fitColumns(wxGrid* grid)
{
    // The figures as wide as they need, the first column the rest: the column typed into stays in view.
    grid->AutoSizeColumn(1, false);
    grid->SetColSize(2, std::max(grid->GetColSize(1), grid->FromDIP(90)));
    const int rest = grid->GetClientSize().x - grid->GetRowLabelSize() - grid->GetColSize(1) - grid->GetColSize(2) - 2;
    grid->SetColSize(0, std::max(grid->FromDIP(120), rest));
}

void PlanEditor::onResultEdited(wxGridEvent& event)
{
    ProgressReport* report = selected().report;
    const bool isResult = event.GetEventObject() == m_results;
    wxGrid* grid = isResult ? m_results : m_spending;
    const std::vector<std::string>& ids = isResult ? m_resultRows : m_spendingRows;
    const int row = event.GetRow();
    if (!report || event.GetCol() != 2 || row < 0 || static_cast<std::size_t>(row) >= ids.size())
        return;
    const std::string text = ui::fromWx(grid->GetCellValue(row, 2).Strip(wxString::both));
    const std::string& id = ids[static_cast<std::size_t>(row)];
    if (isResult) {
        std::erase_if(report->results, [&](const IndicatorResult& r) { return r.indicator == id; });
        if (std::optional<double> value = typedNumber(text))
            report->results.push_back({ id, *value, {} });
    } else {
        std::erase_if(report->spending, [&](const Spending& s) { return s.project == id; });
        if (std::optional<long long> amount = typedAmount(text))
            report->spending.push_back({ id, *amount });
    }
    documentEdited();
}

void PlanEditor::outlineChanged(const std::string& id)
{
    if (!id.empty())
        m_selectedId = id;
    fillOutline();
    showSelection();
    documentEdited();
}

bool PlanEditor::showElement(const std::string& id) noexcept
{
    return m_outline->select(id); // the outline's selection handler shows it
}

} // namespace sapha::plans
