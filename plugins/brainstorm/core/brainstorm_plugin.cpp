// Sapha brainstorm — the plugin object.
// SPDX-License-Identifier: MIT
#include "core/brainstorm_plugin.hpp"

#include "core/results_command.hpp"
#include "core/serve_command.hpp"
#include "core/session_outline.hpp"

namespace sapha::brainstorm {

BrainstormPlugin::BrainstormPlugin(IHost& host)
    : m_host(host)
{
}

BrainstormPlugin::~BrainstormPlugin() = default;

std::vector<const IDocumentKind*> BrainstormPlugin::documentKinds() const noexcept
{
    return { &m_sessionKind };
}

void* BrainstormPlugin::queryInterface(std::string_view interfaceId) noexcept
{
    if (interfaceId == IDemoContent::kInterfaceId)
        return static_cast<IDemoContent*>(this);
    if (interfaceId == ICommandProvider::kInterfaceId)
        return static_cast<ICommandProvider*>(this);
    if (interfaceId == IOutlineSource::kInterfaceId)
        return static_cast<IOutlineSource*>(this);
    return nullptr;
}

std::vector<DemoDocument> BrainstormPlugin::demoDocuments() const noexcept
{
    try {
        return workshopDemo(m_sessionKind);
    } catch (const std::exception& failure) {
        m_host.log(LogLevel::Error, "brainstorm", std::string("demo content failed: ") + failure.what());
        return {};
    }
}

std::vector<DemoTag> BrainstormPlugin::demoTags() const noexcept
{
    return {};
}

bool BrainstormPlugin::givesOutline(std::string_view kindId) const noexcept
{
    return kindId == SessionKind::kId;
}

Result<Outline> BrainstormPlugin::outlineOf(const IDocument& document, std::string_view path) const noexcept
{
    try {
        return sessionOutline(SessionKind::model(document), path);
    } catch (const std::exception& failure) {
        return Error { failure.what(), std::string(path) };
    }
}

std::vector<CommandInfo> BrainstormPlugin::commands() const noexcept
{
    return { { "serve", "serve SESSION [--port N] [--lan ADDRESS] [--code CODE]",
                 { "ผู้เข้าร่วมส่งความคิดและลงคะแนนจากโทรศัพท์ บันทึกทุกรายการก่อนบันทึกเป็นฉบับ",
                     "participants join from their phones; ideas and votes are journaled, then committed" } },
        { "results", "results SESSION [--csv] [--words N]",
            { "ความคิดของการระดมความคิดเป็น CSV หรือลำดับคะแนนและคำที่ใช้บ่อย",
                "a session's ideas as CSV, or its ranking and most used words" } } };
}

CommandOutput BrainstormPlugin::run(std::string_view name, const std::vector<std::string>& arguments,
    const IWorkspaceView& workspace, IWorkspaceChanges& changes, std::string_view language) const noexcept
{
    try {
        if (name == "serve")
            return runServeCommand(arguments, workspace, changes, language);
        if (name == "results")
            return runResultsCommand(arguments, workspace, language);
        return { 2, {}, inLanguage(language, "ปลั๊กอินระดมความคิดไม่มีคำสั่ง \"", "the brainstorm plugin has no command \"") + std::string(name) + "\"" };
    } catch (const std::exception& failure) {
        return { 1, {}, std::string(name) + inLanguage(language, " ไม่สำเร็จ: ", " failed: ") + failure.what() };
    }
}

} // namespace sapha::brainstorm
