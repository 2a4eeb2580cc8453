// Sapha brainstorm — the plugin's entry point.
// SPDX-License-Identifier: MIT
#include <sapha/plugin_entry.hpp>

#include "core/brainstorm_plugin.hpp"

SAPHA_DECLARE_PLUGIN("brainstorm", sapha::brainstorm::BrainstormPlugin)
