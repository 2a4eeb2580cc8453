// Sapha standards — how the selected indicator is scored.
// SPDX-License-Identifier: MIT
#include "ui/scoring_panel.hpp"

#include <cstdlib>

#include <wx/choice.h>
#include <wx/grid.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <sapha/ui/form_fields.hpp>
#include <sapha/ui/wx_text.hpp>

#include "core/criteria_text.hpp"
#include "core/standard_xml.hpp"

namespace sapha::standards {

using ui::fromWx;
using ui::toWx;

namespace {

enum LevelColumn { kScore = 0, kLabel = 1, kCriterion = 2 };

const Scheme kSchemes[] = { Scheme::Rubric, Scheme::Checklist, Scheme::Threshold, Scheme::Binary };

// A number typed in a field; nothing when it is not one (the field then shows it, and nothing changes).
std::optional<double> numberIn(const wxString& text)
{
    const std::string value = fromWx(text.Strip(wxString::both));
    char* end = nullptr;
    const double number = std::strtod(value.c_str(), &end);
    if (value.empty() || end == value.c_str() || *end != '\0')
        return std::nullopt;
    return number;
}

void markField(wxTextCtrl* field, bool isValid)
{
    field->SetBackgroundColour(isValid ? wxNullColour : wxColour(255, 214, 214));
    field->Refresh();
}

} // namespace

ScoringPanel::ScoringPanel(wxWindow* parent, std::function<void(const std::string& key)> edited)
    : wxPanel(parent, wxID_ANY)
    , m_edited(std::move(edited))
{
    auto* top = new wxBoxSizer(wxVERTICAL);
    auto* schemeRow = new wxBoxSizer(wxHORIZONTAL);
    schemeRow->Add(new wxStaticText(this, wxID_ANY, _("Scored by")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 8);
    m_scheme = new wxChoice(this, wxID_ANY);
    m_scheme->Append(_("Rubric: the level reached"));
    m_scheme->Append(_("Checklist: practices done"));
    m_scheme->Append(_("Threshold: a ratio achieved"));
    m_scheme->Append(_("Met or not"));
    schemeRow->Add(m_scheme, 1);
    top->Add(schemeRow, 0, wxEXPAND | wxALL, 4);

    // Rubric: a row per level; the last row is empty, for the next level.
    m_rubric = new wxPanel(this);
    m_levels = new wxGrid(m_rubric, wxID_ANY);
    m_levels->CreateGrid(1, 3);
    m_levels->SetColLabelValue(kScore, _("Level"));
    m_levels->SetColLabelValue(kLabel, _("Rating"));
    m_levels->SetColLabelValue(kCriterion, _("Criterion"));
    m_levels->SetRowLabelSize(0);
    m_levels->SetColFormatNumber(kScore);
    m_levels->SetMinSize(FromDIP(wxSize(120, 120)));
    m_levels->Bind(wxEVT_GRID_CELL_CHANGED, &ScoringPanel::onLevelChanged, this);
    m_levels->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        const int width = m_levels->GetClientSize().GetWidth() - FromDIP(4);
        if (width > FromDIP(200)) {
            m_levels->SetColSize(kScore, FromDIP(50));
            m_levels->SetColSize(kLabel, FromDIP(110));
            m_levels->SetColSize(kCriterion, width - FromDIP(160));
        }
        event.Skip();
    });
    auto* rubricSizer = new wxBoxSizer(wxVERTICAL);
    rubricSizer->Add(m_levels, 1, wxEXPAND);
    // The hint wraps to the form's width: unwrapped, it was cut at the right edge at 1366×768.
    const wxString hintText = _("Type in the empty last row to add a level; clear a row to remove it.");
    auto* hint = new wxStaticText(m_rubric, wxID_ANY, hintText);
    hint->SetMinSize(wxSize(FromDIP(40), -1)); // its width is the form's, not the unwrapped line's
    rubricSizer->Add(hint, 0, wxTOP | wxEXPAND, 2);
    m_rubric->SetSizer(rubricSizer);
    m_rubric->Bind(wxEVT_SIZE, [this, hint, hintText](wxSizeEvent& event) {
        const int width = m_rubric->GetClientSize().x;
        if (width > FromDIP(40)) {
            hint->SetLabel(hintText);
            hint->Wrap(width);
            hint->SetMinSize(wxSize(FromDIP(40), hint->GetBestSize().y));
        }
        event.Skip(); // the sizer lays out with the hint's wrapped height
    });
    top->Add(m_rubric, 1, wxEXPAND | wxALL, 4);

