// Sapha — progress and sign-in for transfers.
// SPDX-License-Identifier: MIT
#include "sync/transfer.hpp"

namespace sapha::host {

namespace {

bool report(TransferState& state, const TransferStep& step)
{
    if (state.options && state.options->progress && !state.options->progress(step)) {
        state.cancelled = true;
        state.why = "cancelled";
        return false;
    }
    return true;
}

int onFetchProgress(const git_indexer_progress* progress, void* payload)
{
    auto& state = *static_cast<TransferState*>(payload);
    TransferStep step;
    if (progress->total_deltas > 0 && progress->received_objects == progress->total_objects) {
        step = { TransferStep::Kind::Resolving, progress->indexed_deltas, progress->total_deltas, progress->received_bytes };
    } else {
        step = { TransferStep::Kind::Receiving, progress->received_objects, progress->total_objects, progress->received_bytes };
    }
    return report(state, step) ? 0 : -1;
}

int onPushProgress(unsigned int current, unsigned int total, std::size_t bytes, void* payload)
{
    auto& state = *static_cast<TransferState*>(payload);
    return report(state, { TransferStep::Kind::Sending, current, total, bytes }) ? 0 : -1;
}

int onCredentials(git_credential** out, const char* url, const char* userFromUrl, unsigned int allowed, void* payload)
{
    auto& state = *static_cast<TransferState*>(payload);
    const std::string host = hostOfUrl(url ? url : "");
    const std::string sshUser = userFromUrl && *userFromUrl ? userFromUrl : "git";
    if (allowed & GIT_CREDENTIAL_SSH_KEY) {
        const std::string& keyFile = state.options ? state.options->sshKeyFile : std::string();
        if (state.sshTries == 0) {
            ++state.sshTries;
            return git_credential_ssh_key_from_agent(out, sshUser.c_str());
        }
        if (state.sshTries == 1 && !keyFile.empty()) {
            ++state.sshTries;
            return git_credential_ssh_key_new(out, sshUser.c_str(), nullptr, keyFile.c_str(), nullptr);
        }
        state.why = host + " refused the SSH key of " + sshUser + " (from the SSH agent"
            + (keyFile.empty() ? std::string(")") : " and from " + keyFile + ")");
        return -1;
    }
    if (allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT) {
        std::optional<HttpsSignIn> signIn;
        if (state.options && state.options->httpsSignIn)
            signIn = state.options->httpsSignIn(host);
        if (!signIn) {
            state.why = host + " asks who you are, and your settings hold no user and token for it: "
                "sapha-cli remote login " + host + " --user NAME (the token is read from standard input)";
            return -1;
        }
        if (state.httpsTries++ > 0) {
            state.why = host + " refused the token of user " + signIn->user + " (from your settings): is it still valid?";
            return -1;
        }
        return git_credential_userpass_plaintext_new(out, signIn->user.c_str(), signIn->token.c_str());
    }
    state.why = host + " asks for a kind of sign-in Sapha does not offer";
    return -1;
}

} // namespace

git_remote_callbacks transferCallbacks(TransferState& state)
{
    git_remote_callbacks callbacks = GIT_REMOTE_CALLBACKS_INIT;
    callbacks.transfer_progress = onFetchProgress;
    callbacks.push_transfer_progress = onPushProgress;
    callbacks.credentials = onCredentials;
    callbacks.push_update_reference = [](const char* reference, const char* status, void* payload) {
        if (status)
            static_cast<TransferState*>(payload)->rejected.emplace_back(reference, status);
        return 0;
    };
    callbacks.payload = &state;
    return callbacks;
}

std::string hostOfUrl(const std::string& url)
{
    std::size_t start = url.find("://");
    if (start == std::string::npos) {
        // scp-like "user@host:path"
        const std::size_t colon = url.find(':');
        if (colon == std::string::npos || url.find('/') < colon)
            return {};
        const std::size_t at = url.find('@');
        return url.substr(at == std::string::npos || at > colon ? 0 : at + 1, colon - (at == std::string::npos || at > colon ? 0 : at + 1));
    }
    start += 3;
    std::size_t end = url.find_first_of("/?#", start);
    std::string authority = url.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (const std::size_t at = authority.rfind('@'); at != std::string::npos)
        authority = authority.substr(at + 1);
    if (const std::size_t colon = authority.rfind(':'); colon != std::string::npos && authority.find(']') == std::string::npos)
        authority = authority.substr(0, colon);
    return authority;
}

} // namespace sapha::host
