// Sapha brainstorm — the participants' page: its HTML, CSS and JavaScript are the files in page/,
// embedded at build time (cmake/SaphaEmbed.cmake).
// SPDX-License-Identifier: MIT
#include "core/live/join_page.hpp"

#include <cstddef>

namespace sapha::brainstorm::page {
extern const unsigned char joinHtml[];
extern const std::size_t joinHtml_size;
extern const unsigned char joinCss[];
extern const std::size_t joinCss_size;
extern const unsigned char joinJs[];
extern const std::size_t joinJs_size;
} // namespace sapha::brainstorm::page

namespace sapha::brainstorm {

namespace {

std::string textOf(const unsigned char* bytes, std::size_t size)
{
    return std::string(reinterpret_cast<const char*>(bytes), size);
}

} // namespace

const std::string& joinPageHtml()
{
    static const std::string html = textOf(page::joinHtml, page::joinHtml_size);
    return html;
}

const std::string& joinPageStyle()
{
    static const std::string css = textOf(page::joinCss, page::joinCss_size);
    return css;
}

const std::string& joinPageScript()
{
    static const std::string script = textOf(page::joinJs, page::joinJs_size);
    return script;
}

} // namespace sapha::brainstorm
