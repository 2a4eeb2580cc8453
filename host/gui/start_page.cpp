// Sapha GUI — the start page (see start_page.hpp).
// SPDX-License-Identifier: MIT
#include "start_page.hpp"

#include <filesystem>

#include <wx/button.h>
#include <wx/font.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <sapha/ui/wx_text.hpp>

#include "short_label.hpp"

namespace sapha::gui {

StartPage::StartPage(wxWindow* parent, const std::vector<std::string>& recentWorkspaces, StartActions actions)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, wxString::FromAscii("start-page"))
    , m_actions(std::move(actions))
{
    auto* column = new wxBoxSizer(wxVERTICAL);
    auto* heading = new wxStaticText(this, wxID_ANY, _("Welcome to Sapha"));
    heading->SetFont(heading->GetFont().Scaled(1.6f).Bold());
    column->Add(heading, 0, wxBOTTOM, FromDIP(6));
    auto* intro = new wxStaticText(this, wxID_ANY,
        _("A workspace is a folder of a committee's documents; every save in it is kept as a version. "
          "Begin with one of these:"));
    intro->Wrap(FromDIP(520));
    column->Add(intro, 0, wxBOTTOM, FromDIP(14));

    const auto addButton = [&](const wxString& label, const wxString& explanation, const char* name,
                               std::function<void()> run) {
        auto* button = new wxButton(this, wxID_ANY, label, wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
            wxString::FromAscii(name));
        button->Bind(wxEVT_BUTTON, [run = std::move(run)](wxCommandEvent&) { run(); });
        auto* row = new wxBoxSizer(wxHORIZONTAL);
        row->Add(button, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(10));
        auto* text = new wxStaticText(this, wxID_ANY, explanation);
        text->Wrap(FromDIP(360));
        row->Add(text, 1, wxALIGN_CENTER_VERTICAL);
        column->Add(row, 0, wxEXPAND | wxBOTTOM, FromDIP(8));
    };
    addButton(_("Open the &Demo"), _("the Chiang Rai subcommittees' meetings, the workshop and its standard, to try everything"),
        "start-open-demo", [this] { m_actions.openDemo(); });
    addButton(_("&New Workspace..."), _("an empty folder for a committee's documents"), "start-new-workspace",
        [this] { m_actions.newWorkspace(); });
    addButton(_("&Open Workspace..."), _("a folder that already holds Sapha's documents"), "start-open-workspace",
        [this] { m_actions.openWorkspace(); });

    if (!recentWorkspaces.empty()) {
        auto* recentHeading = new wxStaticText(this, wxID_ANY, _("Opened lately"));
        recentHeading->SetFont(recentHeading->GetFont().Bold());
        column->Add(recentHeading, 0, wxTOP | wxBOTTOM, FromDIP(10));
        for (const std::string& path : recentWorkspaces) {
            const wxString name = ui::toWx(std::filesystem::path(path).filename().string());
            // As wide as the column's buttons, measured in pixels of the button's font.
            const wxString shown = shortenedToFit(name, *this, FromDIP(300));
            auto* button = new wxButton(this, wxID_ANY, shown, wxDefaultPosition,
                wxDefaultSize, wxBU_EXACTFIT | wxBU_LEFT);
            button->SetToolTip(ui::toWx(path));
            button->Bind(wxEVT_BUTTON, [this, path](wxCommandEvent&) { m_actions.openRecent(path); });
            auto* row = new wxBoxSizer(wxHORIZONTAL);
            row->Add(button, 0, wxRIGHT, FromDIP(8));
            // The folder in full when there is room, else without its middle: a long path ran past the page's edge.
            auto* where = new wxStaticText(this, wxID_ANY, ui::toWx(path), wxDefaultPosition, wxDefaultSize,
                wxST_ELLIPSIZE_MIDDLE | wxST_NO_AUTORESIZE);
            where->SetMinSize(wxSize(FromDIP(80), -1));
            where->SetToolTip(ui::toWx(path));
            row->Add(where, 1, wxALIGN_CENTER_VERTICAL);
            column->Add(row, 0, wxEXPAND | wxBOTTOM, FromDIP(4));
        }
    }
    auto* outer = new wxBoxSizer(wxVERTICAL);
    outer->Add(column, 0, wxEXPAND | wxALL, FromDIP(24)); // as wide as the page: a recent folder's path fits it
    SetSizer(outer);
}

} // namespace sapha::gui
