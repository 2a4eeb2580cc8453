// Sapha brainstorm — a session as an outline for another kind to take (sapha/outline_exchange.hpp):
// each cluster a heading with its ideas, most voted first; ideas in no cluster under their group's name.
// SPDX-License-Identifier: MIT
#pragma once

#include "core/brainstorm_export.h"

#include <string_view>

#include <sapha/outline_exchange.hpp>

#include "core/session.hpp"

namespace sapha::brainstorm {

SAPHA_BRAINSTORM_EXPORT Outline sessionOutline(const Session& session, std::string_view path);

} // namespace sapha::brainstorm
