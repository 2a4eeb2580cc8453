// Sapha — SingleEditorFactory<Editor>: the editor factory of a plugin whose UI has one editor class
// for one document kind. Editor must be constructible as Editor(parent, kind, document, host) and
// name its kind in `static constexpr const char* kKindId`.
// SPDX-License-Identifier: MIT
#pragma once

#include <exception>
#include <memory>
#include <string>

#include <sapha/ui/editor.hpp>

namespace sapha::ui {

// The factory of a UI module with one editor class per kind: Editors... each name their kind.
template <typename... Editors>
class EditorFactory : public IEditorFactory {
public:
    Result<IEditor*> createEditor(
        wxWindow* parent, const IDocumentKind& kind, std::unique_ptr<IDocument> document, IEditorHost& host) noexcept override
    {
        try {
            IEditor* editor = nullptr;
            const std::string id = kind.id();
            // The first editor whose kind matches takes the document.
            ((editor == nullptr && id == Editors::kKindId
                 ? (editor = new Editors(parent, kind, std::move(document), host), true)
                 : false),
                ...);
            if (editor)
                return editor;
            return Error { "no editor for document kind \"" + id + "\"", id };
        } catch (const std::exception& failure) {
            return Error { failure.what(), kind.id() };
        }
    }
};

template <typename Editor>
using SingleEditorFactory = EditorFactory<Editor>;

} // namespace sapha::ui
