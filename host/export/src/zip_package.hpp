// Sapha export — a zip package (DOCX and ODT are both zips of XML parts), built in memory with Poco::Zip.
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

namespace sapha::exporting::internal {

struct ZipEntry {
    std::string path;
    std::string content;
    bool isStored = false; // ODF's mimetype must be stored, uncompressed, first
};

std::string zipPackage(const std::vector<ZipEntry>& entries);

} // namespace sapha::exporting::internal
