// Sapha plans — the UI module's entry point: the plan editor.
// SPDX-License-Identifier: MIT
#include <sapha/ui/single_editor_factory.hpp>
#include <sapha/ui/ui_plugin_entry.hpp>

#include "ui/plan_editor.hpp"

namespace sapha::plans {
using PlanEditors = ui::SingleEditorFactory<PlanEditor>;
}

SAPHA_DECLARE_UI_PLUGIN("plans", sapha::plans::PlanEditors)
