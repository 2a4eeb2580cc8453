// Sapha — the system's CA certificates read when libgit2 first needs them, not at its start.
//
// Debian's libgit2 is built with mbedTLS and, in git_libgit2_init, parses every certificate of
// /etc/ssl/certs/ca-certificates.crt (some 140: 5 ms, a third of a `sapha-cli list`), which only an
// HTTPS transfer uses. While Runtime starts libgit2, this file's mbedtls_x509_crt_parse_file (the
// program's own definition comes before mbedTLS's) remembers the chain and the file instead; the first
// TLS connection (mbedtls_ssl_setup, which libgit2 calls as it opens one, before any handshake)
// reads them into that same chain. Outside that start both calls are mbedTLS's own. A libgit2 built
// otherwise (OpenSSL, another certificate path) never calls them during the start: nothing is deferred.
// See docs/decisions/0009-certificates-read-when-needed.md.
// SPDX-License-Identifier: MIT
#pragma once

namespace sapha::host::git {

// Called by Runtime around git_libgit2_init: certificates asked for in between are remembered.
void beginDeferringCertificates();
void endDeferringCertificates();

// Reads the remembered certificates now (the first TLS connection does it); does nothing when none
// are remembered.
void loadDeferredCertificates();

// libgit2 shut down: the chain it gave is freed, nothing to read into any more.
void forgetDeferredCertificates();

// For the tests: whether certificates wait to be read, and whether this process has read them (and
// mbedTLS took the file).
bool certificatesDeferred();
bool deferredCertificatesLoaded();

} // namespace sapha::host::git
