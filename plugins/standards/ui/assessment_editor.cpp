// Sapha standards — the assessment editor.
// SPDX-License-Identifier: MIT
#include "ui/assessment_editor.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/splitter.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <sapha/ui/date_field.hpp>
#include <sapha/ui/form_fields.hpp>
#include <sapha/ui/outline_pane.hpp>
#include <sapha/ui/wx_text.hpp>

#include "core/criteria_text.hpp"

namespace sapha::standards {

using ui::toWx;

namespace {

wxString twoDecimals(double value)
{
    return wxString::Format(wxT("%.2f"), value);
}

wxString summaryLine(const wxString& name, const Summary& summary)
{
    wxString line = name + wxT(": ");
    line += summary.score ? twoDecimals(*summary.score) : wxString(wxT("-"));
    if (summary.band)
        line += wxT(" (") + toWx(summary.band->label) + wxT(")");
    line += wxString::Format(_(", %d of %d scored"), summary.scored, summary.total);
    return line;
}

} // namespace

AssessmentEditor::AssessmentEditor(
    wxWindow* parent, const IDocumentKind& kind, std::unique_ptr<IDocument> document, ui::IEditorHost& host)
    : DocumentEditor(parent, kind, std::move(document), host)
{
    auto* top = new wxBoxSizer(wxVERTICAL);
    auto* header = new wxFlexGridSizer(2, FromDIP(wxSize(8, 4)));
    header->AddGrowableCol(1, 1);
    m_organisation = ui::addTextField(this, header, _("Organisation"), ui::FieldShape::SingleLine, [this](const std::string& v) {
        assessment().organisation = v;
        documentEdited("organisation");
    });
    m_assessor = ui::addTextField(this, header, _("Assessed by"), ui::FieldShape::SingleLine, [this](const std::string& v) {
        assessment().assessor = v;
        documentEdited("assessor");
    });
    m_date = ui::addDateField(this, header, _("Date"), [this](const std::string& v) {
        assessment().date = v;
        documentEdited("date");
    });
    top->Add(header, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 8);
    m_against = new wxStaticText(this, wxID_ANY, wxEmptyString);
    top->Add(m_against, 0, wxLEFT | wxRIGHT | wxTOP, 8);

    auto* splitter = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3DSASH);
    m_outline = new ui::OutlinePane(splitter);
    m_outline->addButton(wxString::FromUTF8("\xE2\x86\x91"), _("Previous indicator (Alt+Up)"), [this] { selectNeighbour(-1); });
    m_outline->addButton(wxString::FromUTF8("\xE2\x86\x93"), _("Next indicator (Alt+Down)"), [this] { selectNeighbour(1); });

    auto* right = new wxPanel(splitter);
    auto* rightSizer = new wxBoxSizer(wxVERTICAL);
    m_heading = ui::addHeading(right, rightSizer, wxString());
    m_heading->Wrap(FromDIP(520));
    m_criteria = new wxStaticText(right, wxID_ANY, wxEmptyString);
    rightSizer->Add(m_criteria, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 6);

    auto* fields = new wxFlexGridSizer(2, FromDIP(wxSize(8, 4)));
    fields->AddGrowableCol(1, 1);
    fields->AddGrowableRow(2, 1);
    fields->Add(new wxStaticText(right, wxID_ANY, _("Result")), 0, wxALIGN_RIGHT | wxALIGN_CENTER_VERTICAL);
    // One input per scheme; only the selected indicator's is shown.
    auto* inputs = new wxBoxSizer(wxHORIZONTAL);
    m_level = new wxChoice(right, wxID_ANY);
    m_done = new wxSpinCtrl(right, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS, 0, 100, 0);
    m_percent = new wxTextCtrl(right, wxID_ANY);
    m_percent->SetHint(wxT("%"));
    m_met = new wxChoice(right, wxID_ANY);
    m_met->Append(_("Not scored"));
    m_met->Append(_("Met"));
    m_met->Append(_("Not met"));
    for (wxWindow* input : { static_cast<wxWindow*>(m_level), static_cast<wxWindow*>(m_done), static_cast<wxWindow*>(m_percent),
             static_cast<wxWindow*>(m_met) })
        inputs->Add(input, 0, wxRIGHT, 8);
    m_score = new wxStaticText(right, wxID_ANY, wxEmptyString);
    inputs->Add(m_score, 0, wxALIGN_CENTER_VERTICAL);
    fields->Add(inputs, 1, wxEXPAND);
    fields->Add(new wxStaticText(right, wxID_ANY, wxEmptyString));
    fields->Add(new wxStaticText(right, wxID_ANY, wxEmptyString));
    m_note = ui::addTextField(right, fields, _("Evidence seen"), ui::FieldShape::MultiLine, [this](const std::string& v) {
        if (AssessedIndicator* each = selectedIndicator()) {
            each->note = v;
            documentEdited("note:" + each->indicator.id);
        }
    });
    rightSizer->Add(fields, 1, wxEXPAND | wxALL, 6);
    m_summary = new wxStaticText(right, wxID_ANY, wxEmptyString);
    rightSizer->Add(m_summary, 0, wxEXPAND | wxALL, 6);
    right->SetSizer(rightSizer);

