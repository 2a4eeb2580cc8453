// Sapha brainstorm — the facilitator's board, drawn.
// SPDX-License-Identifier: MIT
#include "ui/board_canvas.hpp"

#include <algorithm>
#include <cmath>

#include <wx/control.h>
#include <wx/dcbuffer.h>
#include <wx/menu.h>
#include <wx/settings.h>
#include <wx/utils.h>

#include <sapha/ui/wx_text.hpp>

namespace sapha::brainstorm {

using ui::toWx;

namespace {

// Sticky-note colours, one per group, light enough for dark text on a projector.
const wxColour kGroupColours[] = { wxColour(255, 241, 168), wxColour(200, 230, 255), wxColour(208, 242, 208),
    wxColour(252, 212, 228), wxColour(228, 216, 252), wxColour(255, 222, 190) };
const wxColour kBoardBackground(238, 241, 245);
const wxColour kColumnBackground(255, 255, 255);
const wxColour kBorder(196, 203, 212);
const wxColour kText(27, 31, 36);
const wxColour kMuted(82, 96, 109);
const wxColour kAccent(31, 95, 168);
const wxColour kAlarm(176, 32, 32);

constexpr int kDragThreshold = 5;

} // namespace

BoardCanvas::BoardCanvas(wxWindow* parent, BoardActions& actions, double scale)
    : wxScrolledCanvas(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL | wxWANTS_CHARS | wxFULL_REPAINT_ON_RESIZE)
    , m_actions(actions)
    , m_scale(scale)
{
    SetName(wxASCII_STR("brainstorm-board"));
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetScrollRate(0, FromDIP(20));
    Bind(wxEVT_PAINT, &BoardCanvas::onPaint, this);
    Bind(wxEVT_SIZE, &BoardCanvas::onSize, this);
    Bind(wxEVT_LEFT_DOWN, &BoardCanvas::onMouseDown, this);
    Bind(wxEVT_MOTION, &BoardCanvas::onMouseMove, this);
    Bind(wxEVT_LEFT_UP, &BoardCanvas::onMouseUp, this);
    Bind(wxEVT_LEFT_DCLICK, &BoardCanvas::onDoubleClick, this);
    Bind(wxEVT_RIGHT_DOWN, &BoardCanvas::onContextMenu, this);
    Bind(wxEVT_KEY_DOWN, &BoardCanvas::onKey, this);
    m_edgeScroll.SetOwner(this);
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { scrollWhileDragging(); }, m_edgeScroll.GetId());
    Bind(wxEVT_MOUSE_CAPTURE_LOST, [this](wxMouseCaptureLostEvent&) {
        m_edgeScroll.Stop();
        m_dragging = false;
        m_draggedIdea.clear();
        m_draggedCluster.clear();
        Refresh();
    });
}

void BoardCanvas::show(const BoardView& view)
{
    m_view = view;
    if (m_view.session && !m_selectedIdea.empty()
        && std::none_of(m_view.session->ideas.begin(), m_view.session->ideas.end(), [&](const Idea& i) { return i.id == m_selectedIdea; }))
        m_selectedIdea.clear();
    relayout();
    Refresh();
}

void BoardCanvas::selectIdea(const std::string& ideaId)
{
    m_selectedIdea = ideaId;
    const std::ptrdiff_t card = m_layout.cardOf(ideaId);
    if (card >= 0) {
        // Scrolled into view.
        const BoardRect& area = m_layout.cards[static_cast<std::size_t>(card)].area;
        int unitX = 0;
        int unitY = 0;
        GetScrollPixelsPerUnit(&unitX, &unitY);
        const wxPoint top = CalcUnscrolledPosition(wxPoint(0, 0));
        const int height = GetClientSize().y;
        if (unitY > 0 && (area.y < top.y || area.y + area.height > top.y + height))
            Scroll(-1, static_cast<int>(std::max(0.0, area.y - FromDIP(40))) / unitY);
    }
    Refresh();
}

