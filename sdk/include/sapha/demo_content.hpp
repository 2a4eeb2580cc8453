// Sapha — the optional "demo content" capability: documents a plugin contributes to the demo workspace.
// SPDX-License-Identifier: MIT
#pragma once

#include <sapha/sdk_export.h>

#include <string>
#include <string_view>
#include <vector>

namespace sapha {

// One committed state of a demo document.
struct DemoRevision {
    std::string xml;
    std::string message;
    std::string authorName;
    std::string authorEmail;
    std::string isoTime; // "2020-08-17T09:30:00+07:00"
};

struct DemoDocument {
    std::string path; // relative to the workspace, '/'-separated
    std::vector<DemoRevision> revisions;
};

// A named version (annotated tag) the demo should carry: the tag points at the
// commit of `path`'s revision number `revisionIndex` (0-based).
struct DemoTag {
    std::string name;
    std::string message;
    std::string path;
    int revisionIndex = 0;
};

class SAPHA_SDK_EXPORT IDemoContent {
public:
    static constexpr std::string_view kInterfaceId = "sapha.demo-content/1";
    virtual ~IDemoContent();
    virtual std::vector<DemoDocument> demoDocuments() const noexcept = 0;
    virtual std::vector<DemoTag> demoTags() const noexcept = 0;
};

} // namespace sapha
