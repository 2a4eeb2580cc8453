// Sapha — the options every sync starts from.
// SPDX-License-Identifier: MIT
#include "sync/sync_options.hpp"

#include "sync/element_check.hpp"

namespace sapha::host {

TransferOptions syncOptions(const UserSettings& settings, const PluginRegistry& registry)
{
    TransferOptions options;
    options.httpsSignIn = [settings](const std::string& host) -> std::optional<HttpsSignIn> {
        const std::string user = settings.get("remote." + host + ".user");
        const std::string token = settings.get("remote." + host + ".token");
        if (user.empty() || token.empty())
            return std::nullopt;
        return HttpsSignIn { user, token };
    };
    options.sshKeyFile = settings.get("remote.ssh-key-file");
    // Document kinds may be used from any thread (as the export of all documents does).
    options.acceptsUnion = [&registry](const std::string& path, std::string_view base, std::string_view ours,
                               std::string_view theirs, std::string_view candidate) {
        const IDocumentKind* kind = registry.kindForPath(path);
        return kind && keepsEveryChange(*kind, base, ours, theirs, candidate);
    };
    return options;
}

} // namespace sapha::host
