// Sapha standards — the UI module's entry point.
// SPDX-License-Identifier: MIT
#include <sapha/ui/single_editor_factory.hpp>
#include <sapha/ui/ui_plugin_entry.hpp>

#include "ui/assessment_editor.hpp"
#include "ui/standard_editor.hpp"

namespace sapha::standards {
using StandardsEditors = ui::EditorFactory<StandardEditor, AssessmentEditor>;
}

SAPHA_DECLARE_UI_PLUGIN("standards", sapha::standards::StandardsEditors)
