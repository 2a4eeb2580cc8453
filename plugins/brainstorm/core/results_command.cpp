// Sapha brainstorm — `sapha-cli results`.
// SPDX-License-Identifier: MIT
#include "core/results_command.hpp"

#include <cstdlib>

#include "core/session_kind.hpp"
#include "core/session_results.hpp"

namespace sapha::brainstorm {

CommandOutput runResultsCommand(
    const std::vector<std::string>& arguments, const IWorkspaceView& workspace, std::string_view language)
{
    std::string path;
    bool csv = false;
    std::size_t words = 20;
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == "--csv")
            csv = true;
        else if (arguments[i] == "--words" && i + 1 < arguments.size())
            words = static_cast<std::size_t>(std::max(0, std::atoi(arguments[++i].c_str())));
        else if (path.empty() && !arguments[i].starts_with("-"))
            path = arguments[i];
        else
            return { 2, {}, inLanguage(language, "ไม่รู้จักอาร์กิวเมนต์ \"" + arguments[i] + "\" วิธีใช้: ", "unknown argument \"" + arguments[i] + "\"; usage: ") + "results SESSION [--csv] [--words N]" };
    }
    if (path.empty())
        return { 2, {}, inLanguage(language, "วิธีใช้: ", "usage: ") + "results SESSION [--csv] [--words N]" };
    Result<std::string> text = workspace.read(path);
    if (!text)
        return { 1, {}, text.error().describe() };
    const SessionKind kind;
    Result<std::unique_ptr<IDocument>> loaded = kind.load(text.value(), path);
    if (!loaded)
        return { 1, {}, loaded.error().describe() };
    const Session& session = SessionKind::model(*loaded.value());
    if (csv)
        return { 0, sessionCsv(session), {} };
    std::string out;
    for (const Idea* idea : rankedIdeas(session))
        out += std::to_string(session.votesFor(idea->id)) + "\t" + idea->text + "\n";
    out += "\n";
    for (const WordCount& word : wordCloud(session, words))
        out += std::to_string(word.count) + "\t" + word.word + "\n";
    return { 0, out, {} };
}

} // namespace sapha::brainstorm
