// Sapha minutes — `sapha-cli certify`.
// SPDX-License-Identifier: MIT
#include "core/certify_command.hpp"

#include <memory>

#include <sapha/message_language.hpp>

#include "core/certification.hpp"
#include "core/meeting_kind.hpp"

namespace sapha::minutes {

namespace {

constexpr const char* kUsage = "certify MEETING --at MEETING [--freeze]";

struct LoadedMeeting {
    std::unique_ptr<IDocument> document;
    Meeting* meeting = nullptr;
};

Result<LoadedMeeting> loadMeeting(const MeetingKind& kind, const IWorkspaceView& workspace, const std::string& path)
{
    Result<std::string> text = workspace.read(path);
    if (!text)
        return text.error();
    Result<std::unique_ptr<IDocument>> loaded = kind.load(text.value(), path);
    if (!loaded)
        return loaded.error();
    LoadedMeeting result;
    result.document = std::move(loaded.value());
    result.meeting = static_cast<Meeting*>(result.document.get());
    return result;
}

CommandOutput failure(std::string message)
{
    return { 1, {}, std::move(message) };
}

} // namespace

CommandOutput runCertifyCommand(const std::vector<std::string>& arguments, const IWorkspaceView& workspace,
    IWorkspaceChanges& changes, std::string_view language)
{
    std::string certifiedPath;
    std::string certifyingPath;
    bool freeze = false;
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == "--at" && i + 1 < arguments.size())
            certifyingPath = arguments[++i];
        else if (arguments[i] == "--freeze")
            freeze = true;
        else if (certifiedPath.empty() && !arguments[i].starts_with("-"))
            certifiedPath = arguments[i];
        else
            return { 2, {}, inLanguage(language, "ไม่รู้จักอาร์กิวเมนต์ \"" + arguments[i] + "\" วิธีใช้: ", "unknown argument \"" + arguments[i] + "\"; usage: ") + kUsage };
    }
    if (certifiedPath.empty() || certifyingPath.empty())
        return { 2, {}, inLanguage(language, "วิธีใช้: ", "usage: ") + kUsage };

    const MeetingKind kind;
    Result<LoadedMeeting> certified = loadMeeting(kind, workspace, certifiedPath);
    if (!certified)
        return failure(certified.error().describe());
    Result<LoadedMeeting> certifying = loadMeeting(kind, workspace, certifyingPath);
    if (!certifying)
        return failure(certifying.error().describe());
    Meeting& minutes = *certified.value().meeting;
    Meeting& next = *certifying.value().meeting;

    Result<std::string> version = certify(minutes, certifiedPath, next, certifyingPath, freeze, kind, changes);
    if (!version)
        return failure(version.error().describe());
    Result<std::string> nextText = kind.save(next);
    if (!nextText)
        return failure(nextText.error().describe());
    Result<SavedVersion> savedNext = changes.save(certifyingPath, nextText.value(), {});
    if (!savedNext)
        return failure(localized(certifiedPath + " รับรองแล้วเป็นฉบับ \"" + version.value() + "\" แต่บันทึกการเชื่อมโยงจาก "
                                     + certifyingPath + " ไม่ได้: " + savedNext.error().describe(),
            certifiedPath + " was certified as \"" + version.value() + "\", but the link from " + certifyingPath
                + " was not saved: " + savedNext.error().describe()));
    const AgendaItem* item = certifyingItem(next.agenda, certifiedPath);
    const bool english = language == "en";

    CommandOutput output;
    output.out = certifiedPath + ": " + (english ? "certified as " : "รับรองแล้ว เป็นฉบับ ") + "\"" + version.value() + "\"\n"
        + certifyingPath + ": " + (english ? "links to it from its item \"" : "เชื่อมโยงจากระเบียบวาระ \"") + item->title
        + "\"\n";
    return output;
}

} // namespace sapha::minutes
