/* Sapha — what the SDK asks of ICU, as plain C: the functions of libsapha_sdk_icu.so, which the SDK opens
 * the first time a Thai date is written or Thai text is cut into words (icu_library.cpp). A program that
 * does neither (sapha-cli list, log) does not load ICU's libraries: they were a tenth of its start-up.
 * SPDX-License-Identifier: MIT */
#pragma once

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The date (Gregorian) in ICU pattern `pattern` of locale `locale` ("th_TH" counts years in the Buddhist
 * Era), as UTF-8 into `out` (at most `size` bytes, no terminator). Returns the length written, 0 when ICU
 * could not format it or it does not fit. */
typedef size_t (*SaphaIcuFormatDate)(int year, int month, int day, const char* locale, const char* pattern,
    char* out, size_t size);
#define SAPHA_ICU_FORMAT_DATE "sapha_icu_format_date"

/* Cuts valid UTF-8 `text` into ICU's Thai words: calls `each` with every word's start and length in
 * bytes, in order, together giving the text back. Returns 0 when ICU's word breaker is not there. */
typedef int (*SaphaIcuWords)(const char* text, size_t length, void (*each)(size_t start, size_t length, void* context),
    void* context);
#define SAPHA_ICU_WORDS "sapha_icu_words"

#ifdef __cplusplus
}
#endif
