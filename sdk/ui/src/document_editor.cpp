// Sapha — DocumentEditor: snapshot undo over the kind's own XML, so every editor gets undo/redo
// without a command class per edit.
// SPDX-License-Identifier: MIT
#include <sapha/ui/document_editor.hpp>

#include <sapha/message_language.hpp>

namespace sapha::ui {

IEditorHost::~IEditorHost() = default;

const IWorkspaceView* IEditorHost::workspace() noexcept
{
    return nullptr;
}

Result<SavedVersion> IEditorHost::saveDocument(std::string_view path, std::string_view, std::string_view) noexcept
{
    return Error { localized("โปรแกรมที่เปิดเอกสารนี้บันทึกเอกสารอื่นไม่ได้", "the program showing this document cannot save another one"),
        std::string(path) };
}
IEditor::~IEditor() = default;

std::string IEditor::currentElementId() noexcept
{
    return {};
}

bool IEditor::showElement(const std::string&) noexcept
{
    return false;
}
IEditorFactory::~IEditorFactory() = default;

namespace {
constexpr std::size_t kMaxUndoSteps = 200;
} // namespace

DocumentEditor::DocumentEditor(
    wxWindow* parent, const IDocumentKind& kind, std::unique_ptr<IDocument> document, IEditorHost& host)
    : wxPanel(parent, wxID_ANY)
    , m_kind(kind)
    , m_document(std::move(document))
    , m_host(host)
{
    Result<std::string> initial = m_kind.save(*m_document);
    m_savedSnapshot = initial ? initial.value() : std::string();
    m_undo.push_back(m_savedSnapshot);
}

DocumentEditor::~DocumentEditor() = default;

wxWindow* DocumentEditor::window() noexcept
{
    return this;
}

Result<std::string> DocumentEditor::serialize() noexcept
{
    commitPendingEdits();
    return m_kind.save(*m_document);
}

bool DocumentEditor::isModified() const noexcept
{
    return m_undo.back() != m_savedSnapshot;
}

void DocumentEditor::markSaved() noexcept
{
    m_lastCoalesceKey.clear();
    Result<std::string> current = m_kind.save(*m_document);
    if (current) {
        m_savedSnapshot = current.value();
        if (m_undo.back() != m_savedSnapshot)
            m_undo.push_back(m_savedSnapshot);
    }
    m_host.editorChanged();
}

void DocumentEditor::markModified() noexcept
{
    m_savedSnapshot.clear(); // no snapshot is empty: the document now reads as modified
    m_host.editorChanged();
}

bool DocumentEditor::canUndo() const noexcept
{
    return m_undo.size() > 1;
}

bool DocumentEditor::canRedo() const noexcept
{
    return !m_redo.empty();
}

void DocumentEditor::undo() noexcept
{
    if (!canUndo())
        return;
    m_redo.push_back(m_undo.back());
    m_undo.pop_back();
    restoreSnapshot(m_undo.back());
}

void DocumentEditor::redo() noexcept
{
    if (!canRedo())
        return;
    m_undo.push_back(m_redo.back());
    m_redo.pop_back();
    restoreSnapshot(m_undo.back());
}

void DocumentEditor::documentEdited(const std::string& coalesceKey)
{
    Result<std::string> current = m_kind.save(*m_document);
    if (current && current.value() != m_undo.back()) {
        const bool coalesce = !coalesceKey.empty() && coalesceKey == m_lastCoalesceKey && m_redo.empty()
            && m_undo.size() > 1 && m_undo.back() != m_savedSnapshot;
        if (coalesce)
            m_undo.back() = current.value();
        else
            m_undo.push_back(current.value());
        m_lastCoalesceKey = coalesceKey;
        if (m_undo.size() > kMaxUndoSteps)
            m_undo.erase(m_undo.begin());
        m_redo.clear();
    }
    m_host.editorChanged();
}

void DocumentEditor::commitPendingEdits() { }

void DocumentEditor::restoreSnapshot(const std::string& xml)
{
    Result<std::unique_ptr<IDocument>> restored = m_kind.load(xml, "undo");
    if (restored) {
        m_document = std::move(restored.value());
        showDocument();
    }
    m_lastCoalesceKey.clear();
    m_host.editorChanged();
}

} // namespace sapha::ui