    m_level->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        AssessedIndicator* each = selectedIndicator();
        if (!each)
            return;
        IndicatorResult result;
        const int choice = m_level->GetSelection();
        if (choice > 0 && static_cast<std::size_t>(choice) <= each->indicator.levels.size())
            result.level = each->indicator.levels[static_cast<std::size_t>(choice) - 1].score;
        setResult(result);
    });
    m_done->Bind(wxEVT_SPINCTRL, [this](wxSpinEvent&) {
        IndicatorResult result;
        result.done = m_done->GetValue();
        setResult(result);
    });
    m_percent->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
        const std::string text = ui::fromWx(m_percent->GetValue().Strip(wxString::both));
        IndicatorResult result;
        char* end = nullptr;
        const double percent = std::strtod(text.c_str(), &end);
        if (!text.empty() && (end == text.c_str() || *end != '\0' || percent < 0)) {
            m_percent->SetBackgroundColour(wxColour(255, 214, 214)); // not a percentage: nothing recorded
            m_percent->Refresh();
            return;
        }
        m_percent->SetBackgroundColour(wxNullColour);
        m_percent->Refresh();
        if (!text.empty())
            result.ratio = percent / 100.0;
        setResult(result);
    });
    m_met->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        IndicatorResult result;
        if (m_met->GetSelection() > 0)
            result.met = m_met->GetSelection() == 1;
        setResult(result);
    });

    ui::splitSideBySide(splitter, m_outline, right, 0.42);
    top->Add(splitter, 1, wxEXPAND | wxALL, 8);
    SetSizer(top);
    m_outline->onSelectionChanged([this](const std::string& id) {
        m_selectedId = id;
        showSelection();
    });
    Bind(wxEVT_CHAR_HOOK, &AssessmentEditor::onKey, this);
    for (const AssessedComponent& component : assessment().components) {
        if (!component.indicators.empty()) {
            m_selectedId = component.indicators.front().indicator.id;
            break;
        }
    }
    showDocument();
}

Assessment& AssessmentEditor::assessment()
{
    return static_cast<Assessment&>(document());
}

AssessedIndicator* AssessmentEditor::selectedIndicator()
{
    for (AssessedComponent& component : assessment().components) {
        for (AssessedIndicator& each : component.indicators) {
            if (each.indicator.id == m_selectedId)
                return &each;
        }
    }
    return nullptr;
}

void AssessmentEditor::showDocument()
{
    const Assessment& a = assessment();
    ui::showText(m_organisation, a.organisation);
    ui::showText(m_assessor, a.assessor);
    ui::showDate(m_date, a.date);
    m_against->SetLabel(wxString::Format(_("Against %s, version \"%s\" (%s)"), toWx(a.standardTitle), toWx(a.standardVersion),
        toWx(a.standardPath)));
    fillOutline();
    showSelection();
}

void AssessmentEditor::fillOutline()
{
    const Assessment& a = assessment();
    const wxTreeItemId root = m_outline->clear();
    for (const AssessedComponent& component : a.components) {
        const Summary summary = summarizeComponent(a, component);
        wxString label = toWx(component.label + "  " + component.title);
        if (summary.score)
            label += wxT("  [") + twoDecimals(*summary.score) + wxT("]");
        const wxTreeItemId node = m_outline->append(root, label, component.id);
        for (const AssessedIndicator& each : component.indicators) {
            Result<std::optional<double>> score = scoreOf(each.indicator, each.result, a.maxScore);
            // A mark says at a glance what is left: scored (its score) or not yet (an empty box).
            const wxString mark = score && score.value() ? twoDecimals(*score.value()) : wxString::FromUTF8("\xE2\x98\x90");
            m_outline->append(node, mark + wxT("  ") + toWx(each.label + "  " + each.indicator.statement), each.indicator.id);
        }
    }
    m_outline->finish(m_selectedId);
}

