// Sapha — per-user settings (author identity, language, recent workspaces) in one JSON file.
// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <sapha/status.hpp>

#include "workspace/revision.hpp"

namespace sapha::host {

// Flat string settings under dotted keys ("author.name"). Loaded once, saved
// atomically on save(). Not thread-safe; the GUI and CLI use it from the main thread.
class UserSettings {
public:
    // $SAPHA_CONFIG_HOME/settings.json, else $XDG_CONFIG_HOME/sapha/settings.json,
    // else ~/.config/sapha/settings.json.
    static std::filesystem::path defaultPath();

    // Reads `path`; a missing file gives empty settings, a malformed one an error
    // naming the file (the file is left alone).
    static Result<UserSettings> load(const std::filesystem::path& path);

    const std::filesystem::path& path() const { return m_path; }
    std::string get(std::string_view key) const;
    void set(std::string_view key, std::string_view value);
    bool has(std::string_view key) const;
    // Writes the keys this object set over the file as it is now: another program's changes since the
    // load (a sign-in from sapha-cli while the window is open) are kept, not overwritten by stale values.
    Status save() const;

    // The author for commits, when both name and e-mail are set.
    bool hasAuthor() const;
    Author author() const;
    // "th" (the default) or "en"; a language given on the command line wins for this run.
    std::string language() const;
    // Uses `language` for this run only (it is not saved).
    void overrideLanguage(const std::string& language) { m_languageOverride = language; }

    // How dates are shown: "ui.calendar" when set, else Buddhist Era in Thai and Gregorian in English.
    Calendar calendar() const;

    std::vector<std::string> recentWorkspaces() const;
    void addRecentWorkspace(const std::string& directory);

private:
    std::filesystem::path m_path;
    std::map<std::string, std::string, std::less<>> m_values;
    std::set<std::string, std::less<>> m_changed; // the keys set since the load: what save() writes
    std::string m_languageOverride;
};

} // namespace sapha::host
