// Sapha export — the language of a PDF, which cairo cannot set: added to the document catalog by an
// incremental update (a new version of the catalog object, its cross-reference entry and a trailer
// pointing back to the old one), so that screen readers, search and text-to-speech read Thai as Thai.
// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace sapha::exporting::internal {

// `pdf` with /Lang (`language`, e.g. "th-TH") in its catalog. A file laid out otherwise than cairo writes
// it (no classic cross-reference table, no catalog found) is returned as it is.
std::string withCatalogLanguage(std::string pdf, const std::string& language);

} // namespace sapha::exporting::internal
