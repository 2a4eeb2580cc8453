// Sapha standards — the standard as an official document: components, indicators, the criteria of
// each level in a table, the evidence to show.
// SPDX-License-Identifier: MIT
#pragma once

#include <sapha/export/document.hpp>

#include "core/standard.hpp"

namespace sapha::standards {

exporting::Document standardPaper(const Standard& standard);

} // namespace sapha::standards
