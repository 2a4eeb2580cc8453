// Sapha — a program's manual page (roff, man(7)) from its description, in Thai or English.
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

#include "manual/program_description.hpp"

namespace sapha::host {

// The whole page: NAME, SYNOPSIS, DESCRIPTION, OPTIONS, the commands (the host's, then each
// plugin's), ENVIRONMENT, FILES, EXIT STATUS, SEE ALSO. `language` is "th" or "en"; `date` is
// the release date (YYYY-MM-DD) and `version` the program's, so that a rebuild writes the same page.
std::string manualPage(const ProgramDescription& program, std::string_view language, std::string_view version,
    std::string_view date);

// `text` as roff body text: backslashes escaped, a leading '.' or '\'' made literal, '-' as the
// ASCII hyphen-minus that options are typed with.
std::string roffText(std::string_view text);

} // namespace sapha::host
