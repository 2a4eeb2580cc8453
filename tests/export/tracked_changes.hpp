// Sapha tests — tracked changes accepted or rejected by the rules of the two formats, and what a reader
// then sees, so that a redline can be compared with the export of each version it was made from.
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

namespace sapha::test {

enum class Decision { AcceptAll, RejectAll };

// What a reader sees of a document, in order: one line per paragraph ("¶ text") and per table row
// ("│ cell │ cell"), tabs as "\t", line breaks as "\n", a page break as "<page>".
using Flow = std::vector<std::string>;

// WordprocessingML (word/document.xml): every <w:ins>/<w:del> of runs, paragraph marks and table rows
// applied as Word does. A paragraph whose mark goes joins the next paragraph. Returns the document part
// after the decision; `problems` names what was left that should not be (tracked marks, deleted text).
std::string decideDocx(const std::string& documentXml, Decision decision, std::vector<std::string>& problems);
Flow docxFlow(const std::string& documentXml);

// OpenDocument (content.xml): insertions (change-start … change-end) and deletions (a change point and the
// record's content) applied as ODF says.
std::string decideOdt(const std::string& contentXml, Decision decision, std::vector<std::string>& problems);
Flow odtFlow(const std::string& contentXml);

// The flows side by side where they first differ, for a failure message.
std::string flowDifference(const Flow& expected, const Flow& actual);

} // namespace sapha::test
