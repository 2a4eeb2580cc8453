// Sapha — the demo workspace: every running plugin's demo documents, committed revision by
// revision at their own dates, so that history is real from the first start.
// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <functional>
#include <string>

#include <sapha/status.hpp>

#include "plugins/plugin_registry.hpp"

namespace sapha::host {

// Called after each commit with (done, total).
using ProgressCallback = std::function<void(int done, int total)>;

// Creates `directory` as a new workspace holding the demo. Every revision is
// loaded through its kind before it is committed, so a demo that does not load is
// an error, not a broken workspace. Refuses a folder that already is a repository.
Status buildDemoWorkspace(
    const std::filesystem::path& directory, const PluginRegistry& registry, const ProgressCallback& progress = {});

// Parses "YYYY-MM-DDTHH:MM:SS+HH:MM" into seconds since the epoch and minutes east of UTC.
Result<std::pair<std::int64_t, int>> parseIsoTime(const std::string& text);

} // namespace sapha::host
