// Sapha — the check of a plugin library's entry descriptor, one for the core library and the editor
// library alike: the fields both entries carry must match this Sapha and the plugin's manifest before
// any of the plugin's code runs.
// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>

#include <sapha/status.hpp>

namespace sapha::host {

// The fields every entry descriptor has (SaphaPluginEntry, SaphaUiPluginEntry).
struct EntryFields {
    std::uint32_t structSize = 0;
    std::uint32_t sdkApiVersion = 0;
    const char* pluginId = nullptr;
    const char* buildTag = nullptr;
};

// Checks `entry` (`minimumSize`: the size of the descriptor this Sapha knows) against this Sapha's SDK API
// and C++ ABI tag and against `manifestId`. `library` names the library in the reasons ("its library",
// "its editor library").
Status checkEntry(const EntryFields& entry, std::uint32_t minimumSize, const std::string& manifestId,
    const std::string& library);

// The common fields of a descriptor of either kind.
template <typename Entry>
EntryFields entryFieldsOf(const Entry& entry)
{
    return EntryFields { entry.structSize, entry.sdkApiVersion, entry.pluginId, entry.buildTag };
}

} // namespace sapha::host
