// Sapha — libgit2's callbacks for a transfer with a remote, reporting to TransferOptions
// (sync/transfer_options.hpp): progress, cancel, sign-in, and why a remote refused.
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <utility>
#include <vector>

#include <git2.h>

#include "sync/transfer_options.hpp"

namespace sapha::host {

// The state of one transfer's callbacks; its `why` explains a refusal better than libgit2 can.
struct TransferState {
    explicit TransferState(const TransferOptions& given) : options(&given) { }
    const TransferOptions* options = nullptr;
    int sshTries = 0;
    int httpsTries = 0;
    bool cancelled = false;
    std::string why;
    // References the remote refused in a push, with its reason ("refs/heads/main", "fetch first").
    std::vector<std::pair<std::string, std::string>> rejected;
};

// Callbacks reporting to `state` (which must outlive the transfer).
git_remote_callbacks transferCallbacks(TransferState& state);

} // namespace sapha::host
