// Sapha export — a PDF's catalog completed by an incremental update (see the header).
// SPDX-License-Identifier: MIT
#include "pdf_catalog.hpp"

#include <cstdio>
#include <cstdlib>

namespace sapha::exporting::internal {

namespace {

// The number after `key` in `text` from `from` on ("/Size 42" → 42), or -1.
long numberAfter(const std::string& text, const std::string& key, std::size_t from)
{
    const std::size_t at = text.find(key, from);
    if (at == std::string::npos)
        return -1;
    return std::strtol(text.c_str() + at + key.size(), nullptr, 10);
}

} // namespace

std::string withCatalogCompleted(std::string pdf, const std::string& language)
{
    const std::size_t trailer = pdf.rfind("trailer");
    const std::size_t startxref = pdf.rfind("startxref");
    if (trailer == std::string::npos || startxref == std::string::npos || startxref < trailer)
        return pdf;
    const long size = numberAfter(pdf, "/Size ", trailer);
    const long root = numberAfter(pdf, "/Root ", trailer);
    const long info = numberAfter(pdf, "/Info ", trailer);
    const long previous = std::strtol(pdf.c_str() + startxref + 9, nullptr, 10);
    if (size <= 0 || root <= 0 || previous <= 0)
        return pdf;
    const std::string header = std::to_string(root) + " 0 obj";
    const std::size_t object = pdf.find("\n" + header + "\n");
    if (object == std::string::npos)
        return pdf;
    const std::size_t open = pdf.find("<<", object);
    const std::size_t close = pdf.find(">>\nendobj", object);
    if (open == std::string::npos || close == std::string::npos || pdf.compare(open, 2, "<<") != 0
        || pdf.find("/Type /Catalog", open) > close || pdf.find("/Lang", open) < close)
        return pdf;
    // The language is written as a PDF string: only letters, digits and '-' are taken.
    std::string tag;
    for (char c : language)
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-')
            tag += c;
    if (tag.empty())
        return pdf;
    if (pdf.back() != '\n')
        pdf += '\n';
    const std::size_t newObject = pdf.size();
    const bool hasStructure = pdf.find("/StructTreeRoot", open) < close && pdf.find("/MarkInfo", open) > close;
    pdf += header + "\n" + pdf.substr(open, close - open) + "   /Lang (" + tag + ")\n"
        + (hasStructure ? "   /MarkInfo << /Marked true >>\n" : "") + ">>\nendobj\n";
    const std::size_t newXref = pdf.size();
    char entry[32];
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", newObject); // exactly 20 bytes
    pdf += "xref\n" + std::to_string(root) + " 1\n" + entry;
    pdf += "trailer\n<< /Size " + std::to_string(size) + "\n   /Root " + std::to_string(root) + " 0 R\n";
    if (info > 0)
        pdf += "   /Info " + std::to_string(info) + " 0 R\n";
    pdf += "   /Prev " + std::to_string(previous) + "\n>>\nstartxref\n" + std::to_string(newXref) + "\n%%EOF\n";
    return pdf;
}

} // namespace sapha::exporting::internal
