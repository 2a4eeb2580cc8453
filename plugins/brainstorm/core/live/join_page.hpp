// Sapha brainstorm — the page participants open on their phones: join with the code, choose the group,
// send ideas, vote. Everything it needs is served from here (no CDN); participants' text is set as
// text, never as markup.
// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace sapha::brainstorm {

const std::string& joinPageHtml();
const std::string& joinPageScript();
const std::string& joinPageStyle();

} // namespace sapha::brainstorm
