// Sapha fuzzing — the merge by element (sdk xml_merge.hpp) and its conflict records. The input is three
// documents, base, ours and theirs, separated by lines "=====". Properties: a refused merge says why;
// an accepted one is XML in which each conflict can be chosen either way; its records
// read back as written; a document merged with itself is itself, without conflicts.
// SPDX-License-Identifier: MIT
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <sapha/xml_merge.hpp>

#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    std::string parts[3];
    std::size_t start = 0;
    for (int i = 0; i < 3; ++i) {
        const std::size_t end = i < 2 ? input.find("\n=====\n", start) : std::string_view::npos;
        parts[i] = std::string(input.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos) {
            start = input.size();
            continue;
        }
        start = end + 7;
    }
    auto merged = sapha::xml::mergeThreeWay(parts[0], parts[1], parts[2]);
    if (!merged) {
        SAPHA_FUZZ_REQUIRE(!merged.error().message.empty());
        ++sapha::fuzz::counts().rejected;
    } else {
        const sapha::xml::MergeOutcome& outcome = merged.value();
        const std::string records = sapha::xml::conflictRecords(outcome.conflicts);
        SAPHA_FUZZ_REQUIRE(sapha::xml::readConflictRecords(outcome.xml + records) == outcome.conflicts);
        SAPHA_FUZZ_REQUIRE(sapha::xml::withoutConflictRecords(outcome.xml + records) == outcome.xml);
        for (const sapha::xml::MergeConflict& conflict : outcome.conflicts) {
            SAPHA_FUZZ_REQUIRE(sapha::xml::conflictStillApplies(outcome.xml, conflict));
            for (sapha::xml::Side side : { sapha::xml::Side::Ours, sapha::xml::Side::Theirs }) {
                auto chosen = sapha::xml::applyChoice(outcome.xml, conflict, side);
                SAPHA_FUZZ_REQUIRE(chosen.isOk());
            }
        }
        ++sapha::fuzz::counts().accepted;
    }
    // Nobody changed anything: the merge is the document, with nothing to choose.
    if (auto same = sapha::xml::mergeThreeWay(parts[1], parts[1], parts[1]); same)
        SAPHA_FUZZ_REQUIRE(same.value().conflicts.empty());
    return 0;
}
