// Sapha standards — the XML of the parts a standard and an assessment share: an indicator with its
// scoring scheme, level bands, reviewers' comments. An assessment copies the indicators it was made
// against, so both read and write them here, the same way.
// SPDX-License-Identifier: MIT
#pragma once

#include "core/standards_export.h"

#include <pugixml.hpp>

#include <sapha/status.hpp>
#include <sapha/xml_io.hpp>

#include "core/standard.hpp"

namespace sapha::standards {

// <indicator id type weight scheme …> with its statement, scheme, evidence, guidance, notes, source, comments.
Status readIndicator(const pugi::xml_node& node, const xml::Source& source, Indicator& indicator);
// Returns the <indicator> written, so that an assessment can add its result to it.
pugi::xml_node writeIndicator(pugi::xml_node& parent, const Indicator& indicator);

// <bands><band from to>label</band>…</bands>
Status readBands(const pugi::xml_node& parent, const xml::Source& source, std::vector<Band>& bands);
void writeBands(pugi::xml_node& parent, const std::vector<Band>& bands);

// <comment id author date resolved>text</comment>, children of `parent`.
Status readComments(const pugi::xml_node& parent, const xml::Source& source, std::vector<Comment>& comments);
void writeComments(pugi::xml_node& parent, const std::vector<Comment>& comments);

// "%g": 1, 0.5, 12.5 — numbers as people write them.
SAPHA_STANDARDS_EXPORT std::string formatNumber(double value);

} // namespace sapha::standards
