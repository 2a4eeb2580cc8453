// Sapha export — what cairo 1.16 leaves out of a PDF's catalog, added by an incremental update (a new
// version of the catalog object, its cross-reference entry and a trailer pointing back to the old one):
// the language, so that screen readers, search and text-to-speech read Thai as Thai, and the mark that
// says the file is tagged (cairo writes the structure tree but not /MarkInfo).
// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace sapha::exporting::internal {

// `pdf` with /Lang (`language`, e.g. "th-TH") in its catalog, and /MarkInfo << /Marked true >> when it
// has a structure tree. A file laid out otherwise than cairo writes it (no classic cross-reference
// table, no catalog found) is returned as it is.
std::string withCatalogCompleted(std::string pdf, const std::string& language);

} // namespace sapha::exporting::internal
