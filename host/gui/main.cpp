// Sapha GUI — the program: the application, nothing more (host/gui is the library it is made of).
// SPDX-License-Identifier: MIT
#include "sapha_app.hpp"

wxIMPLEMENT_APP(sapha::gui::SaphaApp);
