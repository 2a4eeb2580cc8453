// Sapha brainstorm — the session editor: the facilitator's board (ideas by group, clusters, rounds with
// their timer, votes shown or hidden, the lock, the live session phones join), the word cloud, and the
// session's details (topic, groups, planned rounds, every idea in a list).
// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>

#include <wx/timer.h>

#include <sapha/ui/document_editor.hpp>

#include "core/live/join_qr.hpp"
#include "core/round_timer.hpp"
#include "core/session_kind.hpp"
#include "ui/board_canvas.hpp"

class wxButton;
class wxCheckBox;
class wxChoice;
class wxListCtrl;
class wxNotebook;
class wxSpinCtrl;
class wxTextCtrl;
class wxToggleButton;

namespace sapha::brainstorm {

class LiveSession;
class ParticipationServer;
class ProjectorFrame;
class WordCloudCanvas;

class SessionEditor : public ui::DocumentEditor, public BoardActions {
public:
    static constexpr const char* kKindId = SessionKind::kId;

    SessionEditor(wxWindow* parent, const IDocumentKind& kind, std::unique_ptr<IDocument> document,
        ui::IEditorHost& host);
    ~SessionEditor() override;

    // Adds the idea typed in the entry field for the chosen group.
    void addIdea();
    void removeSelectedIdea();

    // While a live session runs, the journal is the undo: edits from phones cannot be taken back here.
    bool canUndo() const noexcept override;
    bool canRedo() const noexcept override;

    // BoardActions
    void dropIdea(const std::string& ideaId, const DropTarget& target, const BoardLayout& layout) override;
    void moveIdeaToCluster(const std::string& ideaId, std::size_t clusterNumber) override;
    void startCluster(const std::string& ideaId) override;
    void mergeClusters(const std::string& from, const std::string& into) override;
    void renameCluster(const std::string& clusterId) override;
    void dissolveCluster(const std::string& clusterId) override;
    void removeIdea(const std::string& ideaId) override;

private:
    Session& session();
    const Session& session() const;
    void showDocument() override;
    wxWindow* buildBoardPage(wxWindow* parent);
    wxWindow* buildDetailsPage(wxWindow* parent);
    void fillGroups();
    void fillIdeas();
    // The group chosen in the session page's list (its name and question shown to edit), or null.
    Group* selectedGroup();
    void chooseGroup(long row);
    void selectGroupRow(long row);
    void showGroupRow(const Group& group);
    void removeSelectedGroup();
    void enableGroupEditing();
    void fillRounds();
    void showBoard();
    BoardView boardView();
    void onKey(wxKeyEvent& event);
    void onClock();

    // A board edit was made to session(): record it (one undo step), pass the clusters to a live session,
    // show it.
    // `votesMoved`: clusters merged away, with the cluster their dots now count for.
    void boardEdited(const std::map<std::string, std::string>& votesMoved = {});
    // Refuses (with a beep and a word on the status line) while the session is locked.
    bool refuseWhenLocked();

    void chooseRound(int index);
    void setLocked(bool locked);
    void toggleTimer();
    void resetTimer();
    int timerRemainingSeconds() const;

    void startLive();
    void stopLive();
    bool isLive() const { return m_live != nullptr; }
    // Takes what phones sent (ideas, votes, joins) into the document.
    void adoptLiveState();
    // Commits what the board holds and marks the journal, when live (a round ended, the session stopped).
    void commitLive(const char* why);
    void showError(const wxString& what, const std::string& why);
    // A line on the main window's status bar.
    void say(const wxString& text);

    void openProjector();

    wxNotebook* m_pages = nullptr;
    BoardCanvas* m_board = nullptr;
    WordCloudCanvas* m_cloud = nullptr;
    wxChoice* m_round = nullptr;
    wxButton* m_timerButton = nullptr;
    wxToggleButton* m_votesShown = nullptr;
    wxToggleButton* m_locked = nullptr;
    wxButton* m_liveButton = nullptr;
    wxCheckBox* m_roomNetwork = nullptr;
    wxChoice* m_ideaGroup = nullptr;
    wxTextCtrl* m_ideaText = nullptr;

    wxTextCtrl* m_topic = nullptr;
    wxTextCtrl* m_prompt = nullptr;
    wxTextCtrl* m_date = nullptr;
    wxTextCtrl* m_venue = nullptr;
    wxSpinCtrl* m_votesPerParticipant = nullptr;
    wxListCtrl* m_groups = nullptr;
    long m_chosenGroup = -1; // the row of m_groups whose fields are shown
    wxTextCtrl* m_groupName = nullptr;
    wxTextCtrl* m_groupPrompt = nullptr;
    wxButton* m_addGroup = nullptr;
    wxButton* m_removeGroup = nullptr;
    wxListCtrl* m_rounds = nullptr;
    wxSpinCtrl* m_roundMinutes = nullptr;
    wxListCtrl* m_ideas = nullptr;

    // Ticks the board (the round's countdown, a live session's news); the countdown itself is kept on
    // the steady clock by the round timer.
    wxTimer m_clock;
    RoundTimer m_roundTimer;

    std::unique_ptr<LiveSession> m_live;
    std::unique_ptr<ParticipationServer> m_server;
    std::string m_joinUrl;
    std::optional<QrCode> m_qr;
    std::uint64_t m_lastEvent = 0;

    ProjectorFrame* m_projector = nullptr; // a top-level window of its own; null when not shown
};

} // namespace sapha::brainstorm
