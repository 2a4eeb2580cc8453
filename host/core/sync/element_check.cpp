// Sapha — judging a merge by its elements.
// SPDX-License-Identifier: MIT
#include "sync/element_check.hpp"

#include <map>
#include <optional>
#include <string>

namespace sapha::host {

namespace {

// Element id → its text; nothing when the document does not load or an id appears twice.
std::optional<std::map<std::string, std::string>> elementTexts(const IDocumentKind& kind, std::string_view xml)
{
    Result<std::unique_ptr<IDocument>> loaded = kind.load(xml, "merge");
    if (!loaded)
        return std::nullopt;
    std::map<std::string, std::string> texts;
    for (const ElementInfo& element : kind.elements(*loaded.value())) {
        // The label is left out: it is the element's number ("4.3"), which moves when others are added.
        if (!texts.emplace(element.id, element.text + "\n" + element.parentId).second)
            return std::nullopt;
    }
    return texts;
}

} // namespace

bool keepsEveryChange(const IDocumentKind& kind, std::string_view base, std::string_view ours, std::string_view theirs,
    std::string_view candidate, BothChanged bothChanged)
{
    const auto before = elementTexts(kind, base);
    const auto mine = elementTexts(kind, ours);
    const auto other = elementTexts(kind, theirs);
    const auto merged = elementTexts(kind, candidate);
    if (!before || !mine || !other || !merged)
        return false;
    auto textIn = [](const std::map<std::string, std::string>& texts, const std::string& id) -> std::optional<std::string> {
        auto found = texts.find(id);
        return found == texts.end() ? std::nullopt : std::optional<std::string>(found->second);
    };
    std::map<std::string, bool> ids;
    for (const auto* side : { &*before, &*mine, &*other, &*merged }) {
        for (const auto& [id, text] : *side)
            ids[id] = true;
    }
    for (const auto& [id, unused] : ids) {
        const auto b = textIn(*before, id);
        const auto o = textIn(*mine, id);
        const auto t = textIn(*other, id);
        const auto m = textIn(*merged, id);
        const bool oursChanged = o != b;
        const bool theirsChanged = t != b;
        std::optional<std::string> expected;
        if (oursChanged && theirsChanged) {
            if (o != t && bothChanged == BothChanged::KeptSomehow) {
                if (m.has_value() != (o.has_value() || t.has_value()))
                    return false;
                continue;
            }
            if (o != t)
                return false; // both changed it differently: a person chooses
            expected = o;
        } else if (oursChanged) {
            expected = o;
        } else if (theirsChanged) {
            expected = t;
        } else {
            expected = b;
        }
        if (m != expected)
            return false;
    }
    return true;
}

} // namespace sapha::host
