// Sapha — the workspace holding a file (see workspace_locator.hpp).
// SPDX-License-Identifier: MIT
#include "workspace/workspace_locator.hpp"

#include "messages/message_language.hpp"

namespace fs = std::filesystem;

namespace sapha::host {

Result<DocumentLocation> locateDocument(const fs::path& file)
{
    std::error_code error;
    const fs::path full = fs::canonical(file, error);
    if (error)
        return Error { localized("ไม่มีแฟ้มนี้", "no such file"), file.string() };
    if (!fs::is_regular_file(full, error))
        return Error { localized("ไม่ใช่แฟ้มเอกสาร", "not a document file"), file.string() };
    for (fs::path folder = full.parent_path();; folder = folder.parent_path()) {
        if (fs::exists(folder / ".git", error))
            return DocumentLocation { folder, fs::relative(full, folder, error).generic_string() };
        if (folder == folder.root_path() || folder.empty())
            break;
    }
    return Error { localized("ไม่ได้อยู่ในพื้นที่ทำงานของ Sapha (ไม่มีคลัง Git ในโฟลเดอร์ใดเหนือขึ้นไป)",
                       "not inside a Sapha workspace (no Git repository in any folder above it)"),
        file.string() };
}

} // namespace sapha::host