wxFont BoardCanvas::cardFont() const
{
    wxFont font = wxSystemSettings::GetFont(wxSYS_DEFAULT_GUI_FONT);
    font.SetFractionalPointSize(11.5 * m_scale);
    return font;
}

wxFont BoardCanvas::titleFont(double points) const
{
    wxFont font = wxSystemSettings::GetFont(wxSYS_DEFAULT_GUI_FONT);
    font.SetFractionalPointSize(points * m_scale);
    font.SetWeight(wxFONTWEIGHT_BOLD);
    return font;
}

double BoardCanvas::headerHeight() const
{
    // Live, the QR code for the room is on the projector, large; the editor's is smaller and leaves the
    // laptop's screen to the ideas.
    const int live = m_scale > 1 ? 190 : 136;
    return FromDIP(m_view.joinUrl.empty() ? 84 : live) * m_scale;
}

void BoardCanvas::relayout()
{
    if (!m_view.session)
        return;
    wxClientDC dc(this);
    dc.SetFont(cardFont());
    BoardMetrics metrics;
    metrics.width = std::max(GetClientSize().x, FromDIP(300));
    metrics.minColumnWidth = FromDIP(230) * m_scale;
    metrics.gap = FromDIP(12) * m_scale;
    metrics.cardPadding = FromDIP(8) * m_scale;
    metrics.lineHeight = dc.GetCharHeight() + FromDIP(2) * m_scale;
    dc.SetFont(titleFont(11.5));
    metrics.headerHeight = dc.GetCharHeight() * 2 + FromDIP(10) * m_scale;
    metrics.bandTitleHeight = dc.GetCharHeight() + FromDIP(12) * m_scale;
    metrics.top = headerHeight();
    dc.SetFont(cardFont());
    metrics.textWidth = [&dc](const std::string& text) { return static_cast<double>(dc.GetTextExtent(toWx(text)).x); };
    m_layout = layoutBoard(*m_view.session, metrics);
    SetVirtualSize(static_cast<int>(metrics.width), static_cast<int>(m_layout.height));
}

void BoardCanvas::onSize(wxSizeEvent& event)
{
    relayout();
    Refresh();
    event.Skip();
}

wxColour BoardCanvas::groupColour(const std::string& groupId) const
{
    const auto& groups = m_view.session->groups;
    for (std::size_t i = 0; i < groups.size(); ++i) {
        if (groups[i].id == groupId)
            return kGroupColours[i % std::size(kGroupColours)];
    }
    return wxColour(235, 235, 235);
}

const Cluster* BoardCanvas::clusterOfColumn(std::ptrdiff_t column) const
{
    if (column < 0 || static_cast<std::size_t>(column) >= m_layout.columns.size())
        return nullptr;
    const BoardColumn& shown = m_layout.columns[static_cast<std::size_t>(column)];
    if (shown.kind != ColumnKind::Cluster)
        return nullptr;
    for (const Cluster& cluster : m_view.session->clusters) {
        if (cluster.id == shown.id)
            return &cluster;
    }
    return nullptr;
}

