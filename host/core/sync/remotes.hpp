// Sapha — the workspace's shared remotes (a folder, git://, SSH or HTTPS server such as Gitea or
// GitLab), kept in the repository's own configuration as git keeps them, so that the git command line
// sees the same remotes.
// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <sapha/status.hpp>

namespace sapha::host {

struct RemoteInfo {
    std::string name;
    std::string url;
};

Result<std::vector<RemoteInfo>> listRemotes(const std::filesystem::path& workspaceRoot);
// Refuses a name git would not take, or one already used.
Status addRemote(const std::filesystem::path& workspaceRoot, const std::string& name, const std::string& url);
Status removeRemote(const std::filesystem::path& workspaceRoot, const std::string& name);

} // namespace sapha::host
