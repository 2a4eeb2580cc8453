// Sapha export — writing one XML part of a package with pugixml.
// SPDX-License-Identifier: MIT
#pragma once

#include <sstream>
#include <string>

#include <pugixml.hpp>

namespace sapha::exporting::internal {

// The part as UTF-8 with an XML declaration, compact (no indentation is added inside text).
inline std::string xmlPart(const pugi::xml_document& part)
{
    std::ostringstream out;
    part.save(out, "", pugi::format_raw, pugi::encoding_utf8);
    return out.str();
}

// Appends an element with attributes given as name/value pairs.
template <typename... Pairs>
pugi::xml_node element(pugi::xml_node parent, const char* name, Pairs... attributes)
{
    pugi::xml_node node = parent.append_child(name);
    const char* list[] = { attributes..., nullptr };
    for (int i = 0; list[i] && list[i + 1]; i += 2)
        node.append_attribute(list[i]).set_value(list[i + 1]);
    return node;
}

} // namespace sapha::exporting::internal
