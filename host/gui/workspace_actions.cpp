// Sapha GUI — opening, making and the demo workspace (see workspace_actions.hpp).
// SPDX-License-Identifier: MIT
#include "workspace_actions.hpp"

#include <cstdlib>
#include <filesystem>

#include <wx/dirdlg.h>
#include <wx/msgdlg.h>
#include <wx/utils.h>

#include <sapha/ui/wx_text.hpp>

#include "demo/demo_workspace.hpp"
#include "main_frame.hpp"
#include "workspace/workspace.hpp"

namespace sapha::gui {

using ui::toWx;

void WorkspaceActions::openFolder()
{
    host::Workspace* open = m_frame.workspace();
    wxDirDialog ask(&m_frame, _("Choose a workspace folder"), open ? toWx(open->root().string()) : wxString(),
        wxDD_DEFAULT_STYLE | wxDD_DIR_MUST_EXIST);
    if (ask.ShowModal() == wxID_OK)
        m_frame.openWorkspace(ui::fromWx(ask.GetPath()));
}

void WorkspaceActions::newWorkspace()
{
    wxDirDialog ask(&m_frame, _("Choose or create an empty folder for the new workspace"), wxString(), wxDD_DEFAULT_STYLE);
    if (ask.ShowModal() != wxID_OK)
        return;
    const std::string folder = ui::fromWx(ask.GetPath());
    host::UserSettings& settings = m_frame.settings();
    const host::Author author = settings.hasAuthor() ? settings.author() : host::fallbackAuthor(folder);
    Result<std::unique_ptr<host::Workspace>> created = host::Workspace::create(folder, author, settings.language());
    if (!created) {
        wxMessageBox(toWx(created.error().describe()), _("The workspace was not created"), wxOK | wxICON_ERROR, &m_frame);
        return;
    }
    created.value().reset(); // opened again below, as any workspace is
    m_frame.openWorkspace(folder);
}

void WorkspaceActions::openDemo()
{
    const char* chosen = std::getenv("SAPHA_DEMO_DIR");
    const char* home = std::getenv("HOME");
    const std::filesystem::path folder = chosen && *chosen ? std::filesystem::path(chosen)
                                                           : std::filesystem::path(home ? home : ".") / "sapha-demo";
    std::error_code ignored;
    if (!std::filesystem::exists(folder / ".git", ignored)) {
        wxBusyCursor busy;
        m_frame.setStatus(wxString::Format(_("Making the demo workspace in %s..."), toWx(folder.string())));
        wxYield();
        if (Status made = host::buildDemoWorkspace(folder, m_frame.registry()); !made) {
            wxMessageBox(toWx(made.error().describe()), _("The demo workspace was not made"), wxOK | wxICON_ERROR, &m_frame);
            return;
        }
    }
    m_frame.openWorkspace(folder.string());
}

} // namespace sapha::gui
