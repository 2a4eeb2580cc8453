// Sapha GUI — the page preview (see page_preview.hpp).
// SPDX-License-Identifier: MIT
#include "page_preview.hpp"

#include <algorithm>

#include <wx/dcbuffer.h>
#include <wx/image.h>
#include <wx/settings.h>
#include <wx/translation.h>

#include <sapha/ui/wx_text.hpp>

#include "document_tabs.hpp"

namespace sapha::gui {

namespace {

constexpr int kGap = 12;          // between pages and around them, in pixels
constexpr int kTickMs = 500;      // how often the front document is looked at for changes
constexpr double kPointsPerCm = 72.0 / 2.54;
// The pages drawn at most: a page is about a megabyte of pixels on the screen.
constexpr int kMaxPages = 40;

std::string textOf(const exporting::Block& block)
{
    using namespace exporting;
    return std::visit(
        [](const auto& b) -> std::string {
            using T = std::decay_t<decltype(b)>;
            if constexpr (std::is_same_v<T, Heading> || std::is_same_v<T, Paragraph>) {
                return plainText(b.runs);
            } else if constexpr (std::is_same_v<T, List>) {
                std::string text;
                for (const ListItem& item : b.items)
                    text += plainText(item.runs) + "\n";
                return text;
            } else if constexpr (std::is_same_v<T, Table>) {
                std::string text;
                for (const auto& row : b.rows)
                    for (const TableCell& cell : row)
                        text += plainText(cell.runs) + "\n";
                return text;
            } else if constexpr (std::is_same_v<T, SignatureBlock>) {
                std::string text;
                for (const exporting::Signatory& signatory : b.signatories)
                    text += signatory.name + "\n" + signatory.position + "\n";
                return text;
            } else {
                return {};
            }
        },
        block);
}

// The words of an element most likely printed as they are: its first field that says something (a title,
// a statement), its first line, at most 60 bytes cut at a character.
std::string printedWordsOf(const ElementInfo& element)
{
    std::string words;
    for (const ElementField& field : element.fields)
        if (!field.value.empty()) {
            words = field.value;
            break;
        }
    if (words.empty())
        words = element.text;
    words = words.substr(0, words.find('\n'));
    if (words.size() > 60) {
        std::size_t cut = 60;
        while (cut > 0 && (static_cast<unsigned char>(words[cut]) & 0xC0) == 0x80)
            --cut;
        words.resize(cut);
    }
    return words;
}

} // namespace

struct PagePreview::Drawn {
    int generation = 0;
    OpenDocument* document = nullptr;
    std::string xml;
    int width = 0;
    std::vector<exporting::PageImage> pages;
    int pageCount = 0; // all of them: more than `pages` when the document is long
    std::map<std::string, int> elementPages;
    std::string problem;
};

PagePreview::PagePreview(wxWindow* parent, std::function<OpenDocument*()> current, std::function<host::ExportChoices()> choices)
    : wxScrolledWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL | wxFULL_REPAINT_ON_RESIZE)
    , m_current(std::move(current))
    , m_choices(std::move(choices))
    , m_timer(this)
{
    SetName(wxASCII_STR("page-preview"));
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetScrollRate(0, FromDIP(20));
    Bind(wxEVT_PAINT, &PagePreview::onPaint, this);
    Bind(wxEVT_TIMER, &PagePreview::onTick, this);
}

PagePreview::~PagePreview()
{
    m_timer.Stop();
    joinWorker();
}

void PagePreview::setFollowing(bool following)
{
    if (following) {
        m_timer.Start(kTickMs);
        CallAfter([this] { tick(); });
    } else {
        m_timer.Stop();
    }
}

void PagePreview::stop()
{
    m_timer.Stop();
    ++m_generation; // what is under way is no longer wanted
    joinWorker();
}

void PagePreview::joinWorker()
{
    if (m_worker.joinable())
        m_worker.join();
}

void PagePreview::tick()
{
    OpenDocument* document = m_current ? m_current() : nullptr;
    if (!document) {
        if (!m_pages.empty() || m_drawnDocument) {
            m_pages.clear();
            m_drawnDocument = nullptr;
            m_drawnXml.clear();
            SetVirtualSize(0, 0);
            Refresh();
        }
        return;
    }
    followElement(document->editor->currentElementId());
    if (m_working)
        return; // the next tick looks again
    Result<std::string> xml = document->editor->serialize();
    if (!xml)
        return;
    const int width = GetClientSize().x;
    const bool resized = std::abs(width - m_drawnWidth) > FromDIP(40);
    if (document == m_drawnDocument && xml.value() == m_drawnXml && !resized)
        return;
    startDrawing(*document, std::move(xml.value()), width);
}

