// Sapha brainstorm — the facilitator's board, drawn: the session's topic, round, timer and how to join
// above; the ideas not yet sorted, one column per group; the clusters, one column each. Ideas are
// dragged between columns with the mouse (or moved with the keyboard), clusters are dragged onto each
// other to merge them. The same canvas, larger, is the projector's.
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>

#include <wx/scrolwin.h>
#include <wx/timer.h>

#include "core/board_layout.hpp"
#include "core/live/join_qr.hpp"

namespace sapha::brainstorm {

// What the board asks its editor to do; the editor changes the session and shows the board again.
class BoardActions {
public:
    virtual ~BoardActions() = default;
    virtual void dropIdea(const std::string& ideaId, const DropTarget& target, const BoardLayout& layout) = 0;
    // `clusterNumber` counts the clusters from 1 as the board shows them; 0: back to the idea's group.
    virtual void moveIdeaToCluster(const std::string& ideaId, std::size_t clusterNumber) = 0;
    virtual void startCluster(const std::string& ideaId) = 0;
    virtual void mergeClusters(const std::string& from, const std::string& into) = 0;
    virtual void renameCluster(const std::string& clusterId) = 0;
    virtual void dissolveCluster(const std::string& clusterId) = 0;
    virtual void removeIdea(const std::string& ideaId) = 0;
};

// What the board shows besides the session itself.
struct BoardView {
    const Session* session = nullptr;
    bool votesShown = false;
    std::string round;    // "Round 1 of 3: ideas"
    std::string timer;    // "12:34"; empty: no timer
    bool timeUp = false;
    std::string joinUrl;  // empty: not live
    std::string joinCode;
    std::optional<QrCode> qr;
    std::size_t participants = 0;
};

class BoardCanvas : public wxScrolledCanvas {
public:
    // `scale` 1 on the editor, larger on the projector.
    BoardCanvas(wxWindow* parent, BoardActions& actions, double scale);

    void show(const BoardView& view);
    // What is under a point of the screen, in words: an idea's text, a column's title, where an idea
    // dragged would go. The board's tooltip; also how a test's hand finds a card to drag.
    wxString GetHelpTextAtPoint(const wxPoint& point, wxHelpEvent::Origin origin) const override;
    const std::string& selectedIdea() const { return m_selectedIdea; }
    void selectIdea(const std::string& ideaId);

private:
    void relayout();
    double headerHeight() const;
    wxFont cardFont() const;
    wxFont titleFont(double points) const;

    void onPaint(wxPaintEvent& event);
    void paintHeader(wxDC& dc);
    void paintColumn(wxDC& dc, const BoardColumn& column, bool isDropTarget);
    void paintCard(wxDC& dc, const BoardCard& card, const wxPoint& offset, bool lifted);
    void onSize(wxSizeEvent& event);
    void onMouseDown(wxMouseEvent& event);
    void onMouseMove(wxMouseEvent& event);
    void onMouseUp(wxMouseEvent& event);
    void onDoubleClick(wxMouseEvent& event);
    void onContextMenu(wxMouseEvent& event);
    void onKey(wxKeyEvent& event);
    // While a drag is held near the top or bottom edge, the board scrolls that way: a cluster below the
    // groups is reached without letting go.
    void scrollWhileDragging();
    // Moves the selection to the card `step` away in its column (up/down) or the nearest card of the
    // next column (left/right).
    void moveSelection(int columnStep, int cardStep);
    wxPoint logicalPosition(const wxPoint& windowPosition) const;
    const Cluster* clusterOfColumn(std::ptrdiff_t column) const;
    wxColour groupColour(const std::string& groupId) const;

    BoardActions& m_actions;
    double m_scale;
    BoardView m_view;
    BoardLayout m_layout;
    std::string m_selectedIdea;
    // A drag in progress: an idea's card or a cluster's header, where it was picked up, where it is now.
    wxString m_tip; // the tooltip shown now
    std::string m_draggedIdea;
    std::string m_draggedCluster;
    wxPoint m_pressedAt;
    wxPoint m_pointer;
    bool m_dragging = false;
    wxTimer m_edgeScroll;
    int m_edgeDirection = 0; // -1 up, 1 down, 0 not at an edge
};

} // namespace sapha::brainstorm
