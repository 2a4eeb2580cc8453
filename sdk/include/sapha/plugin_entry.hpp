// Sapha — the plugin handshake: the one C-linkage entry point of a plugin's core library.
// SPDX-License-Identifier: MIT
//
// The host opens the library, looks up `sapha_plugin_entry`, and checks the returned
// descriptor (size, SDK API version, id, build tag) against plugin.json and itself
// before it calls create(). A plugin built against another SDK or another C++ ABI
// is refused with a message, never run.
#pragma once

#include <cstdint>
#include <new>

#include <sapha/version.h>

namespace sapha {
class IHost;
class IPlugin;
} // namespace sapha

#define SAPHA_INTERNAL_STR2(x) #x
#define SAPHA_INTERNAL_STR(x) SAPHA_INTERNAL_STR2(x)

#if defined(_GLIBCXX_DEBUG)
#define SAPHA_INTERNAL_STL_DEBUG "1"
#else
#define SAPHA_INTERNAL_STL_DEBUG "0"
#endif

#if defined(_GLIBCXX_USE_CXX11_ABI)
#define SAPHA_INTERNAL_CXX11_ABI SAPHA_INTERNAL_STR(_GLIBCXX_USE_CXX11_ABI)
#else
#define SAPHA_INTERNAL_CXX11_ABI "none"
#endif

// What must be equal between host and plugin for C++ objects to cross safely:
// the SDK API, the standard library's string ABI and its debug-mode containers.
#define SAPHA_BUILD_TAG                                                                                   \
    "sdk=" SAPHA_INTERNAL_STR(SAPHA_SDK_API_VERSION) ";cxx11abi=" SAPHA_INTERNAL_CXX11_ABI ";stldebug=" \
        SAPHA_INTERNAL_STL_DEBUG

// Standard layout; fields are only ever appended (structSize tells which exist).
struct SaphaPluginEntry {
    std::uint32_t structSize;
    std::uint32_t sdkApiVersion;
    const char* pluginId;
    const char* buildTag;
    // Creates the plugin object; null on failure. Called once, on the main thread.
    sapha::IPlugin* (*create)(sapha::IHost* host) noexcept;
    // Frees what create() returned: the module that allocates frees.
    void (*destroy)(sapha::IPlugin* plugin) noexcept;
};

#define SAPHA_PLUGIN_EXPORT extern "C" __attribute__((visibility("default")))

// Defines the entry point for a plugin class constructed as `Class(sapha::IHost&)`.
// No exception leaves the module: a throwing constructor yields a null plugin.
#define SAPHA_DECLARE_PLUGIN(pluginIdLiteral, Class)                                                        \
    namespace {                                                                                            \
    sapha::IPlugin* saphaCreatePlugin(sapha::IHost* host) noexcept                                        \
    {                                                                                                      \
        try {                                                                                              \
            return host ? new Class(*host) : nullptr;                                                     \
        } catch (...) {                                                                                    \
            return nullptr;                                                                                \
        }                                                                                                  \
    }                                                                                                      \
    void saphaDestroyPlugin(sapha::IPlugin* plugin) noexcept { delete plugin; }                           \
    constexpr SaphaPluginEntry kSaphaPluginEntry { sizeof(SaphaPluginEntry), SAPHA_SDK_API_VERSION,        \
        pluginIdLiteral, SAPHA_BUILD_TAG, &saphaCreatePlugin, &saphaDestroyPlugin };                       \
    }                                                                                                      \
    SAPHA_PLUGIN_EXPORT const SaphaPluginEntry* sapha_plugin_entry(void) noexcept { return &kSaphaPluginEntry; }
