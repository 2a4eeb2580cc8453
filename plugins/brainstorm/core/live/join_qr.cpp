// Sapha brainstorm — the join address as a QR code.
// SPDX-License-Identifier: MIT
#include "core/live/join_qr.hpp"

#include <memory>

#include <qrencode.h>

#include <sapha/message_language.hpp>

namespace sapha::brainstorm {

namespace {

constexpr int kQuiet = 4;

struct QrFree {
    void operator()(QRcode* code) const { QRcode_free(code); }
};

} // namespace

Result<QrCode> qrCodeFor(const std::string& text)
{
    std::unique_ptr<QRcode, QrFree> encoded(QRcode_encodeString(text.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1));
    if (!encoded)
        return Error { localized("ทำที่อยู่เข้าร่วมเป็นคิวอาร์โค้ดไม่ได้ (ยาวเกินไปหรือไม่)", "the join address cannot be made a QR code (too long?)"), text };
    QrCode code;
    code.size = encoded->width;
    code.dark.resize(static_cast<std::size_t>(code.size * code.size));
    for (int i = 0; i < code.size * code.size; ++i)
        code.dark[static_cast<std::size_t>(i)] = (encoded->data[i] & 1) != 0; // bit 0: the module is dark
    return code;
}

std::string qrSvg(const QrCode& code)
{
    const int side = code.size + 2 * kQuiet;
    std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + std::to_string(side) + " " + std::to_string(side)
        + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"";
    for (int y = 0; y < code.size; ++y) {
        for (int x = 0; x < code.size; ++x) {
            if (code.at(x, y))
                svg += "M" + std::to_string(x + kQuiet) + " " + std::to_string(y + kQuiet) + "h1v1h-1z";
        }
    }
    return svg + "\"/></svg>\n";
}

std::string qrTerminal(const QrCode& code)
{
    std::string text;
    for (int y = -kQuiet; y < code.size + kQuiet; y += 2) {
        for (int x = -kQuiet; x < code.size + kQuiet; ++x) {
            // Light modules are drawn (a terminal's background is usually dark): upper and lower halves.
            const bool top = !code.at(x, y);
            const bool bottom = !code.at(x, y + 1) && y + 1 < code.size + kQuiet;
            text += top && bottom ? "\u2588" : top ? "\u2580" : bottom ? "\u2584" : " ";
        }
        text += "\n";
    }
    return text;
}

std::string qrPbm(const QrCode& code, int scale)
{
    const int side = (code.size + 2 * kQuiet) * scale;
    std::string pbm = "P1\n" + std::to_string(side) + " " + std::to_string(side) + "\n";
    for (int py = 0; py < side; ++py) {
        for (int px = 0; px < side; ++px)
            pbm += code.at(px / scale - kQuiet, py / scale - kQuiet) ? "1 " : "0 ";
        pbm += "\n";
    }
    return pbm;
}

} // namespace sapha::brainstorm
