// Sapha — what every sapha-cli command is given: its arguments, the settings, and the
// plugins and workspace, opened only when the command asks for them.
// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "documents/documents.hpp"
#include "git/git_runtime.hpp"
#include "host_services.hpp"
#include "plugins/plugin_registry.hpp"
#include "settings/user_settings.hpp"
#include "workspace/workspace.hpp"

namespace sapha::cli {

// Exit codes: 0 success, 1 the operation failed, 2 the command line was wrong.
enum ExitCode { kExitOk = 0, kExitFailure = 1, kExitUsage = 2 };

// A command's own arguments, consumed as they are read.
class Arguments {
public:
    explicit Arguments(std::vector<std::string> items) : m_items(std::move(items)) { }
    // Everything not taken yet, in order (for a plugin's command, which parses its own).
    const std::vector<std::string>& remaining() const { return m_items; }
    // Removes `name` if present.
    bool takeFlag(const std::string& name);
    // Removes `name VALUE` (or `name=VALUE`) if present. A name without value is a usage error.
    std::optional<std::string> takeOption(const std::string& name, const std::string& shortName = {});
    // The positional arguments left, after every option was taken. Anything left
    // that starts with '-' is reported as unknown.
    std::vector<std::string> positionals() const;
    std::vector<std::string> unknownOptions() const;
    bool hadMissingValue() const { return m_missingValue; }

private:
    std::vector<std::string> m_items;
    bool m_missingValue = false;
};

class CliContext {
public:
    explicit CliContext(std::filesystem::path workspaceDirectory);
    ~CliContext();

    host::UserSettings& settings() { return m_settings; }
    host::HostServices& services() { return *m_services; }
    // The plugins found, every one loaded (discovered on first use).
    host::PluginRegistry& plugins();
    // The plugins found, each loaded the first time one of its kinds is asked for
    // (PluginRegistry::loadWhenAsked): a command that reads no document loads no plugin library.
    host::PluginRegistry& foundPlugins();
    // Opens the workspace given by -C (or the current folder) on first use.
    Result<host::Workspace*> workspace();
    const std::filesystem::path& workspaceDirectory() const { return m_workspaceDirectory; }
    // The documents of the workspace (made on first use), over foundPlugins().
    Result<host::Documents*> documents();
    // The author for commits: from settings, else from git's configuration.
    host::Author author();
    // Initialises libgit2 on first use. Verbs that never touch a repository (plugins, --version)
    // do not pay for it: libgit2's start-up parses the system's TLS certificates.
    void requireGit();

    // Prints "sapha-cli: <where>: <message>" to stderr and returns kExitFailure.
    int fail(const Error& error) const;
    int fail(const std::string& message) const;
    int usage(const std::string& message) const;

private:
    std::optional<host::git::Runtime> m_git;
    std::filesystem::path m_workspaceDirectory;
    host::UserSettings m_settings;
    std::unique_ptr<host::HostServices> m_services;
    std::unique_ptr<host::PluginRegistry> m_registry;
    std::unique_ptr<host::Workspace> m_workspace;
    std::unique_ptr<host::Documents> m_documents; // uses m_workspace and m_registry
};

} // namespace sapha::cli
