// Sapha — a redline: two export documents merged into one with tracked insertions and deletions.
// What the tracked document must guarantee: accepting every change gives the newer version and rejecting
// every change the older one, with nothing left behind — so whole paragraphs, list items, table rows
// and signatures carry a tracked mark as well as tracked text.
// SPDX-License-Identifier: MIT
#include <sapha/diff/word_diff.hpp>
#include <sapha/export/document.hpp>

#include <algorithm>
#include <functional>
#include <map>

namespace sapha::exporting {

namespace {

// Who made a change, given the key of the block, item or row it came from (the new one for an
// insertion, the old one for a deletion): an index into the redline's change origins.
using OriginOf = std::function<int(const std::string& key, Tracked tracked)>;

std::string rowKey(const std::vector<TableCell>& row)
{
    std::string key = "r:";
    for (const TableCell& cell : row)
        key += plainText(cell.runs) + "|";
    return key;
}

std::string itemKey(const ListItem& item)
{
    return "i:" + std::to_string(item.level) + ":" + plainText(item.runs);
}

// The keys of a sequence of blocks, items or rows, in order, for `align`.
template <typename T, typename KeyOf> std::vector<std::string> keysOfEach(const std::vector<T>& items, KeyOf keyOf)
{
    std::vector<std::string> keys;
    keys.reserve(items.size());
    for (const T& item : items)
        keys.push_back(keyOf(item));
    return keys;
}

// What a block says, for matching blocks between versions.
std::string keyOf(const Block& block)
{
    return std::visit(
        [](const auto& b) -> std::string {
            using T = std::decay_t<decltype(b)>;
            if constexpr (std::is_same_v<T, Heading>)
                return "h" + std::to_string(b.level) + ":" + plainText(b.runs);
            else if constexpr (std::is_same_v<T, Paragraph>)
                return "p:" + plainText(b.runs);
            else if constexpr (std::is_same_v<T, List>) {
                std::string key = b.isNumbered ? "l#:" : "l:";
                for (const ListItem& item : b.items)
                    key += itemKey(item) + "\n";
                return key;
            } else if constexpr (std::is_same_v<T, Table>) {
                std::string key = "t:";
                for (const auto& row : b.rows)
                    key += rowKey(row) + "\n";
                return key;
            } else if constexpr (std::is_same_v<T, SignatureBlock>) {
                std::string key = "s:";
                for (const Signatory& signatory : b.signatories)
                    key += signatory.role + "\t" + signatory.name + "\t" + signatory.position + "|";
                return key;
            } else {
                return "break";
            }
        },
        block);
}

// The longest common subsequence of two lists of keys, walked in order: `same(i, j)` for a match,
// `gap(removed, added)` for what lies between two matches (and after the last). Documents have
// hundreds of blocks, not millions.
void align(const std::vector<std::string>& oldKeys, const std::vector<std::string>& newKeys,
    const std::function<void(std::size_t, std::size_t)>& same,
    const std::function<void(const std::vector<std::size_t>&, const std::vector<std::size_t>&)>& gap)
{
    const std::size_t n = oldKeys.size();
    const std::size_t m = newKeys.size();
    std::vector<std::vector<int>> length(n + 1, std::vector<int>(m + 1, 0));
    for (std::size_t i = n; i-- > 0;)
        for (std::size_t j = m; j-- > 0;)
            length[i][j] = oldKeys[i] == newKeys[j] ? length[i + 1][j + 1] + 1 : std::max(length[i + 1][j], length[i][j + 1]);
    std::vector<std::size_t> removed;
    std::vector<std::size_t> added;
    auto flush = [&] {
        if (!removed.empty() || !added.empty())
            gap(removed, added);
        removed.clear();
        added.clear();
    };
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && oldKeys[i] == newKeys[j]) {
            flush();
            same(i++, j++);
        } else if (j < m && (i == n || length[i][j + 1] >= length[i + 1][j])) {
            added.push_back(j++);
        } else {
            removed.push_back(i++);
        }
    }
    flush();
}

void markRuns(Runs& runs, Tracked tracked, int origin)
{
    for (Run& run : runs) {
        run.tracked = tracked;
        run.origin = origin;
    }
}

// A list item inserted or deleted whole: its text and its mark.
ListItem markedItem(ListItem item, Tracked tracked, const OriginOf& originOf)
{
    const int origin = originOf(itemKey(item), tracked);
    markRuns(item.runs, tracked, origin);
    item.mark = { tracked, origin };
    return item;
}

