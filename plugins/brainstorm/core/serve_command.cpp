// Sapha brainstorm — `sapha-cli serve`.
// SPDX-License-Identifier: MIT
#include "core/serve_command.hpp"

#include <csignal>
#include <cstdio>
#include <ctime>

#include <pthread.h>

#include "core/live/join_qr.hpp"
#include "core/live/live_session.hpp"
#include "core/live/live_start.hpp"
#include "core/live/participation_server.hpp"
#include "core/session_kind.hpp"

namespace sapha::brainstorm {

namespace {

constexpr const char* kUsage = "serve SESSION [--port N] [--lan ADDRESS] [--code CODE]";

// Commits the live state of the session; on success, marks the journal so that a restart does not
// apply the same ideas twice.
std::string commitSession(LiveSession& live, const std::string& path, IWorkspaceChanges& changes, const char* why)
{
    const SessionKind kind;
    Session session = live.snapshot();
    Result<std::string> xml = kind.save(session);
    if (!xml)
        return "the session could not be written: " + xml.error().describe();
    Result<SavedVersion> saved = changes.save(path, xml.value(), {});
    if (!saved)
        return "the session could not be committed (" + std::string(why) + "): " + saved.error().describe()
            + "; every idea is still in the journal";
    if (Status marked = live.markCommitted(saved.value().revision); !marked)
        return "committed, but the journal could not be marked: " + marked.error().describe();
    std::fprintf(stderr, "sapha-cli: serve: %s committed as %s (%s)\n", path.c_str(), saved.value().revision.substr(0, 8).c_str(), why);
    return {};
}

} // namespace

CommandOutput runServeCommand(const std::vector<std::string>& arguments, const IWorkspaceView& workspace,
    IWorkspaceChanges& changes, std::string_view language)
{
    std::string path;
    ServerOptions options;
    std::string code;
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string& argument = arguments[i];
        const bool hasValue = i + 1 < arguments.size();
        if (argument == "--port" && hasValue) {
            const std::string& text = arguments[++i];
            const int port = std::atoi(text.c_str());
            if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos || port > 65535)
                return { 2, {}, inLanguage(language, "--port ต้องเป็นหมายเลขพอร์ต (0 คือพอร์ตใดก็ได้ที่ว่าง)", "--port must be a port number (0 for any free one)") };
            options.port = static_cast<unsigned short>(port);
        } else if (argument == "--lan" && hasValue) {
            options.address = arguments[++i]; // the room's network: the facilitator chooses it
            // Every network at once (the Internet's side of a laptop too) is not a room.
            if (options.address == "0.0.0.0" || options.address == "::" || options.address == "[::]")
                return { 2, {},
                    inLanguage(language, "--lan รับที่อยู่ของห้อง (ที่อยู่ของเครื่องนี้บน Wi-Fi) ไม่ใช่ทุกเครือข่ายพร้อมกัน (",
                        "--lan takes the room's address (this machine's address on its Wi-Fi), not every network at once (")
                        + options.address + ")" };
        } else if (argument == "--code" && hasValue) {
            code = arguments[++i];
        } else if (path.empty() && !argument.starts_with("-")) {
            path = argument;
        } else {
            return { 2, {}, inLanguage(language, "ไม่รู้จักอาร์กิวเมนต์ \"" + argument + "\" วิธีใช้: ", "unknown argument \"" + argument + "\"; usage: ") + kUsage };
        }
    }
    if (path.empty())
        return { 2, {}, inLanguage(language, "วิธีใช้: ", "usage: ") + kUsage };

    const SessionKind kind;
    Result<std::string> text = workspace.read(path);
    if (!text)
        return { 1, {}, text.error().describe() };
    Result<std::unique_ptr<IDocument>> loaded = kind.load(text.value(), path);
    if (!loaded)
        return { 1, {}, loaded.error().describe() };
    Result<std::string> folder = changes.privateDirectory("brainstorm");
    if (!folder)
        return { 1, {}, folder.error().describe() };

    Result<LiveStart> started = startLiveSession(static_cast<const Session&>(*loaded.value()), folder.value(), path, code);
    if (!started)
        return { 1, {}, started.error().describe() };
    if (!started.value().warning.empty())
        std::fprintf(stderr, "sapha-cli: serve: warning: %s\n", started.value().warning.c_str());
    LiveSession& live = *started.value().session;
    const bool resumed = started.value().resumed;
    const std::string secret = started.value().secret;
    code = live.joinCode();
    options.facilitatorSecret = secret;

    // The signals are taken by this thread alone (sigwait), not by the server's threads started below.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    ParticipationServer server(live, options);
    if (Status listening = server.start(); !listening)
        return { 1, {}, listening.error().describe() };
    const bool english = language == "en";
    std::printf("%s %s\n%s %s\n%s http://%s:%u/api/events?secret=%s\n%s\n", english ? "Join:" : "เข้าร่วม:",
        server.joinUrl().c_str(), english ? "Code:" : "รหัส:", code.c_str(), english ? "Board feed:" : "สำหรับจอผู้ดำเนินการ:",
        options.address.c_str(), server.port(), secret.c_str(),
        resumed ? (english ? "Resumed from the journal. Ctrl+C to stop." : "ดำเนินการต่อจากบันทึก กด Ctrl+C เพื่อหยุด")
                : (english ? "Ctrl+C to stop." : "กด Ctrl+C เพื่อหยุด"));
    // The code to scan, for a terminal shown on the projector (the board shows it too).
    if (Result<QrCode> qr = qrCodeFor(server.joinUrl()); qr)
        std::fprintf(stderr, "%s", qrTerminal(qr.value()).c_str());
    std::fflush(stdout);

    // Until stopped; the session is committed whenever the facilitator ends a round.
    Round committedRound = live.round();
    std::string problem;
    for (;;) {
        const timespec second { 1, 0 };
        if (sigtimedwait(&stopSignals, nullptr, &second) > 0)
            break;
        if (live.round() != committedRound) {
            committedRound = live.round();
            if (std::string failed = commitSession(live, path, changes, "round ended"); !failed.empty())
                std::fprintf(stderr, "sapha-cli: serve: %s\n", failed.c_str());
        }
    }
    server.stop();
    problem = commitSession(live, path, changes, "server stopped");
    pthread_sigmask(SIG_UNBLOCK, &stopSignals, nullptr);
    CommandOutput output;
    if (!problem.empty())
        return { 1, {}, problem };
    output.out = (english ? "Stopped: " : "หยุดแล้ว: ") + std::to_string(live.snapshot().ideas.size())
        + (english ? " ideas, " : " ความคิด ") + std::to_string(live.participantCount()) + (english ? " participants\n" : " ผู้เข้าร่วม\n");
    return output;
}

} // namespace sapha::brainstorm