void BoardCanvas::onPaint(wxPaintEvent&)
{
    wxAutoBufferedPaintDC dc(this);
    DoPrepareDC(dc);
    dc.SetBackground(wxBrush(kBoardBackground));
    dc.Clear();
    if (!m_view.session)
        return;
    paintHeader(dc);

    dc.SetFont(titleFont(11.5));
    dc.SetTextForeground(kMuted);
    for (const BoardBand& band : m_layout.bands) {
        const wxString title = band.kind == ColumnKind::Group ? _("Not yet sorted, by group") : _("Clusters");
        dc.DrawText(title, static_cast<int>(band.title.x), static_cast<int>(band.title.y));
    }
    std::size_t dropColumn = static_cast<std::size_t>(-1);
    if (m_dragging) {
        const DropTarget target = m_layout.dropAt(m_pointer.x, m_pointer.y);
        dropColumn = target.column;
    }
    for (std::size_t i = 0; i < m_layout.columns.size(); ++i)
        paintColumn(dc, m_layout.columns[i], i == dropColumn);
    for (const BoardCard& card : m_layout.cards) {
        if (!(m_dragging && card.ideaId == m_draggedIdea))
            paintCard(dc, card, wxPoint(0, 0), false);
    }
    // The card being dragged, under the pointer.
    if (m_dragging && !m_draggedIdea.empty()) {
        const std::ptrdiff_t index = m_layout.cardOf(m_draggedIdea);
        if (index >= 0) {
            const BoardCard& card = m_layout.cards[static_cast<std::size_t>(index)];
            paintCard(dc, card, wxPoint(m_pointer.x - m_pressedAt.x, m_pointer.y - m_pressedAt.y), true);
        }
    }
    if (m_dragging && !m_draggedCluster.empty()) {
        dc.SetPen(wxPen(kAccent, FromDIP(2)));
        dc.SetBrush(wxBrush(wxColour(255, 255, 255, 220)));
        dc.SetFont(titleFont(11.5));
        for (const Cluster& cluster : m_view.session->clusters) {
            if (cluster.id == m_draggedCluster) {
                const wxSize extent = dc.GetTextExtent(toWx(cluster.title));
                dc.DrawRoundedRectangle(m_pointer.x - FromDIP(8), m_pointer.y - FromDIP(6), extent.x + FromDIP(16), extent.y + FromDIP(12), FromDIP(6));
                dc.SetTextForeground(kText);
                dc.DrawText(toWx(cluster.title), m_pointer.x, m_pointer.y);
            }
        }
    }
}

