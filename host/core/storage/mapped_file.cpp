// Sapha — a file mapped into memory, read-only.
// SPDX-License-Identifier: MIT
#include "storage/mapped_file.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sapha::host {

std::shared_ptr<const MappedFile> MappedFile::open(const std::filesystem::path& file, std::uintmax_t largest, bool populate)
{
    const int descriptor = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (descriptor < 0)
        return nullptr;
    struct stat status {};
    void* address = MAP_FAILED;
    if (::fstat(descriptor, &status) == 0 && S_ISREG(status.st_mode) && status.st_size > 0
        && static_cast<std::uintmax_t>(status.st_size) <= largest)
        address = ::mmap(nullptr, static_cast<std::size_t>(status.st_size), PROT_READ, MAP_PRIVATE | (populate ? MAP_POPULATE : 0), descriptor, 0);
    if (address == MAP_FAILED) {
        ::close(descriptor);
        return nullptr;
    }
    return std::shared_ptr<const MappedFile>(new MappedFile(descriptor, address, static_cast<std::size_t>(status.st_size)));
}

MappedFile::~MappedFile()
{
    ::munmap(m_address, m_size);
    ::close(m_descriptor);
}

bool MappedFile::isWhole() const
{
    struct stat status {};
    return ::fstat(m_descriptor, &status) == 0 && static_cast<std::uintmax_t>(status.st_size) >= m_size;
}

} // namespace sapha::host
