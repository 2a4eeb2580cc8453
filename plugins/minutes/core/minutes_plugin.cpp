// Sapha minutes — the plugin object.
// SPDX-License-Identifier: MIT
#include "core/minutes_plugin.hpp"

#include "core/actions_command.hpp"
#include "core/certify_command.hpp"

namespace sapha::minutes {

MinutesPlugin::MinutesPlugin(IHost& host)
    : m_host(host)
{
}

MinutesPlugin::~MinutesPlugin() = default;

std::vector<const IDocumentKind*> MinutesPlugin::documentKinds() const noexcept
{
    return { &m_meetingKind, &m_rosterKind };
}

void* MinutesPlugin::queryInterface(std::string_view interfaceId) noexcept
{
    if (interfaceId == IDemoContent::kInterfaceId)
        return static_cast<IDemoContent*>(this);
    if (interfaceId == ICommandProvider::kInterfaceId)
        return static_cast<ICommandProvider*>(this);
    return nullptr;
}

std::vector<DemoDocument> MinutesPlugin::demoDocuments() const noexcept
{
    try {
        std::vector<DemoDocument> documents = nationalSubcommitteeDemo(m_meetingKind, m_rosterKind);
        for (std::vector<DemoDocument> (*committee)(const MeetingKind&, const RosterKind&) : { &beggingControlDemo, &chiangRaiDemo }) {
            for (DemoDocument& document : committee(m_meetingKind, m_rosterKind))
                documents.push_back(std::move(document));
        }
        return documents;
    } catch (const std::exception& failure) {
        m_host.log(LogLevel::Error, "minutes", std::string("demo content failed: ") + failure.what());
        return {};
    }
}

std::vector<DemoTag> MinutesPlugin::demoTags() const noexcept
{
    return {};
}

std::vector<CommandInfo> MinutesPlugin::commands() const noexcept
{
    return { { "actions", "actions [--open] [--committee ROSTER] [--json]",
                 { "เรื่องที่ต้องดำเนินการจากทุกการประชุม: ค้าง เลยกำหนด เสร็จแล้ว",
                     "action items of every meeting: open, overdue, done" } },
        { "certify", "certify MEETING --at MEETING [--freeze]",
            { "การประชุมครั้งถัดไปรับรองรายงานการประชุม: ตั้งชื่อฉบับและเชื่อมจากวาระ",
                "the next meeting certifies the minutes: a named version, linked from its item" } } };
}

CommandOutput MinutesPlugin::run(std::string_view name, const std::vector<std::string>& arguments,
    const IWorkspaceView& workspace, IWorkspaceChanges& changes, std::string_view language) const noexcept
{
    try {
        if (name == "actions")
            return runActionsCommand(arguments, workspace, language);
        if (name == "certify")
            return runCertifyCommand(arguments, workspace, changes, language);
        return { 2, {}, inLanguage(language, "ปลั๊กอินรายงานการประชุมไม่มีคำสั่ง \"", "the minutes plugin has no command \"") + std::string(name) + "\"" };
    } catch (const std::exception& failure) {
        return { 1, {}, std::string(name) + inLanguage(language, " ไม่สำเร็จ: ", " failed: ") + failure.what() };
    }
}

} // namespace sapha::minutes
