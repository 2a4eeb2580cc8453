// Sapha plans — the plugin object.
// SPDX-License-Identifier: MIT
#include "core/plans_plugin.hpp"

#include "core/plan_commands.hpp"

namespace sapha::plans {

PlansPlugin::PlansPlugin(IHost& host)
    : m_host(host)
{
}

PlansPlugin::~PlansPlugin() = default;

std::vector<const IDocumentKind*> PlansPlugin::documentKinds() const noexcept
{
    return { &m_planKind };
}

void* PlansPlugin::queryInterface(std::string_view interfaceId) noexcept
{
    if (interfaceId == IDemoContent::kInterfaceId)
        return static_cast<IDemoContent*>(this);
    if (interfaceId == ICommandProvider::kInterfaceId)
        return static_cast<ICommandProvider*>(this);
    return nullptr;
}

std::vector<DemoDocument> PlansPlugin::demoDocuments() const noexcept
{
    try {
        return chiangRaiPlanDemo(m_planKind);
    } catch (const std::exception& failure) {
        m_host.log(LogLevel::Error, "plans", std::string("demo content failed: ") + failure.what());
        return {};
    }
}

std::vector<DemoTag> PlansPlugin::demoTags() const noexcept
{
    try {
        return chiangRaiPlanDemoTags();
    } catch (...) {
        return {};
    }
}

std::vector<CommandInfo> PlansPlugin::commands() const noexcept
{
    return { { "progress",
                 "progress PLAN --quarter N [--date D] [--result INDICATOR=VALUE]... [--spent PROJECT=BAHT]... "
                 "[--problems TEXT] [--next TEXT]",
                 { "รายงานผลการดำเนินงานของแผนปฏิบัติการรายไตรมาส", "record a quarter's progress of an action plan" } },
        { "plan-csv", "plan-csv PLAN",
            { "ตารางแผนปฏิบัติการเป็น CSV สำหรับโปรแกรมตารางคำนวณ", "the action plan's table as CSV, for a spreadsheet" } } };
}

CommandOutput PlansPlugin::run(std::string_view name, const std::vector<std::string>& arguments,
    const IWorkspaceView& workspace, IWorkspaceChanges& changes, std::string_view language) const noexcept
{
    try {
        if (name == "progress")
            return runProgressCommand(arguments, workspace, changes, language);
        if (name == "plan-csv")
            return runPlanCsvCommand(arguments, workspace, language);
        return { 2, {}, inLanguage(language, "ปลั๊กอินแผนปฏิบัติการไม่มีคำสั่ง \"", "the plans plugin has no command \"") + std::string(name) + "\"" };
    } catch (const std::exception& failure) {
        return { 1, {}, std::string(name) + inLanguage(language, " ไม่สำเร็จ: ", " failed: ") + failure.what() };
    }
}

} // namespace sapha::plans
