// Sapha tests — a workspace as files in memory: what a plugin reads through IWorkspaceView, and the
// follow-ups the host would find ("path#element" → the documents that carry that element on).
// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <sapha/workspace_view.hpp>

namespace sapha::test {

class FilesInMemory final : public IWorkspaceView {
public:
    std::map<std::string, std::string> files;
    std::map<std::string, std::vector<FollowUp>> followUpsOf;

    std::vector<std::string> documents(std::string_view suffix) const noexcept override
    {
        std::vector<std::string> result;
        for (const auto& [path, text] : files) {
            if (path.ends_with(suffix))
                result.push_back(path);
        }
        return result;
    }
    Result<std::string> read(std::string_view path) const noexcept override
    {
        auto found = files.find(std::string(path));
        if (found == files.end())
            return Error { "no such file", std::string(path) };
        return found->second;
    }
    Result<std::string> readAt(std::string_view path, std::string_view) const noexcept override { return read(path); }
    // A kind whose digest is its document's XML with parts left out (a meeting's) reads a whole file the
    // same: the files stand in for their digests.
    std::vector<DocumentDigest> digests(std::string_view suffix, std::string_view containing) const noexcept override
    {
        std::vector<DocumentDigest> result;
        for (const auto& [path, text] : files) {
            if (path.ends_with(suffix) && text.find(containing) != std::string::npos)
                result.push_back({ path, text });
        }
        return result;
    }
    std::vector<FollowUp> followUps(std::string_view path, std::string_view elementId, std::string_view) const noexcept override
    {
        auto found = followUpsOf.find(std::string(path) + "#" + std::string(elementId));
        return found == followUpsOf.end() ? std::vector<FollowUp>() : found->second;
    }
};

} // namespace sapha::test
