// Sapha — the UI handshake: the one C-linkage entry point of a plugin's UI module.
// SPDX-License-Identifier: MIT
//
// Checked like the core entry (size, API version, id, build tag) and, in addition,
// against the host's wxWidgets build signature: there is one wx in the process.
#pragma once

#include <cstdint>

#include <wx/version.h>
#include <wx/build.h>

#include <sapha/plugin_entry.hpp>

namespace sapha::ui {
class IEditorFactory;
} // namespace sapha::ui

struct SaphaUiPluginEntry {
    std::uint32_t structSize;
    std::uint32_t sdkApiVersion;
    const char* pluginId;
    const char* buildTag;
    const char* wxSignature;
    // The plugin's editor factory; a static object valid for the whole run.
    sapha::ui::IEditorFactory* (*factory)() noexcept;
};

#define SAPHA_DECLARE_UI_PLUGIN(pluginIdLiteral, FactoryClass)                                              \
    namespace {                                                                                            \
    sapha::ui::IEditorFactory* saphaEditorFactory() noexcept                                              \
    {                                                                                                      \
        static FactoryClass factory;                                                                       \
        return &factory;                                                                                   \
    }                                                                                                      \
    const SaphaUiPluginEntry kSaphaUiPluginEntry { sizeof(SaphaUiPluginEntry), SAPHA_SDK_API_VERSION,      \
        pluginIdLiteral, SAPHA_BUILD_TAG, WX_BUILD_OPTIONS_SIGNATURE, &saphaEditorFactory };               \
    }                                                                                                      \
    SAPHA_PLUGIN_EXPORT const SaphaUiPluginEntry* sapha_ui_plugin_entry(void) noexcept                    \
    {                                                                                                      \
        return &kSaphaUiPluginEntry;                                                                       \
    }
