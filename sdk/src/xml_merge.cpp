// Sapha — merging documents by element, and the records of conflicts (see xml_merge.hpp).
//
// The merge runs in two steps. First, every element with an id is put where the merge will have it
// (an element one side moved moves in all three versions), so that the second step can walk the three
// trees side by side: children matched by id, or by name and position for fields, attributes and text
// merged three-way, additions kept, a removal taken only when the other side left the element alone.
// SPDX-License-Identifier: MIT
#include <sapha/xml_merge.hpp>
#include <sapha/message_language.hpp>

#include <algorithm>
#include <map>
#include <sstream>
#include <stdexcept>

#include <pugixml.hpp>

#include <sapha/xml_io.hpp>

namespace sapha::xml {

namespace {

constexpr const char* kIdentity = "id";
constexpr std::string_view kRecordStart = "<?sapha-conflict ";

// Why a merge by element cannot be made; the caller falls back to a line merge.
class CannotMerge : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

std::string idOf(const pugi::xml_node& node)
{
    return node.attribute(kIdentity).value();
}

bool isElement(const pugi::xml_node& node)
{
    return node.type() == pugi::node_element;
}

bool isRoot(const pugi::xml_node& node)
{
    return node.parent().type() == pugi::node_document;
}

// How a child is known among its siblings: "#id" when it has an id, else "name[k]" for the k-th child
// of that name without one.
std::string keyOf(const pugi::xml_node& node)
{
    const std::string id = idOf(node);
    if (!id.empty())
        return "#" + id;
    int earlier = 0;
    for (pugi::xml_node sibling = node.previous_sibling(); sibling; sibling = sibling.previous_sibling()) {
        if (isElement(sibling) && idOf(sibling).empty() && std::string_view(sibling.name()) == node.name())
            ++earlier;
    }
    return std::string(node.name()) + "[" + std::to_string(earlier) + "]";
}

struct Child {
    std::string key;
    pugi::xml_node node;
};

std::vector<Child> childrenOf(const pugi::xml_node& node)
{
    std::vector<Child> children;
    if (!node)
        return children;
    std::map<std::string, int> seen;
    for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
        if (!isElement(child))
            continue;
        const std::string id = idOf(child);
        if (!id.empty()) {
            children.push_back({ "#" + id, child });
        } else {
            const std::string name = child.name();
            children.push_back({ name + "[" + std::to_string(seen[name]++) + "]", child });
        }
    }
    return children;
}

pugi::xml_node childWithKey(const pugi::xml_node& node, const std::string& key)
{
    for (const Child& child : childrenOf(node)) {
        if (child.key == key)
            return child.node;
    }
    return {};
}

std::string ownText(const pugi::xml_node& node)
{
    std::string text;
    for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata)
            text += child.value();
    }
    return text;
}

std::string xmlOf(const pugi::xml_node& node)
{
    std::ostringstream out;
    node.print(out, "", pugi::format_raw, pugi::encoding_utf8);
    return out.str();
}

// A path step as people read it: "title" for the first (usually only) <title>.
std::string stepOf(const std::string& key)
{
    return key.ends_with("[0]") ? key.substr(0, key.size() - 3) : key;
}

std::string joined(const std::string& path, const std::string& step)
{
    return path.empty() ? step : path + "/" + step;
}

// One version of the document, with its elements by id.
struct Version {
    pugi::xml_document document;
    bool present = false;
    std::map<std::string, pugi::xml_node> byId;

    pugi::xml_node root() const { return document.document_element(); }

    void index()
    {
        byId.clear();
        indexUnder(root());
    }

private:
    void indexUnder(const pugi::xml_node& node)
    {
        for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
            if (!isElement(child))
                continue;
            const std::string id = idOf(child);
            if (!id.empty() && !byId.emplace(id, child).second)
                throw CannotMerge(localized("รหัส \"" + id + "\" ซ้ำกันสองแห่ง", "the id \"" + id + "\" appears twice"));
            indexUnder(child);
        }
    }
};

