// Sapha — the system's CA certificates read when libgit2 first needs them (see the header).
// SPDX-License-Identifier: MIT
#include "git/deferred_certificates.hpp"

#include <atomic>
#include <mutex>
#include <string>

#include <dlfcn.h>

namespace sapha::host::git {

namespace {

// mbedTLS's types are opaque here: what it is given is handed back to it as it came.
using ParseFunction = int (*)(void* chain, const char* location);
using SetupFunction = int (*)(void* context, const void* configuration);

// mbedTLS's own definitions, the next after this program's.
template <typename Function>
Function next(const char* name)
{
    return reinterpret_cast<Function>(::dlsym(RTLD_NEXT, name));
}

// Returned when mbedTLS is not in the process (no libgit2 built with it calls these then):
// MBEDTLS_ERR_X509_FILE_IO_ERROR.
constexpr int kNoMbedTls = -0x2900;

struct Deferred {
    std::mutex lock;
    void* chain = nullptr; // libgit2's CA chain, empty until read
    std::string location;
    bool isFolder = false;
    bool loaded = false; // read, and mbedTLS took the file
};

Deferred& deferred()
{
    static Deferred* const state = new Deferred; // never destroyed: a TLS call may come during exit
    return *state;
}

std::atomic<bool> g_deferring { false };

// During the start, remembers the first request and answers "read, nothing wrong"; otherwise
// mbedTLS reads.
int parseOrDefer(void* chain, const char* location, bool isFolder, const char* realName)
{
    if (g_deferring.load() && chain && location) {
        Deferred& state = deferred();
        std::lock_guard guard(state.lock);
        if (!state.chain) {
            state.chain = chain;
            state.location = location;
            state.isFolder = isFolder;
            return 0;
        }
    } else if (chain) {
        // A chain read now (certificate locations set by a program) replaces libgit2's: the one
        // remembered is freed by libgit2, nothing may be read into it.
        Deferred& state = deferred();
        std::lock_guard guard(state.lock);
        if (state.chain && state.chain != chain)
            state.chain = nullptr;
    }
    const ParseFunction parse = next<ParseFunction>(realName);
    return parse ? parse(chain, location) : kNoMbedTls;
}

int setUpAfterLoading(void* context, const void* configuration)
{
    loadDeferredCertificates();
    const SetupFunction setup = next<SetupFunction>("mbedtls_ssl_setup");
    return setup ? setup(context, configuration) : -0x7F00; // MBEDTLS_ERR_SSL_ALLOC_FAILED
}

} // namespace

void beginDeferringCertificates()
{
    g_deferring.store(true);
}

void endDeferringCertificates()
{
    g_deferring.store(false);
}

void loadDeferredCertificates()
{
    Deferred& state = deferred();
    std::lock_guard guard(state.lock);
    if (!state.chain)
        return;
    void* const chain = state.chain;
    state.chain = nullptr;
    const ParseFunction parse
        = next<ParseFunction>(state.isFolder ? "mbedtls_x509_crt_parse_path" : "mbedtls_x509_crt_parse_file");
    // A file that does not read leaves the chain empty: every server is then refused, as libgit2's
    // start would have left it.
    state.loaded = parse && parse(chain, state.location.c_str()) >= 0;
}

void forgetDeferredCertificates()
{
    Deferred& state = deferred();
    std::lock_guard guard(state.lock);
    state.chain = nullptr;
}

bool certificatesDeferred()
{
    Deferred& state = deferred();
    std::lock_guard guard(state.lock);
    return state.chain != nullptr;
}

bool deferredCertificatesLoaded()
{
    Deferred& state = deferred();
    std::lock_guard guard(state.lock);
    return state.loaded;
}

} // namespace sapha::host::git

// The program's definitions of three mbedTLS functions, found before mbedTLS's own by the dynamic
// linker (libgit2 calls them through its PLT). Each hands over to mbedTLS's. Visible to the dynamic
// linker although the build hides symbols by default.
#define SAPHA_INTERPOSED extern "C" __attribute__((visibility("default"), used))

SAPHA_INTERPOSED int mbedtls_x509_crt_parse_file(void* chain, const char* path)
{
    return sapha::host::git::parseOrDefer(chain, path, false, "mbedtls_x509_crt_parse_file");
}

SAPHA_INTERPOSED int mbedtls_x509_crt_parse_path(void* chain, const char* path)
{
    return sapha::host::git::parseOrDefer(chain, path, true, "mbedtls_x509_crt_parse_path");
}

// libgit2 sets up each TLS connection with this before its handshake: the certificates are read first.
SAPHA_INTERPOSED int mbedtls_ssl_setup(void* context, const void* configuration)
{
    return sapha::host::git::setUpAfterLoading(context, configuration);
}
