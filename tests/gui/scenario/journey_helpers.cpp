// Sapha GUI scenario — what the journeys' hands and eyes share (see journey_helpers.hpp).
// SPDX-License-Identifier: MIT
#include "journey_helpers.hpp"

#include <fstream>
#include <functional>
#include <map>
#include <sstream>
#include <vector>

#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/grid.h>
#include <wx/menuitem.h>
#include <wx/notebook.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/treectrl.h>
#include <wx/uiaction.h>

#include "main_frame.hpp"
#include "smoke_test.hpp"
#include "workspace/workspace.hpp"

// Last: Xlib defines None and Status as macros, which Sapha's headers use as names.
#include <gdk/gdkx.h>
#include <gtk/gtk.h>
#include <X11/Xlib.h>
#include <X11/extensions/XTest.h>

namespace sapha::gui {

namespace {

// The code points of UTF-8 text.
std::u32string codePoints(const std::string& utf8)
{
    std::u32string points;
    for (std::size_t i = 0; i < utf8.size();) {
        const unsigned char lead = static_cast<unsigned char>(utf8[i]);
        const int length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        char32_t point = length == 1 ? lead : lead & (0xFF >> (length + 1));
        for (int k = 1; k < length && i + k < utf8.size(); ++k)
            point = (point << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
        points.push_back(point);
        i += static_cast<std::size_t>(length);
    }
    return points;
}

// A key code that types `point`: a spare key code (one the keyboard leaves empty) given the letter's
// Unicode keysym, as xdotool does. The spare codes are few (Thai has more letters): when all are given,
// the longest-held one is given again, after the keys already sent are read with the old meaning.
KeyCode keyFor(Display* display, char32_t point)
{
    static std::vector<KeyCode> spares;
    static std::map<char32_t, KeyCode> given;
    static std::size_t next = 0;
    if (spares.empty()) {
        int first = 0, last = 0;
        XDisplayKeycodes(display, &first, &last);
        int perCode = 0;
        KeySym* map = XGetKeyboardMapping(display, static_cast<KeyCode>(first), last - first + 1, &perCode);
        for (int code = first; code <= last; ++code) {
            bool empty = true;
            for (int k = 0; k < perCode; ++k)
                empty = empty && map[(code - first) * perCode + k] == NoSymbol;
            if (empty)
                spares.push_back(static_cast<KeyCode>(code));
        }
        XFree(map);
        if (spares.empty())
            return 0;
    }
    if (auto found = given.find(point); found != given.end())
        return found->second;
    const KeyCode key = spares[next++ % spares.size()];
    for (auto held = given.begin(); held != given.end();) {
        if (held->second == key) {
            wxYield(); // the keys sent with this code's old letter are read before it changes
            held = given.erase(held);
        } else {
            ++held;
        }
    }
    const KeySym symbol = point < 0x100 ? static_cast<KeySym>(point) : static_cast<KeySym>(0x01000000 | point);
    KeySym symbols[2] = { symbol, symbol };
    XChangeKeyboardMapping(display, key, 2, symbols, 1);
    XSync(display, False);
    given[point] = key;
    return key;
}

} // namespace

void typeText(const std::string& utf8)
{
    Display* display = gdk_x11_get_default_xdisplay();
    for (char32_t point : codePoints(utf8)) {
        // Plain ASCII through wx's own simulator (it knows the shifted keys); the rest through its keysym.
        if (point < 0x80) {
            const char letter[2] = { static_cast<char>(point), '\0' };
            wxUIActionSimulator().Text(letter); // Text, not Char: it holds Shift for capitals
            continue;
        }
        if (KeyCode key = keyFor(display, point)) {
            XTestFakeKeyEvent(display, key, True, CurrentTime);
            XTestFakeKeyEvent(display, key, False, CurrentTime);
            XSync(display, False);
        }
    }
    wxYield();
}

void clickMiddle(wxWindow* window)
{
    clickInside(window, wxPoint(window->GetSize().x / 2, window->GetSize().y / 2));
}

bool pointAtFileChooser()
{
    GtkWindow* chooser = shownFileChooser();
    if (!chooser)
        return false;
    int x = 0, y = 0, width = 0, height = 0;
    gtk_window_get_position(chooser, &x, &y);
    gtk_window_get_size(chooser, &width, &height);
    wxUIActionSimulator().MouseMove(x + width / 2, y + height / 2);
    return true;
}

wxDialog* shownDialog()
{
    for (wxWindow* window : wxTopLevelWindows) {
        if (auto* dialog = dynamic_cast<wxDialog*>(window); dialog && dialog->IsShown())
            return dialog;
    }
    return nullptr;
}

// The shown text field beside the label `label` (as the interface shows it, translated), or null.
bool clickNotebookPage(wxWindow* window, const char* english)
{
    const wxString label = wxGetTranslation(wxString::FromUTF8(english));
    if (auto* notebook = dynamic_cast<wxNotebook*>(window); notebook && notebook->IsShownOnScreen()) {
        for (std::size_t i = 0; i < notebook->GetPageCount(); ++i) {
            if (!notebook->GetPageText(i).StartsWith(label))
                continue;
            // The tab's place: wx gives no rectangle, so the tab row is searched from the left with HitTest.
            for (int x = 4; x < notebook->GetSize().x; x += 6) {
                for (int y = 4; y < notebook->FromDIP(34); y += 6) {
                    long flags = 0;
                    if (notebook->HitTest(wxPoint(x, y), &flags) == static_cast<int>(i)) {
                        clickInside(notebook, wxPoint(x + 8, y + 4));
                        return true;
                    }
                }
            }
        }
    }
    for (wxWindow* child : window->GetChildren())
        if (clickNotebookPage(child, english))
            return true;
    return false;
}

wxChoice* choiceOffering(wxWindow* window, const wxString& item)
{
    if (auto* choice = dynamic_cast<wxChoice*>(window); choice && window->IsShownOnScreen() && choice->FindString(item) != wxNOT_FOUND)
        return choice;
    for (wxWindow* child : window->GetChildren())
        if (wxChoice* found = choiceOffering(child, item))
            return found;
    return nullptr;
}

wxString shotName(const wxString& main, const char* suffix)
{
    wxString file = main;
    file.Replace(wxString::FromAscii(".png"), wxString::FromUTF8(suffix));
    return file;
}

wxTextCtrl* fieldLabelled(wxWindow* window, const char* label)
{
    const wxString shown = wxGetTranslation(wxString::FromUTF8(label));
    for (wxWindow* child : window->GetChildren()) {
        auto* text = dynamic_cast<wxStaticText*>(child);
        if (text && child->IsShownOnScreen() && text->GetLabel() == shown) {
            const wxWindowList& siblings = window->GetChildren();
            auto at = siblings.Find(child);
            if (at && at->GetNext())
                return dynamic_cast<wxTextCtrl*>(at->GetNext()->GetData());
        }
        if (wxTextCtrl* found = fieldLabelled(child, label))
            return found;
    }
    return nullptr;
}

// The outline's item whose label starts with `prefix`, in the first shown tree under `window`.
wxTreeItemId outlineItem(wxWindow* window, const wxString& prefix, wxTreeCtrl*& tree)
{
    tree = findShown<wxTreeCtrl>(window);
    if (!tree)
        return {};
    std::function<wxTreeItemId(const wxTreeItemId&)> find = [&](const wxTreeItemId& item) -> wxTreeItemId {
        wxTreeItemIdValue cookie;
        for (wxTreeItemId child = tree->GetFirstChild(item, cookie); child.IsOk(); child = tree->GetNextChild(item, cookie)) {
            if (tree->GetItemText(child).StartsWith(prefix))
                return child;
            if (wxTreeItemId found = find(child); found.IsOk())
                return found;
        }
        return {};
    };
    return find(tree->GetRootItem());
}

bool outlineHas(wxWindow* window, const wxString& prefix)
{
    wxTreeCtrl* tree = nullptr;
    return outlineItem(window, prefix, tree).IsOk();
}

// Clicks the outline's item whose label starts with `prefix`; false when there is none.
bool clickOutlineItem(wxWindow* window, const wxString& prefix)
{
    wxTreeCtrl* tree = nullptr;
    const wxTreeItemId item = outlineItem(window, prefix, tree);
    wxRect rect;
    if (!item.IsOk() || !tree->GetBoundingRect(item, rect, true))
        return false;
    clickInside(tree, rect.GetPosition() + wxPoint(rect.width / 2, rect.height / 2));
    return true;
}

// Clicks into the field labelled `label` and types `text` in place of what it holds.
bool typeInto(wxWindow* window, const char* label, const char* text)
{
    wxTextCtrl* field = fieldLabelled(window, label);
    if (!field)
        return false;
    clickInside(field, wxPoint(field->GetSize().x / 2, field->FromDIP(10)));
    wxUIActionSimulator().Char('A', wxMOD_CONTROL);
    typeText(text);
    return true;
}

// Clicks the middle of a grid's cell.
void clickCell(wxGrid* grid, int row, int column)
{
    const wxRect cell = grid->CellToRect(row, column);
    clickInside(grid->GetGridWindow(), grid->CalcScrolledPosition(cell.GetPosition()) + wxPoint(cell.width / 2, cell.height / 2));
}

std::string readWorkspaceFile(MainFrame& frame, const std::string& path)
{
    std::ifstream in(frame.workspace()->root() / path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}


namespace {

// The last visible one of the application's GTK windows that `is` accepts (a file chooser, a message box).
GtkWidget* shownToplevel(bool (*is)(GtkWidget*))
{
    GList* toplevels = gtk_window_list_toplevels();
    GtkWidget* found = nullptr;
    for (GList* item = toplevels; item; item = item->next) {
        GtkWidget* widget = GTK_WIDGET(item->data);
        if (is(widget) && gtk_widget_get_visible(widget))
            found = widget;
    }
    g_list_free(toplevels);
    return found;
}

// A shown menu item of `widget` or below it whose label, mnemonics aside, is `label`.
GtkWidget* menuItemLabelled(GtkWidget* widget, const wxString& label)
{
    if (!gtk_widget_get_mapped(widget))
        return nullptr;
    if (GTK_IS_MENU_ITEM(widget)) {
        const char* text = gtk_menu_item_get_label(GTK_MENU_ITEM(widget));
        wxString shown = text ? wxString::FromUTF8(text) : wxString();
        shown.Replace(wxString::FromAscii("_"), wxString());
        if (shown == label)
            return widget;
    }
    if (!GTK_IS_CONTAINER(widget))
        return nullptr;
    GList* children = gtk_container_get_children(GTK_CONTAINER(widget));
    GtkWidget* found = nullptr;
    for (GList* child = children; child && !found; child = child->next)
        found = menuItemLabelled(GTK_WIDGET(child->data), label);
    g_list_free(children);
    return found;
}

} // namespace

bool clickMenuItem(const char* english)
{
    // GTK shows an item's accelerator beside its label, not in it.
    const wxString label = wxStripMenuCodes(wxGetTranslation(wxString::FromUTF8(english)), wxStrip_Mnemonics | wxStrip_Accel);
    GList* toplevels = gtk_window_list_toplevels();
    GtkWidget* item = nullptr;
    for (GList* window = toplevels; window && !item; window = window->next)
        item = menuItemLabelled(GTK_WIDGET(window->data), label);
    g_list_free(toplevels);
    return item && clickGtkWidget(item);
}

bool clickGtkWidget(GtkWidget* widget)
{
    // Where the widget is on the screen: its place in its window, and the window's on the screen.
    GtkWidget* top = gtk_widget_get_toplevel(widget);
    int x = 0;
    int y = 0;
    int originX = 0;
    int originY = 0;
    if (!gtk_widget_translate_coordinates(widget, top, 0, 0, &x, &y) || !gtk_widget_get_window(top))
        return false;
    gdk_window_get_origin(gtk_widget_get_window(top), &originX, &originY);
    GtkAllocation size;
    gtk_widget_get_allocation(widget, &size);
    wxUIActionSimulator mouse;
    mouse.MouseMove(originX + x + size.width / 2, originY + y + size.height / 2);
    mouse.MouseClick();
    return true;
}

GtkMessageDialog* shownMessageBox()
{
    GtkWidget* box = shownToplevel([](GtkWidget* widget) { return GTK_IS_MESSAGE_DIALOG(widget) != 0; });
    return box ? GTK_MESSAGE_DIALOG(box) : nullptr;
}

std::string messageBoxText(GtkMessageDialog* box)
{
    std::string said;
    for (const char* property : { "text", "secondary-text" }) {
        gchar* text = nullptr;
        g_object_get(box, property, &text, nullptr);
        if (text)
            said += std::string(said.empty() ? "" : "\n") + text;
        g_free(text);
    }
    return said;
}

bool clickMessageBoxOk()
{
    GtkMessageDialog* box = shownMessageBox();
    GtkWidget* ok = box ? gtk_dialog_get_widget_for_response(GTK_DIALOG(box), GTK_RESPONSE_OK) : nullptr;
    return ok && clickGtkWidget(ok);
}

GtkWindow* shownFileChooser()
{
    GtkWidget* chooser = shownToplevel([](GtkWidget* widget) { return GTK_IS_FILE_CHOOSER(widget) != 0; });
    return chooser ? GTK_WINDOW(chooser) : nullptr;
}

std::string fileContent(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

} // namespace sapha::gui
