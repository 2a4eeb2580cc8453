// Sapha brainstorm — the session's results on paper: the groups and their ideas, the clusters with
// their votes, and the ranking.
// SPDX-License-Identifier: MIT
#pragma once

#include <sapha/export/document.hpp>

#include "core/session.hpp"

namespace sapha::brainstorm {

exporting::Document sessionPaper(const Session& session);

} // namespace sapha::brainstorm
