// Sapha — `sapha-cli new KIND [PATH] [--title T] [--date D] [--committee R] [--standard S@V] [--from M#A]`: a document
// from its kind's template, committed.
// SPDX-License-Identifier: MIT
#include "commands/commands.hpp"

#include <cstdio>

#include <sapha/thai_text.hpp>
#include <sapha/typed_date.hpp>


namespace sapha::cli {

namespace {

// KIND may be the full id ("minutes.meeting"), the part after the dot ("meeting"),
// or a plugin id whose first kind is meant ("minutes"). Found in the manifests: only its plugin is loaded.
const IDocumentKind* findKind(const host::PluginRegistry& registry, const std::string& name)
{
    for (const host::PluginRecord& record : registry.records()) {
        if (record.state == host::PluginState::Refused)
            continue;
        for (const host::DocumentKindManifest& kind : record.manifest.documentKinds) {
            if (kind.id == name || kind.id.substr(kind.id.find('.') + 1) == name)
                return registry.kindById(kind.id);
        }
    }
    for (const host::PluginRecord& record : registry.records()) {
        if (record.manifest.id == name && record.state != host::PluginState::Refused && !record.manifest.documentKinds.empty())
            return registry.kindById(record.manifest.documentKinds.front().id);
    }
    return nullptr;
}

} // namespace

int runNew(CliContext& context, Arguments& arguments)
{
    const char* usageLine
        = "sapha-cli [-C DIR] new KIND [PATH] [--title T] [--date YYYY-MM-DD] [--committee ROSTER] [--standard PATH@VERSION] [--from MEETING#ACTION]";
    std::optional<std::string> title = arguments.takeOption("--title");
    std::optional<std::string> date = arguments.takeOption("--date");
    std::optional<std::string> committee = arguments.takeOption("--committee");
    std::optional<std::string> standard = arguments.takeOption("--standard");
    std::optional<std::string> from = arguments.takeOption("--from");
    if (int bad = expectArguments(context, arguments, 1, 2, usageLine))
        return bad;
    const std::string kindName = arguments.positionals()[0];
    // Without PATH the document is named after its title, in its kind's folder.
    std::string path = arguments.positionals().size() > 1 ? arguments.positionals()[1] : std::string();

    Result<host::Documents*> documents = context.documents();
    if (!documents)
        return context.fail(documents.error());
    const IDocumentKind* kind = findKind(documents.value()->registry(), kindName);
    if (!kind) {
        std::string known;
        for (const IDocumentKind* each : documents.value()->registry().documentKinds())
            known += (known.empty() ? "" : ", ") + each->id();
        return context.fail(localized("ไม่รู้จักชนิดเอกสาร \"" + kindName + "\" (ที่มี: " + known + ")",
            "unknown document kind \"" + kindName + "\" (known: " + known + ")"));
    }
    NewDocumentOptions options;
    if (committee)
        options.parameters["committee"] = *committee;
    if (standard) // an assessment: the named version of the standard it is made against
        options.parameters["standard"] = *standard;
    if (from) // a plan: the meeting's action item it answers
        options.parameters["from"] = *from;
    options.title = title.value_or("");
    if (date) {
        // As people write dates ("17 สิงหาคม 2563", "17/8/2563", "2020-08-17"); kept Gregorian.
        const thai::TypedDate typed = thai::parseTypedDate(*date);
        if (typed.problem != thai::DateProblem::None)
            return context.fail(Error { typed.problem == thai::DateProblem::NoSuchDay
                    ? localized("ไม่มีวันนี้ในปฏิทิน", "there is no such day")
                    : typed.problem == thai::DateProblem::ImplausibleYear
                    ? localized("ปีนี้ไม่ใช่ปีของเอกสารเหล่านี้ (ปีไทยเป็นพุทธศักราช: 2563 ปีสากล: 2020)",
                          "the year is not one of these documents (a Thai year is Buddhist Era: 2563; a Gregorian one: 2020)")
                    : localized("ไม่ใช่วันที่: เขียนแบบ 17 สิงหาคม 2563 หรือ 17/8/2563 หรือ 2020-08-17",
                          "not a date: write it as 2020-08-17, 17/8/2563 or 17 สิงหาคม 2563"),
                *date });
        options.date = thai::toIsoDate(typed.date);
    }
    Result<std::string> created = documents.value()->create(*kind, std::move(options), path);
    if (!created)
        return context.fail(created.error());
    path = created.value();
    std::printf("%s\n", path.c_str());
    return kExitOk;
}

} // namespace sapha::cli