void parseVersion(std::string_view text, const char* side, Version& version)
{
    if (text.empty())
        return;
    const pugi::xml_parse_result parsed
        = version.document.load_buffer(text.data(), text.size(), pugi::parse_default, pugi::encoding_utf8);
    if (!parsed)
        throw CannotMerge(localized("ฉบับ " + std::string(side) + " ไม่ใช่ XML ที่ถูกต้อง: \"" + parsed.description() + "\"",
            std::string(side) + " is not well-formed XML: " + parsed.description()));
    version.present = true;
    version.index();
}

// Where an element with an id sits: its nearest ancestor with an id (empty: the root) and the fields
// between ("#comp-1" / "levels[0]").
struct Location {
    std::string anchor;
    std::vector<std::string> steps;
    bool operator==(const Location&) const = default;
};

Location locationOf(const pugi::xml_node& node)
{
    Location location;
    for (pugi::xml_node parent = node.parent(); parent && isElement(parent); parent = parent.parent()) {
        if (isRoot(parent))
            break;
        const std::string id = idOf(parent);
        if (!id.empty()) {
            location.anchor = id;
            break;
        }
        location.steps.push_back(keyOf(parent));
    }
    std::reverse(location.steps.begin(), location.steps.end());
    return location;
}

pugi::xml_node containerAt(const Version& version, const Location& location)
{
    pugi::xml_node node = version.root();
    if (!location.anchor.empty()) {
        auto found = version.byId.find(location.anchor);
        if (found == version.byId.end())
            return {};
        node = found->second;
    }
    for (const std::string& step : location.steps) {
        node = childWithKey(node, step);
        if (!node)
            return {};
    }
    return node;
}

bool isInside(pugi::xml_node node, const pugi::xml_node& ancestor)
{
    for (; node; node = node.parent()) {
        if (node == ancestor)
            return true;
    }
    return false;
}

// Moves element `id` of `version` to `target`, after the sibling that precedes it in `mover` (the
// version that put it there).
void relocate(Version& version, const std::string& id, const Location& target, const pugi::xml_node& mover)
{
    pugi::xml_node node = version.byId.at(id);
    pugi::xml_node container = containerAt(version, target);
    if (!container || isInside(container, node))
        throw CannotMerge(localized("ส่วน \"" + id + "\" ถูกย้ายไปที่ที่อีกฝั่งไม่มี", "element \"" + id + "\" was moved into a place the other side does not have"));
    for (pugi::xml_node before = mover.previous_sibling(); before; before = before.previous_sibling()) {
        if (!isElement(before))
            continue;
        pugi::xml_node anchor = childWithKey(container, keyOf(before));
        if (anchor && anchor != node) {
            container.insert_move_after(node, anchor);
            return;
        }
    }
    container.prepend_move(node);
}

// Step one: every element with an id goes where the merge will have it, in all three versions.
void placeMovedElements(Version& base, Version& ours, Version& theirs)
{
    std::map<std::string, bool> ids;
    for (const Version* version : { &base, &ours, &theirs }) {
        for (const auto& [id, node] : version->byId)
            ids[id] = true;
    }
    struct Move {
        std::string id;
        Location target;
        pugi::xml_node mover;
    };
    std::vector<Move> moves;
    for (const auto& entry : ids) {
        const std::string& id = entry.first; // (a named variable: a lambda cannot capture a structured binding in clang 14)
        auto where = [&](const Version& version) -> std::optional<Location> {
            auto found = version.byId.find(id);
            return found == version.byId.end() ? std::nullopt : std::optional<Location>(locationOf(found->second));
        };
        const std::optional<Location> b = where(base);
        const std::optional<Location> o = where(ours);
        const std::optional<Location> t = where(theirs);
        Move move { id, {}, {} };
        if (o && t) {
            if (*o == *t || (b && *t == *b)) {
                move.target = *o;
                move.mover = ours.byId.at(id);
            } else if (b && *o == *b) {
                move.target = *t;
                move.mover = theirs.byId.at(id);
            } else {
                throw CannotMerge(localized("ส่วน \"" + id + "\" ถูกย้ายไปคนละที่ทั้งสองฝั่ง", "element \"" + id + "\" was moved to different places on both sides"));
            }
        } else if (o || t) {
            move.target = o ? *o : *t;
            move.mover = (o ? ours : theirs).byId.at(id);
        } else {
            continue; // removed on both sides
        }
        moves.push_back(move);
    }
    for (const Move& move : moves) {
        for (Version* version : { &base, &ours, &theirs }) {
            auto found = version->byId.find(move.id);
            if (found != version->byId.end() && !(locationOf(found->second) == move.target))
                relocate(*version, move.id, move.target, move.mover);
        }
    }
}

