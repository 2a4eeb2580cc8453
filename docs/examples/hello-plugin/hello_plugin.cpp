// Hello — a complete Sapha plugin in one file: a "note" with a title and paragraphs.
// SPDX-License-Identifier: MIT
#include <sapha/document_kind_base.hpp>
#include <sapha/host.hpp>
#include <sapha/plugin_base.hpp>
#include <sapha/plugin_entry.hpp>
#include <sapha/xml_io.hpp>

namespace hello {

// The model: what the document means, with no XML in it.
class Note : public sapha::IDocument {
public:
    std::string title;
    std::vector<std::pair<std::string, std::string>> paragraphs; // (stable id, text)
};

// The kind: how a note is created, read, written, checked and outlined.
class NoteKind : public sapha::DocumentKindBase<Note> {
public:
    std::string id() const noexcept override { return "hello.note"; }
    sapha::LocalizedText displayName() const noexcept override { return { "บันทึก", "Note" }; }
    std::string fileSuffix() const noexcept override { return ".note.xml"; }

protected:
    std::string_view rootElement() const override { return "note"; }
    int formatVersion() const override { return 1; }

    Note makeNew(const sapha::NewDocumentOptions& options) const override
    {
        Note note;
        note.title = options.title.empty() ? "Untitled" : options.title;
        return note;
    }

    sapha::Status readModel(const pugi::xml_document& xml, std::string_view text, std::string_view sourceName,
        Note& note) const override
    {
        const pugi::xml_node root = xml.document_element();
        note.title = sapha::xml::childText(root, "title");
        for (pugi::xml_node paragraph : root.children("p")) {
            const std::string id = paragraph.attribute("id").value();
            if (id.empty())
                return sapha::Status::failure("<p> has no id",
                    std::string(sourceName) + ":" + std::to_string(sapha::xml::lineOf(paragraph, text)));
            note.paragraphs.emplace_back(id, paragraph.text().get());
        }
        return sapha::Status::ok();
    }

    void writeModel(const Note& note, pugi::xml_node& root) const override
    {
        sapha::xml::setChildText(root, "title", note.title);
        for (const auto& [id, text] : note.paragraphs) {
            pugi::xml_node paragraph = root.append_child("p");
            paragraph.append_attribute("id").set_value(id.c_str());
            paragraph.text().set(text.c_str());
        }
    }

    // The messages are in the reader's language ("th" or "en").
    sapha::Findings check(const Note& note, std::string_view language) const override
    {
        sapha::Findings findings;
        if (note.title.empty())
            findings.push_back({ sapha::Severity::Error, {}, sapha::inLanguage(language, "บันทึกยังไม่มีชื่อ", "the note has no title"), 0 });
        return findings;
    }

    std::string titleOf(const Note& note) const override { return note.title; }

    sapha::ElementList elementsOf(const Note& note) const override
    {
        sapha::ElementList elements;
        for (std::size_t i = 0; i < note.paragraphs.size(); ++i)
            elements.push_back({ note.paragraphs[i].first, {}, "paragraph", std::to_string(i + 1), note.paragraphs[i].second });
        return elements;
    }
};

// The plugin: given the host's services, it provides its kinds. PluginBase answers the rest (nothing to
// shut down, no optional capabilities).
class HelloPlugin : public sapha::PluginBase {
public:
    explicit HelloPlugin(sapha::IHost& host) : m_host(host) { }
    sapha::Status initialize() noexcept override
    {
        m_host.log(sapha::LogLevel::Debug, "hello", "started");
        return sapha::Status::ok();
    }
    std::vector<const sapha::IDocumentKind*> documentKinds() const noexcept override { return { &m_kind }; }

private:
    sapha::IHost& m_host;
    NoteKind m_kind;
};

} // namespace hello

SAPHA_DECLARE_PLUGIN("hello", hello::HelloPlugin)