void BoardCanvas::paintHeader(wxDC& dc)
{
    const int gap = static_cast<int>(FromDIP(12) * m_scale);
    const int width = GetClientSize().x;
    int textRight = width - gap;
    // How to join, with the QR code to scan, at the right.
    if (!m_view.joinUrl.empty() && m_view.qr && m_view.qr->size > 0) {
        const int side = static_cast<int>(headerHeight()) - 2 * gap;
        const int quiet = 2;
        const double module = static_cast<double>(side) / (m_view.qr->size + 2 * quiet);
        const int left = width - gap - side;
        dc.SetPen(*wxTRANSPARENT_PEN);
        dc.SetBrush(*wxWHITE_BRUSH);
        dc.DrawRectangle(left, gap, side, side);
        dc.SetBrush(*wxBLACK_BRUSH);
        for (int y = 0; y < m_view.qr->size; ++y) {
            for (int x = 0; x < m_view.qr->size; ++x) {
                if (!m_view.qr->at(x, y))
                    continue;
                const int x0 = left + static_cast<int>(std::floor((x + quiet) * module));
                const int y0 = gap + static_cast<int>(std::floor((y + quiet) * module));
                const int x1 = left + static_cast<int>(std::floor((x + quiet + 1) * module));
                const int y1 = gap + static_cast<int>(std::floor((y + quiet + 1) * module));
                dc.DrawRectangle(x0, y0, x1 - x0, y1 - y0);
            }
        }
        textRight = left - gap;
        dc.SetFont(titleFont(22));
        dc.SetTextForeground(kText);
        const wxString code = wxString::Format(_("Code %s"), toWx(m_view.joinCode));
        const wxSize codeSize = dc.GetTextExtent(code);
        dc.DrawText(code, textRight - codeSize.x, gap);
        dc.SetFont(cardFont());
        const wxString url = toWx(m_view.joinUrl);
        const wxSize urlSize = dc.GetTextExtent(url);
        dc.DrawText(url, textRight - urlSize.x, gap + codeSize.y + gap / 2);
        const wxString joined = wxString::Format(_("%zu joined"), m_view.participants);
        const wxSize joinedSize = dc.GetTextExtent(joined);
        dc.DrawText(joined, textRight - joinedSize.x, gap + codeSize.y + urlSize.y + gap);
        textRight -= std::max({ codeSize.x, urlSize.x, joinedSize.x }) + 2 * gap;
    }
    dc.SetFont(titleFont(17));
    dc.SetTextForeground(kText);
    const int available = std::max(FromDIP(100), textRight - gap);
    // Beside the join code the topic has two lines (the header is taller then); alone, one.
    const std::size_t topicLines = m_view.joinUrl.empty() ? 1 : 2;
    std::vector<std::string> lines = wrapText(m_view.session->topic, available,
        [&dc](const std::string& text) { return static_cast<double>(dc.GetTextExtent(toWx(text)).x); });
    int y = gap;
    for (std::size_t i = 0; i < lines.size() && i < topicLines; ++i) {
        wxString line = toWx(lines[i]);
        if (i + 1 == topicLines && lines.size() > topicLines)
            line = wxControl::Ellipsize(line + wxT(" \u2026"), dc, wxELLIPSIZE_END, available);
        dc.DrawText(line, gap, y);
        y += dc.GetCharHeight();
    }
    y += gap / 2;
    // The round, its timer, and what the room can see.
    int x = gap;
    dc.SetFont(titleFont(13));
    dc.SetTextForeground(kAccent);
    // Left of the join code: what does not fit beside the round goes on the line below it.
    if (!m_view.round.empty()) {
        const wxString round = wxControl::Ellipsize(toWx(m_view.round), dc, wxELLIPSIZE_END, available);
        dc.DrawText(round, x, y);
        x += dc.GetTextExtent(round).x + 2 * gap;
    }
    if (!m_view.timer.empty()) {
        dc.SetTextForeground(m_view.timeUp ? kAlarm : kText);
        const wxString timer = m_view.timeUp ? wxString::Format(_("%s time is up"), toWx(m_view.timer)) : toWx(m_view.timer);
        if (x + dc.GetTextExtent(timer).x > textRight) {
            x = gap;
            y += dc.GetCharHeight();
        }
        dc.DrawText(timer, x, y);
        x += dc.GetTextExtent(timer).x + 2 * gap;
    }
    dc.SetFont(cardFont());
    dc.SetTextForeground(kMuted);
    wxString state;
    if (m_view.session->locked)
        state += _("Locked: nothing more is taken");
    if (m_view.votesShown)
        state += (state.empty() ? wxString() : wxString(wxT("  \u00b7  "))) + _("Votes shown");
    if (!state.empty()) {
        if (x + dc.GetTextExtent(state).x > textRight) {
            x = gap;
            y += dc.GetCharHeight() + FromDIP(6);
        }
        dc.DrawText(state, x, y + FromDIP(3));
    }
}

