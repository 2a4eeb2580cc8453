// Sapha minutes — the roster kind: XML, checks, outline, paper.
// SPDX-License-Identifier: MIT
#include "core/roster_kind.hpp"

#include "core/quorum_rule.hpp"

#include <sapha/localized_text.hpp>
#include <sapha/xml_io.hpp>

namespace sapha::minutes {

namespace {

constexpr int kFormatVersion = 1;

void readTemplate(const pugi::xml_node& parent, std::vector<TemplateItem>& out)
{
    for (pugi::xml_node node : parent.children("item")) {
        TemplateItem item { node.attribute("id").value(), xml::childText(node, "title"), {} };
        readTemplate(node, item.children);
        out.push_back(std::move(item));
    }
}

void writeTemplate(pugi::xml_node& parent, const std::vector<TemplateItem>& items)
{
    for (const TemplateItem& item : items) {
        pugi::xml_node node = parent.append_child("item");
        node.append_attribute("id").set_value(item.id.c_str());
        xml::setChildText(node, "title", item.title);
        writeTemplate(node, item.children);
    }
}

bool isChair(const Member& member)
{
    return member.role.rfind("ประธาน", 0) == 0 || member.role == "Chair";
}

} // namespace

std::string RosterKind::id() const noexcept
{
    return kId;
}

LocalizedText RosterKind::displayName() const noexcept
{
    return { "ทำเนียบคณะกรรมการ", "Committee roster" };
}

std::string RosterKind::fileSuffix() const noexcept
{
    return kSuffix;
}

std::string_view RosterKind::rootElement() const
{
    return "roster";
}

int RosterKind::formatVersion() const
{
    return kFormatVersion;
}

Result<Roster> RosterKind::parse(std::string_view text, std::string_view sourceName) const
{
    Result<std::unique_ptr<IDocument>> loaded = load(text, sourceName);
    if (!loaded)
        return loaded.error();
    return static_cast<const Roster&>(*loaded.value());
}

Roster RosterKind::makeNew(const NewDocumentOptions& options) const
{
    Roster roster;
    roster.language = options.language == "en" ? "en" : "th";
    roster.committee = options.title;
    roster.agendaTemplate = defaultAgendaTemplate(roster.language);
    return roster;
}

Status RosterKind::readModel(
    const pugi::xml_document& xml, std::string_view text, std::string_view sourceName, Roster& roster) const
{
    const xml::Source source { text, sourceName };
    const pugi::xml_node root = xml.document_element();
    roster.language = root.attribute("language").as_string("th");
    roster.committee = xml::childText(root, "committee");
    if (Status quorum = readQuorumRule(root, source, roster.quorumNumerator, roster.quorumDenominator); !quorum)
        return quorum;
    for (pugi::xml_node node : root.child("members").children("member")) {
        if (Status hasId = source.requireAttribute(node, "id"); !hasId)
            return hasId;
        roster.members.push_back({ node.attribute("id").value(), xml::childText(node, "name"),
            xml::childText(node, "position"), node.attribute("role").value() });
    }
    readTemplate(root.child("agenda-template"), roster.agendaTemplate);
    return Status::ok();
}

void RosterKind::writeModel(const Roster& roster, pugi::xml_node& root) const
{
    root.append_attribute("language").set_value(roster.language.c_str());
    xml::setChildText(root, "committee", roster.committee);
    writeQuorumRule(root, roster.quorumNumerator, roster.quorumDenominator);
    pugi::xml_node members = root.append_child("members");
    for (const Member& member : roster.members) {
        pugi::xml_node node = members.append_child("member");
        node.append_attribute("id").set_value(member.id.c_str());
        if (!member.role.empty())
            node.append_attribute("role").set_value(member.role.c_str());
        xml::setChildText(node, "name", member.name);
        if (!member.position.empty())
            xml::setChildText(node, "position", member.position);
    }
    pugi::xml_node agenda = root.append_child("agenda-template");
    writeTemplate(agenda, roster.agendaTemplate);
}

Findings RosterKind::check(const Roster& roster, std::string_view language) const
{
    Findings findings;
    if (roster.committee.empty())
        findings.push_back({ Severity::Error, {}, inLanguage(language, "ยังไม่มีชื่อคณะกรรมการ", "the committee name is missing"), 0 });
    if (roster.members.empty())
        findings.push_back({ Severity::Warning, {}, inLanguage(language, "ทะเบียนรายชื่อยังไม่มีกรรมการ", "the roster has no members"), 0 });
    bool hasChair = false;
    for (const Member& member : roster.members) {
        if (member.name.empty())
            findings.push_back({ Severity::Error, member.id, inLanguage(language, "มีกรรมการที่ไม่มีชื่อ", "a member without a name"), 0 });
        if (member.role.empty())
            findings.push_back({ Severity::Warning, member.id,
                inLanguage(language, member.name + " ยังไม่มีตำแหน่งในคณะกรรมการ", member.name + " has no committee role"), 0 });
        hasChair = hasChair || isChair(member);
    }
    if (!roster.members.empty() && !hasChair)
        findings.push_back({ Severity::Warning, {}, inLanguage(language, "ยังไม่มีกรรมการในตำแหน่งประธาน", "no member is the chair (ประธาน)"), 0 });
    if (roster.agendaTemplate.empty())
        findings.push_back({ Severity::Warning, {}, inLanguage(language, "แม่แบบระเบียบวาระยังว่าง", "the agenda template is empty"), 0 });
    return findings;
}

std::string RosterKind::titleOf(const Roster& roster) const
{
    return roster.committee.empty() ? std::string("ทำเนียบคณะกรรมการ") : roster.committee;
}

ElementList RosterKind::elementsOf(const Roster& roster) const
{
    ElementList elements;
    elements.push_back(labelledElement("roster", {}, "roster details", {}, "รายละเอียดคณะกรรมการ",
        { { { "คณะกรรมการ", "Committee" }, roster.committee },
            { { "องค์ประชุม", "Quorum" },
                std::to_string(roster.quorumNumerator) + "/" + std::to_string(roster.quorumDenominator) } }));
    for (const Member& member : roster.members)
        elements.push_back(labelledElement(member.id, {}, "member", member.name, "กรรมการ",
            { { { "ชื่อ", "Name" }, member.name }, { { "ตำแหน่ง", "Position" }, member.position },
                { { "ในคณะ", "Role" }, member.role } }));
    for (std::size_t i = 0; i < roster.agendaTemplate.size(); ++i)
        elements.push_back(labelledElement(roster.agendaTemplate[i].id, {}, "template item", std::to_string(i + 1), "วาระในแบบ",
            { { { "ระเบียบวาระ", "Agenda heading" }, roster.agendaTemplate[i].title } }));
    return elements;
}

exporting::Document RosterKind::buildExport(const Roster& roster) const
{
    using exporting::Align;
    using exporting::Run;
    const bool english = roster.language == "en";
    exporting::Document paper;
    paper.language = roster.language;
    paper.title = titleOf(roster);
    paper.heading(1, (english ? "Members of the " : "ทำเนียบ") + roster.committee, Align::Center);
    exporting::Table table;
    table.columnWidths = { 1.6, 5, 5, 4 }; // wide enough for "ลำดับ" on one line
    table.headerRows = 1;
    auto header = [](const char* text) { return exporting::TableCell { { Run { text } }, 1, 1, true, Align::Center }; };
    table.rows.push_back({ header(english ? "No." : "ลำดับ"), header(english ? "Name" : "ชื่อ - สกุล"),
        header(english ? "Position" : "ตำแหน่ง"), header(english ? "Role" : "ตำแหน่งในคณะ") });
    for (std::size_t i = 0; i < roster.members.size(); ++i) {
        const Member& member = roster.members[i];
        table.rows.push_back({ exporting::TableCell { { Run { std::to_string(i + 1) } }, 1, 1, false, Align::Center },
            exporting::TableCell { { Run { member.name } } }, exporting::TableCell { { Run { member.position } } },
            exporting::TableCell { { Run { member.role } } } });
    }
    paper.blocks.push_back(std::move(table));
    paper.paragraph((english ? "Quorum: at least " : "องค์ประชุม: ไม่น้อยกว่า ")
            + std::to_string(roster.quorumOf(static_cast<int>(roster.members.size())))
            + (english ? " of " : " จาก ") + std::to_string(roster.members.size()) + (english ? " members" : " คน"),
        false);
    return paper;
}

} // namespace sapha::minutes
