// Sapha plans — reading the action items of the workspace's meetings.
// SPDX-License-Identifier: MIT
#include "core/action_source.hpp"

#include <set>

#include <sapha/message_language.hpp>
#include <sapha/xml_io.hpp>

namespace sapha::plans {

namespace {

constexpr std::string_view kMeetingSuffix = ".meeting.xml";

ActionItemSource describe(const std::string& path, const pugi::xml_node& meeting, const pugi::xml_node& action)
{
    ActionItemSource source;
    source.meetingPath = path;
    source.actionId = action.attribute("id").value();
    source.reference = path + "#" + source.actionId;
    source.task = xml::childText(action, "task");
    source.assignee = xml::childText(action, "assignee");
    source.due = action.attribute("due").value();
    source.status = action.attribute("status").as_string("open");
    source.committee = xml::childText(meeting, "committee");
    source.roster = meeting.child("committee").attribute("roster").value();
    source.meetingDate = xml::childText(meeting, "date");
    source.meetingNumber = xml::childText(meeting, "number") + "/" + xml::childText(meeting, "year");
    return source;
}

// Every <action> under the meeting's agenda, at any depth, in document order.
void collectActions(const pugi::xml_node& node, std::vector<pugi::xml_node>& out)
{
    for (pugi::xml_node child : node.children()) {
        if (std::string_view(child.name()) == "action")
            out.push_back(child);
        else if (std::string_view(child.name()) == "item")
            collectActions(child, out);
    }
}

std::vector<pugi::xml_node> actionsOf(const pugi::xml_document& document)
{
    std::vector<pugi::xml_node> out;
    collectActions(document.document_element().child("agenda"), out);
    return out;
}

} // namespace

Result<ActionItemSource> readActionItem(const IWorkspaceView& workspace, std::string_view reference)
{
    const std::size_t hash = reference.find('#');
    if (hash == std::string_view::npos || hash == 0 || hash + 1 == reference.size())
        return Error { localized("ระบุงานที่มอบหมายแบบ MEETING#ACTION (minutes/m.meeting.xml#act-1)",
                           "an action item is named as MEETING#ACTION (minutes/m.meeting.xml#act-1)"),
            std::string(reference) };
    const std::string path(reference.substr(0, hash));
    const std::string id(reference.substr(hash + 1));
    if (!path.ends_with(kMeetingSuffix))
        return Error { localized("ไม่ใช่รายงานการประชุม (แฟ้มที่ลงท้ายด้วย .meeting.xml)", "not a meeting's minutes (a file ending in .meeting.xml)"), path };
    Result<std::string> text = workspace.read(path);
    if (!text)
        return text.error();
    auto parsed = xml::parse(text.value(), path);
    if (!parsed)
        return parsed.error();
    for (const pugi::xml_node& action : actionsOf(*parsed.value())) {
        if (id == action.attribute("id").value())
            return describe(path, parsed.value()->document_element(), action);
    }
    return Error { localized("การประชุมนี้ไม่มีงานที่มอบหมาย \"" + id + "\"", "the meeting has no action item \"" + id + "\""), path };
}

namespace {

// Every document a resolution of `node`'s agenda approves (<link relation="approves" document="…">).
void collectApproved(const pugi::xml_node& node, std::set<std::string>& approved)
{
    for (pugi::xml_node child : node.children()) {
        const std::string_view name = child.name();
        if (name == "link" && std::string_view(child.attribute("relation").value()) == "approves")
            approved.insert(child.attribute("document").value());
        else if (name == "item")
            collectApproved(child, approved);
    }
}

} // namespace

std::vector<ActionItemSource> openActionItems(const IWorkspaceView& workspace)
{
    // As the committee sees its actions across meetings (formats/minutes.md): an action carried into a
    // later meeting names where it was decided (origin) and is the same action; done anywhere is done.
    std::vector<ActionItemSource> decided;
    std::set<std::string> done;
    std::set<std::string> approved;
    for (const std::string& path : workspace.documents(kMeetingSuffix)) {
        Result<std::string> text = workspace.read(path);
        if (!text)
            continue; // a meeting that cannot be read offers nothing to answer
        auto parsed = xml::parse(text.value(), path);
        if (!parsed)
            continue;
        collectApproved(parsed.value()->document_element().child("agenda"), approved);
        for (const pugi::xml_node& action : actionsOf(*parsed.value())) {
            const std::string origin = action.attribute("origin").value();
            const std::string key = origin.empty() ? path + "#" + action.attribute("id").value() : origin;
            if (std::string_view(action.attribute("status").as_string("open")) == "done")
                done.insert(key);
            if (origin.empty())
                decided.push_back(describe(path, parsed.value()->document_element(), action));
        }
    }
    std::vector<ActionItemSource> open;
    for (ActionItemSource& action : decided) {
        if (done.count(action.reference))
            continue;
        // An action whose plan a meeting adopted is closed (the minutes plugin closes it the same way).
        bool adopted = false;
        for (const FollowUp& followUp : workspace.followUps(action.meetingPath, action.actionId, "th"))
            adopted = adopted || approved.count(followUp.path) > 0;
        if (!adopted)
            open.push_back(std::move(action));
    }
    return open;
}

std::string planTitleFromTask(const std::string& task)
{
    std::string title = task;
    for (const std::string_view verb : { "จัดทำ", "ร่าง", "Draft ", "draft ", "Prepare ", "prepare " }) {
        if (title.starts_with(verb)) {
            title.erase(0, verb.size());
            break;
        }
    }
    for (const std::string_view tail : { " ภายใต้", " โดย", " under ", " by " }) {
        if (const std::size_t at = title.find(tail); at != std::string::npos && at > 0)
            title.erase(at);
    }
    return title;
}

} // namespace sapha::plans
