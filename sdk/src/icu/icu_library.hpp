// Sapha — libsapha_sdk_icu.so, opened the first time it is needed (icu_calls.h says why).
// SPDX-License-Identifier: MIT
#pragma once

#include "icu_calls.h"

namespace sapha::thai {

struct IcuLibrary {
    SaphaIcuFormatDate formatDate = nullptr;
    SaphaIcuWords words = nullptr;
};

// The library beside libsapha_sdk.so, opened once by the first caller of any thread. When it cannot be
// opened (a broken installation) its functions are null, and that is said once on standard error,
// naming the file: dates are then written as YYYY-MM-DD and text is not cut.
const IcuLibrary& icuLibrary();

} // namespace sapha::thai
