// Sapha — whether a merge of a document loses nothing, judged by its kind's elements (ids and text), so
// that it works for every plugin. Used to accept a union of both sides' lines where a line merge stopped
// (two people each added an agenda item at the end): accepted only when every element either side
// changed or added is there as that side has it, nothing unchanged was altered, nothing appears twice,
// and what one side removed (and the other left alone) stays removed.
// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

#include <sapha/document_kind.hpp>

namespace sapha::host {

bool keepsEveryChange(const IDocumentKind& kind, std::string_view base, std::string_view ours, std::string_view theirs,
    std::string_view candidate);

} // namespace sapha::host
