// Sapha — a redline: two export documents merged into one with tracked insertions and deletions.
// SPDX-License-Identifier: MIT
#include <sapha/diff/word_diff.hpp>
#include <sapha/export/document.hpp>

#include <algorithm>

namespace sapha::exporting {

namespace {

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
                std::string key = "l:";
                for (const ListItem& item : b.items)
                    key += plainText(item.runs) + "\n";
                return key;
            } else if constexpr (std::is_same_v<T, Table>) {
                std::string key = "t:";
                for (const auto& row : b.rows)
                    for (const TableCell& cell : row)
                        key += plainText(cell.runs) + "|";
                return key;
            } else if constexpr (std::is_same_v<T, SignatureBlock>) {
                std::string key = "s:";
                for (const Signatory& signatory : b.signatories)
                    key += signatory.role + signatory.name + signatory.position + "|";
                return key;
            } else {
                return "break";
            }
        },
        block);
}

// Page breaks and signature blocks have no runs to mark: a deleted one is left out of the redline.
bool isTrackable(const Block& block)
{
    return !std::holds_alternative<PageBreak>(block) && !std::holds_alternative<SignatureBlock>(block);
}

void markAll(Runs& runs, Tracked tracked)
{
    for (Run& run : runs)
        run.tracked = tracked;
}

// Every run of a block marked as inserted or deleted.
Block markedBlock(Block block, Tracked tracked)
{
    std::visit(
        [tracked](auto& b) {
            using T = std::decay_t<decltype(b)>;
            if constexpr (std::is_same_v<T, Heading> || std::is_same_v<T, Paragraph>)
                markAll(b.runs, tracked);
            else if constexpr (std::is_same_v<T, List>) {
                for (ListItem& item : b.items)
                    markAll(item.runs, tracked);
            } else if constexpr (std::is_same_v<T, Table>) {
                for (auto& row : b.rows)
                    for (TableCell& cell : row)
                        markAll(cell.runs, tracked);
            }
        },
        block);
    return block;
}

// Runs of the word diff between two texts, styled like `style` (the changed paragraph's first run).
Runs diffRuns(const Runs& before, const Runs& after)
{
    Run style = after.empty() ? (before.empty() ? Run {} : before.front()) : after.front();
    Runs runs;
    for (const diff::Segment& segment : diff::diffWords(plainText(before), plainText(after))) {
        Run run = style;
        run.text = segment.text;
        run.tracked = segment.operation == diff::Operation::Insert ? Tracked::Inserted
            : segment.operation == diff::Operation::Delete         ? Tracked::Deleted
                                                                   : Tracked::None;
        runs.push_back(std::move(run));
    }
    return runs;
}

// Two blocks of the same kind whose text differs, as one block with the changes tracked word by word.
// Blocks of different kinds (or tables and lists, whose structure may differ) come out as the old one
// deleted and the new one inserted.
std::vector<Block> changedBlocks(const Block& before, const Block& after)
{
    if (const auto* oldParagraph = std::get_if<Paragraph>(&before)) {
        if (const auto* newParagraph = std::get_if<Paragraph>(&after)) {
            Paragraph merged = *newParagraph;
            merged.runs = diffRuns(oldParagraph->runs, newParagraph->runs);
            return { merged };
        }
    }
    if (const auto* oldHeading = std::get_if<Heading>(&before)) {
        if (const auto* newHeading = std::get_if<Heading>(&after); newHeading && newHeading->level == oldHeading->level) {
            Heading merged = *newHeading;
            merged.runs = diffRuns(oldHeading->runs, newHeading->runs);
            return { merged };
        }
    }
    if (!isTrackable(before))
        return { after };
    return { markedBlock(before, Tracked::Deleted), markedBlock(after, Tracked::Inserted) };
}

} // namespace

Document redline(const Document& before, const Document& after)
{
    Document result = after;
    result.blocks.clear();
    std::vector<std::string> oldKeys;
    std::vector<std::string> newKeys;
    for (const Block& block : before.blocks)
        oldKeys.push_back(keyOf(block));
    for (const Block& block : after.blocks)
        newKeys.push_back(keyOf(block));
    // Longest common subsequence of blocks; documents have hundreds of blocks, not millions.
    const std::size_t n = oldKeys.size();
    const std::size_t m = newKeys.size();
    std::vector<std::vector<int>> length(n + 1, std::vector<int>(m + 1, 0));
    for (std::size_t i = n; i-- > 0;)
        for (std::size_t j = m; j-- > 0;)
            length[i][j] = oldKeys[i] == newKeys[j] ? length[i + 1][j + 1] + 1 : std::max(length[i + 1][j], length[i][j + 1]);

    std::vector<std::size_t> removed;
    std::vector<std::size_t> added;
    auto flush = [&] {
        // Between two matched blocks: pair what was removed with what was added, in order, as changes.
        const std::size_t paired = std::min(removed.size(), added.size());
        for (std::size_t k = 0; k < paired; ++k)
            for (Block& block : changedBlocks(before.blocks[removed[k]], after.blocks[added[k]]))
                result.blocks.push_back(std::move(block));
        for (std::size_t k = paired; k < removed.size(); ++k) {
            if (isTrackable(before.blocks[removed[k]]))
                result.blocks.push_back(markedBlock(before.blocks[removed[k]], Tracked::Deleted));
        }
        for (std::size_t k = paired; k < added.size(); ++k)
            result.blocks.push_back(markedBlock(after.blocks[added[k]], Tracked::Inserted));
        removed.clear();
        added.clear();
    };
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && oldKeys[i] == newKeys[j]) {
            flush();
            result.blocks.push_back(after.blocks[j]);
            ++i;
            ++j;
        } else if (j < m && (i == n || length[i][j + 1] >= length[i + 1][j])) {
            added.push_back(j++);
        } else {
            removed.push_back(i++);
        }
    }
    flush();
    return result;
}

} // namespace sapha::exporting
