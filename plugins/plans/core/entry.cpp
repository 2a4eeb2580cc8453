// Sapha plans — the plugin's entry point.
// SPDX-License-Identifier: MIT
#include <sapha/plugin_entry.hpp>

#include "core/plans_plugin.hpp"

SAPHA_DECLARE_PLUGIN("plans", sapha::plans::PlansPlugin)
