// Sapha minutes — the plugin's entry point.
// SPDX-License-Identifier: MIT
#include <sapha/plugin_entry.hpp>

#include "core/minutes_plugin.hpp"

SAPHA_DECLARE_PLUGIN("minutes", sapha::minutes::MinutesPlugin)