void BoardCanvas::paintColumn(wxDC& dc, const BoardColumn& column, bool isDropTarget)
{
    const wxRect area(static_cast<int>(column.area.x), static_cast<int>(column.area.y), static_cast<int>(column.area.width),
        static_cast<int>(column.area.height));
    const int radius = FromDIP(8);
    if (column.kind == ColumnKind::NewCluster) {
        dc.SetPen(wxPen(isDropTarget ? kAccent : kBorder, FromDIP(2), wxPENSTYLE_SHORT_DASH));
        dc.SetBrush(isDropTarget ? wxBrush(wxColour(228, 238, 250)) : *wxTRANSPARENT_BRUSH);
        dc.DrawRoundedRectangle(area, radius);
        dc.SetFont(cardFont());
        dc.SetTextForeground(kMuted);
        const wxString hint = wxControl::Ellipsize(_("Drop an idea here to start a cluster"), dc, wxELLIPSIZE_END, area.width - 2 * radius);
        const wxSize size = dc.GetTextExtent(hint);
        dc.DrawText(hint, area.x + (area.width - size.x) / 2, area.y + (area.height - size.y) / 2);
        return;
    }
    dc.SetPen(wxPen(isDropTarget ? kAccent : kBorder, FromDIP(isDropTarget ? 3 : 1)));
    dc.SetBrush(wxBrush(column.kind == ColumnKind::Group ? wxColour(248, 249, 251) : kColumnBackground));
    dc.DrawRoundedRectangle(area, radius);

    // The title, and under it how many ideas (and dots, when shown).
    const Session& session = *m_view.session;
    wxString title;
    int votes = 0;
    if (column.kind == ColumnKind::Group) {
        const Group* group = session.findGroup(column.id);
        title = group ? toWx(group->name) : wxString();
        dc.SetBrush(wxBrush(groupColour(column.id)));
        dc.SetPen(*wxTRANSPARENT_PEN);
        dc.DrawRectangle(area.x + radius, area.y + FromDIP(4), area.width - 2 * radius, FromDIP(4));
    } else {
        for (const Cluster& cluster : session.clusters) {
            if (cluster.id == column.id) {
                title = toWx(cluster.title);
                votes = session.votesFor(cluster.id);
                for (const std::string& ideaId : cluster.ideaIds)
                    votes += session.votesFor(ideaId);
            }
        }
    }
    const int pad = static_cast<int>(FromDIP(8) * m_scale);
    dc.SetFont(titleFont(11.5));
    dc.SetTextForeground(kText);
    dc.DrawText(wxControl::Ellipsize(title, dc, wxELLIPSIZE_END, area.width - 2 * pad), area.x + pad, area.y + FromDIP(8));
    dc.SetFont(cardFont());
    dc.SetTextForeground(kMuted);
    wxString count = wxString::Format(wxPLURAL("%zu idea", "%zu ideas", column.cardCount), column.cardCount);
    if (m_view.votesShown && column.kind == ColumnKind::Cluster)
        count += wxT("  \u00b7  ") + wxString::Format(wxPLURAL("%d vote", "%d votes", votes), votes);
    dc.DrawText(count, area.x + pad, area.y + FromDIP(8) + dc.GetCharHeight() + FromDIP(2));
}

void BoardCanvas::paintCard(wxDC& dc, const BoardCard& card, const wxPoint& offset, bool lifted)
{
    const Session& session = *m_view.session;
    std::string groupId;
    for (const Idea& idea : session.ideas) {
        if (idea.id == card.ideaId)
            groupId = idea.groupId;
    }
    const wxRect area(static_cast<int>(card.area.x) + offset.x, static_cast<int>(card.area.y) + offset.y,
        static_cast<int>(card.area.width), static_cast<int>(card.area.height));
    const bool selected = card.ideaId == m_selectedIdea;
    if (lifted) { // a shadow: the card is off the board while it is carried
        dc.SetPen(*wxTRANSPARENT_PEN);
        dc.SetBrush(wxBrush(wxColour(0, 0, 0, 60)));
        dc.DrawRoundedRectangle(area.x + FromDIP(4), area.y + FromDIP(4), area.width, area.height, FromDIP(6));
    }
    dc.SetPen(selected ? wxPen(kAccent, FromDIP(3)) : wxPen(wxColour(0, 0, 0, 40)));
    dc.SetBrush(wxBrush(groupColour(groupId)));
    dc.DrawRoundedRectangle(area, FromDIP(6));
    dc.SetFont(cardFont());
    dc.SetTextForeground(kText);
    const int pad = static_cast<int>(FromDIP(8) * m_scale);
    const int lineHeight = dc.GetCharHeight() + static_cast<int>(FromDIP(2) * m_scale);
    int y = area.y + pad;
    for (const std::string& line : card.lines) {
        dc.DrawText(toWx(line), area.x + pad, y);
        y += lineHeight;
    }
    const int votes = session.votesFor(card.ideaId);
    if (m_view.votesShown && votes > 0) {
        const wxString number = wxString::Format(wxASCII_STR("%d"), votes);
        dc.SetFont(titleFont(10));
        const wxSize size = dc.GetTextExtent(number);
        const int diameter = std::max(size.x, size.y) + FromDIP(8);
        const int cx = area.GetRight() - diameter / 2 - FromDIP(2);
        const int cy = area.y - diameter / 4;
        dc.SetPen(*wxTRANSPARENT_PEN);
        dc.SetBrush(wxBrush(kAlarm));
        dc.DrawCircle(cx, cy + diameter / 2, diameter / 2);
        dc.SetTextForeground(*wxWHITE);
        dc.DrawText(number, cx - size.x / 2, cy + diameter / 2 - size.y / 2);
    }
}

