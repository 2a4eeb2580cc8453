// Sapha — the check of a plugin library's entry descriptor (see entry_check.hpp).
// SPDX-License-Identifier: MIT
#include "plugins/entry_check.hpp"

#include <cstring>

#include <sapha/plugin_entry.hpp>

#include "messages/message_language.hpp"

namespace sapha::host {

Status checkEntry(
    const EntryFields& entry, std::uint32_t minimumSize, const std::string& manifestId, const std::string& library)
{
    if (entry.structSize < minimumSize)
        return Status::failure(localized("ตัวบอกจุดเริ่มของ " + library + " เล็กเกินไป (สร้างไว้สำหรับ SDK รุ่นเก่าหรือไม่)",
            library + "'s entry descriptor is too small (built for an older SDK?)"));
    if (entry.sdkApiVersion != SAPHA_SDK_API_VERSION) {
        return Status::failure(localized(library + " สร้างไว้สำหรับ SDK API " + std::to_string(entry.sdkApiVersion) + " แต่ Sapha นี้มี API "
                                             + std::to_string(SAPHA_SDK_API_VERSION) + ": สร้างปลั๊กอินใหม่กับ SDK นี้",
            library + " was built for SDK API " + std::to_string(entry.sdkApiVersion) + ", this Sapha provides API "
                + std::to_string(SAPHA_SDK_API_VERSION) + "; rebuild the plugin against this SDK"));
    }
    if (!entry.pluginId || manifestId != entry.pluginId) {
        const std::string said = entry.pluginId ? entry.pluginId : "";
        return Status::failure(localized(library + " บอกว่าเป็น \"" + said + "\" แต่ plugin.json บอกว่า \"" + manifestId + "\"",
            library + " says it is \"" + said + "\" but plugin.json says \"" + manifestId + "\""));
    }
    if (!entry.buildTag || std::strcmp(entry.buildTag, SAPHA_BUILD_TAG) != 0) {
        const std::string tag = entry.buildTag ? entry.buildTag : "none";
        return Status::failure(localized(library + " สร้างด้วย C++ ABI ที่เข้ากันไม่ได้ (" + tag + " ต้องเป็น " + SAPHA_BUILD_TAG + ")",
            library + " was built with an incompatible C++ ABI (" + tag + ", expected " + SAPHA_BUILD_TAG + ")"));
    }
    return Status::ok();
}

} // namespace sapha::host