// A block inserted or deleted whole: its text and its marks (paragraph marks, rows, items) tracked.
Block markedBlock(Block block, Tracked tracked, const OriginOf& originOf)
{
    const int origin = originOf(keyOf(block), tracked);
    const TrackedMark mark { tracked, origin };
    std::visit(
        [&](auto& b) {
            using T = std::decay_t<decltype(b)>;
            if constexpr (std::is_same_v<T, Heading> || std::is_same_v<T, Paragraph>) {
                markRuns(b.runs, tracked, origin);
                b.mark = mark;
            } else if constexpr (std::is_same_v<T, List>) {
                for (ListItem& item : b.items)
                    item = markedItem(std::move(item), tracked, originOf);
            } else if constexpr (std::is_same_v<T, Table>) {
                b.rowMarks.clear();
                for (auto& row : b.rows) {
                    const int rowOrigin = originOf(rowKey(row), tracked);
                    for (TableCell& cell : row)
                        markRuns(cell.runs, tracked, rowOrigin);
                    b.rowMarks.push_back({ tracked, rowOrigin });
                }
            } else {
                b.mark = mark;
            }
        },
        block);
    return block;
}

// The run of `runs` that holds character `offset` of their joined text (the last run past the end).
const Run& runAt(const Runs& runs, std::size_t offset)
{
    static const Run kPlain;
    std::size_t end = 0;
    for (const Run& run : runs) {
        end += run.text.size();
        if (offset < end)
            return run;
    }
    return runs.empty() ? kPlain : runs.back();
}

// The word diff of two texts as runs that keep each side's formatting (a bold label stays bold, the
// plain value beside it plain): a stretch is cut where the runs it came from change style.
Runs diffRuns(const Runs& before, const Runs& after, int insertedBy, int deletedBy)
{
    Runs runs;
    std::size_t oldOffset = 0;
    std::size_t newOffset = 0;
    auto emit = [&](const std::string& text, const Runs& source, std::size_t& offset, Tracked tracked, int origin) {
        std::size_t done = 0;
        while (done < text.size()) {
            // How far the run that holds this character reaches.
            std::size_t end = 0;
            for (const Run& run : source) {
                end += run.text.size();
                if (offset + done < end)
                    break;
            }
            const std::size_t take = end > offset + done ? std::min(text.size() - done, end - offset - done) : text.size() - done;
            Run run = runAt(source, offset + done);
            run.text = text.substr(done, take);
            run.tracked = tracked;
            run.origin = tracked == Tracked::None ? 0 : origin;
            if (!runs.empty() && runs.back().tracked == run.tracked && runs.back().origin == run.origin
                && runs.back().isBold == run.isBold && runs.back().isItalic == run.isItalic
                && runs.back().isUnderlined == run.isUnderlined && runs.back().sizeScale == run.sizeScale)
                runs.back().text += run.text;
            else
                runs.push_back(std::move(run));
            done += take;
        }
        offset += text.size();
    };
    for (const diff::Segment& segment : diff::diffWords(plainText(before), plainText(after))) {
        if (segment.operation == diff::Operation::Insert) {
            emit(segment.text, after, newOffset, Tracked::Inserted, insertedBy);
        } else if (segment.operation == diff::Operation::Delete) {
            emit(segment.text, before, oldOffset, Tracked::Deleted, deletedBy);
        } else {
            emit(segment.text, after, newOffset, Tracked::None, 0);
            oldOffset += segment.text.size();
        }
    }
    return runs;
}

bool hasRowSpans(const Table& table)
{
    for (const auto& row : table.rows)
        for (const TableCell& cell : row)
            if (cell.rowSpan > 1)
                return true;
    return false;
}

bool sameCellShape(const std::vector<TableCell>& a, const std::vector<TableCell>& b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t c = 0; c < a.size(); ++c)
        if (a[c].columnSpan != b[c].columnSpan || a[c].isHeader != b[c].isHeader)
            return false;
    return true;
}

class Redliner {
public:
    explicit Redliner(OriginOf originOf) : m_originOf(std::move(originOf)) { }

    std::vector<Block> blocks(const std::vector<Block>& before, const std::vector<Block>& after) const
    {
        const std::vector<std::string> oldKeys = keysOfEach(before, keyOf);
        const std::vector<std::string> newKeys = keysOfEach(after, keyOf);
        std::vector<Block> result;
        align(
            oldKeys, newKeys, [&](std::size_t, std::size_t j) { result.push_back(after[j]); },
            [&](const std::vector<std::size_t>& removed, const std::vector<std::size_t>& added) {
                // Between two matched blocks: what was removed paired in order with what was added.
                const std::size_t paired = std::min(removed.size(), added.size());
                for (std::size_t k = 0; k < paired; ++k)
                    for (Block& block : changed(before[removed[k]], after[added[k]]))
                        result.push_back(std::move(block));
                for (std::size_t k = paired; k < removed.size(); ++k)
                    result.push_back(markedBlock(before[removed[k]], Tracked::Deleted, m_originOf));
                for (std::size_t k = paired; k < added.size(); ++k)
                    result.push_back(markedBlock(after[added[k]], Tracked::Inserted, m_originOf));
            });
        return result;
    }

private:
    Runs diffed(const Runs& before, const Runs& after, const std::string& oldKey, const std::string& newKey) const
    {
        return diffRuns(before, after, m_originOf(newKey, Tracked::Inserted), m_originOf(oldKey, Tracked::Deleted));
    }