wxPoint BoardCanvas::logicalPosition(const wxPoint& windowPosition) const
{
    return CalcUnscrolledPosition(windowPosition);
}

void BoardCanvas::onMouseDown(wxMouseEvent& event)
{
    SetFocus();
    const wxPoint at = logicalPosition(event.GetPosition());
    m_draggedIdea.clear();
    m_draggedCluster.clear();
    m_dragging = false;
    const std::ptrdiff_t card = m_layout.cardAt(at.x, at.y);
    if (card >= 0) {
        m_selectedIdea = m_layout.cards[static_cast<std::size_t>(card)].ideaId;
        m_draggedIdea = m_selectedIdea;
    } else if (const Cluster* cluster = clusterOfColumn(m_layout.headerAt(at.x, at.y))) {
        m_draggedCluster = cluster->id;
    }
    m_pressedAt = at;
    m_pointer = at;
    if ((!m_draggedIdea.empty() || !m_draggedCluster.empty()) && !HasCapture())
        CaptureMouse();
    Refresh();
}

wxString BoardCanvas::GetHelpTextAtPoint(const wxPoint& point, wxHelpEvent::Origin origin) const
{
    if (point == wxDefaultPosition || !m_view.session)
        return wxScrolledCanvas::GetHelpTextAtPoint(point, origin);
    const wxPoint at = logicalPosition(ScreenToClient(point));
    if (const std::ptrdiff_t card = m_layout.cardAt(at.x, at.y); card >= 0) {
        const std::string& ideaId = m_layout.cards[static_cast<std::size_t>(card)].ideaId;
        for (const Idea& idea : m_view.session->ideas) {
            if (idea.id == ideaId)
                return ui::toWx(idea.text) + wxT("\n") + _("Drag it into a cluster; right-click for more");
        }
    }
    const DropTarget target = m_layout.dropAt(at.x, at.y);
    if (!target.valid())
        return {};
    const BoardColumn& column = m_layout.columns[target.column];
    switch (column.kind) {
    case ColumnKind::NewCluster:
        return _("Drop an idea here to start a cluster");
    case ColumnKind::Cluster:
        if (const Cluster* cluster = clusterOfColumn(static_cast<std::ptrdiff_t>(target.column)))
            return ui::toWx(cluster->title) + wxT("\n") + _("Double-click the title to rename; drag it onto another cluster to merge");
        break;
    case ColumnKind::Group:
        if (const Group* group = m_view.session->findGroup(column.id))
            return ui::toWx(group->name);
        break;
    }
    return {};
}

void BoardCanvas::onMouseMove(wxMouseEvent& event)
{
    if (m_draggedIdea.empty() && m_draggedCluster.empty()) {
        // A newcomer learns what can be done with what is under the pointer.
        const wxString tip = GetHelpTextAtPoint(ClientToScreen(event.GetPosition()), wxHelpEvent::Origin_Unknown);
        if (tip != m_tip) {
            m_tip = tip;
            if (tip.empty())
                UnsetToolTip();
            else
                SetToolTip(tip);
        }
        return;
    }
    m_pointer = logicalPosition(event.GetPosition());
    if (!m_dragging && (std::abs(m_pointer.x - m_pressedAt.x) > kDragThreshold || std::abs(m_pointer.y - m_pressedAt.y) > kDragThreshold))
        m_dragging = true;
    if (!m_dragging)
        return;
    const int edge = FromDIP(36);
    const int y = event.GetPosition().y;
    m_edgeDirection = y > GetClientSize().y - edge ? 1 : y < edge ? -1 : 0;
    if (m_edgeDirection != 0 && !m_edgeScroll.IsRunning())
        m_edgeScroll.Start(60);
    Refresh();
}

