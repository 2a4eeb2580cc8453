// Sapha — the autosave journal: unsaved edits kept outside the history, so that a crash or a power cut
// does not lose them; offered back the next time the workspace is opened.
// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include <sapha/status.hpp>

namespace sapha::host {

struct AutosaveEntry {
    std::string path;    // the document, relative to the workspace
    std::string content; // what the editor held
    std::int64_t savedAt = 0;
};

// One journal per workspace, in the user's state folder ($SAPHA_STATE_HOME, else
// $XDG_STATE_HOME/sapha, else ~/.local/state/sapha), never inside the repository. Each document's
// entry is replaced atomically. Not thread-safe; the GUI uses it from the main thread.
class AutosaveJournal {
public:
    explicit AutosaveJournal(const std::filesystem::path& workspaceRoot);

    // Keeps `content` as the unsaved state of `path`.
    Status write(std::string_view path, std::string_view content);
    // Forgets `path`'s unsaved state (it was saved, or the person discarded it).
    void discard(std::string_view path);
    // Every unsaved state kept for this workspace. An entry that cannot be read is skipped.
    std::vector<AutosaveEntry> entries() const;

    const std::filesystem::path& directory() const { return m_directory; }
    static std::filesystem::path stateDirectory();

private:
    std::filesystem::path fileFor(std::string_view path) const;

    std::filesystem::path m_directory;
};

} // namespace sapha::host
