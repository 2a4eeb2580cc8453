// Sapha fuzzing — a plugin's plugin.json, as the host reads it before any plugin code runs. Properties:
// a refused manifest says why and names the file; an accepted one names a plugin id and a core library
// inside the plugin's folder.
// SPDX-License-Identifier: MIT
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_check.hpp"

#include "plugins/plugin_manifest.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    auto manifest = sapha::host::parsePluginManifest(text, "/plugins/fuzz", "/plugins/fuzz/plugin.json");
    if (!manifest) {
        SAPHA_FUZZ_REQUIRE(!manifest.error().message.empty());
        SAPHA_FUZZ_REQUIRE(manifest.error().describe().find("plugin.json") != std::string::npos);
        ++sapha::fuzz::counts().rejected;
        return 0;
    }
    SAPHA_FUZZ_REQUIRE(!manifest.value().id.empty());
    for (const std::string* library : { &manifest.value().coreLibrary, &manifest.value().uiLibrary })
        SAPHA_FUZZ_REQUIRE(library->find('/') == std::string::npos && *library != ".." && *library != ".");
    ++sapha::fuzz::counts().accepted;
    return 0;
}