void BoardCanvas::scrollWhileDragging()
{
    if (!m_dragging || m_edgeDirection == 0) {
        m_edgeScroll.Stop();
        return;
    }
    int column = 0;
    int row = 0;
    GetViewStart(&column, &row);
    const int next = std::max(0, row + m_edgeDirection);
    Scroll(column, next);
    int after = 0;
    GetViewStart(&column, &after);
    if (after == row) { // at the end already
        m_edgeScroll.Stop();
        return;
    }
    m_pointer = logicalPosition(ScreenToClient(wxGetMousePosition()));
    Refresh();
}

void BoardCanvas::onMouseUp(wxMouseEvent& event)
{
    m_edgeScroll.Stop();
    if (HasCapture())
        ReleaseMouse();
    const std::string idea = m_draggedIdea;
    const std::string cluster = m_draggedCluster;
    const bool dropped = m_dragging;
    m_dragging = false;
    m_draggedIdea.clear();
    m_draggedCluster.clear();
    if (!dropped) {
        Refresh();
        return;
    }
    const wxPoint at = logicalPosition(event.GetPosition());
    const BoardLayout layout = m_layout; // the action lays the board out again
    const DropTarget target = layout.dropAt(at.x, at.y);
    if (!idea.empty()) {
        m_actions.dropIdea(idea, target, layout);
    } else if (target.valid() && layout.columns[target.column].kind == ColumnKind::Cluster
        && layout.columns[target.column].id != cluster) {
        m_actions.mergeClusters(cluster, layout.columns[target.column].id);
    }
    Refresh();
}

void BoardCanvas::onDoubleClick(wxMouseEvent& event)
{
    const wxPoint at = logicalPosition(event.GetPosition());
    if (const Cluster* cluster = clusterOfColumn(m_layout.headerAt(at.x, at.y)))
        m_actions.renameCluster(cluster->id);
}

void BoardCanvas::onContextMenu(wxMouseEvent& event)
{
    SetFocus();
    const wxPoint at = logicalPosition(event.GetPosition());
    const Session& session = *m_view.session;
    wxMenu menu;
    const std::ptrdiff_t card = m_layout.cardAt(at.x, at.y);
    const Cluster* headerCluster = clusterOfColumn(m_layout.headerAt(at.x, at.y));
    int id = wxID_HIGHEST + 1;
    if (card >= 0) {
        const std::string ideaId = m_layout.cards[static_cast<std::size_t>(card)].ideaId;
        m_selectedIdea = ideaId;
        Refresh();
        menu.Append(id, _("Start a cluster with this idea\tN"));
        menu.Bind(wxEVT_MENU, [this, ideaId](wxCommandEvent&) { m_actions.startCluster(ideaId); }, id++);
        auto* into = new wxMenu;
        for (std::size_t i = 0; i < session.clusters.size(); ++i) {
            const wxString label = (i < 9 ? wxString::Format(wxASCII_STR("&%zu  "), i + 1) : wxString()) + toWx(session.clusters[i].title);
            into->Append(id, label);
            menu.Bind(wxEVT_MENU, [this, ideaId, i](wxCommandEvent&) { m_actions.moveIdeaToCluster(ideaId, i + 1); }, id++);
        }
        menu.AppendSubMenu(into, _("Move to cluster"));
        if (session.clusterOf(ideaId)) {
            menu.Append(id, _("Back to its group\t0"));
            menu.Bind(wxEVT_MENU, [this, ideaId](wxCommandEvent&) { m_actions.moveIdeaToCluster(ideaId, 0); }, id++);
        }
        menu.AppendSeparator();
        menu.Append(id, _("Remove idea\tDelete"));
        menu.Bind(wxEVT_MENU, [this, ideaId](wxCommandEvent&) { m_actions.removeIdea(ideaId); }, id++);
    } else if (headerCluster) {
        const std::string clusterId = headerCluster->id;
        menu.Append(id, _("Rename cluster...\tF2"));
        menu.Bind(wxEVT_MENU, [this, clusterId](wxCommandEvent&) { m_actions.renameCluster(clusterId); }, id++);
        auto* into = new wxMenu;
        for (const Cluster& other : session.clusters) {
            if (other.id == clusterId)
                continue;
            const std::string otherId = other.id;
            into->Append(id, toWx(other.title));
            menu.Bind(wxEVT_MENU, [this, clusterId, otherId](wxCommandEvent&) { m_actions.mergeClusters(clusterId, otherId); }, id++);
        }
        menu.AppendSubMenu(into, _("Merge into"));
        menu.Append(id, _("Dissolve cluster"));
        menu.Bind(wxEVT_MENU, [this, clusterId](wxCommandEvent&) { m_actions.dissolveCluster(clusterId); }, id++);
    } else {
        return;
    }
    PopupMenu(&menu, event.GetPosition());
}

