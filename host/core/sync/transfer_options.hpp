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
    // The user and token for an HTTPS host ("git.example.org"), when the settings hold them.
    std::function<std::optional<HttpsSignIn>(const std::string& host)> httpsSignIn;
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

} // namespace sapha::host
