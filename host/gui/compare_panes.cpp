// Sapha GUI — the compare view's text for one change.
// SPDX-License-Identifier: MIT
#include "compare_panes.hpp"

#include <algorithm>
#include <regex>

#include <wx/intl.h>

#include <sapha/thai_text.hpp>
#include <sapha/typed_date.hpp>
#include <sapha/ui/wx_text.hpp>

namespace sapha::gui {

namespace {

using diff::ChangeKind;

std::string translated(const wxString& text)
{
    return ui::fromWx(text);
}

int lineCount(const std::vector<PaneRun>& runs)
{
    int lines = 0;
    for (const PaneRun& run : runs)
        lines += static_cast<int>(std::count(run.text.begin(), run.text.end(), '\n'));
    return lines;
}

// Pads the shorter pane with empty lines so that what follows starts level in both.
void level(ChangePanes& panes)
{
    const int before = lineCount(panes.before);
    const int after = lineCount(panes.after);
    if (before < after)
        panes.before.push_back({ std::string(static_cast<std::size_t>(after - before), '\n'), PaneStyle::Plain });
    else if (after < before)
        panes.after.push_back({ std::string(static_cast<std::size_t>(before - after), '\n'), PaneStyle::Plain });
}

// A stored date (ISO, Gregorian) as the reader writes it: "17 สิงหาคม 2563" in Thai, "17 August 2020".
std::string readable(const std::string& value, std::string_view language)
{
    static const std::regex isoDate("\\d{4}-\\d{2}-\\d{2}");
    if (!std::regex_match(value, isoDate))
        return value;
    Result<thai::Date> date = thai::parseIsoDate(value);
    return date ? thai::formatFieldDate(date.value(), language == "th") : value;
}

bool isDate(const std::string& value, std::string_view language)
{
    return !value.empty() && readable(value, language) != value;
}

// A word diff: deleted words in the left pane, inserted ones in the right, the rest in both.
void wordRuns(const diff::Segments& words, ChangePanes& panes)
{
    for (const diff::Segment& segment : words) {
        const bool deleted = segment.operation == diff::Operation::Delete;
        const bool inserted = segment.operation == diff::Operation::Insert;
        if (!inserted)
            panes.before.push_back({ segment.text, deleted ? PaneStyle::Deleted : PaneStyle::Plain });
        if (!deleted)
            panes.after.push_back({ segment.text, inserted ? PaneStyle::Inserted : PaneStyle::Plain });
    }
}

// A whole element added or removed: each field that says something, under its label.
void wholeElement(const ElementInfo& element, PaneStyle style, std::string_view language, std::vector<PaneRun>& pane)
{
    if (element.fields.empty()) {
        pane.push_back({ element.text, style });
        return;
    }
    for (const ElementField& field : element.fields) {
        if (field.value.empty())
            continue;
        pane.push_back({ field.label.in(language) + "\n", PaneStyle::FieldLabel });
        pane.push_back({ readable(field.value, language) + "\n", style });
    }
}

// The changed fields one under another, the unchanged ones named on one grey line.
void fieldByField(const std::vector<diff::FieldChange>& fields, std::string_view language, ChangePanes& panes)
{
    const std::string empty = translated(_("(empty)"));
    std::string unchanged;
    for (const diff::FieldChange& field : fields) {
        const std::string label = field.label.in(language);
        if (field.kind == ChangeKind::None) {
            if (!field.after.empty())
                unchanged += (unchanged.empty() ? "" : ", ") + label;
            continue;
        }
        panes.before.push_back({ label + "\n", PaneStyle::FieldLabel });
        panes.after.push_back({ label + "\n", PaneStyle::FieldLabel });
        if (field.kind == ChangeKind::Added) {
            panes.before.push_back({ empty, PaneStyle::Quiet });
            panes.after.push_back({ readable(field.after, language), PaneStyle::Inserted });
        } else if (field.kind == ChangeKind::Removed) {
            panes.before.push_back({ readable(field.before, language), PaneStyle::Deleted });
            panes.after.push_back({ empty, PaneStyle::Quiet });
        } else if (isDate(field.before, language) || isDate(field.after, language)) {
            // A date is read whole: a word diff of "17 สิงหาคม 2563" against "30 กันยายน 2563" says less.
            panes.before.push_back({ readable(field.before, language), PaneStyle::Deleted });
            panes.after.push_back({ readable(field.after, language), PaneStyle::Inserted });
        } else {
            wordRuns(field.words, panes);
        }
        panes.before.push_back({ "\n", PaneStyle::Plain });
        panes.after.push_back({ "\n", PaneStyle::Plain });
        level(panes);
    }
    if (!unchanged.empty()) {
        const std::string folded = translated(wxString::Format(_("Unchanged: %s"), ui::toWx(unchanged))) + "\n";
        panes.before.push_back({ folded, PaneStyle::Quiet });
        panes.after.push_back({ folded, PaneStyle::Quiet });
    }
}

} // namespace

ChangePanes changePanes(const diff::ElementChange& change, const std::string& title, std::string_view language)
{
    ChangePanes panes;
    panes.before.push_back({ title + "\n", PaneStyle::Heading });
    panes.after.push_back({ title + "\n", PaneStyle::Heading });
    const std::string absent = translated(_("(not in this version)")) + "\n";
    if (change.kind == ChangeKind::Added) {
        panes.before.push_back({ absent, PaneStyle::Quiet });
        wholeElement(change.after, PaneStyle::Inserted, language, panes.after);
    } else if (change.kind == ChangeKind::Removed) {
        wholeElement(change.before, PaneStyle::Deleted, language, panes.before);
        panes.after.push_back({ absent, PaneStyle::Quiet });
    } else if (change.kind == ChangeKind::Moved) {
        const std::string moved = translated(_("(moved; its content is the same)")) + "\n";
        panes.before.push_back({ moved, PaneStyle::Quiet });
        panes.after.push_back({ moved, PaneStyle::Quiet });
    } else if (const std::vector<diff::FieldChange> fields = diff::diffFields(change); !fields.empty()) {
        fieldByField(fields, language, panes);
    } else {
        wordRuns(change.words, panes);
        panes.before.push_back({ "\n", PaneStyle::Plain });
        panes.after.push_back({ "\n", PaneStyle::Plain });
    }
    level(panes);
    // A blank line between changes.
    panes.before.push_back({ "\n", PaneStyle::Plain });
    panes.after.push_back({ "\n", PaneStyle::Plain });
    return panes;
}

} // namespace sapha::gui
