// Sapha minutes — who signs under the minutes (see signatures_panel.hpp).
// SPDX-License-Identifier: MIT
#include "ui/signatures_panel.hpp"

#include <wx/sizer.h>
#include <wx/stattext.h>

#include <sapha/ui/form_fields.hpp>

namespace sapha::minutes {

SignaturesPanel::SignaturesPanel(
    wxWindow* parent, std::function<Meeting&()> meeting, std::function<void(const std::string&)> edited)
    : wxPanel(parent)
    , m_meeting(std::move(meeting))
{
    auto* fields = new wxFlexGridSizer(2, FromDIP(wxSize(8, 6)));
    fields->AddGrowableCol(1, 1);
    // Each field writes one part of one signatory; the key makes typing in it one undo step.
    const auto field = [this, edited](std::string key, Signatory Meeting::*who, std::string Signatory::*part) {
        return [this, edited, key = std::move(key), who, part](const std::string& text) {
            (m_meeting().*who).*part = text;
            edited(key);
        };
    };
    m_recorderName = ui::addTextField(this, fields, _("Minutes taken by"), ui::FieldShape::SingleLine,
        field("recorder-name", &Meeting::recorder, &Signatory::name));
    m_recorderPosition = ui::addTextField(this, fields, _("Position"), ui::FieldShape::SingleLine,
        field("recorder-position", &Meeting::recorder, &Signatory::position));
    fields->AddSpacer(FromDIP(8));
    fields->AddSpacer(FromDIP(8));
    m_checkerName = ui::addTextField(this, fields, _("Minutes checked by"), ui::FieldShape::SingleLine,
        field("checker-name", &Meeting::checker, &Signatory::name));
    m_checkerPosition = ui::addTextField(this, fields, _("Position"), ui::FieldShape::SingleLine,
        field("checker-position", &Meeting::checker, &Signatory::position));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* hint = new wxStaticText(this, wxID_ANY, _("They sign under the minutes; the exported paper prints their names and posts."));
    sizer->Add(hint, 0, wxALL, 8);
    sizer->Add(fields, 0, wxEXPAND | wxLEFT | wxRIGHT, 8);
    SetSizer(sizer);
}

void SignaturesPanel::showSignatories()
{
    const Meeting& meeting = m_meeting();
    ui::showText(m_recorderName, meeting.recorder.name);
    ui::showText(m_recorderPosition, meeting.recorder.position);
    ui::showText(m_checkerName, meeting.checker.name);
    ui::showText(m_checkerPosition, meeting.checker.position);
}

void SignaturesPanel::focusFirst()
{
    m_recorderName->SetFocus();
}

} // namespace sapha::minutes
