// Sapha — the command-line context: lazy plugins and workspace, errors in one format.
// SPDX-License-Identifier: MIT
#include "cli_context.hpp"

#include "background_fold.hpp"

#include "documents/workspace_vocabulary.hpp"
#include "messages/message_language.hpp"

#include <cstdio>

namespace sapha::cli {

bool Arguments::takeFlag(const std::string& name)
{
    for (auto it = m_items.begin(); it != m_items.end(); ++it) {
        if (*it == name) {
            m_items.erase(it);
            return true;
        }
    }
    return false;
}

std::optional<std::string> Arguments::takeOption(const std::string& name, const std::string& shortName)
{
    for (auto it = m_items.begin(); it != m_items.end(); ++it) {
        if (*it == name || (!shortName.empty() && *it == shortName)) {
            if (it + 1 == m_items.end()) {
                m_missingValue = true;
                m_items.erase(it);
                return std::nullopt;
            }
            std::string value = *(it + 1);
            m_items.erase(it, it + 2);
            return value;
        }
        if (it->rfind(name + "=", 0) == 0) {
            std::string value = it->substr(name.size() + 1);
            m_items.erase(it);
            return value;
        }
    }
    return std::nullopt;
}

std::vector<std::string> Arguments::positionals() const
{
    std::vector<std::string> result;
    for (const std::string& item : m_items) {
        if (item.empty() || item[0] != '-' || item == "-")
            result.push_back(item);
    }
    return result;
}

std::vector<std::string> Arguments::unknownOptions() const
{
    std::vector<std::string> result;
    for (const std::string& item : m_items) {
        if (item.size() > 1 && item[0] == '-')
            result.push_back(item);
    }
    return result;
}

CliContext::CliContext(std::filesystem::path workspaceDirectory)
    : m_workspaceDirectory(std::move(workspaceDirectory))
{
    Result<host::UserSettings> loaded = host::UserSettings::load(host::UserSettings::defaultPath());
    if (loaded)
        m_settings = std::move(loaded.value());
    // Before anything can fail: the core's errors are written in the language the person reads.
    sapha::setMessageLanguage(m_settings.language());
    if (!loaded)
        std::fprintf(stderr, "sapha-cli: %s: %s\n", inLanguage(m_settings.language(), "คำเตือน", "warning").c_str(),
            (loaded.error().describe() + inLanguage(m_settings.language(), " (ใช้ค่าตั้งต้น)", " (using defaults)")).c_str());
    m_services = std::make_unique<host::HostServices>(m_settings, LogLevel::Error);
}

CliContext::~CliContext()
{
    m_documents.reset();
    m_workspace.reset(); // before libgit2 shuts down with m_git
    m_registry.reset();
}

host::PluginRegistry& CliContext::plugins()
{
    host::PluginRegistry& registry = foundPlugins();
    registry.loadAll(); // those already loaded are left as they are
    return registry;
}

host::PluginRegistry& CliContext::foundPlugins()
{
    if (!m_registry) {
        m_registry = std::make_unique<host::PluginRegistry>(*m_services);
        m_registry->discover(host::defaultPluginSearchPath());
        // A command ends in milliseconds and loading every plugin library was a fifth of a `log`'s.
        m_registry->loadWhenAsked();
    }
    return *m_registry;
}

void CliContext::requireGit()
{
    if (!m_git)
        m_git.emplace();
}

Result<host::Workspace*> CliContext::workspace()
{
    requireGit();
    if (!m_workspace) {
        Result<std::unique_ptr<host::Workspace>> opened = host::Workspace::open(m_workspaceDirectory);
        if (!opened)
            return opened.error();
        m_workspace = std::move(opened.value());
        // A command ends in milliseconds; at 10,000 documents a fold takes seconds: a save that finds
        // it due hands it to a sapha-cli of its own rather than holding the person up or cutting it off.
        m_workspace->handPackFoldsTo(
            [fold = std::make_shared<BackgroundFold>(m_workspace->root())] { fold->start(); });
        // Words are cut with this workspace's terms (diffs, word clouds, search).
        host::useWorkspaceVocabulary(m_workspace->root());
    }
    return m_workspace.get();
}

Result<host::Documents*> CliContext::documents()
{
    if (!m_documents) {
        Result<host::Workspace*> opened = workspace();
        if (!opened)
            return opened.error();
        m_documents = std::make_unique<host::Documents>(*opened.value(), foundPlugins(), author(), m_settings.language());
    }
    return m_documents.get();
}

host::Author CliContext::author()
{
    if (m_settings.hasAuthor())
        return m_settings.author();
    requireGit();
    return host::fallbackAuthor(m_workspaceDirectory);
}

int CliContext::fail(const Error& error) const
{
    std::fprintf(stderr, "sapha-cli: %s\n", error.describe().c_str());
    return kExitFailure;
}

int CliContext::fail(const std::string& message) const
{
    std::fprintf(stderr, "sapha-cli: %s\n", message.c_str());
    return kExitFailure;
}

int CliContext::usage(const std::string& message) const
{
    std::fprintf(stderr, "sapha-cli: %s\n%s\n", message.c_str(),
        localized("ดูวิธีใช้ด้วย `sapha-cli --help`", "Try `sapha-cli --help`.").c_str());
    return kExitUsage;
}

} // namespace sapha::cli
