// Sapha GUI — the plugins' UI modules, loaded the first time an editor of theirs is needed and checked
// like the core libraries, plus wx's build signature.
// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <memory>
#include <string>

#include <sapha/status.hpp>
#include <sapha/ui/editor.hpp>

#include "plugins/plugin_registry.hpp"

namespace Poco {
class SharedLibrary;
}

namespace sapha::gui {

class UiPlugins {
public:
    explicit UiPlugins(const host::PluginRegistry& registry);
    ~UiPlugins();

    // The editor factory of the plugin providing `kindId`, loading its UI module on
    // first use. The error names the plugin and the reason (no UI module, wrong wx...).
    Result<ui::IEditorFactory*> factoryForKind(const std::string& kindId);

private:
    struct Loaded {
        ui::IEditorFactory* factory = nullptr;
        std::string error;
        std::shared_ptr<Poco::SharedLibrary> library;
    };
    Loaded load(const host::PluginRecord& record);

    const host::PluginRegistry& m_registry;
    std::map<std::string, Loaded> m_byPlugin;
};

} // namespace sapha::gui
