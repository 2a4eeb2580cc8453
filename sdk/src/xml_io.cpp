// Sapha — XML reading and writing shared by every document kind.
// SPDX-License-Identifier: MIT
#include <sapha/message_language.hpp>
#include <sapha/xml_io.hpp>

#include <algorithm>
#include <cstdio>
#include <random>
#include <sstream>

namespace sapha::xml {

namespace {

std::string where(std::string_view sourceName, int line)
{
    return std::string(sourceName) + ":" + std::to_string(line);
}

} // namespace

int lineAt(std::string_view text, std::ptrdiff_t offset)
{
    if (offset < 0)
        return 0;
    const auto end = std::min<std::size_t>(static_cast<std::size_t>(offset), text.size());
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(end), '\n'));
}

int lineOf(const pugi::xml_node& node, std::string_view text)
{
    const std::ptrdiff_t offset = node.offset_debug();
    return offset < 0 ? 0 : lineAt(text, offset);
}

namespace {

// What pugixml found wrong, in the language of messages (its own description is English).
std::string parseProblem(const pugi::xml_parse_result& result)
{
    const char* thai = nullptr;
    switch (result.status) {
    case pugi::status_bad_start_element:
    case pugi::status_unrecognized_tag:
        thai = "แท็กเปิดผิดรูปแบบ";
        break;
    case pugi::status_bad_end_element:
        thai = "แท็กปิดผิดรูปแบบ";
        break;
    case pugi::status_end_element_mismatch:
        thai = "แท็กปิดไม่ตรงกับแท็กเปิด";
        break;
    case pugi::status_bad_attribute:
        thai = "แอตทริบิวต์ผิดรูปแบบ";
        break;
    case pugi::status_bad_pcdata:
    case pugi::status_bad_cdata:
        thai = "ข้อความผิดรูปแบบ";
        break;
    case pugi::status_bad_comment:
        thai = "หมายเหตุ (comment) ผิดรูปแบบ";
        break;
    case pugi::status_bad_pi:
    case pugi::status_bad_doctype:
        thai = "ส่วนประกาศของ XML ผิดรูปแบบ";
        break;
    case pugi::status_no_document_element:
        thai = "ไม่มีส่วนรากของเอกสาร (แฟ้มว่างหรือไม่ใช่ XML)";
        break;
    case pugi::status_out_of_memory:
        thai = "หน่วยความจำไม่พอ";
        break;
    default:
        thai = "ไม่ใช่ XML ที่ถูกต้อง";
        break;
    }
    return localized(std::string(thai) + " (\"" + result.description() + "\")", result.description());
}

} // namespace

Result<std::unique_ptr<pugi::xml_document>> parse(std::string_view text, std::string_view sourceName)
{
    auto document = std::make_unique<pugi::xml_document>();
    // parse_default keeps the text of mixed content; no parse_ws_pcdata so that indentation never
    // becomes data. A field whose whole text is white space (a line break) is its text, though
    // (parse_ws_pcdata_single): dropped, it would change between a save and the next load (found by
    // fuzzing the standard's loader).
    const pugi::xml_parse_result result = document->load_buffer(
        text.data(), text.size(), pugi::parse_default | pugi::parse_ws_pcdata_single, pugi::encoding_utf8);
    if (!result)
        return Error { parseProblem(result), where(sourceName, lineAt(text, result.offset)), ErrorCode::Invalid };
    return document;
}

Status checkRoot(const pugi::xml_document& document, std::string_view text, std::string_view rootName, int maxVersion,
    std::string_view sourceName)
{
    const pugi::xml_node root = document.document_element();
    if (!root)
        return Status::failure(localized("เอกสารไม่มีส่วนราก", "the document has no root element"), std::string(sourceName));
    if (rootName != root.name()) {
        return Status::failure(localized("ส่วนรากต้องเป็น <" + std::string(rootName) + "> แต่พบ <" + root.name() + ">",
                                   "expected root element <" + std::string(rootName) + "> but found <" + root.name() + ">"),
            where(sourceName, lineOf(root, text)));
    }
    const pugi::xml_attribute format = root.attribute("format");
    if (!format) {
        return Status::failure(
            localized("<" + std::string(rootName) + "> ไม่มีแอตทริบิวต์ format", "the <" + std::string(rootName) + "> element has no format attribute"),
            where(sourceName, lineOf(root, text)));
    }
    const int version = format.as_int(0);
    if (version < 1) {
        return Status::failure(localized("format \"" + std::string(format.value()) + "\" ไม่ใช่หมายเลขรุ่น",
                                   "format \"" + std::string(format.value()) + "\" is not a version number"),
            where(sourceName, lineOf(root, text)));
    }
    if (version > maxVersion) {
        return Status::failure(localized("รูปแบบรุ่น " + std::to_string(version) + " ใหม่กว่าที่ Sapha นี้อ่านได้ (ถึงรุ่น "
                                       + std::to_string(maxVersion) + "): ปรับรุ่น Sapha เพื่อเปิด",
                                   "format " + std::to_string(version) + " is newer than this Sapha reads (up to "
                                       + std::to_string(maxVersion) + "); update Sapha to open it"),
            where(sourceName, lineOf(root, text)));
    }
    return Status::ok();
}

std::string write(const pugi::xml_document& document)
{
    std::ostringstream out;
    document.save(out, "  ", pugi::format_indent | pugi::format_no_empty_element_tags, pugi::encoding_utf8);
    return out.str();
}

std::string Source::at(const pugi::xml_node& node) const
{
    return where(name, lineOf(node, text));
}

Status Source::requireAttribute(const pugi::xml_node& node, const char* attribute) const
{
    if (node.attribute(attribute).value()[0] == '\0')
        return failureAt(node, localized(std::string("<") + node.name() + "> ไม่มีแอตทริบิวต์ " + attribute,
                                   std::string("<") + node.name() + "> has no " + attribute + " attribute"));
    return Status::ok();
}

Status Source::failureAt(const pugi::xml_node& node, std::string message) const
{
    return Status::failure(std::move(message), at(node));
}

std::string newElementId(std::string_view prefix)
{
    thread_local std::mt19937_64 generator { std::random_device {}() };
    char digits[9];
    std::snprintf(digits, sizeof digits, "%08x", static_cast<unsigned>(generator() & 0xffffffffu));
    return std::string(prefix) + "-" + digits;
}

std::string childText(const pugi::xml_node& node, const char* childName)
{
    return node.child(childName).text().get();
}

void setChildText(pugi::xml_node& node, const char* childName, std::string_view text)
{
    pugi::xml_node child = node.append_child(childName);
    child.text().set(std::string(text).c_str());
}

} // namespace sapha::xml
