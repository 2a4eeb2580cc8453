// Sapha — a workspace's vocabulary.
// SPDX-License-Identifier: MIT
#include "documents/workspace_vocabulary.hpp"

#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include <sapha/utf8.hpp>

namespace fs = std::filesystem;

namespace sapha::host {

namespace {

constexpr std::uintmax_t kMaxVocabularyFile = 1024 * 1024;

std::string readSmallText(const fs::path& file)
{
    std::error_code error;
    if (!fs::is_regular_file(fs::symlink_status(file, error)) || fs::file_size(file, error) > kMaxVocabularyFile || error)
        return {};
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return isValidUtf8(text.str()) ? text.str() : std::string();
}

} // namespace

thai::Vocabulary workspaceVocabulary(const fs::path& root)
{
    return thai::Vocabulary::withWorkspace(readSmallText(root / kWorkspaceTermsPath), readSmallText(root / kWorkspaceStopWordsPath));
}

void useWorkspaceVocabulary(const fs::path& root)
{
    thai::useVocabulary(std::make_shared<const thai::Vocabulary>(workspaceVocabulary(root)));
}

} // namespace sapha::host
