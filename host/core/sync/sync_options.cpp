// Sapha — the options every sync starts from.
// SPDX-License-Identifier: MIT
#include "sync/sync_options.hpp"

#include "sync/element_check.hpp"

#include <algorithm>

#include <sapha/xml_merge.hpp>

namespace sapha::host {

TransferOptions syncOptions(const UserSettings& settings, const PluginRegistry& registry)
{
    TransferOptions options;
    // A token is kept for one origin ("remote.https://git.example.org.token"); one kept by host name alone
    // (before origins) still serves that host's HTTPS on its usual port, and nothing else.
    options.httpsSignIn = [settings](const std::string& origin) -> std::optional<HttpsSignIn> {
        for (const std::string& key : { origin, origin.rfind("https://", 0) == 0 && origin.find(':', 8) == std::string::npos
                                                    ? origin.substr(8)
                                                    : std::string() }) {
            if (key.empty())
                continue;
            const std::string user = settings.get("remote." + key + ".user");
            const std::string token = settings.get("remote." + key + ".token");
            if (!user.empty() && !token.empty())
                return HttpsSignIn { user, token };
        }
        return std::nullopt;
    };
    options.sshKeyFile = settings.get("remote.ssh-key-file");
    // Where lines clash, the kind merges by element; the kind's own elements give a second opinion (every
    // change made on one side only is there), and conflicts this side had not chosen yet stay.
    options.mergeByElement = [&registry](const std::string& path, std::string_view base, std::string_view ours,
                                 std::string_view theirs) -> std::optional<TransferOptions::ElementMerge> {
        const IDocumentKind* kind = registry.kindForPath(path);
        if (!kind)
            return std::nullopt;
        const std::string cleanBase = xml::withoutConflictRecords(base);
        const std::string cleanOurs = xml::withoutConflictRecords(ours);
        const std::string cleanTheirs = xml::withoutConflictRecords(theirs);
        Result<MergedDocument> merged = kind->merge(cleanBase, cleanOurs, cleanTheirs);
        if (!merged)
            return std::nullopt;
        if (!cleanBase.empty()
            && !keepsEveryChange(*kind, cleanBase, cleanOurs, cleanTheirs, merged.value().text, BothChanged::KeptSomehow))
            return std::nullopt;
        std::vector<xml::MergeConflict> records = merged.value().conflicts;
        // An earlier conflict on a field this merge found in conflict again is superseded by the new one
        // (its "theirs" is older): kept, it would be chosen after the new one and bring the old value back.
        const auto sameField = [](const xml::MergeConflict& a, const xml::MergeConflict& b) {
            return a.element == b.element && a.path == b.path;
        };
        const std::size_t fresh = records.size();
        for (std::string_view side : { ours, theirs }) {
            for (const xml::MergeConflict& earlier : xml::readConflictRecords(side)) {
                const bool superseded = std::any_of(records.begin(), records.begin() + static_cast<long>(fresh),
                    [&](const xml::MergeConflict& now) { return sameField(now, earlier); });
                if (!superseded && xml::conflictStillApplies(merged.value().text, earlier)
                    && std::find(records.begin(), records.end(), earlier) == records.end())
                    records.push_back(earlier);
            }
        }
        return TransferOptions::ElementMerge { xml::withConflictRecords(merged.value().text, records), records.size() };
    };
    // Document kinds may be used from any thread (as the export of all documents does).
    options.acceptsUnion = [&registry](const std::string& path, std::string_view base, std::string_view ours,
                               std::string_view theirs, std::string_view candidate) {
        const IDocumentKind* kind = registry.kindForPath(path);
        return kind && keepsEveryChange(*kind, base, ours, theirs, candidate);
    };
    return options;
}

} // namespace sapha::host
