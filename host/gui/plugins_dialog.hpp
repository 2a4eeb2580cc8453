// Sapha GUI — the plugin manager: every plugin found, whether it runs, and why not.
// SPDX-License-Identifier: MIT
#pragma once

#include <wx/dialog.h>

#include "plugins/plugin_registry.hpp"

namespace sapha::gui {

class PluginsDialog : public wxDialog {
public:
    PluginsDialog(wxWindow* parent, const host::PluginRegistry& registry, const std::string& language);
};

} // namespace sapha::gui
