// Sapha — opening libsapha_sdk_icu.so from the folder of libsapha_sdk.so.
// SPDX-License-Identifier: MIT
#include "icu_library.hpp"

#include <cstdio>
#include <string>

#include <dlfcn.h>

namespace sapha::thai {

namespace {

IcuLibrary open()
{
    IcuLibrary library;
    // This library's own file, found from one of its functions: the ICU library is installed beside it.
    Dl_info self {};
    if (dladdr(reinterpret_cast<const void*>(&icuLibrary), &self) == 0 || !self.dli_fname) {
        std::fprintf(stderr, "sapha: the folder of libsapha_sdk.so is not known: Thai dates and words are unavailable\n");
        return library;
    }
    const std::string sdk = self.dli_fname;
    const std::string file = sdk.substr(0, sdk.rfind('/') + 1) + "libsapha_sdk_icu.so";
    // Never closed: its thread-local break iterators live as long as their threads.
    void* handle = dlopen(file.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        const char* why = dlerror();
        std::fprintf(stderr, "sapha: cannot load %s: %s: Thai dates and words are unavailable\n", file.c_str(), why ? why : "");
        return library;
    }
    library.formatDate = reinterpret_cast<SaphaIcuFormatDate>(dlsym(handle, SAPHA_ICU_FORMAT_DATE));
    library.words = reinterpret_cast<SaphaIcuWords>(dlsym(handle, SAPHA_ICU_WORDS));
    if (!library.formatDate || !library.words)
        std::fprintf(stderr, "sapha: %s lacks its functions: Thai dates and words are unavailable\n", file.c_str());
    return library;
}

} // namespace

const IcuLibrary& icuLibrary()
{
    static const IcuLibrary library = open(); // thread-safe once
    return library;
}

} // namespace sapha::thai