std::vector<std::string> keysOf(const std::vector<Child>& children)
{
    std::vector<std::string> keys;
    for (const Child& child : children)
        keys.push_back(child.key);
    return keys;
}

bool contains(const std::vector<std::string>& keys, const std::string& key)
{
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

// The keys of `a` that `b` has too, in `a`'s order.
std::vector<std::string> sharedIn(const std::vector<std::string>& a, const std::vector<std::string>& b)
{
    std::vector<std::string> shared;
    for (const std::string& key : a) {
        if (contains(b, key))
            shared.push_back(key);
    }
    return shared;
}

// The children's order: the side that reordered them (else ours), with the other side's additions
// after the child that precedes them there.
std::vector<std::string> mergedOrder(const std::vector<std::string>& base, const std::vector<std::string>& ours,
    const std::vector<std::string>& theirs, const std::string& where)
{
    const bool oursReordered = sharedIn(ours, base) != sharedIn(base, ours);
    const bool theirsReordered = sharedIn(theirs, base) != sharedIn(base, theirs);
    if (oursReordered && theirsReordered && sharedIn(ours, theirs) != sharedIn(theirs, ours))
        throw CannotMerge(localized("ส่วนย่อยของ " + (where.empty() ? std::string("ตัวเอกสาร") : where) + " ถูกเรียงต่างกันทั้งสองฝั่ง",
            "the children of " + (where.empty() ? std::string("the document") : where) + " were put in different orders on both sides"));
    const bool theirsLead = theirsReordered && !oursReordered;
    const std::vector<std::string>& primary = theirsLead ? theirs : ours;
    const std::vector<std::string>& secondary = theirsLead ? ours : theirs;
    std::vector<std::string> order = primary;
    for (std::size_t i = 0; i < secondary.size(); ++i) {
        if (contains(order, secondary[i]))
            continue;
        auto at = order.begin();
        for (std::size_t j = i; j-- > 0;) {
            auto found = std::find(order.begin(), order.end(), secondary[j]);
            if (found != order.end()) {
                at = found + 1;
                break;
            }
        }
        // After what the leading side added there too: two items added at the end stay in the order
        // "ours, then theirs".
        while (at != order.end() && !contains(base, *at) && !contains(secondary, *at))
            ++at;
        order.insert(at, secondary[i]);
    }
    return order;
}

// Step two: the three trees side by side.
class TreeMerge {
public:
    std::vector<MergeConflict> conflicts;

    // Merges `ours` and `theirs` (both present; `base` may be absent) into `out`, an empty element.
    // `element` and `path` say where this is, for conflict records.
    void merge(const pugi::xml_node& base, const pugi::xml_node& ours, const pugi::xml_node& theirs, pugi::xml_node out,
        const std::string& element, const std::string& path)
    {
        mergeAttributes(base, ours, theirs, out, element, path);
        // Without a common version, no text counts as empty text (adding nothing), but the record says
        // there was none.
        const std::size_t before = conflicts.size();
        const std::optional<std::string> text
            = choose(base ? ownText(base) : std::string(), ownText(ours), ownText(theirs), MergeConflict::Kind::Text, element, path);
        if (!base && conflicts.size() > before)
            conflicts.back().base.reset();
        if (text && !text->empty())
            out.append_child(pugi::node_pcdata).set_value(text->c_str());
        mergeChildren(base, ours, theirs, out, element, path);
    }

private:
    // The three-way choice of one value; a conflict keeps ours and is recorded.
    std::optional<std::string> choose(const std::optional<std::string>& base, const std::optional<std::string>& ours,
        const std::optional<std::string>& theirs, MergeConflict::Kind kind, const std::string& element, const std::string& path)
    {
        if (ours == theirs || theirs == base)
            return ours;
        if (ours == base)
            return theirs;
        conflicts.push_back(MergeConflict { kind, element, path, base, ours, theirs });
        return ours;
    }

    void mergeAttributes(const pugi::xml_node& base, const pugi::xml_node& ours, const pugi::xml_node& theirs,
        pugi::xml_node& out, const std::string& element, const std::string& path)
    {
        std::vector<std::string> names;
        for (const pugi::xml_node* node : { &ours, &theirs, &base }) {
            for (pugi::xml_attribute attribute = node->first_attribute(); attribute; attribute = attribute.next_attribute()) {
                if (!contains(names, attribute.name()))
                    names.push_back(attribute.name());
            }
        }
        auto valueIn = [](const pugi::xml_node& node, const std::string& name) -> std::optional<std::string> {
            const pugi::xml_attribute attribute = node ? node.attribute(name.c_str()) : pugi::xml_attribute();
            return attribute ? std::optional<std::string>(attribute.value()) : std::nullopt;
        };
        for (const std::string& name : names) {
            const std::optional<std::string> value = choose(valueIn(base, name), valueIn(ours, name), valueIn(theirs, name),
                MergeConflict::Kind::Attribute, element, joined(path, "@" + name));
            if (value)
                out.append_attribute(name.c_str()).set_value(value->c_str());
        }
    }

    void mergeChildren(const pugi::xml_node& base, const pugi::xml_node& ours, const pugi::xml_node& theirs,
        pugi::xml_node& out, const std::string& element, const std::string& path)
    {
        const std::vector<Child> inBase = childrenOf(base);
        const std::vector<Child> inOurs = childrenOf(ours);
        const std::vector<Child> inTheirs = childrenOf(theirs);
        auto find = [](const std::vector<Child>& children, const std::string& key) {
            for (const Child& child : children) {
                if (child.key == key)
                    return child.node;
            }
            return pugi::xml_node();
        };
        const std::string where = element.empty() && path.empty() ? std::string() : ("\"" + joined(element, path) + "\"");
        for (const std::string& key : mergedOrder(keysOf(inBase), keysOf(inOurs), keysOf(inTheirs), where)) {
            const pugi::xml_node b = find(inBase, key);
            const pugi::xml_node o = find(inOurs, key);
            const pugi::xml_node t = find(inTheirs, key);
            const bool identified = key.starts_with("#");
            const std::string childElement = identified ? key.substr(1) : element;
            const std::string childPath = identified ? std::string() : joined(path, stepOf(key));
            if (o && t) {
                merge(b, o, t, out.append_child(o.name()), childElement, childPath);
            } else if (o || t) {
                const pugi::xml_node kept = o ? o : t;
                if (!b) {
                    out.append_copy(kept); // added on one side
                } else if (xmlOf(b) != xmlOf(kept)) {
                    // Removed on one side, changed on the other: the changed one stays until a person chooses.
                    out.append_copy(kept);
                    conflicts.push_back(MergeConflict { MergeConflict::Kind::Element, childElement, childPath, xmlOf(b),
                        o ? std::optional<std::string>(xmlOf(o)) : std::nullopt,
                        t ? std::optional<std::string>(xmlOf(t)) : std::nullopt });
                }
                // else: removed on one side and left alone on the other: removed.
            }
        }
    }
};

std::string escaped(std::string_view value)
{
    std::string out;
    for (char c : value) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\n': out += "&#10;"; break;
        case '\r': out += "&#13;"; break;
        case '\t': out += "&#9;"; break;
        default: out += c;
        }
    }
    return out;
}

