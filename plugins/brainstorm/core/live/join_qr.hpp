// Sapha brainstorm — the join address as a QR code (libqrencode), for the board to show and phones to
// scan: as SVG for screens, as text blocks for a terminal, as PBM for tools that read codes back.
// SPDX-License-Identifier: MIT
#pragma once

#include "core/brainstorm_export.h"

#include <string>
#include <vector>

#include <sapha/status.hpp>

namespace sapha::brainstorm {

// The modules of a QR code, dark or light, row by row; `size` by `size`.
struct QrCode {
    int size = 0;
    std::vector<bool> dark;
    bool at(int x, int y) const { return x >= 0 && y >= 0 && x < size && y < size && dark[static_cast<std::size_t>(y * size + x)]; }
};

// Error correction level M: a phone reads it off a projector across a room.
SAPHA_BRAINSTORM_EXPORT Result<QrCode> qrCodeFor(const std::string& text);
// With a quiet zone of four modules, as readers expect.
SAPHA_BRAINSTORM_EXPORT std::string qrSvg(const QrCode& code);
// Two rows per line with half blocks (▀ ▄ █), dark on a light terminal or light on a dark one.
SAPHA_BRAINSTORM_EXPORT std::string qrTerminal(const QrCode& code);
// Portable bitmap (P1), `scale` pixels per module.
SAPHA_BRAINSTORM_EXPORT std::string qrPbm(const QrCode& code, int scale);

} // namespace sapha::brainstorm
