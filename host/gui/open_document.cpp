// Sapha GUI — what an open document's editor asks of the window: to relabel its tab, a folder of its
// plugin's own, to be saved now (see OpenDocument in document_tabs.hpp).
// SPDX-License-Identifier: MIT
#include "document_tabs.hpp"

#include <exception>

#include <sapha/ui/wx_text.hpp>

#include "document_save.hpp"
#include "findings_bar.hpp"
#include "main_frame.hpp"

namespace sapha::gui {

void OpenDocument::editorChanged() noexcept
{
    frame->tabs().updateLabel(*this);
    if (findings)
        findings->checkSoon();
}

Result<std::string> OpenDocument::privateDirectory(std::string_view plugin) noexcept
{
    if (!frame->workspace())
        return Error { ui::fromWx(_("no workspace is open")), {} };
    try {
        return host::pluginPrivateDirectory(*frame->workspace(), plugin);
    } catch (const std::exception& failure) {
        return Error { failure.what(), {} };
    }
}

Result<std::string> OpenDocument::saveNow(std::string_view message) noexcept
{
    try {
        Result<std::string> saved = frame->tabs().save(*this, message);
        if (saved && saved.value().empty())
            return Error { ui::fromWx(_("not saved: the change needs its reason")), path };
        return saved;
    } catch (const std::exception& failure) {
        return Error { failure.what(), path };
    }
}

} // namespace sapha::gui
