// Sapha brainstorm — the participation journal: every idea and vote a participant sends is written and
// flushed here before it is acknowledged, so that a crash of the host loses nothing acknowledged.
// Appends from many request threads are written together with one flush (group commit): the first
// waiting thread writes everyone's records, the others wait for that flush.
// SPDX-License-Identifier: MIT
#pragma once

#include "core/brainstorm_export.h"

#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <sapha/status.hpp>

namespace sapha::brainstorm {

class SAPHA_BRAINSTORM_EXPORT Journal {
public:
    // What was in the journal when it was opened: its records in order, and a warning when a torn
    // tail (a record cut short by a crash or a full disk) was skipped and cut off.
    struct Recovered {
        std::vector<std::string> records;
        std::string warning;
    };

    ~Journal();
    Journal(const Journal&) = delete;
    Journal& operator=(const Journal&) = delete;

    // Whether a batch is flushed before append() returns. Only the benchmark turns it off, to measure
    // the server without the flush as the upper bound.
    enum class Durability { Flushed, Unflushed };

    // Opens (creating it) the journal at `path`.
    static Result<std::unique_ptr<Journal>> open(
        const std::filesystem::path& path, Recovered& recovered, Durability durability = Durability::Flushed);

    // Appends one record (a line of JSON, no newline in it) and returns once it is on disk. On a
    // failure (a full disk) nothing of the batch stays in the file, and the error names the file.
    Status append(const std::string& record);

    // How many flushes were made (for tests and the benchmark: fewer than records under load).
    std::uint64_t flushCount() const;
    const std::filesystem::path& path() const { return m_path; }

private:
    Journal(std::filesystem::path path, int fd, std::uint64_t size, Durability durability);
    Status writeBatch(const std::vector<std::string>& batch);

    std::filesystem::path m_path;
    int m_fd = -1;
    std::uint64_t m_size = 0; // bytes of whole records in the file
    Durability m_durability = Durability::Flushed;

    mutable std::mutex m_lock;
    std::condition_variable m_flushed;
    std::vector<std::string> m_pending;
    std::uint64_t m_nextBatch = 1;    // the batch the pending records will go in
    std::uint64_t m_doneBatch = 0;    // every batch up to this one is written (or failed)
    bool m_writing = false;
    std::uint64_t m_failedBatch = 0;  // the last batch that failed, and why
    std::optional<Error> m_failure;
    std::uint64_t m_flushes = 0;
};

// A record's line in the file: "<crc32 of the JSON, 8 hex digits> <JSON>\n".
SAPHA_BRAINSTORM_EXPORT std::string journalLine(const std::string& record);

} // namespace sapha::brainstorm