    // Two blocks that stand in each other's place, as tracked changes.
    std::vector<Block> changed(const Block& before, const Block& after) const
    {
        const std::string oldKey = keyOf(before);
        const std::string newKey = keyOf(after);
        if (const auto* oldParagraph = std::get_if<Paragraph>(&before)) {
            if (const auto* newParagraph = std::get_if<Paragraph>(&after)) {
                Paragraph merged = *newParagraph;
                merged.runs = diffed(oldParagraph->runs, newParagraph->runs, oldKey, newKey);
                return { merged };
            }
        }
        if (const auto* oldHeading = std::get_if<Heading>(&before)) {
            if (const auto* newHeading = std::get_if<Heading>(&after); newHeading && newHeading->level == oldHeading->level) {
                Heading merged = *newHeading;
                merged.runs = diffed(oldHeading->runs, newHeading->runs, oldKey, newKey);
                return { merged };
            }
        }
        if (const auto* oldList = std::get_if<List>(&before)) {
            if (const auto* newList = std::get_if<List>(&after); newList && newList->isNumbered == oldList->isNumbered)
                return { changedList(*oldList, *newList) };
        }
        if (const auto* oldTable = std::get_if<Table>(&before)) {
            if (const auto* newTable = std::get_if<Table>(&after)) {
                if (oldTable->columnWidths.size() == newTable->columnWidths.size() && !hasRowSpans(*oldTable)
                    && !hasRowSpans(*newTable))
                    return { changedTable(*oldTable, *newTable) };
            }
        }
        return { markedBlock(before, Tracked::Deleted, m_originOf), markedBlock(after, Tracked::Inserted, m_originOf) };
    }

    List changedList(const List& before, const List& after) const
    {
        List merged = after;
        merged.items.clear();
        const std::vector<std::string> oldKeys = keysOfEach(before.items, itemKey);
        const std::vector<std::string> newKeys = keysOfEach(after.items, itemKey);
        align(
            oldKeys, newKeys, [&](std::size_t, std::size_t j) { merged.items.push_back(after.items[j]); },
            [&](const std::vector<std::size_t>& removed, const std::vector<std::size_t>& added) {
                const std::size_t paired = std::min(removed.size(), added.size());
                for (std::size_t k = 0; k < paired; ++k) {
                    const ListItem& oldItem = before.items[removed[k]];
                    ListItem item = after.items[added[k]];
                    item.runs = diffed(oldItem.runs, item.runs, itemKey(oldItem), itemKey(item));
                    merged.items.push_back(std::move(item));
                }
                for (std::size_t k = paired; k < removed.size(); ++k)
                    merged.items.push_back(markedItem(before.items[removed[k]], Tracked::Deleted, m_originOf));
                for (std::size_t k = paired; k < added.size(); ++k)
                    merged.items.push_back(markedItem(after.items[added[k]], Tracked::Inserted, m_originOf));
            });
        return merged;
    }

