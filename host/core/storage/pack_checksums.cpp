// Sapha — every pack checked against its own checksum.
// SPDX-License-Identifier: MIT
#include "storage/pack_checksums.hpp"

#include <algorithm>
#include <array>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <sys/stat.h>

#include <Poco/SHA1Engine.h>

#include "git/git_error.hpp"
#include "messages/message_language.hpp"
#include "storage/atomic_file.hpp"

namespace fs = std::filesystem;

namespace sapha::host {

namespace {

constexpr std::size_t kChecksumSize = 20;

// "name size mtime-ns inode": what changes whenever the file is written again.
std::string identityOf(const fs::path& file)
{
    struct stat info {};
    if (::stat(file.c_str(), &info) != 0)
        return {};
    std::ostringstream line;
    line << file.filename().string() << ' ' << info.st_size << ' '
         << (static_cast<long long>(info.st_mtim.tv_sec) * 1000000000LL + info.st_mtim.tv_nsec) << ' ' << info.st_ino;
    return line.str();
}

struct Trailer {
    std::array<unsigned char, kChecksumSize> computed {}; // SHA-1 of all but the last 20 bytes
    std::array<unsigned char, kChecksumSize> stored {};   // the last 20 bytes
    std::array<unsigned char, kChecksumSize> before {};   // the 20 bytes before those (an .idx: the pack's)
    bool readable = false;
};

Trailer readTrailer(const fs::path& file)
{
    Trailer trailer;
    std::ifstream in(file, std::ios::binary);
    std::error_code error;
    const std::uintmax_t size = fs::file_size(file, error);
    if (!in || error || size < 2 * kChecksumSize)
        return trailer;
    Poco::SHA1Engine sha1;
    std::vector<char> buffer(1 << 20);
    for (std::uintmax_t left = size - kChecksumSize; left > 0;) {
        const std::size_t chunk = static_cast<std::size_t>(std::min<std::uintmax_t>(left, buffer.size()));
        if (!in.read(buffer.data(), static_cast<std::streamsize>(chunk)))
            return trailer;
        sha1.update(buffer.data(), static_cast<unsigned>(chunk));
        left -= chunk;
    }
    // The last 40 bytes: an index keeps the pack's checksum before its own.
    std::array<char, 2 * kChecksumSize> tail {};
    in.clear();
    in.seekg(static_cast<std::streamoff>(size - 2 * kChecksumSize));
    if (!in.read(tail.data(), static_cast<std::streamsize>(tail.size())))
        return trailer;
    const Poco::DigestEngine::Digest& digest = sha1.digest();
    std::copy(digest.begin(), digest.end(), trailer.computed.begin());
    std::copy(tail.begin() + kChecksumSize, tail.end(), trailer.stored.begin());
    std::copy(tail.begin(), tail.begin() + kChecksumSize, trailer.before.begin());
    trailer.readable = true;
    return trailer;
}

[[noreturn]] void refuse(const fs::path& file, const std::string& what)
{
    throw git::GitError(localized(file.string() + " เสียหาย (\"" + what
                                    + "\"): ไม่ได้เขียนสิ่งใด โฟลเดอร์ .git ของคลังต้องซ่อม: `git fsck` บอกได้ว่าส่วนใดหาย "
                                      "เอกสารในโฟลเดอร์ไม่ถูกแตะต้อง ประวัติยังอยู่ในสำเนาจากเซิร์ฟเวอร์ที่ใช้ร่วมกันหรือสำรองของ .git",
                            file.string() + " is damaged (" + what
                                + "); nothing was written. The repository's .git needs repair: `git fsck` names what is lost; the "
                                  "documents in the folder are untouched; a clone of the shared remote, or a backup of .git, has the history"),
        -1, ErrorCode::Storage);
}

fs::path rememberedFile(const fs::path& gitDirectory)
{
    return gitDirectory / "sapha" / "verified-packs";
}

// The identities of the packs checked, as rememberedFile holds them.
std::set<std::string> rememberedPacks(const fs::path& gitDirectory)
{
    std::set<std::string> verified;
    std::ifstream in(rememberedFile(gitDirectory));
    for (std::string line; std::getline(in, line);)
        verified.insert(line);
    return verified;
}

// Writes `lines` as the packs checked. A cache: if it cannot be written, the packs are checked again.
void remember(const fs::path& gitDirectory, const std::vector<std::string>& lines)
{
    std::string content;
    for (const std::string& line : lines)
        content += line + "\n";
    std::error_code error;
    fs::create_directories(rememberedFile(gitDirectory).parent_path(), error);
    if (Result<PendingFile> pending = PendingFile::stage(rememberedFile(gitDirectory), content))
        (void)pending.value().install();
}

// What rememberedFile says of a pack and its index.
std::string identityOfPack(const fs::path& pack)
{
    const std::string packIdentity = identityOf(pack);
    const std::string indexIdentity = identityOf(fs::path(pack).replace_extension(".idx"));
    return packIdentity.empty() || indexIdentity.empty() ? std::string() : packIdentity + " | " + indexIdentity;
}

} // namespace

void verifyPackChecksums(const fs::path& gitDirectory)
{
    const fs::path packs = gitDirectory / "objects" / "pack";
    const std::set<std::string> verified = rememberedPacks(gitDirectory);
    std::error_code error;
    std::vector<std::string> nowVerified;
    bool checkedAny = false;
    for (const fs::directory_entry& entry : fs::directory_iterator(packs, error)) {
        const fs::path pack = entry.path();
        if (pack.extension() != ".pack")
            continue;
        const fs::path index = fs::path(pack).replace_extension(".idx");
        const std::string identity = identityOfPack(pack);
        if (identity.empty())
            continue; // removed by a fold under way, or a pack without its index that git does not read either
        if (verified.count(identity)) {
            nowVerified.push_back(identity);
            continue;
        }
        checkedAny = true;
        const Trailer packTrailer = readTrailer(pack);
        if (!packTrailer.readable)
            refuse(pack, "it cannot be read to its end");
        if (packTrailer.computed != packTrailer.stored)
            refuse(pack, "its content does not match its checksum");
        const Trailer indexTrailer = readTrailer(index);
        if (!indexTrailer.readable || indexTrailer.computed != indexTrailer.stored)
            refuse(index, "its content does not match its checksum");
        if (indexTrailer.before != packTrailer.stored)
            refuse(index, "it is the index of another pack");
        nowVerified.push_back(identity);
    }
    if (!checkedAny && nowVerified.size() == verified.size())
        return;
    // Only the packs there now: folded packs are forgotten.
    remember(gitDirectory, nowVerified);
}

void rememberVerifiedPack(const fs::path& gitDirectory, const fs::path& pack)
{
    const std::string identity = identityOfPack(pack);
    if (identity.empty())
        return;
    std::set<std::string> verified = rememberedPacks(gitDirectory);
    verified.insert(identity);
    remember(gitDirectory, std::vector<std::string>(verified.begin(), verified.end()));
}

} // namespace sapha::host
