// Sapha — the words a workspace keeps whole and the words it does not count: the built-in vocabulary
// (sapha/thai_words.hpp) and the workspace's own files, versioned with its documents.
// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <string>

#include <sapha/status.hpp>
#include <sapha/thai_words.hpp>

#include "workspace/workspace.hpp"

namespace sapha::host {

// Where a workspace keeps its own terms (one a line: "treat this as one word") and stop words.
constexpr const char* kWorkspaceTermsPath = ".sapha/terms.txt";
constexpr const char* kWorkspaceStopWordsPath = ".sapha/stop-words.txt";

// The built-in vocabulary with the workspace's files added; a file that is missing, over 1 MB or not
// UTF-8 adds nothing (the built-in vocabulary still holds).
thai::Vocabulary workspaceVocabulary(const std::filesystem::path& root);

// Makes the workspace's vocabulary the one this process cuts words with (diffs, word clouds, search).
void useWorkspaceVocabulary(const std::filesystem::path& root);

// The texts of the workspace's own files, as a person edits them (empty when a file is missing).
struct WorkspaceVocabularyFiles {
    std::string terms;
    std::string stopWords;
};
WorkspaceVocabularyFiles readWorkspaceVocabularyFiles(const std::filesystem::path& root);

// Saves each file that changed as a commit of its own (message in `language`), then makes the vocabulary
// the process's. Refused, naming the file, when a text is not UTF-8 or over 1 MB.
Status saveWorkspaceVocabulary(
    Workspace& workspace, const WorkspaceVocabularyFiles& files, const Author& author, const std::string& language);

} // namespace sapha::host
