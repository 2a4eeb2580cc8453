// Sapha GUI — window screenshots (see window_screenshot.hpp).
// SPDX-License-Identifier: MIT
#include "window_screenshot.hpp"

#include <cstdio>

#include <gdk/gdk.h>

namespace sapha::gui {

// GDK reads the X server's pixels directly: wxScreenDC on GTK3 returned the first frame it saw again and
// again.
bool saveScreenshot(wxWindow* window, const wxString& file)
{
    window->Update();
    const wxRect rect = window->GetScreenRect();
    GdkPixbuf* pixbuf = gdk_pixbuf_get_from_window(gdk_get_default_root_window(), rect.x, rect.y, rect.width, rect.height);
    if (!pixbuf) {
        std::fprintf(stderr, "sapha: %s: the screen could not be read\n", static_cast<const char*>(file.utf8_str()));
        return false;
    }
    GError* error = nullptr;
    const bool saved = gdk_pixbuf_save(pixbuf, file.utf8_str(), "png", &error, nullptr);
    if (error) {
        std::fprintf(stderr, "sapha: %s: %s\n", static_cast<const char*>(file.utf8_str()), error->message);
        g_error_free(error);
    }
    g_object_unref(pixbuf);
    return saved;
}

} // namespace sapha::gui
