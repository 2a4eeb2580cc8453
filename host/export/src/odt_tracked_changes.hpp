// Sapha export — tracked changes in OpenDocument text: the change records and where their marks go.
// Whole paragraphs are marked as LibreOffice marks them, inside paragraphs: an inserted paragraph P after
// A is "¶P" (a change-start at the end of A, a change-end at the end of P); a deleted one is a change
// point at the end of A whose record holds an empty paragraph (the break) and P. At the start of the text,
// or after a table, there is no A: the mark is "P¶", closed at the start of the next paragraph.
// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <pugixml.hpp>
#include <sapha/export/document.hpp>

namespace sapha::exporting::internal {

class OdtTrackedChanges {
public:
    // Keeps the records in a <text:tracked-changes> at the start of `text` (removed at finish when empty).
    OdtTrackedChanges(const Document& document, pugi::xml_node text);

    // A new change record of `kind` ("text:insertion", "text:deletion") with who and when; returns the
    // kind's element, whose id is lastId().
    pugi::xml_node record(const char* kind, int origin);
    const std::string& lastId() const { return m_lastId; }

    // Around the paragraphs of a block inserted whole into `container` (the text or a cell).
    void beginInserted(pugi::xml_node container, int origin);
    void endInserted(pugi::xml_node container);

    // A block deleted whole: its paragraphs are written into the returned record, then endDeleted.
    pugi::xml_node beginDeleted(pugi::xml_node container, int origin);
    void endDeleted();

    // Whether a block written next into `container` is marked from the end of the paragraph before it.
    bool canMarkAsParagraphs(pugi::xml_node container) const;

    // A table inserted or deleted whole, marked between blocks as ODF allows (after tableStarting): a change-start before it
    // and a change-end after it, or a change point where it was with the table kept in the record.
    void tableInserted(pugi::xml_node container, int origin, const std::function<void()>& writeTable);
    void tableDeleted(pugi::xml_node container, int origin, const std::function<void(pugi::xml_node)>& writeTableInto);

    // Each paragraph written, as soon as it is made: marks waiting for "the next paragraph" go at its start.
    void paragraphStarted(pugi::xml_node paragraph, pugi::xml_node container);
    // Before a table: marks waiting for a next paragraph are closed at the end of the one before.
    void tableStarting(pugi::xml_node container);
    // At the end of the text: marks still waiting go into a last paragraph made by `finalParagraph`.
    void finish(pugi::xml_node text, const std::function<pugi::xml_node()>& finalParagraph);

private:
    struct Waiting {
        std::string id;
        pugi::xml_node deletion; // empty for an insertion's end
    };

    const Document& m_document;
    pugi::xml_node m_changes;
    int m_count = 0;
    std::string m_lastId;
    std::string m_startNext;        // an insertion "P¶" whose start goes into the next paragraph made
    std::vector<Waiting> m_waiting; // insertions' ends and deletions' points for the next body paragraph
    struct Open {
        std::string id;
        bool closesAtNextParagraph = false; // "P¶": its end waits for the next paragraph
    };
    std::vector<Open> m_open;       // insertions begun, closed by endInserted
    std::vector<pugi::xml_node> m_openDeletions; // and deletions
};

} // namespace sapha::exporting::internal
