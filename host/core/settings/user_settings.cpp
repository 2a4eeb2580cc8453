// Sapha — user settings stored as a JSON object of strings.
// SPDX-License-Identifier: MIT
#include "settings/user_settings.hpp"

#include <algorithm>
#include <cstdlib>
#include <sstream>

#include <Poco/Exception.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include "messages/message_language.hpp"
#include "storage/atomic_file.hpp"

namespace fs = std::filesystem;

namespace sapha::host {

namespace {
constexpr std::size_t kMaxRecent = 8;
constexpr const char* kRecentKey = "recent.workspaces";
} // namespace

fs::path UserSettings::defaultPath()
{
    if (const char* own = std::getenv("SAPHA_CONFIG_HOME"); own && *own)
        return fs::path(own) / "settings.json";
    if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg)
        return fs::path(xdg) / "sapha" / "settings.json";
    const char* home = std::getenv("HOME");
    return fs::path(home && *home ? home : ".") / ".config" / "sapha" / "settings.json";
}

Result<UserSettings> UserSettings::load(const fs::path& path)
{
    UserSettings settings;
    settings.m_path = path;
    std::error_code error;
    if (!fs::exists(path, error))
        return settings;
    Result<std::string> text = readFile(path);
    if (!text)
        return text.error();
    try {
        Poco::JSON::Parser parser;
        Poco::JSON::Object::Ptr root = parser.parse(text.value()).extract<Poco::JSON::Object::Ptr>();
        for (const auto& [key, value] : *root)
            settings.m_values[key] = value.isString() ? value.extract<std::string>() : value.toString();
    } catch (const Poco::Exception& failure) {
        return Error { localized("แฟ้มการตั้งค่าผิดรูปแบบ (\"" + failure.displayText() + "\"): แก้หรือลบแฟ้มนี้",
                           "malformed settings file (" + failure.displayText() + "); fix or delete it"),
            path.string() };
    }
    return settings;
}

std::string UserSettings::get(std::string_view key) const
{
    auto it = m_values.find(key);
    return it == m_values.end() ? std::string() : it->second;
}

bool UserSettings::has(std::string_view key) const
{
    return m_values.find(key) != m_values.end();
}

void UserSettings::set(std::string_view key, std::string_view value)
{
    m_values[std::string(key)] = std::string(value);
    m_changed.emplace(key);
}

Status UserSettings::save() const
{
    // The file as it is now, with this object's own changes over it. A file that no longer reads (edited
    // into nonsense meanwhile) is replaced by what this object holds, as before it was re-read.
    Result<UserSettings> now = load(m_path);
    std::map<std::string, std::string, std::less<>> values = now ? now.value().m_values : m_values;
    for (const std::string& key : m_changed)
        values[key] = get(key);
    Poco::JSON::Object root(Poco::JSON_PRESERVE_KEY_ORDER);
    for (const auto& [key, value] : values)
        root.set(key, value);
    std::ostringstream out;
    root.stringify(out, 2);
    out << '\n';
    // The settings may hold sign-in tokens: the file is the user's alone (0600), in a folder that is too
    // (0700), whatever the umask or an earlier version left.
    std::error_code error;
    fs::create_directories(m_path.parent_path(), error);
    if (error)
        return Status::failure(localized("สร้างโฟลเดอร์การตั้งค่าไม่ได้: " + systemReason(error.value()), "cannot create the settings folder: " + error.message()),
            m_path.parent_path().string());
    fs::permissions(m_path.parent_path(), fs::perms::owner_all, fs::perm_options::replace, error);
    if (error)
        return Status::failure(localized("ตั้งโฟลเดอร์การตั้งค่าให้เป็นส่วนตัวไม่ได้: " + systemReason(error.value()),
                                   "cannot make the settings folder private: " + error.message()),
            m_path.parent_path().string());
    return writeFileAtomically(m_path, out.str(), FileAccess::OwnerOnly);
}

bool UserSettings::hasAuthor() const
{
    return !get("author.name").empty() && !get("author.email").empty();
}

Author UserSettings::author() const
{
    Author author;
    author.name = get("author.name");
    author.email = get("author.email");
    return author;
}

std::string UserSettings::language() const
{
    const std::string chosen = m_languageOverride.empty() ? get("ui.language") : m_languageOverride;
    return chosen == "en" ? "en" : "th";
}

Calendar UserSettings::calendar() const
{
    const std::string chosen = get("ui.calendar");
    if (chosen == "buddhist")
        return Calendar::Buddhist;
    if (chosen == "gregorian")
        return Calendar::Gregorian;
    return language() == "en" ? Calendar::Gregorian : Calendar::Buddhist;
}

std::vector<std::string> UserSettings::recentWorkspaces() const
{
    std::vector<std::string> result;
    std::istringstream lines(get(kRecentKey));
    for (std::string line; std::getline(lines, line);) {
        if (!line.empty())
            result.push_back(line);
    }
    return result;
}

void UserSettings::addRecentWorkspace(const std::string& directory)
{
    std::vector<std::string> recent = recentWorkspaces();
    recent.erase(std::remove(recent.begin(), recent.end(), directory), recent.end());
    recent.insert(recent.begin(), directory);
    if (recent.size() > kMaxRecent)
        recent.resize(kMaxRecent);
    std::string joined;
    for (const std::string& entry : recent)
        joined += entry + "\n";
    set(kRecentKey, joined);
}

} // namespace sapha::host
