// Sapha standards — the UI module's entry point.
// SPDX-License-Identifier: MIT
#include <sapha/ui/single_editor_factory.hpp>
#include <sapha/ui/ui_plugin_entry.hpp>

#include "ui/standard_editor.hpp"

SAPHA_DECLARE_UI_PLUGIN("standards", sapha::ui::SingleEditorFactory<sapha::standards::StandardEditor>)