    m_checklist = new wxPanel(this);
    auto* checklistFields = new wxFlexGridSizer(2, FromDIP(wxSize(8, 4)));
    checklistFields->AddGrowableCol(1, 1);
    checklistFields->AddGrowableRow(0, 1);
    m_practices = ui::addTextField(m_checklist, checklistFields, _("Practices (one per line)"), ui::FieldShape::MultiLine,
        [this](const std::string& value) {
            if (!m_indicator)
                return;
            m_indicator->practices = linesOf(value);
            m_edited("practices:" + m_indicator->id);
        });
    m_rules = ui::addTextField(m_checklist, checklistFields, _("Rules (done: score)"), ui::FieldShape::MultiLine,
        [this](const std::string& value) {
            if (!m_indicator)
                return;
            Result<std::vector<ChecklistRule>> rules = parseRules(value);
            markField(m_rules, rules.isOk());
            m_problem->SetLabel(rules ? wxString() : toWx(rules.error().message));
            if (!rules)
                return;
            m_indicator->rules = rules.value();
            m_edited("rules:" + m_indicator->id);
        });
    m_rules->SetHint(_("Empty: the score is in proportion to the practices done"));
    m_checklist->SetSizer(checklistFields);
    top->Add(m_checklist, 1, wxEXPAND | wxALL, 4);

    m_threshold = new wxPanel(this);
    auto* thresholdFields = new wxFlexGridSizer(2, FromDIP(wxSize(8, 4)));
    thresholdFields->AddGrowableCol(1, 1);
    m_target = ui::addTextField(m_threshold, thresholdFields, _("Full marks from (%)"), ui::FieldShape::SingleLine,
        [this](const std::string&) {
            const std::optional<double> percent = numberIn(m_target->GetValue());
            markField(m_target, percent && *percent > 0 && *percent <= 100);
            if (!m_indicator || !percent || *percent <= 0 || *percent > 100)
                return;
            m_indicator->target = *percent / 100.0;
            m_edited("target:" + m_indicator->id);
        });
    m_threshold->SetSizer(thresholdFields);
    top->Add(m_threshold, 0, wxEXPAND | wxALL, 4);

    m_binary = new wxPanel(this);
    auto* binaryFields = new wxFlexGridSizer(2, FromDIP(wxSize(8, 4)));
    binaryFields->AddGrowableCol(1, 1);
    m_points = ui::addTextField(m_binary, binaryFields, _("Points when met"), ui::FieldShape::SingleLine, [this](const std::string&) {
        const std::optional<double> points = numberIn(m_points->GetValue());
        markField(m_points, points && *points >= 0 && *points <= m_maxScore);
        if (!m_indicator || !points || *points < 0 || *points > m_maxScore)
            return;
        m_indicator->points = *points;
        m_edited("points:" + m_indicator->id);
    });
    m_binary->SetSizer(binaryFields);
    top->Add(m_binary, 0, wxEXPAND | wxALL, 4);
    m_problem = new wxStaticText(this, wxID_ANY, wxEmptyString);
    m_problem->SetForegroundColour(*wxRED);
    top->Add(m_problem, 0, wxALL, 4);
    SetSizer(top);

    m_scheme->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        if (!m_indicator || m_scheme->GetSelection() < 0)
            return;
        m_indicator->scheme = kSchemes[m_scheme->GetSelection()];
        if (m_indicator->scheme == Scheme::Rubric && m_indicator->levels.empty())
            m_indicator->levels = defaultLevels("th");
        showScheme();
        m_edited({});
    });
    show(nullptr, 5);
}

