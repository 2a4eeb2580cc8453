// Sapha — a bash completion script for sapha-cli, written from its description.
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "manual/program_description.hpp"

namespace sapha::host {

// Completes the verbs (the host's and the plugins'), each verb's options as its usage line names
// them, the document kinds after `new`, folders after -C, and files elsewhere.
std::string bashCompletion(const ProgramDescription& program, const std::vector<std::string>& documentKinds);

} // namespace sapha::host
