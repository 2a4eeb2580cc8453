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

template <typename Editor>
class SingleEditorFactory : public IEditorFactory {
public:
    IEditor* createEditor(wxWindow* parent, const IDocumentKind& kind, std::unique_ptr<IDocument> document,
        IEditorHost& host, std::string& error) noexcept override
    {
        try {
            if (kind.id() == Editor::kKindId)
                return new Editor(parent, kind, std::move(document), host);
            error = "no editor for document kind \"" + kind.id() + "\"";
        } catch (const std::exception& failure) {
            error = failure.what();
        }
        return nullptr;
    }
};

} // namespace sapha::ui
