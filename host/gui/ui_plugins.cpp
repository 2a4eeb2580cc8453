// Sapha GUI — loading and checking the plugins' UI modules.
// SPDX-License-Identifier: MIT
#include "ui_plugins.hpp"

#include "plugins/entry_check.hpp"

#include <cstring>
#include <filesystem>

#include <Poco/Exception.h>
#include <Poco/SharedLibrary.h>

#include <sapha/ui/ui_plugin_entry.hpp>
#include <sapha/ui/wx_text.hpp>

#include <wx/intl.h>

namespace sapha::gui {

UiPlugins::UiPlugins(const host::PluginRegistry& registry)
    : m_registry(registry)
{
}

UiPlugins::~UiPlugins() = default;

Result<ui::IEditorFactory*> UiPlugins::factoryForKind(const std::string& kindId)
{
    const host::PluginRecord* record = m_registry.recordForKind(kindId);
    if (!record || record->state != host::PluginState::Running)
        return Error { ui::fromWx(_("no running plugin provides this kind of document")), kindId };
    auto it = m_byPlugin.find(record->manifest.id);
    if (it == m_byPlugin.end())
        it = m_byPlugin.emplace(record->manifest.id, load(*record)).first;
    if (!it->second.factory)
        return Error { it->second.error, "plugin " + record->manifest.id };
    return it->second.factory;
}

UiPlugins::Loaded UiPlugins::load(const host::PluginRecord& record)
{
    Loaded loaded;
    if (record.manifest.uiLibrary.empty()) {
        loaded.error = "it has no editor (no \"ui\" library in plugin.json)";
        return loaded;
    }
    const std::filesystem::path path = record.manifest.directory / record.manifest.uiLibrary;
    if (!std::filesystem::exists(path)) {
        loaded.error = "its editor library is missing: " + path.string();
        return loaded;
    }
    auto library = std::make_shared<Poco::SharedLibrary>();
    try {
        library->load(path.string(), Poco::SharedLibrary::SHLIB_LOCAL);
    } catch (const Poco::Exception& failure) {
        loaded.error = "cannot load " + path.string() + ": " + failure.message();
        return loaded;
    }
    loaded.library = library;
    if (!library->hasSymbol("sapha_ui_plugin_entry")) {
        loaded.error = path.string() + " has no sapha_ui_plugin_entry";
        return loaded;
    }
    using EntryFunction = const SaphaUiPluginEntry* (*)() noexcept;
    const SaphaUiPluginEntry* entry = reinterpret_cast<EntryFunction>(library->getSymbol("sapha_ui_plugin_entry"))();
    Status fits = entry ? host::checkEntry(host::entryFieldsOf(*entry), sizeof(SaphaUiPluginEntry), record.manifest.id,
                              "its editor library")
                        : Status::failure(ui::fromWx(_("its editor library has no entry descriptor")));
    if (!fits) {
        loaded.error = fits.error().message;
    } else if (!entry->wxSignature || std::strcmp(entry->wxSignature, WX_BUILD_OPTIONS_SIGNATURE) != 0) {
        loaded.error = std::string("its editor library was built with another wxWidgets (")
            + (entry->wxSignature ? entry->wxSignature : "none") + ", this Sapha uses " + WX_BUILD_OPTIONS_SIGNATURE + ")";
    } else if (!entry->factory || !entry->factory()) {
        loaded.error = "its editor library provides no editor factory";
    } else {
        loaded.factory = entry->factory();
    }
    return loaded;
}

} // namespace sapha::gui
