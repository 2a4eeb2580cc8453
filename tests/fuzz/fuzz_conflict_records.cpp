// Sapha fuzzing — conflict records read from any text: a document as a remote, an editor or a hostile
// hand may leave it. Properties: reading never fails; what is read writes and reads back the same; the
// reader, the test for records and the cleaner agree on what a record is (a text without records has none
// to read, and nothing is taken for a record that the cleaner would leave); a choice for a record that
// still applies either settles it or says why.
// SPDX-License-Identifier: MIT
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <sapha/xml_merge.hpp>

#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const std::vector<sapha::xml::MergeConflict> records = sapha::xml::readConflictRecords(text);
    SAPHA_FUZZ_REQUIRE(sapha::xml::readConflictRecords(sapha::xml::conflictRecords(records)) == records);

    const std::string clean = sapha::xml::withoutConflictRecords(text);
    SAPHA_FUZZ_REQUIRE(!sapha::xml::hasConflictRecords(clean));
    SAPHA_FUZZ_REQUIRE(sapha::xml::readConflictRecords(clean).empty());
    if (!records.empty())
        SAPHA_FUZZ_REQUIRE(sapha::xml::hasConflictRecords(text));
    // Written back after the document, the records are read as they were, and cleaned off again.
    const std::string rewritten = sapha::xml::withConflictRecords(clean, records);
    SAPHA_FUZZ_REQUIRE(sapha::xml::readConflictRecords(rewritten) == records);

    std::size_t tried = 0;
    for (const sapha::xml::MergeConflict& record : records) {
        if (++tried > 16)
            break; // a file with thousands of records says nothing more than one with sixteen
        if (!sapha::xml::conflictStillApplies(clean, record))
            continue;
        for (sapha::xml::Side side : { sapha::xml::Side::Ours, sapha::xml::Side::Theirs }) {
            auto chosen = sapha::xml::applyChoice(clean, record, side);
            if (!chosen)
                SAPHA_FUZZ_REQUIRE(!chosen.error().message.empty());
        }
    }
    if (records.empty())
        ++sapha::fuzz::counts().rejected;
    else
        ++sapha::fuzz::counts().accepted;
    return 0;
}
