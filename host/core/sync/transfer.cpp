// Sapha — progress and sign-in for transfers.
// SPDX-License-Identifier: MIT
#include "sync/transfer.hpp"

#include <cctype>

#include "messages/message_language.hpp"

namespace sapha::host {

namespace {

bool report(TransferState& state, const TransferStep& step)
{
    if (state.options && state.options->progress && !state.options->progress(step)) {
        state.cancelled = true;
        state.why = localized("ยกเลิกแล้ว", "cancelled");
        return false;
    }
    return true;
}

int onFetchProgress(const git_indexer_progress* progress, void* payload)
{
    auto& state = *static_cast<TransferState*>(payload);
    TransferStep step;
    if (progress->total_deltas > 0 && progress->received_objects == progress->total_objects) {
        step = { TransferStep::Kind::Resolving, progress->indexed_deltas, progress->total_deltas, progress->received_bytes };
    } else {
        step = { TransferStep::Kind::Receiving, progress->received_objects, progress->total_objects, progress->received_bytes };
    }
    return report(state, step) ? 0 : -1;
}

int onPushProgress(unsigned int current, unsigned int total, std::size_t bytes, void* payload)
{
    auto& state = *static_cast<TransferState*>(payload);
    return report(state, { TransferStep::Kind::Sending, current, total, bytes }) ? 0 : -1;
}

int onCredentials(git_credential** out, const char* url, const char* userFromUrl, unsigned int allowed, void* payload)
{
    auto& state = *static_cast<TransferState*>(payload);
    const std::string host = hostOfUrl(url ? url : "");
    const std::string origin = originOfUrl(url ? url : "");
    const std::string sshUser = userFromUrl && *userFromUrl ? userFromUrl : "git";
    if (allowed & GIT_CREDENTIAL_SSH_KEY) {
        const std::string& keyFile = state.options ? state.options->sshKeyFile : std::string();
        if (state.sshTries == 0) {
            ++state.sshTries;
            return git_credential_ssh_key_from_agent(out, sshUser.c_str());
        }
        if (state.sshTries == 1 && !keyFile.empty()) {
            ++state.sshTries;
            return git_credential_ssh_key_new(out, sshUser.c_str(), nullptr, keyFile.c_str(), nullptr);
        }
        state.why = localized(host + " ไม่รับกุญแจ SSH ของ " + sshUser + " (จาก SSH agent"
                                  + (keyFile.empty() ? std::string(")") : " และจาก " + keyFile + ")"),
            host + " refused the SSH key of " + sshUser + " (from the SSH agent"
                + (keyFile.empty() ? std::string(")") : " and from " + keyFile + ")"));
        return -1;
    }
    if (allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT) {
        // Over plain HTTP anyone on the way reads a password: no token is ever sent there.
        if (origin.rfind("https://", 0) != 0) {
            state.why = localized(origin + " ถามว่าคุณเป็นใครผ่าน HTTP ธรรมดา ซึ่งใครในเครือข่ายก็อ่านคำตอบได้: "
                                           "Sapha ส่งโทเค็นเข้าระบบผ่าน HTTPS เท่านั้น (ใช้ที่อยู่ https:// ของเซิร์ฟเวอร์)",
                origin + " asks who you are over plain HTTP, where anyone on the network could read the answer: "
                         "Sapha sends sign-in tokens over HTTPS only (use the remote's https:// address)");
            return -1;
        }
        std::optional<HttpsSignIn> signIn;
        if (state.options && state.options->httpsSignIn)
            signIn = state.options->httpsSignIn(origin);
        if (!signIn) {
            state.why = localized(origin + " ถามว่าคุณเป็นใคร แต่การตั้งค่าของคุณไม่มีผู้ใช้และโทเค็นสำหรับที่นี่: "
                                           "sapha-cli remote login " + origin + " --user ชื่อผู้ใช้ (โทเค็นอ่านจากอินพุตมาตรฐาน)",
                origin + " asks who you are, and your settings hold no user and token for it: "
                         "sapha-cli remote login " + origin + " --user NAME (the token is read from standard input)");
            return -1;
        }
        if (state.httpsTries++ > 0) {
            state.why = localized(origin + " ไม่รับโทเค็นของผู้ใช้ " + signIn->user + " (จากการตั้งค่าของคุณ): โทเค็นยังใช้ได้อยู่หรือไม่",
                origin + " refused the token of user " + signIn->user + " (from your settings): is it still valid?");
            return -1;
        }
        return git_credential_userpass_plaintext_new(out, signIn->user.c_str(), signIn->token.c_str());
    }
    state.why = localized(host + " ขอการเข้าระบบแบบที่ Sapha ไม่มีให้", host + " asks for a kind of sign-in Sapha does not offer");
    return -1;
}

// Asked for each TLS connection with libgit2's own verdict on the server's certificate, which stands
// (GIT_PASSTHROUGH: a certificate the system's authorities do not vouch for is never accepted here); a
// refusal is explained in words a secretary can pass to whoever looks after the computer.
int onCertificate(git_cert*, int valid, const char* host, void* payload)
{
    if (!valid) {
        const std::string name = host ? host : "";
        static_cast<TransferState*>(payload)->why = localized(name
                + " แสดงใบรับรองที่เครื่องนี้ไม่เชื่อถือ จึงไม่ได้เชื่อมต่อ (อาจไม่ใช่เซิร์ฟเวอร์ตัวจริง): ใบรับรองไม่ได้ออกให้ชื่อ " + name
                + " หรือผู้ออกใบรับรองไม่อยู่ในรายการของระบบ ถ้าเซิร์ฟเวอร์ขององค์กรใช้ผู้ออกใบรับรองของตนเอง "
                  "ให้ผู้ดูแลเครื่องติดตั้งใบรับรองนั้นในระบบ (/usr/local/share/ca-certificates แล้ว update-ca-certificates)",
            name + " presented a certificate this computer does not trust, so Sapha did not connect (it may not be the real "
                   "server): the certificate is not for the name " + name + ", or its authority is not among the system's. "
                   "If your organisation's server uses an authority of its own, ask whoever looks after this computer to "
                   "install it in the system (/usr/local/share/ca-certificates, then update-ca-certificates)");
    }
    return GIT_PASSTHROUGH;
}

} // namespace

git_remote_callbacks transferCallbacks(TransferState& state)
{
    git_remote_callbacks callbacks = GIT_REMOTE_CALLBACKS_INIT;
    callbacks.transfer_progress = onFetchProgress;
    callbacks.push_transfer_progress = onPushProgress;
    callbacks.credentials = onCredentials;
    callbacks.certificate_check = onCertificate;
    callbacks.push_update_reference = [](const char* reference, const char* status, void* payload) {
        if (status)
            static_cast<TransferState*>(payload)->rejected.emplace_back(reference, status);
        return 0;
    };
    callbacks.payload = &state;
    return callbacks;
}

std::string originOfUrl(const std::string& url)
{
    // A bare host ("git.example.org") is its HTTPS.
    if (url.find("://") == std::string::npos && url.find_first_of(":/") == std::string::npos && !url.empty())
        return originOfUrl("https://" + url);
    const std::string host = hostOfUrl(url);
    if (host.empty())
        return {};
    std::string scheme = "https";
    std::string port;
    if (const std::size_t separator = url.find("://"); separator != std::string::npos) {
        scheme = url.substr(0, separator);
        const std::size_t start = separator + 3;
        const std::size_t end = url.find_first_of("/?#", start);
        std::string authority = url.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (const std::size_t at = authority.rfind('@'); at != std::string::npos)
            authority = authority.substr(at + 1);
        if (const std::size_t colon = authority.rfind(':'); colon != std::string::npos && authority.find(']') == std::string::npos)
            port = authority.substr(colon + 1);
    } else if (url.find(':') != std::string::npos) {
        scheme = "ssh"; // scp-like "user@host:path"
    }
    auto lower = [](std::string text) {
        for (char& c : text)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return text;
    };
    scheme = lower(scheme);
    const std::string defaultPort = scheme == "https" ? "443" : scheme == "http" ? "80" : scheme == "ssh" ? "22" : "";
    const bool showPort = !port.empty() && port != defaultPort;
    return scheme + "://" + lower(host) + (showPort ? ":" + port : "");
}

std::string withoutPassword(const std::string& text, const std::string& url)
{
    const std::size_t separator = url.find("://");
    if (separator == std::string::npos)
        return text;
    const std::size_t start = separator + 3;
    const std::size_t end = url.find_first_of("/?#", start);
    const std::string authority = url.substr(start, end == std::string::npos ? std::string::npos : end - start);
    const std::size_t at = authority.rfind('@');
    const std::size_t colon = authority.find(':');
    if (at == std::string::npos || colon == std::string::npos || colon > at || colon + 1 == at)
        return text;
    const std::string password = authority.substr(colon + 1, at - colon - 1);
    std::string result = text;
    for (std::size_t found = result.find(password); found != std::string::npos; found = result.find(password, found + 3))
        result.replace(found, password.size(), "***");
    return result;
}

std::string hostOfUrl(const std::string& url)
{
    std::size_t start = url.find("://");
    if (start == std::string::npos) {
        // scp-like "user@host:path"
        const std::size_t colon = url.find(':');
        if (colon == std::string::npos || url.find('/') < colon)
            return {};
        const std::size_t at = url.find('@');
        return url.substr(at == std::string::npos || at > colon ? 0 : at + 1, colon - (at == std::string::npos || at > colon ? 0 : at + 1));
    }
    start += 3;
    std::size_t end = url.find_first_of("/?#", start);
    std::string authority = url.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (const std::size_t at = authority.rfind('@'); at != std::string::npos)
        authority = authority.substr(at + 1);
    if (const std::size_t colon = authority.rfind(':'); colon != std::string::npos && authority.find(']') == std::string::npos)
        authority = authority.substr(0, colon);
    return authority;
}

} // namespace sapha::host
