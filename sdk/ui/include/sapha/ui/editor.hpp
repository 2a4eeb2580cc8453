// Sapha — the editor contract: the wx half of a plugin, an editor panel per open document.
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include <sapha/document_kind.hpp>
#include <sapha/status.hpp>
#include <sapha/workspace_view.hpp>
#include <sapha/ui/sdk_ui_export.h>

class wxWindow;

namespace sapha::ui {

// What an editor may tell the host. Implemented by the host; lives as long as the editor.
class SAPHA_SDK_UI_EXPORT IEditorHost {
public:
    virtual ~IEditorHost();
    // The document changed (or its undo state did): the host updates the tab and menus. Main thread.
    virtual void editorChanged() noexcept = 0;
    // Where the document lives in its workspace ("brainstorm/workshop.session.xml").
    virtual std::string documentPath() const noexcept = 0;
    // A folder of the workspace, outside its history, that only `plugin` writes (a live session's
    // journal); created when missing.
    virtual Result<std::string> privateDirectory(std::string_view plugin) noexcept = 0;
    // Saves what the editor holds now as a new version, as Ctrl+S does (`message` empty: the kind's
    // summary of the change). The revision, or why it was not saved.
    virtual Result<std::string> saveNow(std::string_view message) noexcept = 0;
    // The workspace the document is in, to read its related documents (the committee's other meetings);
    // null when there is none. Valid until the next call (each call reads the workspace as it is then)
    // or until the editor is closed. (SDK API 14.)
    virtual const IWorkspaceView* workspace() noexcept;
    // Another document of the workspace, saved as a new version at the person's request (the previous
    // minutes certified from the meeting that certifies them), as a plugin's command saves through
    // IWorkspaceChanges. Refused for the editor's own document (saveNow saves that) and while the other
    // document has unsaved edits in a tab; a tab showing it shows the saved version. (SDK API 14.)
    virtual Result<SavedVersion> saveDocument(std::string_view path, std::string_view content, std::string_view message) noexcept;
};

// One open document. The editor object is owned by its window: the host closes an
// editor by destroying window() (wxWindow::Destroy) and never deletes the editor itself.
// Every call comes from the GUI thread.
class SAPHA_SDK_UI_EXPORT IEditor {
public:
    virtual ~IEditor();

    virtual wxWindow* window() noexcept = 0;
    // The current content as the kind's XML, ready to be saved.
    virtual Result<std::string> serialize() noexcept = 0;
    virtual bool isModified() const noexcept = 0;
    // The host saved what serialize() returned.
    virtual void markSaved() noexcept = 0;
    // The content differs from what is saved (the host opened it from the autosave journal).
    virtual void markModified() noexcept = 0;

    virtual bool canUndo() const noexcept = 0;
    virtual bool canRedo() const noexcept = 0;
    virtual void undo() noexcept = 0;
    virtual void redo() noexcept = 0;

    // The element the person is working on (chosen in the outline, an action item in its list), by the
    // id the kind's elements() gives it; empty when none. The host traces it (where it came from).
    // (SDK API 5.)
    virtual std::string currentElementId() noexcept;
    // Brings element `id` into view and chooses it, as a click in the outline does (the host's list of
    // a document's problems goes to the element a finding names). False when this editor shows no such
    // element by itself: the host then tries the element's parent. (SDK API 12.)
    virtual bool showElement(const std::string& id) noexcept;
};

// Creates editors for the document kinds of one plugin. A static object of the plugin's
// UI module, valid for the whole run.
class SAPHA_SDK_UI_EXPORT IEditorFactory {
public:
    virtual ~IEditorFactory();

    // A new editor as a child of `parent`, taking ownership of `document` (of `kind`); the error says why
    // when it cannot. The editor is never null in a value.
    virtual Result<IEditor*> createEditor(
        wxWindow* parent, const IDocumentKind& kind, std::unique_ptr<IDocument> document, IEditorHost& host) noexcept = 0;
};

} // namespace sapha::ui
