// Sapha minutes — the UI module's entry point: the meeting and the roster editors.
// SPDX-License-Identifier: MIT
#include <sapha/ui/single_editor_factory.hpp>
#include <sapha/ui/ui_plugin_entry.hpp>

#include "ui/meeting_editor.hpp"
#include "ui/roster_editor.hpp"

namespace sapha::minutes {
using MinutesEditors = ui::EditorFactory<MeetingEditor, RosterEditor>;
}

SAPHA_DECLARE_UI_PLUGIN("minutes", sapha::minutes::MinutesEditors)
