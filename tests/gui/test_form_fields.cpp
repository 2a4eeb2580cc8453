// Sapha tests — the SDK UI's FieldBinder: the edit handler of a field of the selected element.
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <sapha/ui/form_fields.hpp>

namespace {

struct Item {
    std::string id;
    std::string title;
};

} // namespace

TEST_CASE("form fields: a bound field edits the element selected when the text changes, and says which")
{
    std::vector<Item> items { { "item-1", "" }, { "item-2", "" } };
    Item* selected = nullptr;
    std::vector<std::string> edits;
    const sapha::ui::FieldBinder<Item> field([&] { return selected; },
        [&](const std::string& name, Item& item) { edits.push_back(name + ":" + item.id); });
    auto onTitle = field("title", [](Item& item, const std::string& text) { item.title = text; });

    onTitle("nothing selected"); // an edit with no element selected changes nothing
    CHECK(items[0].title.empty());
    CHECK(edits.empty());

    selected = &items[1];
    onTitle("ระเบียบวาระที่ 2");
    CHECK(items[1].title == "ระเบียบวาระที่ 2");
    CHECK(items[0].title.empty());
    selected = &items[0]; // the selection moved: the same handler edits the element selected now
    onTitle("ระเบียบวาระที่ 1");
    CHECK(items[0].title == "ระเบียบวาระที่ 1");
    CHECK(edits == std::vector<std::string> { "title:item-2", "title:item-1" });
}
