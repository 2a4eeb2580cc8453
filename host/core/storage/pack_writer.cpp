// Sapha — writing a Git pack and its index (version 2).
// Formats: Documentation/gitformat-pack.txt in git's sources.
// SPDX-License-Identifier: MIT
#include "storage/pack_writer.hpp"
#include "messages/message_language.hpp"

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

#include <Poco/SHA1Engine.h>
#include <zlib.h>

#include "git/git_error.hpp"

namespace sapha::host::git {

namespace {

void appendBigEndian32(std::string& out, std::uint32_t value)
{
    out += static_cast<char>(value >> 24);
    out += static_cast<char>(value >> 16);
    out += static_cast<char>(value >> 8);
    out += static_cast<char>(value);
}

void appendDigest(std::string& out, Poco::SHA1Engine& engine)
{
    const Poco::DigestEngine::Digest& digest = engine.digest();
    out.append(reinterpret_cast<const char*>(digest.data()), digest.size());
}

// The entry header: type in bits 4-6 of the first byte, the size in 4 + 7*n bits, little-endian.
std::string entryHeader(git_object_t type, std::size_t size)
{
    std::string header;
    unsigned char byte = static_cast<unsigned char>((static_cast<unsigned>(type) << 4) | (size & 0x0f));
    size >>= 4;
    while (size != 0) {
        header += static_cast<char>(byte | 0x80);
        byte = static_cast<unsigned char>(size & 0x7f);
        size >>= 7;
    }
    header += static_cast<char>(byte);
    return header;
}

// zlib's compressor and its output buffer, set up once per thread and reused for each object:
// compress2() set up a new compressor for every object (some 270 KB allocated and cleared) and a new
// zero-filled buffer the size of the object, which together were most of a save's own time.
class Deflater {
public:
    Deflater()
    {
        if (deflateInit(&m_stream, Z_BEST_SPEED) != Z_OK)
            throw GitError(localized("บีบอัดข้อมูลลงแพ็กไม่สำเร็จ (หน่วยความจำไม่พอ)", "compressing objects for the pack failed (out of memory)"), -1);
    }
    ~Deflater() { deflateEnd(&m_stream); }
    Deflater(const Deflater&) = delete;
    Deflater& operator=(const Deflater&) = delete;

    // `data` compressed; the view is valid until the next call on this thread.
    std::string_view deflated(std::string_view data)
    {
        if (deflateReset(&m_stream) != Z_OK)
            throw GitError(localized("บีบอัดข้อมูลลงแพ็กไม่สำเร็จ", "compressing an object for the pack failed"), -1);
        const std::size_t bound = deflateBound(&m_stream, static_cast<uLong>(data.size()));
        if (m_out.size() < bound)
            m_out.resize(bound); // grows only; never cleared again
        m_stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
        m_stream.avail_in = static_cast<uInt>(data.size());
        m_stream.next_out = m_out.data();
        m_stream.avail_out = static_cast<uInt>(bound);
        if (deflate(&m_stream, Z_FINISH) != Z_STREAM_END)
            throw GitError(localized("บีบอัดข้อมูลลงแพ็กไม่สำเร็จ", "compressing an object for the pack failed"), -1);
        return { reinterpret_cast<const char*>(m_out.data()), static_cast<std::size_t>(m_stream.total_out) };
    }

private:
    z_stream m_stream {};
    std::vector<unsigned char> m_out;
};

std::string_view deflated(std::string_view data)
{
    thread_local Deflater deflater;
    return deflater.deflated(data);
}

struct Entry {
    git_oid id;
    std::uint32_t crc;
    std::uint32_t offset;
};

} // namespace

PackBytes writePack(const std::vector<PackObject>& objects)
{
    PackBytes result;
    std::string& pack = result.pack;
    pack = "PACK";
    appendBigEndian32(pack, 2);
    appendBigEndian32(pack, static_cast<std::uint32_t>(objects.size()));

    std::vector<Entry> entries;
    for (const PackObject& object : objects) {
        if (object.type != GIT_OBJECT_COMMIT && object.type != GIT_OBJECT_TREE && object.type != GIT_OBJECT_BLOB
            && object.type != GIT_OBJECT_TAG)
            throw GitError(localized("ข้อมูลชนิดที่ไม่รู้จักลงแพ็กไม่ได้", "an object of unknown type cannot be packed"), -1);
        if (pack.size() >= 0x80000000u)
            throw GitError(localized("การบันทึกไม่เขียนแพ็กที่ใหญ่กว่า 2 GB", "a pack of more than 2 GB is not written by a save"), -1);
        const std::string header = entryHeader(object.type, object.data.size());
        const std::string_view body = deflated(object.data);
        uLong crc = crc32(0, reinterpret_cast<const Bytef*>(header.data()), static_cast<uInt>(header.size()));
        crc = crc32(crc, reinterpret_cast<const Bytef*>(body.data()), static_cast<uInt>(body.size()));
        entries.push_back({ object.id, static_cast<std::uint32_t>(crc), static_cast<std::uint32_t>(pack.size()) });
        pack += header;
        pack += body;
    }
    Poco::SHA1Engine packHash;
    packHash.update(pack.data(), pack.size());
    const std::string packChecksum = [&] {
        std::string digest;
        appendDigest(digest, packHash);
        return digest;
    }();
    pack += packChecksum;

    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return git_oid_cmp(&a.id, &b.id) < 0; });
    entries.erase(std::unique(entries.begin(), entries.end(),
                      [](const Entry& a, const Entry& b) { return git_oid_equal(&a.id, &b.id); }),
        entries.end());
    if (entries.size() != objects.size())
        throw GitError(localized("ข้อมูลเดียวกันถูกส่งเข้าแพ็กสองครั้ง", "the same object was given twice to the pack"), -1);

    std::string& index = result.index;
    index = "\377tOc";
    appendBigEndian32(index, 2);
    std::uint32_t fanout[256] = {};
    for (const Entry& entry : entries)
        ++fanout[entry.id.id[0]];
    for (int i = 1; i < 256; ++i)
        fanout[i] += fanout[i - 1];
    for (std::uint32_t count : fanout)
        appendBigEndian32(index, count);
    for (const Entry& entry : entries)
        index.append(reinterpret_cast<const char*>(entry.id.id), GIT_OID_RAWSZ);
    for (const Entry& entry : entries)
        appendBigEndian32(index, entry.crc);
    for (const Entry& entry : entries)
        appendBigEndian32(index, entry.offset);
    index += packChecksum;
    Poco::SHA1Engine indexHash;
    indexHash.update(index.data(), index.size());
    appendDigest(index, indexHash);

    result.name = Poco::DigestEngine::digestToHex(
        Poco::DigestEngine::Digest(packChecksum.begin(), packChecksum.end()));
    return result;
}

} // namespace sapha::host::git
