// Sapha — the story of one element: who wrote its current text, when and in which commit, when it first
// appeared, and where it came from (the brainstorm idea a standard's indicator was made from, the
// earlier meeting an action item was carried over from), followed across documents and plugins.
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <sapha/status.hpp>

#include "workspace/revision.hpp"

namespace sapha::host {

class Documents;

// One element of one document, as a person names it.
struct TracedElement {
    std::string path;
    std::string elementId;
    std::string documentTitle;
    std::string type;  // the plugin's term in English ("indicator")
    std::string term;  // in Thai ("ตัวชี้วัด")
    std::string label; // its numbering ("1.2")
    std::string text;
};

struct ElementOrigin {
    std::string relation; // "source" (made from it) or "continues" (carried on from it)
    TracedElement element;
    bool found = true;    // false: the document or element referred to is gone (the reference is kept)
};

struct ElementTrace {
    TracedElement element;
    std::optional<Revision> created;     // the oldest version of the element's unbroken life
    std::optional<Revision> lastWritten; // the version that wrote its current text
    bool uncommitted = false;            // the text in the folder is not committed yet
    std::vector<ElementOrigin> origins;  // nearest first, each followed to its own origin
};

// The trace of `elementId` in the document at `path` as it is in the folder; NotFound names the ids
// the document has when there is no such element.
Result<ElementTrace> traceElement(const Documents& documents, const std::string& path, const std::string& elementId);

// The trace as a person reads it, in `language` ("th" or "en"), dates in `calendar`: the element and the
// start of its text, who wrote the text and when, when it first appeared, then each origin ("มาจาก: …").
std::vector<std::string> describeTrace(const ElementTrace& trace, const std::string& language, Calendar calendar);

} // namespace sapha::host
