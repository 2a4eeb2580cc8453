// Sapha — the language of the messages a program writes for people: its errors and refusals.
// SPDX-License-Identifier: MIT
#pragma once

#include <sapha/sdk_export.h>

#include <string>
#include <string_view>

namespace sapha {

// A process shows one interface language (the GUI's catalog, sapha-cli's settings), chosen by the host at
// start-up before any work. Errors are made deep inside a layer (a document that does not load, a path
// refused, a lock taken) where no language is at hand; passing one through every call that may fail would
// thread one word through every interface, so the host sets it here once and the host and every plugin
// read it. English until set (the source language, as for the GUI's strings).
SAPHA_SDK_EXPORT void setMessageLanguage(std::string_view language);
// "th" or "en".
SAPHA_SDK_EXPORT std::string_view messageLanguage();

// `thai` when messages are in Thai, else `english`: a message written in both where it is made, as
// `inLanguage` does with a language given.
SAPHA_SDK_EXPORT std::string localized(std::string thai, std::string english);

} // namespace sapha
