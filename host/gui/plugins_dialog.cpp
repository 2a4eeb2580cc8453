// Sapha GUI — the plugin manager dialog.
// SPDX-License-Identifier: MIT
#include "plugins_dialog.hpp"

#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <sapha/ui/wx_text.hpp>

namespace sapha::gui {

namespace {

wxString stateText(host::PluginState state)
{
    switch (state) {
    case host::PluginState::Running:
        return _("Running");
    case host::PluginState::Refused:
        return _("Refused");
    case host::PluginState::Discovered:
        return _("Not loaded");
    case host::PluginState::Stopped:
        return _("Stopped");
    case host::PluginState::Invalid:
        break;
    }
    return _("Invalid");
}

} // namespace

PluginsDialog::PluginsDialog(wxWindow* parent, const host::PluginRegistry& registry, const std::string& language)
    : wxDialog(parent, wxID_ANY, _("Plugins"), wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER)
{
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* list = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(860, 260)), wxLC_REPORT | wxLC_SINGLE_SEL);
    list->AppendColumn(_("Plugin"), wxLIST_FORMAT_LEFT, FromDIP(170));
    list->AppendColumn(_("Version"), wxLIST_FORMAT_LEFT, FromDIP(70));
    list->AppendColumn(_("State"), wxLIST_FORMAT_LEFT, FromDIP(90));
    list->AppendColumn(_("Folder"), wxLIST_FORMAT_LEFT, FromDIP(230));
    list->AppendColumn(_("Reason"), wxLIST_FORMAT_LEFT, FromDIP(300));
    long row = 0;
    for (const host::PluginRecord& record : registry.records()) {
        const std::string name = record.manifest.name.in(language);
        const long index = list->InsertItem(row++, ui::toWx(name.empty() ? record.manifest.id : name));
        list->SetItem(index, 1, ui::toWx(record.manifest.version));
        list->SetItem(index, 2, stateText(record.state));
        list->SetItem(index, 3, ui::toWx(record.manifest.directory.string()));
        list->SetItem(index, 4, ui::toWx(record.reason));
    }
    sizer->Add(new wxStaticText(this, wxID_ANY,
                   _("Plugins are found in the Sapha installation, in ~/.local/share/sapha/plugins and in SAPHA_PLUGIN_PATH.")),
        0, wxALL, 8);
    sizer->Add(list, 1, wxEXPAND | wxLEFT | wxRIGHT, 8);
    sizer->Add(CreateSeparatedButtonSizer(wxOK), 0, wxEXPAND | wxALL, 8);
    SetSizerAndFit(sizer);
}

} // namespace sapha::gui
