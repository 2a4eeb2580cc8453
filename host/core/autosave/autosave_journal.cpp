// Sapha — the autosave journal.
// SPDX-License-Identifier: MIT
#include "autosave/autosave_journal.hpp"

#include <cstdio>
#include <cstdlib>
#include <ctime>

#include "messages/message_language.hpp"
#include "storage/atomic_file.hpp"

namespace fs = std::filesystem;

namespace sapha::host {

namespace {

constexpr std::string_view kMagic = "sapha-autosave 1\n";

// A stable name for a text (FNV-1a): the same workspace and document find their journal in every run.
std::string stableName(std::string_view text)
{
    std::uint64_t hash = 14695981039346656037ull;
    for (const char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ull;
    }
    char buffer[17];
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(hash));
    return buffer;
}

} // namespace

fs::path AutosaveJournal::stateDirectory()
{
    if (const char* own = std::getenv("SAPHA_STATE_HOME"); own && *own)
        return own;
    if (const char* xdg = std::getenv("XDG_STATE_HOME"); xdg && *xdg)
        return fs::path(xdg) / "sapha";
    const char* home = std::getenv("HOME");
    return fs::path(home && *home ? home : ".") / ".local" / "state" / "sapha";
}

AutosaveJournal::AutosaveJournal(const fs::path& workspaceRoot)
    : m_directory(stateDirectory() / "autosave" / stableName(workspaceRoot.string()))
{
}

fs::path AutosaveJournal::fileFor(std::string_view path) const
{
    return m_directory / (stableName(path) + ".autosave");
}

Status AutosaveJournal::write(std::string_view path, std::string_view content)
{
    std::error_code error;
    fs::create_directories(m_directory, error);
    if (error)
        return Status::failure(localized("สร้างโฟลเดอร์บันทึกอัตโนมัติไม่ได้: " + systemReason(error.value()), "cannot create the autosave folder: " + error.message()),
            m_directory.string());
    std::string record(kMagic);
    record += std::string(path) + "\n" + std::to_string(std::time(nullptr)) + "\n";
    record += content;
    return writeFileAtomically(fileFor(path), record);
}

void AutosaveJournal::discard(std::string_view path)
{
    std::error_code ignored;
    fs::remove(fileFor(path), ignored);
}

std::vector<AutosaveEntry> AutosaveJournal::entries() const
{
    std::vector<AutosaveEntry> entries;
    std::error_code error;
    if (!fs::is_directory(m_directory, error))
        return entries;
    for (const fs::directory_entry& file : fs::directory_iterator(m_directory, error)) {
        if (file.path().extension() != ".autosave")
            continue;
        Result<std::string> record = readFile(file.path());
        if (!record || record.value().rfind(kMagic, 0) != 0)
            continue;
        const std::string& text = record.value();
        const std::size_t pathEnd = text.find('\n', kMagic.size());
        const std::size_t timeEnd = pathEnd == std::string::npos ? std::string::npos : text.find('\n', pathEnd + 1);
        if (timeEnd == std::string::npos)
            continue;
        AutosaveEntry entry;
        entry.path = text.substr(kMagic.size(), pathEnd - kMagic.size());
        entry.savedAt = std::atoll(text.substr(pathEnd + 1, timeEnd - pathEnd - 1).c_str());
        entry.content = text.substr(timeEnd + 1);
        if (fileFor(entry.path) == file.path()) // a record filed under another name is not ours
            entries.push_back(std::move(entry));
    }
    return entries;
}

} // namespace sapha::host
