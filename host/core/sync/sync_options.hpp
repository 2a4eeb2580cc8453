// Sapha — the options every sync starts from, in the CLI and the GUI alike: sign-in from the user's
// settings (HTTPS user and token per host, the SSH key file) and merges judged by the running plugins'
// document kinds (sync/element_check.hpp). Progress is the caller's to add.
// SPDX-License-Identifier: MIT
#pragma once

#include "plugins/plugin_registry.hpp"
#include "settings/user_settings.hpp"
#include "sync/transfer_options.hpp"

namespace sapha::host {

// The settings are copied (a transfer may run on another thread); the registry must outlive the transfer.
TransferOptions syncOptions(const UserSettings& settings, const PluginRegistry& registry);

} // namespace sapha::host
