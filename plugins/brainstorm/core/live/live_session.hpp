// Sapha brainstorm — a session while it is live: who joined (a token each), the ideas and votes they
// sent, the round the facilitator has opened. Every change is a journal record first (see
// journal.hpp), applied here once it is durable; replaying the journal rebuilds the same state.
// SPDX-License-Identifier: MIT
#pragma once

#include "core/brainstorm_export.h"

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <sapha/status.hpp>

#include "core/live/journal.hpp"
#include "core/session.hpp"

namespace sapha::brainstorm {

// What participants may do now: send ideas, wait while the facilitator sorts them, vote, nothing more.
enum class Round { Ideate, Cluster, Vote, Closed };
SAPHA_BRAINSTORM_EXPORT const char* roundName(Round round);
// "ideate", "cluster", "vote", "closed"; nothing for another name.
SAPHA_BRAINSTORM_EXPORT std::optional<Round> roundFromName(const std::string& name);
// The live round a planned round opens.
SAPHA_BRAINSTORM_EXPORT Round liveRoundOf(RoundKind kind);

// A journal record's "type" (join, idea, vote, round, committed, start) and any of its text fields.
SAPHA_BRAINSTORM_EXPORT std::string recordType(const std::string& record);
SAPHA_BRAINSTORM_EXPORT std::string recordField(const std::string& record, const std::string& field);

// 128 random bits as hex: a participant's token or the facilitator's secret, not guessable from another.
SAPHA_BRAINSTORM_EXPORT std::string randomToken();
// Whether `given` is `expected`, in a time that does not depend on where they differ (a secret, a token).
SAPHA_BRAINSTORM_EXPORT bool sameSecret(std::string_view given, std::string_view expected);
// How a participant is named in the committed session (a vote's voter): eight hex digits of a one-way
// hash of the token, which tell nothing of the token itself.
SAPHA_BRAINSTORM_EXPORT std::string participantLabel(const std::string& token);
// Whether `code` may be a session's join code: 6 to 12 digits.
SAPHA_BRAINSTORM_EXPORT bool isJoinCode(std::string_view code);

struct Participant {
    std::string token;
    std::string groupId;
    std::string name; // empty: anonymous
    int votesUsed = 0;
    bool counted = false; // already in the committed document's participant counts
};

// A refusal a participant's phone can show: an HTTP status and a reason.
struct Refusal {
    int status = 400;
    std::string reason;
};

// What a participant's request came to: the value, or why it was refused.
template <typename T>
struct Answer {
    std::optional<T> value;
    Refusal refusal;
    explicit operator bool() const { return value.has_value(); }
    static Answer refused(int status, std::string reason) { return { std::nullopt, { status, std::move(reason) } }; }
};

class SAPHA_BRAINSTORM_EXPORT LiveSession {
public:
    // `session` is the document as it was when the server started; `journal` holds what happened since
    // (replayed here). `joinCode` is what participants type (or scan) to join.
    LiveSession(Session session, std::unique_ptr<Journal> journal, const std::vector<std::string>& recovered,
        std::string joinCode);

    const std::string& joinCode() const { return m_joinCode; }

    // Each returns once the change is durable, or a refusal (nothing recorded): 403 a wrong code or
    // token, 400 what cannot be taken, 409 not in this round, 503 the journal cannot be written.
    Answer<Participant> join(const std::string& code, const std::string& groupId, const std::string& name);
    Answer<Idea> submitIdea(const std::string& token, const std::string& text);
    Answer<Vote> vote(const std::string& token, const std::string& targetId);
    Answer<Round> setRound(Round round);
    // The facilitator's own changes, journaled like the participants': an idea typed on the board (in any
    // round), the clusters as the board now has them (phones vote on them), an idea taken off the board.
    Answer<Idea> addFacilitatorIdea(const std::string& groupId, const std::string& text);
    // `votesMoved`: clusters merged away, each with the cluster their dots now count for.
    Status setClusters(const std::vector<Cluster>& clusters, const std::map<std::string, std::string>& votesMoved = {});
    Status removeIdea(const std::string& ideaId);
    // Records that everything so far is in the committed document (`revision`): after a crash, what
    // precedes this mark is not applied to the document twice.
    Status markCommitted(const std::string& revision);

    // The session with everything applied so far, participants counted per group (for the board, and to
    // commit).
    Session snapshot() const;
    Round round() const;
    // JSON of what a phone or the board shows: groups, round, the group's ideas, and while voting the
    // choices (clusters, then ideas in none) with the votes left.
    std::string stateJson(const std::string& token) const;
    // Events after `since` (ideas, votes, round changes) as JSON lines, waiting up to `wait` for one.
    std::vector<std::pair<std::uint64_t, std::string>> eventsAfter(std::uint64_t since, std::chrono::milliseconds wait) const;
    // Wakes every waiter of eventsAfter (the server is stopping).
    void wakeAll();
    std::size_t participantCount() const;
    // Whether `token` is a participant's (compared in constant time: the answer's timing tells nothing).
    bool isParticipant(const std::string& token) const;
    const Journal& journal() const { return *m_journal; }

    // Ideas longer than this are refused (characters as UTF-8 bytes).
    static constexpr std::size_t kMaxIdeaBytes = 1000;

private:
    // Applies a durable record; false when it is not one this version understands. A record already in
    // the document (written before the last commit) only restores participants, budgets and the round.
    bool apply(const std::string& record, bool alreadyInDocument = false);
    void publish(const std::string& event);
    // `session` with the participants not yet counted added to their groups' counts. Lock held.
    Session withParticipants(Session session) const;
    // Writes the record to the journal; the refusal says the journal failed.
    std::optional<Refusal> record(const std::string& json);
    // Writes it, and once it is durable applies it to the live state.
    std::optional<Refusal> recordAndApply(const std::string& json);
    // An idea as a journal record, applied once durable.
    Answer<Idea> recordIdea(Idea idea);

    Session m_session;
    std::unique_ptr<Journal> m_journal;
    std::string m_joinCode;
    mutable std::mutex m_lock;
    mutable std::condition_variable m_changed;
    std::map<std::string, Participant> m_participants; // by token
    Round m_round = Round::Ideate;
    std::vector<std::pair<std::uint64_t, std::string>> m_events;
    std::uint64_t m_nextEvent = 1;
    bool m_stopping = false;
};

} // namespace sapha::brainstorm
