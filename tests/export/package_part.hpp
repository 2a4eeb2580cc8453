// Sapha tests — one part of a zip package (a DOCX's word/document.xml, an ODT's content.xml), read with
// Poco::Zip; empty when the package has no such part.
// SPDX-License-Identifier: MIT
#pragma once

#include <sstream>
#include <string>

#include <Poco/Zip/ZipArchive.h>
#include <Poco/Zip/ZipStream.h>

namespace sapha::test {

inline std::string packagePart(const std::string& package, const std::string& wanted)
{
    std::istringstream in(package);
    Poco::Zip::ZipArchive archive(in);
    for (auto it = archive.headerBegin(); it != archive.headerEnd(); ++it) {
        if (it->first != wanted)
            continue;
        std::istringstream again(package);
        Poco::Zip::ZipInputStream part(again, it->second);
        std::ostringstream content;
        content << part.rdbuf();
        return content.str();
    }
    return {};
}

} // namespace sapha::test
