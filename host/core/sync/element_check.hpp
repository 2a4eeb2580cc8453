// Sapha — whether a merge of a document loses nothing, judged by its kind's elements (ids and text), so
// that it works for every plugin. Used to accept a union of both sides' lines where a line merge stopped
// (two people each added an agenda item at the end): accepted only when every element either side
// changed or added is there as that side has it, nothing unchanged was altered, nothing appears twice,
// and what one side removed (and the other left alone) stays removed. Also the second opinion on a
// kind's merge by element.
// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

#include <sapha/document_kind.hpp>

namespace sapha::host {

// What an element both sides changed may be in `candidate`: only what both made of it (a union of lines
// must not decide), or either side's or a mix (a merge by field, which keeps what both changed
// differently as a conflict record; there the element must only still be there).
enum class BothChanged { MustAgree, KeptSomehow };

bool keepsEveryChange(const IDocumentKind& kind, std::string_view base, std::string_view ours, std::string_view theirs,
    std::string_view candidate, BothChanged bothChanged = BothChanged::MustAgree);

} // namespace sapha::host
