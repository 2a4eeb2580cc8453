// Sapha — the check of a plugin library's entry descriptor (see entry_check.hpp).
// SPDX-License-Identifier: MIT
#include "plugins/entry_check.hpp"

#include <cstring>

#include <sapha/plugin_entry.hpp>

namespace sapha::host {

Status checkEntry(
    const EntryFields& entry, std::uint32_t minimumSize, const std::string& manifestId, const std::string& library)
{
    if (entry.structSize < minimumSize)
        return Status::failure(library + "'s entry descriptor is too small (built for an older SDK?)");
    if (entry.sdkApiVersion != SAPHA_SDK_API_VERSION) {
        return Status::failure(library + " was built for SDK API " + std::to_string(entry.sdkApiVersion)
            + ", this Sapha provides API " + std::to_string(SAPHA_SDK_API_VERSION) + "; rebuild the plugin against this SDK");
    }
    if (!entry.pluginId || manifestId != entry.pluginId) {
        return Status::failure(library + " says it is \"" + (entry.pluginId ? entry.pluginId : "") + "\" but plugin.json says \""
            + manifestId + "\"");
    }
    if (!entry.buildTag || std::strcmp(entry.buildTag, SAPHA_BUILD_TAG) != 0) {
        return Status::failure(library + " was built with an incompatible C++ ABI (" + (entry.buildTag ? entry.buildTag : "none")
            + ", expected " + SAPHA_BUILD_TAG + ")");
    }
    return Status::ok();
}

} // namespace sapha::host
