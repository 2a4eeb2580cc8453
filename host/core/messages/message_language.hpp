// Sapha — the language the host's core writes its messages for people in (its errors).
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace sapha::host {

// A process shows one interface language (the GUI's catalog, the CLI's settings or --lang), chosen at
// start-up before any work. The core's errors are read by people in that language; passing it through
// every call that may fail would thread one word through the whole storage and sync layers, so the
// program sets it here once. English until set (the source language, as for the GUI's strings).
void setMessageLanguage(std::string_view language);
// "th" or "en".
std::string_view messageLanguage();

// `thai` when the messages are in Thai, else `english`: a message written in both at the place it is made.
std::string localized(std::string thai, std::string english);

// Why a system call failed (an errno): the C library's words in English; in Thai the common reasons a
// person can act on (a full disk, no permission, a read-only disk), else the C library's words quoted.
std::string systemReason(int error);

} // namespace sapha::host
