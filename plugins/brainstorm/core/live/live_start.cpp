// Sapha brainstorm — starting a live session.
// SPDX-License-Identifier: MIT
#include "core/live/live_start.hpp"

#include <random>

#include <Poco/Net/NetworkInterface.h>

#include <sapha/json_text.hpp>
#include <sapha/message_language.hpp>

namespace sapha::brainstorm {

namespace {

std::string randomDigits(int count)
{
    std::random_device device;
    std::string digits;
    for (int i = 0; i < count; ++i)
        digits += static_cast<char>('0' + device() % 10);
    return digits;
}

} // namespace

std::filesystem::path journalPathFor(const std::filesystem::path& folder, const std::string& sessionPath)
{
    std::string name;
    for (const char c : sessionPath)
        name += c == '/' ? '~' : c;
    return folder / (name + ".journal");
}

Result<LiveStart> startLiveSession(
    const Session& session, const std::filesystem::path& folder, const std::string& sessionPath, std::string code)
{
    if (!code.empty() && !isJoinCode(code))
        return Error { localized("รหัสเข้าร่วมเป็นตัวเลข 6 ถึง 12 หลัก ที่พิมพ์ได้จากแป้นตัวเลขของโทรศัพท์",
                           "a join code is 6 to 12 digits, which a phone's number pad types"),
            code };
    if (std::optional<GroupNameProblem> problem = groupNameProblem(session))
        return Error { localized(problem->thai, problem->english), problem->groupId, ErrorCode::Invalid };
    Journal::Recovered recovered;
    Result<std::unique_ptr<Journal>> journal = Journal::open(journalPathFor(folder, sessionPath), recovered);
    if (!journal)
        return journal.error();
    LiveStart start;
    start.warning = recovered.warning;
    for (const std::string& record : recovered.records) {
        if (recordType(record) == "start") {
            code = recordField(record, "code");
            start.secret = recordField(record, "secret");
        }
    }
    start.resumed = !start.secret.empty();
    if (!start.resumed) {
        code = code.empty() ? randomDigits(6) : code;
        start.secret = randomToken();
        const std::string record
            = "{\"type\":\"start\",\"code\":" + jsonString(code) + ",\"secret\":" + jsonString(start.secret) + "}";
        if (Status written = journal.value()->append(record); !written)
            return written.error();
    }
    start.session = std::make_unique<LiveSession>(session, std::move(journal.value()), recovered.records, code);
    return start;
}

std::vector<std::string> roomAddresses()
{
    std::vector<std::string> addresses;
    try {
        for (const Poco::Net::NetworkInterface& interface : Poco::Net::NetworkInterface::list(true, true)) {
            if (interface.isLoopback() || !interface.supportsIPv4())
                continue;
            const std::string address = interface.firstAddress(Poco::Net::IPAddress::IPv4).toString();
            if (!address.empty() && address != "0.0.0.0")
                addresses.push_back(address);
        }
    } catch (const Poco::Exception&) {
        // No network to offer: the facilitator keeps the session on this machine.
    }
    return addresses;
}

} // namespace sapha::brainstorm
