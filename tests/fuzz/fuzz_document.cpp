// Sapha fuzzing — a document kind's loader (SAPHA_FUZZ_KIND picks it: meeting, roster, standard,
// assessment, session). Properties: a rejected text says why; an accepted one saves, the saved text
// loads again and saves to the same text (load(save(load(x))) == load(x)); checking, outlining,
// summarising and exporting it never fail outright.
// SPDX-License-Identifier: MIT
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "fuzz_check.hpp"

#include "core/assessment_kind.hpp"
#include "core/meeting_kind.hpp"
#include "core/roster_kind.hpp"
#include "core/session_kind.hpp"
#include "core/standard_kind.hpp"

namespace {

const sapha::IDocumentKind& kindUnderTest()
{
#if SAPHA_FUZZ_KIND_meeting
    static const sapha::minutes::MeetingKind kind;
#elif SAPHA_FUZZ_KIND_roster
    static const sapha::minutes::RosterKind kind;
#elif SAPHA_FUZZ_KIND_standard
    static const sapha::standards::StandardKind kind;
#elif SAPHA_FUZZ_KIND_assessment
    static const sapha::standards::AssessmentKind kind;
#elif SAPHA_FUZZ_KIND_session
    static const sapha::brainstorm::SessionKind kind;
#else
#error "SAPHA_FUZZ_KIND_<kind> must be defined"
#endif
    return kind;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const sapha::IDocumentKind& kind = kindUnderTest();
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto loaded = kind.load(text, "fuzz.xml");
    if (!loaded) {
        SAPHA_FUZZ_REQUIRE(!loaded.error().message.empty());
        ++sapha::fuzz::counts().rejected;
        return 0;
    }
    const sapha::IDocument& document = *loaded.value();
    auto saved = kind.save(document);
    SAPHA_FUZZ_REQUIRE(saved.isOk());
    auto again = kind.load(saved.value(), "fuzz-saved.xml");
    SAPHA_FUZZ_REQUIRE(again.isOk());
    auto savedAgain = kind.save(*again.value());
    SAPHA_FUZZ_REQUIRE(savedAgain.isOk());
    if (savedAgain.value() != saved.value()) {
        // Where the two saves part, to see what the loader read differently.
        const std::string& a = saved.value();
        const std::string& b = savedAgain.value();
        std::size_t at = 0;
        while (at < a.size() && at < b.size() && a[at] == b[at])
            ++at;
        const std::size_t from = at > 60 ? at - 60 : 0;
        std::fprintf(stderr, "first save:  ...%s...\nsecond save: ...%s...\n", a.substr(from, 160).c_str(), b.substr(from, 160).c_str());
    }
    SAPHA_FUZZ_REQUIRE(savedAgain.value() == saved.value());
    (void)kind.validate(document, "en");
    (void)kind.title(document);
    const sapha::ElementList elements = kind.elements(document);
    SAPHA_FUZZ_REQUIRE(elements == kind.elements(*again.value()));
    (void)kind.reviewChange(nullptr, document, sapha::ReviewOptions { "th", true });
    (void)kind.reviewChange(again.value().get(), document, sapha::ReviewOptions { "en", true });
    (void)kind.references(document);
    (void)kind.exportDocument(document);
    ++sapha::fuzz::counts().accepted;
    return 0;
}
