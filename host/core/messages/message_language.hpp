// Sapha — the host's side of the language of messages: why a system call failed, for a person.
// SPDX-License-Identifier: MIT
#pragma once

#include <sapha/message_language.hpp>

#include <string>

namespace sapha::host {

// Why a system call failed (an errno): the C library's words in English; in Thai the common reasons a
// person can act on (a full disk, no permission, a read-only disk), else the C library's words quoted.
std::string systemReason(int error);

} // namespace sapha::host
