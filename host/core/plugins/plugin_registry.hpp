// Sapha — the plugin registry: discovery from manifests, loading with the handshake checks,
// the state and the reason of every plugin, and the document kinds of those that run.
// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include <sapha/document_kind.hpp>
#include <sapha/host.hpp>
#include <sapha/plugin.hpp>

#include "plugins/plugin_manifest.hpp"

struct SaphaPluginEntry;

namespace Poco {
class SharedLibrary;
}

namespace sapha::host {

enum class PluginState { Invalid, Discovered, Refused, Running, Stopped };

const char* pluginStateName(PluginState state);

struct PluginRecord {
    PluginManifest manifest;
    std::filesystem::path manifestPath;
    PluginState state = PluginState::Invalid;
    std::string reason; // why it was refused; empty otherwise
    IPlugin* plugin = nullptr;                       // owned through entry->destroy
    const SaphaPluginEntry* entry = nullptr;
    std::shared_ptr<Poco::SharedLibrary> library;    // stays loaded for the whole run
    // Refused only because an earlier plugin has the same id: it stands in when that one cannot start.
    bool waitsBehindSameId = false;
};

// Owns the plugins. Discovery, loading and shutdown happen on the main thread; the document kinds it
// hands out may then be used from any thread. Loaded when asked (loadWhenAsked), a lookup may load a
// plugin from any thread: lookups and loads then take a lock.
class PluginRegistry {
public:
    explicit PluginRegistry(IHost& host);
    ~PluginRegistry(); // shuts the running plugins down in reverse order
    PluginRegistry(const PluginRegistry&) = delete;
    PluginRegistry& operator=(const PluginRegistry&) = delete;

    // Reads plugin.json in every sub-folder of each directory, in order. A folder
    // whose manifest is unreadable becomes a Refused record with the reason; a second
    // plugin with an id already seen is refused as a duplicate. Loads nothing.
    void discover(const std::vector<std::filesystem::path>& searchDirectories);

    // Loads and starts every Discovered plugin: opens its core library, checks the
    // entry (API version, id, build tag) before any of its code runs, creates and
    // initialises it. A failure refuses that plugin with the reason and goes on.
    void loadAll();
    // From now on a plugin is loaded the first time one of its kinds is asked for (kindForPath, kindById,
    // recordForKind; documentKinds loads them all), not before: a command that reads no document (`list`,
    // a `log` whose documents index is up to date) loads no plugin library (sapha-cli's start-up).
    void loadWhenAsked();
    // Loads the plugins whose manifests declare sapha-cli verb `verb` ("commands"); every plugin when none
    // does (a plugin may add verbs its manifest does not name).
    void loadForCommand(std::string_view verb);

    const std::vector<PluginRecord>& records() const { return m_records; }
    // The same, every plugin loaded first when they load when asked: for what is looked for among the
    // running plugins (a provider of an interface, a plugin's first kind).
    const std::vector<PluginRecord>& startedRecords() const;

    // Document kinds of running plugins.
    std::vector<const IDocumentKind*> documentKinds() const;
    const IDocumentKind* kindById(std::string_view id) const;
    // The running kind whose suffix ends `path`, or null.
    const IDocumentKind* kindForPath(std::string_view path) const;
    // From manifests only (nothing loaded): the kind manifest whose suffix ends `path`.
    const DocumentKindManifest* kindManifestForPath(std::string_view path) const;
    // The record of the plugin that provides kind `kindId`.
    const PluginRecord* recordForKind(std::string_view kindId) const;

private:
    void load(PluginRecord& record);
    // Loads `record`; when it is refused, the next plugin with its id (waiting behind it) is loaded instead,
    // so that a broken copy found first never keeps the working one out.
    void loadOrStandIn(PluginRecord& record);
    void refuse(PluginRecord& record, std::string reason);
    // When loading when asked: loads every Discovered plugin for which `claims` is true; the lock held.
    template <typename Claims> void loadClaimed(Claims claims) const;
    // Held by a lookup while plugins are loaded when asked (a lookup may load one); else not taken.
    std::unique_lock<std::mutex> lookupLock() const;
    std::vector<const IDocumentKind*> runningKinds() const;

    IHost& m_host;
    // Mutable: loaded when asked, a lookup (const) loads the plugin it finds Discovered.
    mutable std::vector<PluginRecord> m_records;
    bool m_loadWhenAsked = false;
    mutable std::mutex m_lookups;
};

// Where plugins are looked for, in order: each folder of SAPHA_PLUGIN_PATH
// (':'-separated), the build or install tree beside the executable
// (<bin>/../lib/<triplet>/sapha/plugins, SAPHA_PLUGIN_DIR in the build), and the user's folder (~/.local/share/sapha/plugins).
std::vector<std::filesystem::path> defaultPluginSearchPath();

// The folder of the running executable.
std::filesystem::path executableDirectory();

} // namespace sapha::host
