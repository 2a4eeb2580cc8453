// Sapha — the page a document is printed on: by default the official Thai page of the Regulation on
// Correspondence (A4; margins top 2.5, bottom 2, left 3, right 2 cm; TH SarabunPSK 16 pt; 6 pt before
// paragraphs; body indented 2.5 cm; page numbers from page 2, centred at the top, "- ๒ -").
// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace sapha::exporting {

struct PageStyle {
    double widthCm = 21.0;
    double heightCm = 29.7;
    double marginTopCm = 2.5;
    double marginBottomCm = 2.0;
    double marginLeftCm = 3.0;
    double marginRightCm = 2.0;
    // Written into DOCX and ODT (Latin and complex-script slots) so that a government PC uses its own
    // copy; Sapha's own PDF draws with a metric stand-in when the font is not installed.
    std::string fontFamily = "TH SarabunPSK";
    double fontSizePt = 16;
    double spaceBeforePt = 6;
    double firstLineIndentCm = 2.5;
    bool numbersPagesFromSecond = true;
};

} // namespace sapha::exporting
