// Sapha — a workspace's vocabulary.
// SPDX-License-Identifier: MIT
#include "documents/workspace_vocabulary.hpp"

#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include <sapha/utf8.hpp>

#include "messages/message_language.hpp"

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

WorkspaceVocabularyFiles readWorkspaceVocabularyFiles(const fs::path& root)
{
    return { readSmallText(root / kWorkspaceTermsPath), readSmallText(root / kWorkspaceStopWordsPath) };
}

Status saveWorkspaceVocabulary(
    Workspace& workspace, const WorkspaceVocabularyFiles& files, const Author& author, const std::string& language)
{
    const WorkspaceVocabularyFiles before = readWorkspaceVocabularyFiles(workspace.root());
    const bool thai = language == "th";
    const std::pair<const char*, const std::string*> changes[] = {
        { kWorkspaceTermsPath, &files.terms }, { kWorkspaceStopWordsPath, &files.stopWords } };
    for (const auto& [path, text] : changes) {
        if (!isValidUtf8(*text) || text->size() > kMaxVocabularyFile)
            return Error { localized("ไม่ใช่ข้อความ UTF-8 ขนาดไม่เกิน 1 MB: ไม่ได้บันทึกสิ่งใด", "is not UTF-8 text of at most 1 MB: nothing was saved"), path,
                ErrorCode::Invalid };
    }
    for (const auto& [path, text] : changes) {
        const std::string& old = std::string(path) == kWorkspaceTermsPath ? before.terms : before.stopWords;
        std::string content = *text;
        if (!content.empty() && content.back() != '\n')
            content += '\n';
        if (content == old)
            continue;
        const std::string message = std::string(path) == kWorkspaceTermsPath
            ? (thai ? "ปรับคำที่ไม่ตัดแยกของพื้นที่ทำงาน" : "Update the workspace's words kept whole")
            : (thai ? "ปรับคำที่ไม่นับในกลุ่มคำ" : "Update the words left out of word counts");
        if (Result<CommitOutcome> saved = workspace.save(path, content, message, author); !saved)
            return saved.error();
    }
    useWorkspaceVocabulary(workspace.root());
    return Status::ok();
}

} // namespace sapha::host