void BoardCanvas::moveSelection(int columnStep, int cardStep)
{
    if (m_layout.cards.empty())
        return;
    std::ptrdiff_t current = m_layout.cardOf(m_selectedIdea);
    if (current < 0) {
        selectIdea(m_layout.cards.front().ideaId);
        return;
    }
    const BoardCard& card = m_layout.cards[static_cast<std::size_t>(current)];
    if (cardStep != 0) {
        const BoardColumn& column = m_layout.columns[card.column];
        const std::ptrdiff_t index = current - static_cast<std::ptrdiff_t>(column.firstCard) + cardStep;
        if (index >= 0 && index < static_cast<std::ptrdiff_t>(column.cardCount))
            selectIdea(m_layout.cards[column.firstCard + static_cast<std::size_t>(index)].ideaId);
        return;
    }
    // The nearest card, by height, in the next column that has cards.
    for (std::ptrdiff_t c = static_cast<std::ptrdiff_t>(card.column) + columnStep;
         c >= 0 && c < static_cast<std::ptrdiff_t>(m_layout.columns.size()); c += columnStep) {
        const BoardColumn& column = m_layout.columns[static_cast<std::size_t>(c)];
        if (column.cardCount == 0)
            continue;
        std::size_t best = column.firstCard;
        for (std::size_t k = column.firstCard; k < column.firstCard + column.cardCount; ++k) {
            if (std::abs(m_layout.cards[k].area.y - card.area.y) < std::abs(m_layout.cards[best].area.y - card.area.y))
                best = k;
        }
        selectIdea(m_layout.cards[best].ideaId);
        return;
    }
}

void BoardCanvas::onKey(wxKeyEvent& event)
{
    const int key = event.GetKeyCode();
    if (event.GetModifiers() != wxMOD_NONE) {
        event.Skip();
        return;
    }
    const std::string idea = m_selectedIdea;
    if (key == WXK_UP || key == WXK_DOWN)
        moveSelection(0, key == WXK_UP ? -1 : 1);
    else if (key == WXK_LEFT || key == WXK_RIGHT)
        moveSelection(key == WXK_LEFT ? -1 : 1, 0);
    else if (key == WXK_HOME && !m_layout.cards.empty())
        selectIdea(m_layout.cards.front().ideaId);
    else if (idea.empty())
        event.Skip();
    else if (key >= '0' && key <= '9')
        m_actions.moveIdeaToCluster(idea, static_cast<std::size_t>(key - '0'));
    else if (key >= WXK_NUMPAD0 && key <= WXK_NUMPAD9)
        m_actions.moveIdeaToCluster(idea, static_cast<std::size_t>(key - WXK_NUMPAD0));
    else if (key == 'N')
        m_actions.startCluster(idea);
    else if (key == WXK_DELETE || key == WXK_NUMPAD_DELETE)
        m_actions.removeIdea(idea);
    else if (key == WXK_F2 && m_view.session->clusterOf(idea))
        m_actions.renameCluster(m_view.session->clusterOf(idea)->id);
    else
        event.Skip();
}

} // namespace sapha::brainstorm
