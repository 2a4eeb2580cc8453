// Sapha export — zip packages through Poco::Zip.
// SPDX-License-Identifier: MIT
#include "zip_package.hpp"

#include <sstream>

#include <Poco/DateTime.h>
#include <Poco/Path.h>
#include <Poco/Zip/Compress.h>

namespace sapha::exporting::internal {

std::string zipPackage(const std::vector<ZipEntry>& entries)
{
    std::ostringstream out(std::ios::binary);
    // A seekable stream lets Poco write sizes in the local headers (no data descriptors), which
    // ODF requires of the mimetype entry.
    Poco::Zip::Compress zip(out, true);
    const Poco::DateTime now;
    for (const ZipEntry& entry : entries) {
        std::istringstream in(entry.content, std::ios::binary);
        zip.addFile(in, now, Poco::Path(entry.path, Poco::Path::PATH_UNIX),
            entry.isStored ? Poco::Zip::ZipCommon::CM_STORE : Poco::Zip::ZipCommon::CM_DEFLATE);
    }
    zip.close();
    return out.str();
}

} // namespace sapha::exporting::internal
