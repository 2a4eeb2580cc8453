// Sapha GUI — what the compare view writes for one change, in each of its two panes: the element's
// fields under their labels in the reader's language, only those that changed, the rest folded into
// one line naming them; dates in the reader's era. Pure text and styles, so it is tested without a window.
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <sapha/diff/structural_diff.hpp>

namespace sapha::gui {

enum class PaneStyle {
    Plain,
    Heading,    // the change's title
    FieldLabel, // a field's name above its value
    Deleted,    // struck through, on red
    Inserted,   // underlined, on green
    Quiet,      // grey: "(not in this version)", the folded fields
};

struct PaneRun {
    std::string text;
    PaneStyle style = PaneStyle::Plain;
};

struct ChangePanes {
    std::vector<PaneRun> before;
    std::vector<PaneRun> after;
};

// The two panes' text for `change` (the heading included), level with each other line for line.
// `language` is the interface's: field labels, the era of dates and the words of the view follow it.
ChangePanes changePanes(const diff::ElementChange& change, const std::string& title, std::string_view language);

} // namespace sapha::gui
