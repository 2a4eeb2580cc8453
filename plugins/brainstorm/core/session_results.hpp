// Sapha brainstorm — what a session came to, for export and for the board: every idea as a CSV row
// (group, cluster, votes, who, when), the ideas ranked by votes, and the words the room used most — Thai
// cut into words with ICU's dictionary (no spaces between Thai words), for the word cloud.
// SPDX-License-Identifier: MIT
#pragma once

#include "core/brainstorm_export.h"

#include <string>
#include <vector>

#include "core/session.hpp"

namespace sapha::brainstorm {

// RFC 4180 CSV with a UTF-8 byte-order mark (so that spreadsheet programs read the Thai right), a header
// row in the session's language, one row per idea.
SAPHA_BRAINSTORM_EXPORT std::string sessionCsv(const Session& session);

struct WordCount {
    std::string word;
    int count = 0;
};
// The words of every idea, most used first (then alphabetical), leaving out spaces, punctuation, numbers
// and the most common function words; at most `limit`.
SAPHA_BRAINSTORM_EXPORT std::vector<WordCount> wordCloud(const Session& session, std::size_t limit);

// Ideas by votes (an idea's own and its cluster's do not mix: its own), most first; ties keep their order.
SAPHA_BRAINSTORM_EXPORT std::vector<const Idea*> rankedIdeas(const Session& session);

} // namespace sapha::brainstorm
