// Sapha — structural diff by element id.
// SPDX-License-Identifier: MIT
#include <sapha/diff/structural_diff.hpp>

#include <algorithm>
#include <map>
#include <set>

namespace sapha::diff {

namespace {

// Ids of the longest common subsequence of two id sequences: elements outside it changed order.
std::set<std::string> inSameOrder(const std::vector<std::string>& a, const std::vector<std::string>& b)
{
    const std::size_t n = a.size();
    const std::size_t m = b.size();
    std::vector<std::vector<int>> length(n + 1, std::vector<int>(m + 1, 0));
    for (std::size_t i = n; i-- > 0;)
        for (std::size_t j = m; j-- > 0;)
            length[i][j] = a[i] == b[j] ? length[i + 1][j + 1] + 1 : std::max(length[i + 1][j], length[i][j + 1]);
    std::set<std::string> kept;
    for (std::size_t i = 0, j = 0; i < n && j < m;) {
        if (a[i] == b[j]) {
            kept.insert(a[i]);
            ++i;
            ++j;
        } else if (length[i + 1][j] >= length[i][j + 1]) {
            ++i;
        } else {
            ++j;
        }
    }
    return kept;
}

} // namespace

const char* changeKindName(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added:
        return "added";
    case ChangeKind::Removed:
        return "removed";
    case ChangeKind::Moved:
        return "moved";
    case ChangeKind::Changed:
        return "changed";
    case ChangeKind::MovedAndChanged:
        return "moved and changed";
    case ChangeKind::None:
        break;
    }
    return "unchanged";
}

std::vector<ElementChange> diffElements(const ElementList& before, const ElementList& after)
{
    std::map<std::string, const ElementInfo*> oldById;
    std::map<std::string, const ElementInfo*> newById;
    for (const ElementInfo& element : before)
        oldById[element.id] = &element;
    for (const ElementInfo& element : after)
        newById[element.id] = &element;

    // Order among siblings: an element moved when its parent changed or it left the common order.
    std::map<std::string, std::vector<std::string>> oldChildren;
    std::map<std::string, std::vector<std::string>> newChildren;
    for (const ElementInfo& element : before)
        if (newById.count(element.id))
            oldChildren[element.parentId].push_back(element.id);
    for (const ElementInfo& element : after)
        if (oldById.count(element.id))
            newChildren[element.parentId].push_back(element.id);
    std::set<std::string> ordered;
    for (const auto& [parent, children] : newChildren) {
        const std::set<std::string> kept = inSameOrder(oldChildren[parent], children);
        ordered.insert(kept.begin(), kept.end());
    }

    std::vector<ElementChange> changes;
    std::size_t nextOld = 0;
    auto flushRemovedUpTo = [&](const std::string& id) {
        // Removed elements are reported where they stood: before the next surviving element.
        while (nextOld < before.size()) {
            const ElementInfo& old = before[nextOld];
            if (old.id == id)
                break;
            if (!newById.count(old.id))
                changes.push_back(ElementChange { ChangeKind::Removed, old, {}, {} });
            ++nextOld;
        }
    };
    for (const ElementInfo& element : after) {
        auto old = oldById.find(element.id);
        if (old == oldById.end()) {
            // What was removed just here is reported before what was added in its place.
            while (nextOld < before.size() && !newById.count(before[nextOld].id)) {
                changes.push_back(ElementChange { ChangeKind::Removed, before[nextOld], {}, {} });
                ++nextOld;
            }
            changes.push_back(ElementChange { ChangeKind::Added, {}, element, {} });
            continue;
        }
        // Keep the old-order cursor in step for the placement of removed elements.
        for (std::size_t k = nextOld; k < before.size(); ++k) {
            if (before[k].id == element.id) {
                flushRemovedUpTo(element.id);
                nextOld = k + 1;
                break;
            }
        }
        const ElementInfo& previous = *old->second;
        const bool moved = previous.parentId != element.parentId || !ordered.count(element.id);
        const bool changed = previous.text != element.text;
        if (!moved && !changed)
            continue;
        ElementChange change { moved && changed ? ChangeKind::MovedAndChanged : moved ? ChangeKind::Moved : ChangeKind::Changed,
            previous, element, {} };
        if (changed)
            change.words = diffWords(previous.text, element.text);
        changes.push_back(std::move(change));
    }
    flushRemovedUpTo({});
    return changes;
}

std::vector<FieldChange> diffFields(const ElementChange& change)
{
    const std::vector<ElementField>& before = change.before.fields;
    const std::vector<ElementField>& after = change.after.fields;
    std::vector<FieldChange> fields;
    if (before.empty() && after.empty())
        return fields;
    auto classify = [](FieldChange field) {
        if (field.before == field.after)
            field.kind = ChangeKind::None;
        else if (field.before.empty())
            field.kind = ChangeKind::Added;
        else if (field.after.empty())
            field.kind = ChangeKind::Removed;
        else {
            field.kind = ChangeKind::Changed;
            field.words = diffWords(field.before, field.after);
        }
        return field;
    };
    auto hasLabel = [](const std::vector<ElementField>& list, const LocalizedText& label) {
        return std::any_of(list.begin(), list.end(), [&](const ElementField& field) { return field.label == label; });
    };
    // Each older field is matched to the first newer one of its label not yet taken; one the newer
    // version lacks is reported before the next field that both have.
    std::vector<bool> taken(before.size(), false);
    std::size_t nextOld = 0;
    for (const ElementField& field : after) {
        std::size_t match = before.size();
        for (std::size_t k = 0; k < before.size(); ++k)
            if (!taken[k] && before[k].label == field.label) {
                match = k;
                break;
            }
        if (match < before.size()) {
            for (; nextOld < match; ++nextOld)
                if (!taken[nextOld] && !hasLabel(after, before[nextOld].label)) {
                    taken[nextOld] = true;
                    fields.push_back(classify({ before[nextOld].label, {}, before[nextOld].value, {}, {} }));
                }
            taken[match] = true;
            fields.push_back(classify({ field.label, {}, before[match].value, field.value, {} }));
        } else {
            fields.push_back(classify({ field.label, {}, {}, field.value, {} }));
        }
    }
    for (std::size_t k = 0; k < before.size(); ++k)
        if (!taken[k])
            fields.push_back(classify({ before[k].label, {}, before[k].value, {}, {} }));
    return fields;
}

} // namespace sapha::diff