void AssessmentEditor::showSelection()
{
    AssessedIndicator* each = selectedIndicator();
    for (wxWindow* input : { static_cast<wxWindow*>(m_level), static_cast<wxWindow*>(m_done), static_cast<wxWindow*>(m_percent),
             static_cast<wxWindow*>(m_met) })
        input->Hide();
    m_note->Enable(each != nullptr);
    if (!each) {
        m_heading->SetLabel(_("Choose an indicator to score"));
        m_criteria->SetLabel(wxString());
        ui::showText(m_note, std::string());
        showScores();
        return;
    }
    const bool english = assessment().language == "en";
    m_heading->SetLabel(toWx(each->label + "  " + each->indicator.statement));
    std::string criteria;
    for (const std::string& line : criteriaLines(each->indicator, english, assessment().maxScore))
        criteria += line + "\n";
    for (const std::string& line : linesOf(each->indicator.evidence))
        criteria += (english ? "Evidence: " : "หลักฐาน: ") + line + "\n";
    m_criteria->SetLabel(toWx(criteria));
    m_criteria->Wrap(FromDIP(520));
    const IndicatorResult& result = each->result;
    switch (each->indicator.scheme) {
    case Scheme::Rubric: {
        m_level->Clear();
        m_level->Append(_("Not scored"));
        int selection = 0;
        for (std::size_t i = 0; i < each->indicator.levels.size(); ++i) {
            const Level& level = each->indicator.levels[i];
            m_level->Append(toWx(std::to_string(level.score) + " " + level.label));
            if (result.level && *result.level == level.score)
                selection = static_cast<int>(i) + 1;
        }
        m_level->SetSelection(selection);
        m_level->Show();
        break;
    }
    case Scheme::Checklist:
        m_done->SetRange(0, static_cast<int>(each->indicator.practices.size()));
        m_done->SetValue(result.done.value_or(0));
        m_done->Show();
        break;
    case Scheme::Threshold:
        m_percent->ChangeValue(result.ratio ? wxString::Format(wxT("%g"), *result.ratio * 100) : wxString());
        m_percent->Show();
        break;
    case Scheme::Binary:
        m_met->SetSelection(!result.met ? 0 : *result.met ? 1 : 2);
        m_met->Show();
        break;
    }
    ui::showText(m_note, each->note);
    showScores();
    Layout();
}

void AssessmentEditor::showScores()
{
    const Assessment& a = assessment();
    if (AssessedIndicator* each = selectedIndicator()) {
        Result<std::optional<double>> score = scoreOf(each->indicator, each->result, a.maxScore, ui::interfaceIsThai() ? "th" : "en");
        m_score->SetLabel(!score ? toWx(score.error().message)
                : score.value()  ? wxString::Format(_("Score %s of %s"), twoDecimals(*score.value()), wxString::Format(wxT("%g"), a.maxScore))
                                 : _("Not scored yet"));
    } else {
        m_score->SetLabel(wxString());
    }
    wxString text;
    for (const AssessedComponent& component : a.components)
        text += summaryLine(toWx(component.label + " " + component.title), summarizeComponent(a, component)) + wxT("\n");
    text += summaryLine(_("Overall"), summarizeAll(a));
    m_summary->SetLabel(text);
}

void AssessmentEditor::setResult(const IndicatorResult& result)
{
    AssessedIndicator* each = selectedIndicator();
    if (!each)
        return;
    each->result = result;
    fillOutline();
    showScores();
    documentEdited("result:" + each->indicator.id);
}

void AssessmentEditor::selectNeighbour(int delta)
{
    std::vector<std::string> ids;
    for (const AssessedComponent& component : assessment().components) {
        for (const AssessedIndicator& each : component.indicators)
            ids.push_back(each.indicator.id);
    }
    if (ids.empty())
        return;
    std::size_t at = 0;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (ids[i] == m_selectedId)
            at = i;
    }
    const long next = static_cast<long>(at) + delta;
    if (next < 0 || next >= static_cast<long>(ids.size()))
        return;
    m_selectedId = ids[static_cast<std::size_t>(next)];
    m_outline->finish(m_selectedId);
    showSelection();
}

void AssessmentEditor::onKey(wxKeyEvent& event)
{
    // Alt+Down / Alt+Up: the next or previous indicator, without leaving the result being typed.
    if (event.GetModifiers() == wxMOD_ALT && (event.GetKeyCode() == WXK_DOWN || event.GetKeyCode() == WXK_UP))
        selectNeighbour(event.GetKeyCode() == WXK_DOWN ? 1 : -1);
    else
        event.Skip();
}

bool AssessmentEditor::showElement(const std::string& id) noexcept
{
    return m_outline->select(id); // the outline's selection handler shows it
}

} // namespace sapha::standards