void ScoringPanel::show(Indicator* indicator, double maxScore)
{
    m_indicator = indicator;
    m_maxScore = maxScore;
    m_scheme->Enable(indicator != nullptr);
    m_problem->SetLabel(wxString());
    if (indicator) {
        for (int i = 0; i < 4; ++i) {
            if (kSchemes[i] == indicator->scheme)
                m_scheme->SetSelection(i);
        }
        ui::showText(m_practices, [&] {
            std::string text;
            for (const std::string& practice : indicator->practices)
                text += practice + "\n";
            return text;
        }());
        ui::showText(m_rules, rulesText(indicator->rules));
        m_target->ChangeValue(toWx(formatNumber(indicator->target * 100)));
        m_points->ChangeValue(toWx(formatNumber(indicator->points)));
        for (wxTextCtrl* field : { m_rules, m_target, m_points })
            markField(field, true);
    }
    showScheme();
}

void ScoringPanel::focusLevels()
{
    m_levels->SetFocus();
    m_levels->SetGridCursor(0, kCriterion);
}

void ScoringPanel::showScheme()
{
    const Scheme scheme = m_indicator ? m_indicator->scheme : Scheme::Rubric;
    m_rubric->Show(m_indicator && scheme == Scheme::Rubric);
    m_checklist->Show(m_indicator && scheme == Scheme::Checklist);
    m_threshold->Show(m_indicator && scheme == Scheme::Threshold);
    m_binary->Show(m_indicator && scheme == Scheme::Binary);
    if (m_indicator && scheme == Scheme::Rubric)
        fillLevels();
    Layout();
}

void ScoringPanel::fillLevels()
{
    const std::size_t rows = m_indicator->levels.size() + 1;
    const int have = m_levels->GetNumberRows();
    if (have < static_cast<int>(rows))
        m_levels->AppendRows(static_cast<int>(rows) - have);
    else if (have > static_cast<int>(rows))
        m_levels->DeleteRows(static_cast<int>(rows), have - static_cast<int>(rows));
    for (std::size_t i = 0; i < m_indicator->levels.size(); ++i) {
        const Level& level = m_indicator->levels[i];
        const int row = static_cast<int>(i);
        m_levels->SetCellValue(row, kScore, wxString::Format(wxT("%d"), level.score));
        m_levels->SetCellValue(row, kLabel, toWx(level.label));
        m_levels->SetCellValue(row, kCriterion, toWx(level.descriptor));
        // A level without its criterion yet, as `check` would say.
        m_levels->SetCellBackgroundColour(row, kCriterion,
            level.descriptor.empty() ? wxColour(255, 244, 200) : m_levels->GetDefaultCellBackgroundColour());
    }
    const int last = static_cast<int>(rows) - 1;
    for (int column = 0; column < 3; ++column) {
        m_levels->SetCellValue(last, column, wxString());
        m_levels->SetCellBackgroundColour(last, column, m_levels->GetDefaultCellBackgroundColour());
    }
    m_levels->ForceRefresh();
}

void ScoringPanel::readLevels()
{
    std::vector<Level> levels;
    for (int row = 0; row < m_levels->GetNumberRows(); ++row) {
        const wxString score = m_levels->GetCellValue(row, kScore).Strip(wxString::both);
        const std::string label = fromWx(m_levels->GetCellValue(row, kLabel).Strip(wxString::both));
        const std::string criterion = fromWx(m_levels->GetCellValue(row, kCriterion).Strip(wxString::both));
        if (score.empty() && label.empty() && criterion.empty())
            continue; // a cleared row is a removed level
        // A new level without a score takes the next one: typing a criterion is enough.
        const std::optional<double> number = numberIn(score);
        const int value = number ? static_cast<int>(*number) : (levels.empty() ? 1 : levels.back().score + 1);
        levels.push_back({ value, label, criterion });
    }
    m_indicator->levels = std::move(levels);
}

void ScoringPanel::onLevelChanged(wxGridEvent& event)
{
    if (!m_indicator)
        return;
    readLevels();
    const int row = event.GetRow();
    const int column = event.GetCol();
    fillLevels();
    m_levels->SetGridCursor(std::min(row, m_levels->GetNumberRows() - 1), column);
    m_edited("levels:" + m_indicator->id);
}

} // namespace sapha::standards