const char* kindName(MergeConflict::Kind kind)
{
    switch (kind) {
    case MergeConflict::Kind::Attribute: return "attribute";
    case MergeConflict::Kind::Element: return "element";
    case MergeConflict::Kind::Text: break;
    }
    return "text";
}

// The node a conflict is about in `document` (for an attribute, the element holding it), and the
// attribute's name; a null node when it is no longer there.
std::pair<pugi::xml_node, std::string> nodeOf(const pugi::xml_document& document, const MergeConflict& conflict)
{
    pugi::xml_node node = document.document_element();
    if (!conflict.element.empty()) {
        node = document.find_node([&](const pugi::xml_node& candidate) {
            return isElement(candidate) && idOf(candidate) == conflict.element;
        });
    }
    std::string attribute;
    std::size_t start = 0;
    while (node && start < conflict.path.size()) {
        std::size_t end = conflict.path.find('/', start);
        if (end == std::string::npos)
            end = conflict.path.size();
        const std::string step = conflict.path.substr(start, end - start);
        start = end + 1;
        if (step.starts_with("@")) {
            attribute = step.substr(1);
            break;
        }
        node = childWithKey(node, step.ends_with("]") ? step : step + "[0]");
    }
    return { node, attribute };
}

} // namespace

Result<MergeOutcome> mergeThreeWay(std::string_view base, std::string_view ours, std::string_view theirs)
{
    try {
        Version b;
        Version o;
        Version t;
        parseVersion(base, "the common version", b);
        parseVersion(ours, "this side's version", o);
        parseVersion(theirs, "the other side's version", t);
        if (!o.present || !t.present)
            throw CannotMerge(localized("ฝั่งหนึ่งไม่มีเอกสาร", "one side has no document"));
        if (std::string_view(o.root().name()) != t.root().name())
            throw CannotMerge(localized("สองฝั่งเป็นเอกสารต่างชนิดกัน", "the two sides are different kinds of document"));
        placeMovedElements(b, o, t);

        pugi::xml_document merged;
        TreeMerge tree;
        tree.merge(b.present ? b.root() : pugi::xml_node(), o.root(), t.root(), merged.append_child(o.root().name()), "", "");
        Version check;
        check.document.reset(merged);
        check.index(); // an element in two places would be one person's edit shown twice
        return MergeOutcome { write(merged), std::move(tree.conflicts) };
    } catch (const CannotMerge& reason) {
        return Error { localized("รวมทีละส่วนไม่ได้: ", "cannot be merged by element: ") + reason.what(), {} };
    } catch (const std::exception& failure) {
        return Error { localized("รวมทีละส่วนไม่ได้: ", "cannot be merged by element: ") + failure.what(), {} };
    }
}

