// Sapha GUI scenario — what the journeys' hands and eyes share: the dialog on the screen, a shown window
// by its type and label, a field by the label beside it, an outline's item clicked, text typed in place of
// a field's, GTK's own file chooser, a workspace file read back.
// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include <wx/intl.h>
#include <wx/string.h>
#include <wx/treebase.h>
#include <wx/window.h>

class wxChoice;
class wxDialog;
class wxGrid;
class wxTextCtrl;
class wxTreeCtrl;
typedef struct _GtkWindow GtkWindow;
typedef struct _GtkWidget GtkWidget;
typedef struct _GtkMessageDialog GtkMessageDialog;

namespace sapha::gui {

class MainFrame;

// The modal dialog on the screen (a new document's questions), or null.
wxDialog* shownDialog();

// The first shown window under `window` that is a T and whose label holds `label` (any when empty).
template <typename T>
T* findShown(wxWindow* window, const wxString& label = {})
{
    if (auto* found = dynamic_cast<T*>(window); found && window->IsShownOnScreen()
        && (label.empty() || window->GetLabel().Contains(label)))
        return found;
    for (wxWindow* child : window->GetChildren()) {
        if (T* found = findShown<T>(child, label))
            return found;
    }
    return nullptr;
}

// The shown window of type T whose label is the interface's translation of `english`.
template <typename T>
T* shownLabelled(wxWindow* window, const char* english)
{
    return findShown<T>(window, wxGetTranslation(wxString::FromUTF8(english)));
}

// The page of a shown notebook whose tab reads `english` (translated) chosen with the mouse: its tab
// clicked. False when no notebook shows such a page.
bool clickNotebookPage(wxWindow* window, const char* english);

// The shown choice under `window` that offers `item`, or null.
wxChoice* choiceOffering(wxWindow* window, const wxString& item);

// The main screenshot's name with `suffix` in place of ".png".
wxString shotName(const wxString& main, const char* suffix);

// The shown text field beside the label `label` (as the interface shows it, translated), or null.
wxTextCtrl* fieldLabelled(wxWindow* window, const char* label);

// The outline's item whose label starts with `prefix`, in the first shown tree under `window`.
wxTreeItemId outlineItem(wxWindow* window, const wxString& prefix, wxTreeCtrl*& tree);
bool outlineHas(wxWindow* window, const wxString& prefix);
// Clicks the outline's item whose label starts with `prefix`; false when there is none.
bool clickOutlineItem(wxWindow* window, const wxString& prefix);

// Types UTF-8 text with key events, Thai letters included (the X server's keyboard is given each letter
// it lacks, as xdotool does).
void typeText(const std::string& utf8);
// Clicks into the field labelled `label` and types `text` (UTF-8) in place of what it holds.
bool typeInto(wxWindow* window, const char* label, const char* text);
// Clicks the middle of a window (a button, a check box, a choice).
void clickMiddle(wxWindow* window);
// Clicks the middle of a grid's cell.
void clickCell(wxGrid* grid, int row, int column);

// A file of the open workspace as it is on disk.
std::string readWorkspaceFile(MainFrame& frame, const std::string& path);
std::string fileContent(const std::string& path);

// Clicks with the mouse the shown menu item whose label is the interface's translation of `english`
// ("&Tools" on the menu bar, then "&Send to a Standard..." in the menu it opened); false when none is
// shown. GTK draws the menus: their items are found among its windows.
bool clickMenuItem(const char* english);

// Clicks the middle of a GTK widget with the mouse (a menu item, a message box's button); false when it
// is not on the screen.
bool clickGtkWidget(GtkWidget* widget);

// The message box GTK shows for a wxMessageBox, or null; what it says (its text and secondary text);
// its OK button clicked with the mouse (false when none is shown).
GtkMessageDialog* shownMessageBox();
std::string messageBoxText(GtkMessageDialog* box);
bool clickMessageBoxOk();

// The save dialog GTK shows for a wxFileDialog: the visible file chooser among the application's windows.
GtkWindow* shownFileChooser();
// Moves the pointer onto the shown file chooser (without a window manager, the keys go to the window
// under it); false when none is shown.
bool pointAtFileChooser();

} // namespace sapha::gui
