// Sapha — what a transfer with a remote reports and needs: progress (which can cancel it) and sign-in.
// Sign-in goes through the usual means: the SSH agent or a key file for SSH, a user and an access token
// kept in the user's settings (never in the repository) for HTTPS. A refused sign-in says which and why.
// (libgit2's side of it is sync/transfer.hpp, for the storage engine alone.)
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace sapha::host {

struct TransferStep {
    enum class Kind { Receiving, Resolving, Sending };
    Kind kind = Kind::Receiving;
    std::size_t done = 0;
    std::size_t total = 0;
    std::size_t bytes = 0;
};

struct HttpsSignIn {
    std::string user;
    std::string token;
};

struct TransferOptions {
    // Called as the transfer goes on; returning false cancels it.
    std::function<bool(const TransferStep&)> progress;
    // The user and token for an HTTPS origin ("https://git.example.org", "https://git.example.org:8443"),
    // when the settings hold them. Asked for HTTPS only: a token never travels over plain HTTP, and is
    // never given to another scheme or port of the same host.
    std::function<std::optional<HttpsSignIn>(const std::string& origin)> httpsSignIn;
    std::string sshKeyFile; // tried after the SSH agent; empty: the agent only
    // For a merge: where both sides changed the same lines of `path`, the document merged element by
    // element by its kind (with its conflict records) and how many conflicts it keeps; nothing when the
    // kind cannot merge it. Unset: never.
    struct ElementMerge {
        std::string text;
        std::size_t conflicts = 0;
    };
    std::function<std::optional<ElementMerge>(
        const std::string& path, std::string_view base, std::string_view ours, std::string_view theirs)>
        mergeByElement;
    // For a merge, where neither did: whether the union of their lines
    // (`candidate`) loses nothing and may be taken (host/core/sync/element_check.hpp); unset: never.
    std::function<bool(const std::string& path, std::string_view base, std::string_view ours, std::string_view theirs,
        std::string_view candidate)>
        acceptsUnion;
};

// "git.example.org" from "https://user@git.example.org:3000/x.git"; empty when there is no host.
std::string hostOfUrl(const std::string& url);
// Where a sign-in is valid: the scheme, host and port, lower case, the port only when it is not the
// scheme's own ("https://git.example.org" from "https://bob@Git.Example.org:443/x.git",
// "https://git.example.org:8443"). A bare host means HTTPS. Empty when the address has no host.
std::string originOfUrl(const std::string& url);
// `text` with the password that `url` carries ("https://bob:PASSWORD@host/…") replaced by "***", so that
// an error or a listing never prints it.
std::string withoutPassword(const std::string& text, const std::string& url);

} // namespace sapha::host
