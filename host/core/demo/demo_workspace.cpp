// Sapha — building the demo workspace from the plugins' demo content.
// SPDX-License-Identifier: MIT
#include "demo/demo_workspace.hpp"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <map>

#include <sapha/demo_content.hpp>

#include "document_save.hpp"
#include "messages/message_language.hpp"
#include "workspace/workspace.hpp"

namespace sapha::host {

Result<std::pair<std::int64_t, int>> parseIsoTime(const std::string& text)
{
    int year, month, day, hour, minute, second, offsetHour, offsetMinute;
    char sign = 0;
    if (std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%c%2d:%2d", &year, &month, &day, &hour, &minute, &second,
            &sign, &offsetHour, &offsetMinute)
            != 9
        || (sign != '+' && sign != '-'))
        return Error { localized("เวลาต้องอยู่ในรูป YYYY-MM-DDTHH:MM:SS+HH:MM", "expected a time as YYYY-MM-DDTHH:MM:SS+HH:MM"), text };
    std::tm parts {};
    parts.tm_year = year - 1900;
    parts.tm_mon = month - 1;
    parts.tm_mday = day;
    parts.tm_hour = hour;
    parts.tm_min = minute;
    parts.tm_sec = second;
    const int offset = (sign == '-' ? -1 : 1) * (offsetHour * 60 + offsetMinute);
    const std::int64_t utc = static_cast<std::int64_t>(timegm(&parts)) - offset * 60;
    return std::make_pair(utc, offset);
}

Status buildDemoWorkspace(
    const std::filesystem::path& directory, const PluginRegistry& registry, const ProgressCallback& progress)
{
    struct Step {
        const DemoDocument* document;
        std::size_t revisionIndex;
        std::int64_t time;
        int offset;
    };
    std::vector<DemoDocument> documents;
    std::vector<DemoTag> tags;
    for (const PluginRecord& record : registry.records()) {
        if (record.state != PluginState::Running)
            continue;
        if (IDemoContent* content = query<IDemoContent>(*record.plugin)) {
            for (DemoDocument& document : content->demoDocuments())
                documents.push_back(std::move(document));
            for (DemoTag& tag : content->demoTags())
                tags.push_back(std::move(tag));
        }
    }
    if (documents.empty())
        return Status::failure(localized("ไม่มีปลั๊กอินที่ทำงานอยู่ให้เนื้อหาตัวอย่าง (ดู `sapha-cli plugins`)", "no running plugin provides demo content (see `sapha-cli plugins`)"));

    std::vector<Step> steps;
    for (const DemoDocument& document : documents) {
        const IDocumentKind* kind = registry.kindForPath(document.path);
        if (!kind)
            return Status::failure(localized("ไม่มีชนิดเอกสารสำหรับเอกสารตัวอย่างนี้", "no document kind for this demo document"), document.path);
        for (std::size_t i = 0; i < document.revisions.size(); ++i) {
            const DemoRevision& revision = document.revisions[i];
            auto time = parseIsoTime(revision.isoTime);
            if (!time)
                return Status(time.error());
            auto loaded = kind->load(revision.xml, document.path + " (demo revision " + std::to_string(i + 1) + ")");
            if (!loaded)
                return Status(loaded.error());
            steps.push_back(Step { &document, i, time.value().first, time.value().second });
        }
    }
    std::stable_sort(steps.begin(), steps.end(), [](const Step& a, const Step& b) { return a.time < b.time; });

    Author creator { "Sapha", "demo@sapha.invalid", steps.front().time - 3600, steps.front().offset };
    Result<std::unique_ptr<Workspace>> workspace = Workspace::create(directory, creator, "th"); // the demo is a Thai committee's
    if (!workspace)
        return Status(workspace.error());

    std::map<std::pair<std::string, std::size_t>, std::string> commitOf;
    int done = 0;
    for (const Step& step : steps) {
        const DemoRevision& revision = step.document->revisions[step.revisionIndex];
        Author author { revision.authorName, revision.authorEmail, step.time, step.offset };
        Result<CommitOutcome> saved = workspace.value()->save(step.document->path, revision.xml, revision.message, author);
        if (!saved)
            return Status(saved.error());
        commitOf[{ step.document->path, step.revisionIndex }] = saved.value().revision.id;
        // A revision that reaches a milestone (minutes circulated) is named, as any save would be.
        if (step.revisionIndex > 0) {
            const IDocumentKind* kind = registry.kindForPath(step.document->path);
            auto before = kind->load(step.document->revisions[step.revisionIndex - 1].xml, step.document->path);
            auto after = kind->load(revision.xml, step.document->path);
            if (before && after) {
                if (std::optional<Milestone> milestone = kind->reviewChange(before.value().get(), *after.value(), ReviewOptions { "th", false }).milestone) {
                    Author tagger = author;
                    tagger.time += 60;
                    Result<std::string> named = nameMilestone(*workspace.value(), *milestone, saved.value().revision.id, tagger);
                    if (!named)
                        return Status(named.error());
                }
            }
        }
        if (progress)
            progress(++done, static_cast<int>(steps.size()));
    }
    for (const DemoTag& tag : tags) {
        auto it = commitOf.find({ tag.path, static_cast<std::size_t>(tag.revisionIndex) });
        if (it == commitOf.end())
            return Status::failure(localized("ตัวอย่างตั้งชื่อฉบับให้การบันทึกที่ไม่มีอยู่", "the demo names a version of a revision that does not exist"), tag.name);
        const DemoDocument* owner = nullptr;
        for (const DemoDocument& document : documents) {
            if (document.path == tag.path)
                owner = &document;
        }
        const DemoRevision& revision = owner->revisions[static_cast<std::size_t>(tag.revisionIndex)];
        auto time = parseIsoTime(revision.isoTime);
        Author tagger { revision.authorName, revision.authorEmail, time.value().first + 60, time.value().second };
        if (Status tagged = workspace.value()->createTag(tag.name, tag.message, it->second, tagger); !tagged)
            return tagged;
    }
    return Status::ok();
}

} // namespace sapha::host
