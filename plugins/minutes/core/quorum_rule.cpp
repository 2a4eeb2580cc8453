// Sapha minutes — the quorum rule.
// SPDX-License-Identifier: MIT
#include "core/quorum_rule.hpp"
#include <sapha/message_language.hpp>

namespace sapha::minutes {

int quorumCount(int members, int numerator, int denominator)
{
    if (denominator <= 0 || members <= 0)
        return 0;
    return (members * numerator + denominator - 1) / denominator;
}

Status readQuorumRule(const pugi::xml_node& parent, const xml::Source& source, int& numerator, int& denominator)
{
    const pugi::xml_node quorum = parent.child("quorum");
    if (!quorum)
        return Status::ok();
    numerator = quorum.attribute("numerator").as_int(1);
    denominator = quorum.attribute("denominator").as_int(2);
    if (numerator <= 0 || denominator <= 0 || numerator > denominator)
        return source.failureAt(quorum, localized("องค์ประชุมต้องเป็นเศษส่วนระหว่าง 0 ถึง 1 (ตัวเศษ ≤ ตัวส่วน)",
                                          "the quorum must be a fraction between 0 and 1 (numerator ≤ denominator)"));
    return Status::ok();
}

void writeQuorumRule(pugi::xml_node& parent, int numerator, int denominator)
{
    pugi::xml_node quorum = parent.append_child("quorum");
    quorum.append_attribute("numerator").set_value(numerator);
    quorum.append_attribute("denominator").set_value(denominator);
}

} // namespace sapha::minutes