void PagePreview::startDrawing(OpenDocument& document, std::string xml, int width)
{
    joinWorker(); // finished (m_working is false): only its thread object is left
    m_working = true;
    const int generation = ++m_generation;
    const IDocumentKind* kind = document.kind;
    Drawn job;
    job.generation = generation;
    job.document = &document;
    job.xml = std::move(xml);
    job.width = width;
    const std::string path = document.path;
    const host::ExportChoices choices = m_choices ? m_choices() : host::ExportChoices {};
    // Only values go to the worker: the document's tab may close while it draws.
    m_worker = std::thread([this, job = std::move(job), kind, path, choices]() mutable {
        try {
            Result<std::unique_ptr<IDocument>> loaded = kind->load(job.xml, path);
            Result<exporting::Document> paper = loaded ? host::exportPaper(*kind, *loaded.value(), path, choices)
                                                       : Result<exporting::Document>(loaded.error());
            if (!paper) {
                job.problem = paper.error().describe();
            } else {
                const double pageWidth = paper.value().page.widthCm * kPointsPerCm;
                const double scale = std::clamp((job.width - 2.0 * kGap) / pageWidth, 0.2, 3.0);
                Result<exporting::PagePreview> drawn = host::renderPagePreview(paper.value(), scale, kMaxPages);
                if (!drawn) {
                    job.problem = drawn.error().describe();
                } else {
                    job.pages = std::move(drawn.value().pages);
                    job.pageCount = drawn.value().pageCount;
                    // Each element's page: where the words it is printed by first appear.
                    const std::vector<exporting::Block>& blocks = paper.value().blocks;
                    const std::vector<int>& blockPages = drawn.value().blockPages;
                    std::vector<std::string> texts;
                    for (const exporting::Block& block : blocks)
                        texts.push_back(textOf(block));
                    for (const ElementInfo& element : kind->elements(*loaded.value())) {
                        const std::string words = printedWordsOf(element);
                        if (words.size() < 3)
                            continue;
                        for (std::size_t i = 0; i < texts.size() && i < blockPages.size(); ++i)
                            if (texts[i].find(words) != std::string::npos) {
                                job.elementPages[element.id] = blockPages[i];
                                break;
                            }
                    }
                }
            }
        } catch (const std::exception& failure) {
            job.problem = failure.what();
        }
        if (job.generation != m_generation) {
            m_working = false;
            return;
        }
        CallAfter([this, job = std::move(job)]() mutable {
            m_working = false;
            if (job.generation == m_generation)
                show(std::move(job));
        });
    });
}

void PagePreview::show(Drawn drawn)
{
    m_drawnDocument = drawn.document;
    m_drawnXml = std::move(drawn.xml);
    m_drawnWidth = drawn.width;
    m_problem = ui::toWx(drawn.problem);
    if (!drawn.problem.empty()) {
        Refresh();
        return;
    }
    m_pages.clear();
    int height = kGap;
    int widest = 0;
    for (exporting::PageImage& page : drawn.pages) {
        wxImage image(page.width, page.height, page.rgb.data(), true);
        m_pages.emplace_back(image.Copy());
        height += page.height + kGap;
        widest = std::max(widest, page.width);
    }
    m_elementPages = std::move(drawn.elementPages);
    m_pagesNotShown = drawn.pageCount - static_cast<int>(m_pages.size());
    if (m_pagesNotShown > 0)
        height += GetCharHeight() * 2;
    ++m_drawings;
    SetVirtualSize(widest + 2 * kGap, height);
    m_followedElement.clear(); // scroll to it again on the new pages
    // The drawn document may have been closed meanwhile: only the one in front is asked.
    OpenDocument* front = m_current ? m_current() : nullptr;
    followElement(front && front == m_drawnDocument ? front->editor->currentElementId() : std::string());
    Refresh();
}

void PagePreview::followElement(const std::string& elementId)
{
    if (elementId == m_followedElement)
        return;
    m_followedElement = elementId;
    auto found = m_elementPages.find(elementId);
    if (found == m_elementPages.end() || found->second < 1 || static_cast<std::size_t>(found->second) > m_pages.size())
        return;
    m_followedPage = found->second;
    int y = kGap;
    for (int page = 1; page < m_followedPage; ++page)
        y += m_pages[static_cast<std::size_t>(page - 1)].GetHeight() + kGap;
    int unitX = 0;
    int unitY = 1;
    GetScrollPixelsPerUnit(&unitX, &unitY);
    Scroll(-1, std::max(0, y - kGap) / std::max(1, unitY));
}

void PagePreview::onPaint(wxPaintEvent&)
{
    wxAutoBufferedPaintDC dc(this);
    DoPrepareDC(dc);
    dc.SetBackground(wxBrush(wxSystemSettings::GetColour(wxSYS_COLOUR_APPWORKSPACE)));
    dc.Clear();
    if (!m_problem.empty()) {
        dc.SetTextForeground(wxColour(176, 0, 32));
        dc.DrawText(m_problem, kGap, kGap);
        return;
    }
    int y = kGap;
    for (const wxBitmap& page : m_pages) {
        const int x = std::max(kGap, (GetClientSize().x - page.GetWidth()) / 2);
        dc.SetPen(wxPen(wxColour(160, 160, 160)));
        dc.SetBrush(*wxTRANSPARENT_BRUSH);
        dc.DrawRectangle(x - 1, y - 1, page.GetWidth() + 2, page.GetHeight() + 2);
        dc.DrawBitmap(page, x, y);
        y += page.GetHeight() + kGap;
    }
    if (m_pagesNotShown > 0) {
        dc.SetTextForeground(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT));
        dc.DrawText(wxString::Format(_("%d more pages are not shown here: export the document to see them all"), m_pagesNotShown), kGap, y);
    }
}

} // namespace sapha::gui
