// Sapha — plugin.json: what a plugin is and provides, read without loading any of its code.
// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <sapha/localized_text.hpp>
#include <sapha/status.hpp>

namespace sapha::host {

struct DocumentKindManifest {
    std::string id;     // "minutes.meeting"
    std::string suffix; // ".meeting.xml"
    LocalizedText name;
};

struct PluginManifest {
    std::filesystem::path directory; // where plugin.json was found
    std::string id;
    LocalizedText name;
    LocalizedText description;
    std::string version;
    int sdkApi = 0;
    std::string coreLibrary; // file name inside `directory`
    std::string uiLibrary;   // may be empty: a plugin without editors
    std::vector<DocumentKindManifest> documentKinds;
    // The sapha-cli verbs it adds (ICommandProvider), so that a verb loads only its plugin; optional.
    std::vector<std::string> commands;
};

// Reads and checks `directory`/plugin.json. Errors name the file and what is wrong
// (invalid JSON with its position, a missing or mistyped key).
Result<PluginManifest> readPluginManifest(const std::filesystem::path& directory);

// Parses manifest text; `sourceName` is used in errors.
Result<PluginManifest> parsePluginManifest(
    const std::string& text, const std::filesystem::path& directory, const std::string& sourceName);

} // namespace sapha::host
