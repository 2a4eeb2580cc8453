// Sapha — a file mapped into memory, read-only: an index of 10,000 documents is read in the parts a
// question needs without copying the file. Sapha replaces its indexes by renaming a new file over the
// old, so it never cuts short a file mapped here; someone else may (its bytes then read as zeros, or stop
// the program), which isWhole() tells before the bytes are read.
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string_view>

namespace sapha::host {

class MappedFile {
public:
    // Null when the file cannot be opened, is not a regular file, is empty or larger than `largest`.
    // `populate`: every page read in at once (a search reads most of them); otherwise each as it is read.
    static std::shared_ptr<const MappedFile> open(const std::filesystem::path& file, std::uintmax_t largest, bool populate = true);
    ~MappedFile();
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;

    std::string_view bytes() const { return { static_cast<const char*>(m_address), m_size }; }
    // Whether the file mapped still holds every byte mapped (nobody cut it short where it lies).
    bool isWhole() const;

private:
    MappedFile(int descriptor, void* address, std::size_t size) : m_descriptor(descriptor), m_address(address), m_size(size) { }
    int m_descriptor;
    void* m_address;
    std::size_t m_size;
};

} // namespace sapha::host
