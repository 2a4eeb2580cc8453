// Sapha — plugin discovery and the load-time handshake.
// SPDX-License-Identifier: MIT
#include "plugins/plugin_registry.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <set>

#include <Poco/Exception.h>
#include <Poco/SharedLibrary.h>

#include <sapha/plugin_entry.hpp>

#include "plugins/entry_check.hpp"

namespace fs = std::filesystem;

namespace sapha::host {

namespace {

bool endsWith(std::string_view text, std::string_view suffix)
{
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The smallest descriptor this host understands: every field up to destroy.
constexpr std::uint32_t kMinimumEntrySize = sizeof(SaphaPluginEntry);

} // namespace

const char* pluginStateName(PluginState state)
{
    switch (state) {
    case PluginState::Discovered:
        return "discovered";
    case PluginState::Refused:
        return "refused";
    case PluginState::Running:
        return "running";
    case PluginState::Stopped:
        return "stopped";
    case PluginState::Invalid:
        break;
    }
    return "invalid";
}

PluginRegistry::PluginRegistry(IHost& host)
    : m_host(host)
{
}

PluginRegistry::~PluginRegistry()
{
    for (auto it = m_records.rbegin(); it != m_records.rend(); ++it) {
        if (it->state == PluginState::Running && it->plugin) {
            it->plugin->shutdown();
            it->entry->destroy(it->plugin);
            it->plugin = nullptr;
            it->state = PluginState::Stopped;
        }
    }
    // Libraries are intentionally left loaded (SharedLibrary's destructor does not
    // unload): objects from them may still be referenced by wx or static storage.
}

void PluginRegistry::refuse(PluginRecord& record, std::string reason)
{
    record.state = PluginState::Refused;
    record.reason = std::move(reason);
    m_host.log(LogLevel::Warning, record.manifest.id.empty() ? record.manifestPath.string() : record.manifest.id,
        "refused: " + record.reason);
}

void PluginRegistry::discover(const std::vector<fs::path>& searchDirectories)
{
    std::set<std::string> seenIds;
    std::set<fs::path> seenFolders;
    for (const PluginRecord& record : m_records) {
        if (record.state != PluginState::Refused || record.waitsBehindSameId)
            seenIds.insert(record.manifest.id);
        seenFolders.insert(record.manifest.directory);
    }
    for (const fs::path& searchDirectory : searchDirectories) {
        std::error_code error;
        if (!fs::is_directory(searchDirectory, error))
            continue;
        std::vector<fs::path> folders;
        for (const fs::directory_entry& entry : fs::directory_iterator(searchDirectory, error)) {
            if (entry.is_directory(error) && fs::exists(entry.path() / "plugin.json", error))
                folders.push_back(entry.path());
        }
        std::sort(folders.begin(), folders.end());
        for (const fs::path& folder : folders) {
            const fs::path canonicalFolder = fs::weakly_canonical(folder, error);
            if (!seenFolders.insert(canonicalFolder).second)
                continue; // the same folder reached through two search entries
            PluginRecord record;
            record.manifestPath = folder / "plugin.json";
            Result<PluginManifest> manifest = readPluginManifest(folder);
            if (!manifest) {
                record.manifest.directory = folder;
                refuse(record, "malformed manifest: " + manifest.error().describe());
            } else {
                record.manifest = std::move(manifest.value());
                record.state = PluginState::Discovered;
                if (record.manifest.sdkApi != SAPHA_SDK_API_VERSION) {
                    refuse(record, "built for SDK API " + std::to_string(record.manifest.sdkApi)
                            + ", this Sapha provides API " + std::to_string(SAPHA_SDK_API_VERSION)
                            + "; rebuild the plugin against this SDK");
                } else if (!seenIds.insert(record.manifest.id).second) {
                    refuse(record, "another plugin with id \"" + record.manifest.id + "\" was found first");
                    record.waitsBehindSameId = true;
                }
            }
            m_records.push_back(std::move(record));
        }
    }
}

void PluginRegistry::loadAll()
{
    for (PluginRecord& record : m_records) {
        if (record.state == PluginState::Discovered)
            loadOrStandIn(record);
    }
}

void PluginRegistry::loadOrStandIn(PluginRecord& record)
{
    load(record);
    if (record.state != PluginState::Refused)
        return;
    for (PluginRecord& next : m_records) {
        if (&next == &record || !next.waitsBehindSameId || next.manifest.id != record.manifest.id)
            continue;
        next.waitsBehindSameId = false;
        next.state = PluginState::Discovered;
        next.reason.clear();
        m_host.log(LogLevel::Warning, next.manifest.id,
            "the plugin found first with this id was refused; this one (" + next.manifest.directory.string() + ") is used");
        loadOrStandIn(next);
        return;
    }
}

void PluginRegistry::loadForCommand(std::string_view verb)
{
    bool declared = false;
    for (PluginRecord& record : m_records) {
        if (std::find(record.manifest.commands.begin(), record.manifest.commands.end(), verb) == record.manifest.commands.end())
            continue;
        declared = true;
        if (record.state == PluginState::Discovered)
            loadOrStandIn(record);
    }
    if (!declared)
        loadAll();
}

void PluginRegistry::loadWhenAsked()
{
    m_loadWhenAsked = true;
}

std::unique_lock<std::mutex> PluginRegistry::lookupLock() const
{
    return m_loadWhenAsked ? std::unique_lock<std::mutex>(m_lookups) : std::unique_lock<std::mutex>();
}

template <typename Claims> void PluginRegistry::loadClaimed(Claims claims) const
{
    if (!m_loadWhenAsked)
        return;
    auto* self = const_cast<PluginRegistry*>(this); // loading is what a lookup does in this mode (m_records is mutable)
    for (PluginRecord& record : m_records) {
        if (record.state == PluginState::Discovered && claims(record))
            self->loadOrStandIn(record);
    }
}

void PluginRegistry::load(PluginRecord& record)
{
    const fs::path libraryPath = record.manifest.directory / record.manifest.coreLibrary;
    std::error_code error;
    if (!fs::exists(libraryPath, error)) {
        refuse(record, "its library is missing: " + libraryPath.string());
        return;
    }
    auto library = std::make_shared<Poco::SharedLibrary>();
    try {
        library->load(libraryPath.string(), Poco::SharedLibrary::SHLIB_LOCAL);
    } catch (const Poco::Exception& failure) {
        refuse(record, "cannot load " + libraryPath.string() + ": " + failure.message());
        return;
    }
    record.library = library;
    if (!library->hasSymbol("sapha_plugin_entry")) {
        refuse(record, "not a Sapha plugin: " + libraryPath.string() + " has no sapha_plugin_entry");
        return;
    }
    using EntryFunction = const SaphaPluginEntry* (*)() noexcept;
    auto entryFunction = reinterpret_cast<EntryFunction>(library->getSymbol("sapha_plugin_entry"));
    const SaphaPluginEntry* entry = entryFunction();
    if (!entry) {
        refuse(record, "its library has no entry descriptor");
        return;
    }
    if (Status fits = checkEntry(entryFieldsOf(*entry), kMinimumEntrySize, record.manifest.id, "its library"); !fits) {
        refuse(record, fits.error().message);
        return;
    }
    if (!entry->create || !entry->destroy) {
        refuse(record, "its entry descriptor has no create or destroy function");
        return;
    }
    record.entry = entry;
    IPlugin* plugin = entry->create(&m_host);
    if (!plugin) {
        refuse(record, "it failed while starting (its constructor threw or returned nothing)");
        return;
    }
    Status started = plugin->initialize();
    if (!started) {
        entry->destroy(plugin);
        refuse(record, "it failed to initialise: " + started.error().describe());
        return;
    }
    // Every kind the library registers must be declared in plugin.json, so that
    // listing a workspace from manifests agrees with what is loaded.
    for (const IDocumentKind* kind : plugin->documentKinds()) {
        const std::string kindId = kind->id();
        const bool declared = std::any_of(record.manifest.documentKinds.begin(), record.manifest.documentKinds.end(),
            [&](const DocumentKindManifest& m) { return m.id == kindId && m.suffix == kind->fileSuffix(); });
        if (!declared) {
            plugin->shutdown();
            entry->destroy(plugin);
            refuse(record, "it provides document kind \"" + kindId + "\" that plugin.json does not declare");
            return;
        }
    }
    record.plugin = plugin;
    record.state = PluginState::Running;
}

std::vector<const IDocumentKind*> PluginRegistry::runningKinds() const
{
    std::vector<const IDocumentKind*> kinds;
    for (const PluginRecord& record : m_records) {
        if (record.state == PluginState::Running) {
            for (const IDocumentKind* kind : record.plugin->documentKinds())
                kinds.push_back(kind);
        }
    }
    return kinds;
}

namespace {

bool declaresKind(const PluginRecord& record, std::string_view kindId)
{
    return std::any_of(record.manifest.documentKinds.begin(), record.manifest.documentKinds.end(),
        [&](const DocumentKindManifest& kind) { return kind.id == kindId; });
}

bool declaresPath(const PluginRecord& record, std::string_view path)
{
    return std::any_of(record.manifest.documentKinds.begin(), record.manifest.documentKinds.end(),
        [&](const DocumentKindManifest& kind) { return endsWith(path, kind.suffix); });
}

} // namespace

const std::vector<PluginRecord>& PluginRegistry::startedRecords() const
{
    const std::unique_lock<std::mutex> lock = lookupLock();
    loadClaimed([](const PluginRecord&) { return true; });
    return m_records;
}

std::vector<const IDocumentKind*> PluginRegistry::documentKinds() const
{
    const std::unique_lock<std::mutex> lock = lookupLock();
    loadClaimed([](const PluginRecord&) { return true; });
    return runningKinds();
}

const IDocumentKind* PluginRegistry::kindById(std::string_view id) const
{
    const std::unique_lock<std::mutex> lock = lookupLock();
    loadClaimed([&](const PluginRecord& record) { return declaresKind(record, id); });
    for (const IDocumentKind* kind : runningKinds()) {
        if (kind->id() == id)
            return kind;
    }
    return nullptr;
}

const IDocumentKind* PluginRegistry::kindForPath(std::string_view path) const
{
    const std::unique_lock<std::mutex> lock = lookupLock();
    loadClaimed([&](const PluginRecord& record) { return declaresPath(record, path); });
    for (const IDocumentKind* kind : runningKinds()) {
        if (endsWith(path, kind->fileSuffix()))
            return kind;
    }
    return nullptr;
}

const DocumentKindManifest* PluginRegistry::kindManifestForPath(std::string_view path) const
{
    const std::unique_lock<std::mutex> lock = lookupLock();
    for (const PluginRecord& record : m_records) {
        if (record.state == PluginState::Refused)
            continue;
        for (const DocumentKindManifest& kind : record.manifest.documentKinds) {
            if (endsWith(path, kind.suffix))
                return &kind;
        }
    }
    return nullptr;
}

const PluginRecord* PluginRegistry::recordForKind(std::string_view kindId) const
{
    const std::unique_lock<std::mutex> lock = lookupLock();
    loadClaimed([&](const PluginRecord& record) { return declaresKind(record, kindId); });
    for (const PluginRecord& record : m_records) {
        if (declaresKind(record, kindId))
            return &record;
    }
    return nullptr;
}

fs::path executableDirectory()
{
    std::error_code error;
    const fs::path self = fs::read_symlink("/proc/self/exe", error);
    return error ? fs::current_path() : self.parent_path();
}

std::vector<fs::path> defaultPluginSearchPath()
{
    std::vector<fs::path> path;
    if (const char* extra = std::getenv("SAPHA_PLUGIN_PATH")) {
        std::string_view rest(extra);
        while (!rest.empty()) {
            const std::size_t colon = rest.find(':');
            const std::string_view part = rest.substr(0, colon);
            if (!part.empty())
                path.emplace_back(std::string(part));
            rest = colon == std::string_view::npos ? std::string_view() : rest.substr(colon + 1);
        }
    }
    path.push_back((executableDirectory() / ".." / SAPHA_PLUGIN_DIR).lexically_normal());
    if (const char* dataHome = std::getenv("XDG_DATA_HOME"); dataHome && *dataHome)
        path.push_back(fs::path(dataHome) / "sapha" / "plugins");
    else if (const char* home = std::getenv("HOME"); home && *home)
        path.push_back(fs::path(home) / ".local" / "share" / "sapha" / "plugins");
    return path;
}

} // namespace sapha::host
