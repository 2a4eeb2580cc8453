// Sapha — plugin.json parsing with Poco::JSON.
// SPDX-License-Identifier: MIT
#include "plugins/plugin_manifest.hpp"

#include <Poco/Exception.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include "messages/message_language.hpp"
#include "storage/atomic_file.hpp"

namespace sapha::host {

namespace {

using Poco::JSON::Object;

std::string requireString(const Object::Ptr& object, const std::string& key, const std::string& where)
{
    if (!object->has(key))
        throw std::runtime_error(localized("ไม่มี \"" + key + "\"" + where, "missing \"" + key + "\"" + where));
    Poco::Dynamic::Var value = object->get(key);
    if (!value.isString())
        throw std::runtime_error(localized("\"" + key + "\"" + where + " ต้องเป็นข้อความ", "\"" + key + "\"" + where + " must be a string"));
    return value.extract<std::string>();
}

// A name is either a plain string or { "th": ..., "en": ... }.
LocalizedText readLocalized(const Object::Ptr& object, const std::string& key, bool required)
{
    LocalizedText text;
    if (!object->has(key)) {
        if (required)
            throw std::runtime_error(localized("ไม่มี \"" + key + "\"", "missing \"" + key + "\""));
        return text;
    }
    Poco::Dynamic::Var value = object->get(key);
    if (value.isString()) {
        text.en = text.th = value.extract<std::string>();
        return text;
    }
    Object::Ptr names = object->getObject(key);
    if (!names)
        throw std::runtime_error(localized("\"" + key + "\" ต้องเป็นข้อความหรือออบเจกต์ที่มี \"th\" และ \"en\"",
            "\"" + key + "\" must be a string or an object with \"th\" and \"en\""));
    if (names->has("th"))
        text.th = names->getValue<std::string>("th");
    if (names->has("en"))
        text.en = names->getValue<std::string>("en");
    if (text.th.empty() && text.en.empty())
        throw std::runtime_error(localized("\"" + key + "\" ไม่มีทั้ง \"th\" และ \"en\"", "\"" + key + "\" has neither \"th\" nor \"en\""));
    return text;
}

bool isSafeFileName(const std::string& name)
{
    return !name.empty() && name.find('/') == std::string::npos && name != "." && name != "..";
}

} // namespace

Result<PluginManifest> parsePluginManifest(
    const std::string& text, const std::filesystem::path& directory, const std::string& sourceName)
{
    PluginManifest manifest;
    manifest.directory = directory;
    try {
        Poco::JSON::Parser parser;
        Poco::Dynamic::Var parsed = parser.parse(text);
        if (parsed.type() != typeid(Object::Ptr))
            return Error { localized("แฟ้มบอกปลั๊กอินต้องเป็นออบเจกต์ JSON", "the manifest must be a JSON object"), sourceName };
        Object::Ptr root = parsed.extract<Object::Ptr>();
        if (!root)
            return Error { localized("แฟ้มบอกปลั๊กอินต้องเป็นออบเจกต์ JSON", "the manifest must be a JSON object"), sourceName };

        manifest.id = requireString(root, "id", "");
        manifest.name = readLocalized(root, "name", true);
        manifest.description = readLocalized(root, "description", false);
        manifest.version = requireString(root, "version", "");
        if (!root->has("sdkApi") || !root->get("sdkApi").isInteger())
            return Error { localized("\"sdkApi\" ต้องเป็นจำนวนเต็ม (รุ่น SDK API ที่ใช้สร้างปลั๊กอิน)",
                                   "\"sdkApi\" must be an integer (the SDK API version the plugin was built for)"),
                sourceName };
        manifest.sdkApi = root->getValue<int>("sdkApi");
        manifest.coreLibrary = requireString(root, "core", "");
        if (!isSafeFileName(manifest.coreLibrary))
            return Error { localized("\"core\" ต้องเป็นชื่อแฟ้มในโฟลเดอร์ปลั๊กอิน", "\"core\" must be a file name inside the plugin folder"), sourceName };
        if (root->has("ui") && !root->get("ui").isEmpty()) {
            manifest.uiLibrary = requireString(root, "ui", "");
            if (!manifest.uiLibrary.empty() && !isSafeFileName(manifest.uiLibrary))
                return Error { localized("\"ui\" ต้องเป็นชื่อแฟ้มในโฟลเดอร์ปลั๊กอิน", "\"ui\" must be a file name inside the plugin folder"), sourceName };
        }
        Poco::JSON::Array::Ptr kinds = root->getArray("documentKinds");
        if (!kinds)
            return Error { localized("ไม่มี \"documentKinds\" (อาร์เรย์)", "missing \"documentKinds\" (an array)"), sourceName };
        for (std::size_t i = 0; i < kinds->size(); ++i) {
            Object::Ptr kind = kinds->getObject(static_cast<unsigned>(i));
            const std::string at = localized(" ใน documentKinds[", " in documentKinds[") + std::to_string(i) + "]";
            if (!kind)
                return Error { localized("documentKinds[" + std::to_string(i) + "] ต้องเป็นออบเจกต์", "documentKinds[" + std::to_string(i) + "] must be an object"),
                    sourceName };
            DocumentKindManifest entry;
            entry.id = requireString(kind, "id", at);
            entry.suffix = requireString(kind, "suffix", at);
            entry.name = readLocalized(kind, "name", true);
            if (entry.id.rfind(manifest.id + ".", 0) != 0)
                return Error { localized("ชนิดเอกสาร \"" + entry.id + "\" ต้องขึ้นต้นด้วย \"" + manifest.id + ".\"",
                                       "document kind \"" + entry.id + "\" must start with \"" + manifest.id + ".\""),
                    sourceName };
            manifest.documentKinds.push_back(std::move(entry));
        }
        if (root->has("commands")) {
            Poco::JSON::Array::Ptr commands = root->getArray("commands");
            if (!commands)
                return Error { localized("\"commands\" ต้องเป็นอาร์เรย์ของชื่อคำสั่ง", "\"commands\" must be an array of verb names"), sourceName };
            for (std::size_t i = 0; i < commands->size(); ++i) {
                const Poco::Dynamic::Var verb = commands->get(static_cast<unsigned>(i));
                if (!verb.isString() || verb.toString().empty())
                    return Error { localized("commands[" + std::to_string(i) + "] ต้องเป็นชื่อคำสั่ง", "commands[" + std::to_string(i) + "] must be a verb name"),
                        sourceName };
                manifest.commands.push_back(verb.toString());
            }
        }
    } catch (const Poco::Exception& failure) {
        return Error { localized("JSON ไม่ถูกต้อง: \"" + failure.displayText() + "\"", "invalid JSON: " + failure.displayText()), sourceName };
    } catch (const std::exception& failure) {
        return Error { failure.what(), sourceName };
    }
    return manifest;
}

Result<PluginManifest> readPluginManifest(const std::filesystem::path& directory)
{
    const std::filesystem::path file = directory / "plugin.json";
    Result<std::string> text = readFile(file);
    if (!text)
        return text.error();
    return parsePluginManifest(text.value(), directory, file.string());
}

} // namespace sapha::host
