// Sapha standards — the plugin's entry point.
// SPDX-License-Identifier: MIT
#include <sapha/plugin_entry.hpp>

#include "core/standards_plugin.hpp"

SAPHA_DECLARE_PLUGIN("standards", sapha::standards::StandardsPlugin)