std::string conflictRecords(const std::vector<MergeConflict>& conflicts)
{
    std::string records;
    for (const MergeConflict& conflict : conflicts) {
        records += std::string(kRecordStart) + "kind=\"" + kindName(conflict.kind) + "\" element=\"" + escaped(conflict.element)
            + "\" path=\"" + escaped(conflict.path) + "\"";
        if (conflict.base)
            records += " base=\"" + escaped(*conflict.base) + "\"";
        if (conflict.ours)
            records += " ours=\"" + escaped(*conflict.ours) + "\"";
        if (conflict.theirs)
            records += " theirs=\"" + escaped(*conflict.theirs) + "\"";
        records += "?>\n";
    }
    return records;
}

namespace {

// Calls `visit` with each line of `text`, its '\n' included.
template <typename Visit>
void forEachLine(std::string_view text, Visit visit)
{
    for (std::size_t start = 0; start < text.size();) {
        std::size_t end = text.find('\n', start);
        end = end == std::string_view::npos ? text.size() : end + 1;
        visit(text.substr(start, end - start));
        start = end;
    }
}

// A record is a line that starts with the record's opening: so they are written (one line each, after
// the root element). The same words anywhere else (in a comment, inside a line) are the document's
// text, which no reader may take for a conflict that then could never be settled.
bool isRecordLine(std::string_view line)
{
    return line.starts_with(kRecordStart);
}

} // namespace

