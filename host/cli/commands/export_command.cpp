// Sapha — `sapha-cli export PATH[@REV] --format F -o OUT [--part ID]` and `sapha-cli export --all DIR
// [--format F,...]`: documents, or a part of one that stands alone (a plan's quarterly report), as DOCX,
// ODT, PDF, HTML or Markdown, in the official Thai layout.
// SPDX-License-Identifier: MIT
#include "commands/commands.hpp"

#include <cstdio>
#include <sstream>

#include <unistd.h>

#include "document_catalog.hpp"
#include "storage/atomic_file.hpp"

namespace sapha::cli {

namespace {

Result<std::vector<exporting::Format>> parseFormats(const std::string& list)
{
    std::vector<exporting::Format> formats;
    std::istringstream parts(list);
    for (std::string name; std::getline(parts, name, ',');) {
        const exporting::Format format = exporting::formatFromName(name);
        if (format == exporting::Format::None)
            return Error { localized("ไม่รู้จักรูปแบบ \"" + name + "\" (ใช้ docx odt pdf html หรือ md)",
                "unknown format \"" + name + "\" (use docx, odt, pdf, html or md)") };
        formats.push_back(format);
    }
    if (formats.empty())
        return Error { localized("ไม่ได้ระบุรูปแบบ", "no format given") };
    return formats;
}

} // namespace

int runExport(CliContext& context, Arguments& arguments)
{
    const char* usageLine
        = "sapha-cli [-C DIR] export PATH[@REV] --format docx|odt|pdf|html|md -o OUT [--part ID] [--font NAME] [--thai-digits]\n"
          "       sapha-cli [-C DIR] export PATH[@REV] --changes-since REV0 --format docx|odt|... -o OUT   (tracked changes)\n"
          "       sapha-cli [-C DIR] export --all DIR [--format F[,F...]] [--font NAME] [--thai-digits]";
    std::optional<std::string> all = arguments.takeOption("--all");
    std::optional<std::string> changesSince = arguments.takeOption("--changes-since");
    std::optional<std::string> formatName = arguments.takeOption("--format", "-f");
    std::optional<std::string> output = arguments.takeOption("--output", "-o");
    std::optional<std::string> font = arguments.takeOption("--font");
    std::optional<std::string> part = arguments.takeOption("--part");
    const bool thaiDigits = arguments.takeFlag("--thai-digits");
    const bool arabicDigits = arguments.takeFlag("--arabic-digits");
    if (int bad = expectArguments(context, arguments, all ? 0 : 1, all ? 0 : 1, usageLine))
        return bad;

    // The person's preferences (Edit > Preferences in the GUI) unless an option says otherwise.
    host::ExportChoices choices = host::exportChoicesFrom(context.settings());
    if (font)
        choices.fontFamily = *font;
    if (thaiDigits || arabicDigits)
        choices.usesThaiDigits = thaiDigits;
    if (part && (all || changesSince))
        return context.usage(localized("--part ส่งออกส่วนหนึ่งของเอกสารเดียว: ใช้กับ --all หรือ --changes-since ไม่ได้",
            "--part exports a part of one document: not with --all or --changes-since"));
    if (part)
        choices.part = *part;
    Result<host::Documents*> documents = context.documents();
    if (!documents)
        return context.fail(documents.error());

    if (all) {
        Result<std::vector<exporting::Format>> formats
            = formatName ? parseFormats(*formatName) : Result<std::vector<exporting::Format>>(exporting::allFormats());
        if (!formats)
            return context.usage(formats.error().message);
        const bool isTerminal = isatty(STDERR_FILENO);
        const int failures = documents.value()->exportAll(*all, formats.value(), choices,
            [isTerminal](int done, int total, const std::string& file) {
                if (isTerminal)
                    std::fprintf(stderr, "\r\033[Ksapha-cli: %s %d/%d %s", localized("ส่งออก", "export").c_str(), done, total, file.c_str());
                else
                    std::fprintf(stderr, "sapha-cli: %s %d/%d %s\n", localized("ส่งออก", "export").c_str(), done, total, file.c_str());
            },
            [&context](const Error& error) { context.fail(error); });
        if (isTerminal)
            std::fprintf(stderr, "\n");
        if (failures > 0)
            return context.fail(inLanguage(context.settings().language(), "ส่งออกไม่สำเร็จ " + std::to_string(failures) + " รายการ",
                std::to_string(failures) + " export(s) failed"));
        std::printf(context.settings().language() == "th" ? "ส่งออกไว้ที่ %s\n" : "Exported to %s\n", all->c_str());
        return kExitOk;
    }

    if (!formatName || !output)
        return context.usage(localized("export ต้องมี --format และ -o วิธีใช้: ", "export needs --format and -o; usage: ") + usageLine);
    Result<std::vector<exporting::Format>> formats = parseFormats(*formatName);
    if (!formats || formats.value().size() != 1)
        return context.usage(formats ? localized("ส่งออกเอกสารเดียวให้ระบุรูปแบบเดียว", "give one format when exporting one document")
                                       : formats.error().message);
    auto [path, revision] = host::splitRevisionSpec(arguments.positionals().front());
    Result<std::string> bytes = changesSince
        ? documents.value()->exportChanges(path, *changesSince, revision, formats.value().front(), choices)
        : documents.value()->exportDocument(path, revision, formats.value().front(), choices);
    if (!bytes)
        return context.fail(bytes.error());
    if (*output == "-") {
        std::fwrite(bytes.value().data(), 1, bytes.value().size(), stdout);
        return kExitOk;
    }
    if (Status written = host::writeFileAtomically(*output, bytes.value()); !written)
        return context.fail(written.error());
    std::printf("%s\n", output->c_str());
    return kExitOk;
}

} // namespace sapha::cli
