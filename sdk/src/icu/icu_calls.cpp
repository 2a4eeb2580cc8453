// Sapha — libsapha_sdk_icu.so: ICU's dates and Thai words behind the C functions of icu_calls.h.
// SPDX-License-Identifier: MIT
#include "icu_calls.h"

#include <cstring>
#include <memory>
#include <string>

#include <unicode/brkiter.h>
#include <unicode/calendar.h>
#include <unicode/locid.h>
#include <unicode/smpdtfmt.h>
#include <unicode/unistr.h>

extern "C" __attribute__((visibility("default"))) size_t sapha_icu_format_date(
    int year, int month, int day, const char* locale, const char* pattern, char* out, size_t size)
{
    try {
        // The date is set on a Gregorian calendar, so that the locale's calendar (Buddhist for th_TH)
        // does the conversion.
        UErrorCode status = U_ZERO_ERROR;
        icu::SimpleDateFormat format(icu::UnicodeString::fromUTF8(pattern), icu::Locale(locale), status);
        if (U_FAILURE(status))
            return 0;
        std::unique_ptr<icu::Calendar> gregorian(icu::Calendar::createInstance(icu::Locale("en_US@calendar=gregorian"), status));
        if (U_FAILURE(status))
            return 0;
        gregorian->clear();
        gregorian->set(year, month - 1, day, 12, 0, 0);
        const UDate instant = gregorian->getTime(status);
        if (U_FAILURE(status))
            return 0;
        icu::UnicodeString formatted;
        format.format(instant, formatted);
        std::string utf8;
        formatted.toUTF8String(utf8);
        if (utf8.size() > size)
            return 0;
        std::memcpy(out, utf8.data(), utf8.size());
        return utf8.size();
    } catch (...) { // nothing is thrown into C
        return 0;
    }
}

extern "C" __attribute__((visibility("default"))) int sapha_icu_words(
    const char* text, size_t length, void (*each)(size_t start, size_t length, void* context), void* context)
{
    try {
        // One break iterator per thread: creating one loads the dictionaries, which costs far more than
        // using it.
        thread_local std::unique_ptr<icu::BreakIterator> breaker;
        if (!breaker) {
            UErrorCode status = U_ZERO_ERROR;
            breaker.reset(icu::BreakIterator::createWordInstance(icu::Locale("th"), status));
            if (U_FAILURE(status))
                breaker.reset();
        }
        if (!breaker)
            return 0;
        const icu::UnicodeString utf16 = icu::UnicodeString::fromUTF8(icu::StringPiece(text, static_cast<int32_t>(length)));
        breaker->setText(utf16);
        // ICU counts in UTF-16 units; each word's length in UTF-8 bytes is counted from them (the text is
        // valid UTF-8, so each unit maps back exactly), without making the word.
        const char16_t* units = utf16.getBuffer();
        size_t byteStart = 0;
        int32_t start = breaker->first();
        for (int32_t end = breaker->next(); end != icu::BreakIterator::DONE; start = end, end = breaker->next()) {
            size_t bytes = 0;
            for (int32_t unit = start; unit < end; ++unit) {
                const char16_t c = units[unit];
                bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : (c >= 0xD800 && c <= 0xDFFF) ? 2 : 3; // a surrogate pair: 4
            }
            each(byteStart, bytes, context);
            byteStart += bytes;
        }
        return byteStart == length ? 1 : 0; // anything else: not cut (the caller keeps the text whole)
    } catch (...) {
        return 0;
    }
}