std::vector<MergeConflict> readConflictRecords(std::string_view text)
{
    std::vector<MergeConflict> conflicts;
    forEachLine(text, [&](std::string_view line) {
        if (!isRecordLine(line))
            return;
        const std::size_t end = line.find("?>");
        if (end == std::string_view::npos)
            return;
        const std::string element
            = "<c " + std::string(line.substr(kRecordStart.size(), end - kRecordStart.size())) + "/>";
        pugi::xml_document record;
        if (!record.load_buffer(element.data(), element.size(), pugi::parse_minimal | pugi::parse_escapes, pugi::encoding_utf8))
            return;
        const pugi::xml_node c = record.first_child();
        auto value = [&](const char* name) -> std::optional<std::string> {
            const pugi::xml_attribute attribute = c.attribute(name);
            return attribute ? std::optional<std::string>(attribute.value()) : std::nullopt;
        };
        MergeConflict conflict;
        const std::string kind = c.attribute("kind").value();
        conflict.kind = kind == "attribute" ? MergeConflict::Kind::Attribute
            : kind == "element"             ? MergeConflict::Kind::Element
                                            : MergeConflict::Kind::Text;
        conflict.element = c.attribute("element").value();
        conflict.path = c.attribute("path").value();
        conflict.base = value("base");
        conflict.ours = value("ours");
        conflict.theirs = value("theirs");
        conflicts.push_back(std::move(conflict));
    });
    return conflicts;
}

bool hasConflictRecords(std::string_view text)
{
    bool found = false;
    forEachLine(text, [&](std::string_view line) { found = found || isRecordLine(line); });
    return found;
}

std::string withoutConflictRecords(std::string_view text)
{
    std::string kept;
    forEachLine(text, [&](std::string_view line) {
        if (!isRecordLine(line))
            kept += line;
    });
    return kept;
}

std::string withConflictRecords(std::string_view text, const std::vector<MergeConflict>& conflicts)
{
    std::string out(text);
    if (!conflicts.empty() && !out.empty() && out.back() != '\n')
        out += '\n'; // each record starts a line, or no reader takes it for one
    return out + conflictRecords(conflicts);
}

Result<std::string> applyChoice(std::string_view xml, const MergeConflict& conflict, Side side)
{
    Result<std::unique_ptr<pugi::xml_document>> parsed = parse(xml, "the document");
    if (!parsed)
        return parsed.error();
    pugi::xml_document& document = *parsed.value();
    auto [node, attribute] = nodeOf(document, conflict);
    const std::string where = conflict.element.empty() ? conflict.path : conflict.element + (conflict.path.empty() ? "" : "/" + conflict.path);
    if (!node)
        return Error { localized("ไม่อยู่ในเอกสารแล้ว (ถูกลบหลังการรวม)", "is no longer in the document (removed since the merge)"), where };
    const std::optional<std::string>& value = side == Side::Ours ? conflict.ours : conflict.theirs;
    switch (conflict.kind) {
    case MergeConflict::Kind::Attribute:
        if (attribute.empty())
            return Error { localized("บันทึกข้อขัดแย้งไม่ได้ระบุแอตทริบิวต์", "the record names no attribute"), where };
        if (!value)
            node.remove_attribute(attribute.c_str());
        else if (pugi::xml_attribute existing = node.attribute(attribute.c_str()))
            existing.set_value(value->c_str());
        else
            node.append_attribute(attribute.c_str()).set_value(value->c_str());
        break;
    case MergeConflict::Kind::Text: {
        for (pugi::xml_node child = node.first_child(); child;) {
            pugi::xml_node next = child.next_sibling();
            if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata)
                node.remove_child(child);
            child = next;
        }
        if (value && !value->empty())
            node.prepend_child(pugi::node_pcdata).set_value(value->c_str());
        break;
    }
    case MergeConflict::Kind::Element:
        if (value) {
            pugi::xml_document chosen;
            if (!chosen.load_buffer(value->data(), value->size(), pugi::parse_default, pugi::encoding_utf8) || !chosen.document_element())
                return Error { localized("ฉบับของส่วนนี้ในบันทึกข้อขัดแย้งไม่ใช่ XML", "the record's version of the element is not XML"), where };
            node.parent().insert_copy_after(chosen.document_element(), node);
        }
        node.parent().remove_child(node);
        break;
    }
    return write(document);
}

bool conflictStillApplies(std::string_view xml, const MergeConflict& conflict)
{
    pugi::xml_document document;
    if (!document.load_buffer(xml.data(), xml.size(), pugi::parse_default, pugi::encoding_utf8))
        return false;
    return static_cast<bool>(nodeOf(document, conflict).first);
}

} // namespace sapha::xml