    // Rows matched by their text; a row whose cells changed but kept their shape is diffed cell by cell,
    // any other row is deleted or inserted whole.
    Table changedTable(const Table& before, const Table& after) const
    {
        Table merged = after;
        merged.rows.clear();
        merged.rowMarks.clear();
        merged.headerRows = 0;
        bool inHeader = true;
        auto push = [&](std::vector<TableCell> row, TrackedMark mark, bool isHeaderRow) {
            inHeader = inHeader && isHeaderRow;
            if (inHeader)
                ++merged.headerRows;
            merged.rows.push_back(std::move(row));
            merged.rowMarks.push_back(mark);
        };
        auto pushMarked = [&](std::vector<TableCell> row, Tracked tracked, bool isHeaderRow) {
            const int origin = m_originOf(rowKey(row), tracked);
            for (TableCell& cell : row)
                markRuns(cell.runs, tracked, origin);
            push(std::move(row), { tracked, origin }, isHeaderRow);
        };
        const std::vector<std::string> oldKeys = keysOfEach(before.rows, rowKey);
        const std::vector<std::string> newKeys = keysOfEach(after.rows, rowKey);
        const auto oldHeader = [&](std::size_t i) { return static_cast<int>(i) < before.headerRows; };
        const auto newHeader = [&](std::size_t j) { return static_cast<int>(j) < after.headerRows; };
        align(
            oldKeys, newKeys, [&](std::size_t, std::size_t j) { push(after.rows[j], {}, newHeader(j)); },
            [&](const std::vector<std::size_t>& removed, const std::vector<std::size_t>& added) {
                const std::size_t paired = std::min(removed.size(), added.size());
                std::vector<std::size_t> unpairedOld;
                std::vector<std::size_t> unpairedNew;
                for (std::size_t k = 0; k < paired; ++k) {
                    const auto& oldRow = before.rows[removed[k]];
                    const auto& newRow = after.rows[added[k]];
                    if (!sameCellShape(oldRow, newRow)) {
                        pushMarked(oldRow, Tracked::Deleted, oldHeader(removed[k]));
                        pushMarked(newRow, Tracked::Inserted, newHeader(added[k]));
                        continue;
                    }
                    std::vector<TableCell> row = newRow;
                    for (std::size_t c = 0; c < row.size(); ++c)
                        row[c].runs = diffed(oldRow[c].runs, newRow[c].runs, oldKeys[removed[k]], newKeys[added[k]]);
                    push(std::move(row), {}, newHeader(added[k]));
                }
                for (std::size_t k = paired; k < removed.size(); ++k)
                    pushMarked(before.rows[removed[k]], Tracked::Deleted, oldHeader(removed[k]));
                for (std::size_t k = paired; k < added.size(); ++k)
                    pushMarked(after.rows[added[k]], Tracked::Inserted, newHeader(added[k]));
            });
        bool anyRowTracked = false;
        for (const TrackedMark& mark : merged.rowMarks)
            anyRowTracked = anyRowTracked || mark.tracked != Tracked::None;
        if (!anyRowTracked)
            merged.rowMarks.clear();
        return merged;
    }

    OriginOf m_originOf;
};

// How many times each key appears in a version: its blocks', list items' and table rows' (a criteria
// table's rows repeat in every indicator, so presence alone cannot say which version took one out).
std::map<std::string, int> keyCounts(const Document& document)
{
    std::map<std::string, int> keys;
    for (const Block& block : document.blocks) {
        ++keys[keyOf(block)];
        if (const auto* list = std::get_if<List>(&block))
            for (const ListItem& item : list->items)
                ++keys[itemKey(item)];
        if (const auto* table = std::get_if<Table>(&block))
            for (const auto& row : table->rows)
                ++keys[rowKey(row)];
    }
    return keys;
}

} // namespace

Document redline(const Document& before, const Document& after)
{
    return redline(std::vector<Document> { before, after }, {});
}

Document redline(const std::vector<Document>& versions, const std::vector<ChangeOrigin>& origins)
{
    if (versions.empty())
        return {};
    if (versions.size() == 1)
        return versions.front();
    std::vector<std::map<std::string, int>> keys;
    for (const Document& version : versions)
        keys.push_back(keyCounts(version));
    const int last = static_cast<int>(versions.size()) - 1;
    const int origin = static_cast<int>(origins.size());
    auto count = [&keys](int version, const std::string& key) {
        const auto& counted = keys[static_cast<std::size_t>(version)];
        const auto found = counted.find(key);
        return found == counted.end() ? 0 : found->second;
    };
    // When counting cannot tell (the text moved), the first version that changed anything takes the
    // deletion and the last one the insertion.
    int firstChange = last;
    int lastChange = 1;
    for (int k = 1; k <= last; ++k) {
        if (keys[static_cast<std::size_t>(k)] != keys[static_cast<std::size_t>(k - 1)]) {
            firstChange = std::min(firstChange, k);
            lastChange = k;
        }
    }
    // Version k was made by origin k - 1. An insertion is credited to the version from which on the
    // text is there as many times as at the end; a deletion to the first version with fewer of it.
    OriginOf originOf = [&, last, origin](const std::string& key, Tracked tracked) {
        if (origin == 0)
            return 0;
        int k = last;
        if (tracked == Tracked::Inserted) {
            const int wanted = count(last, key);
            while (k > 0 && count(k - 1, key) >= wanted)
                --k;
            if (k == 0)
                k = lastChange;
        } else {
            const int had = count(0, key);
            k = 1;
            while (k <= last && count(k, key) >= had)
                ++k;
            if (k > last)
                k = firstChange;
        }
        return std::min(k - 1, origin - 1);
    };
    Document result = versions.back();
    result.blocks = Redliner(originOf).blocks(versions.front().blocks, versions.back().blocks);
    result.changeOrigins = origins;
    return result;
}

ChangeOrigin changeOriginOf(const Document& document, int origin)
{
    if (origin >= 0 && static_cast<std::size_t>(origin) < document.changeOrigins.size())
        return document.changeOrigins[static_cast<std::size_t>(origin)];
    return { "Sapha", "" };
}

} // namespace sapha::exporting
