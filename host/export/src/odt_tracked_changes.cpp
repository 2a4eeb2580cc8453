// Sapha export — tracked changes in OpenDocument text (see the header for where the marks go and why).
// SPDX-License-Identifier: MIT
#include "odt_tracked_changes.hpp"

#include "xml_part.hpp"

namespace sapha::exporting::internal {

namespace {

bool isParagraph(pugi::xml_node node)
{
    const std::string name = node.name();
    return name == "text:p" || name == "text:h";
}

// The paragraph a new block would follow in `container`, if the last thing there is one.
pugi::xml_node paragraphBefore(pugi::xml_node container)
{
    pugi::xml_node last = container.last_child();
    return isParagraph(last) ? last : pugi::xml_node();
}

pugi::xml_node mark(pugi::xml_node parent, const char* name, const std::string& id)
{
    return element(parent, name, "text:change-id", id.c_str());
}

} // namespace

OdtTrackedChanges::OdtTrackedChanges(const Document& document, pugi::xml_node text)
    : m_document(document)
    , m_changes(element(text, "text:tracked-changes")) // ODF keeps the records at the start of the text
{
}

pugi::xml_node OdtTrackedChanges::record(const char* kind, int origin)
{
    const ChangeOrigin by = changeOriginOf(m_document, origin);
    m_lastId = "ct" + std::to_string(++m_count);
    pugi::xml_node region
        = element(m_changes, "text:changed-region", "text:id", m_lastId.c_str(), "xml:id", m_lastId.c_str());
    pugi::xml_node change = element(region, kind);
    pugi::xml_node info = element(change, "office:change-info");
    element(info, "dc:creator").text().set(by.author.c_str());
    element(info, "dc:date").text().set(by.date.empty() ? "2000-01-01T00:00:00" : by.date.c_str());
    return change;
}

void OdtTrackedChanges::beginInserted(pugi::xml_node container, int origin)
{
    record("text:insertion", origin);
    // After a block whose marks still wait for the next paragraph, this one is "P¶" too: the waiting
    // marks close where it starts, and "¶P" would cover the break before it twice.
    pugi::xml_node before = m_waiting.empty() ? paragraphBefore(container) : pugi::xml_node();
    if (before) {
        mark(before, "text:change-start", m_lastId); // "¶P": from the end of the paragraph before
        m_open.push_back({ m_lastId, false });
    } else {
        m_startNext = m_lastId; // "P¶": from the start of the block's first paragraph
        m_open.push_back({ m_lastId, true });
    }
}

void OdtTrackedChanges::endInserted(pugi::xml_node container)
{
    const Open open = m_open.back();
    m_open.pop_back();
    if (open.closesAtNextParagraph) {
        m_startNext.clear();
        m_waiting.push_back({ open.id, {} }); // to the start of the next paragraph
        return;
    }
    const pugi::xml_node last = paragraphBefore(container);
    mark(last ? last : container, "text:change-end", open.id);
}

pugi::xml_node OdtTrackedChanges::beginDeleted(pugi::xml_node container, int origin)
{
    pugi::xml_node deletion = record("text:deletion", origin);
    pugi::xml_node before = m_waiting.empty() ? paragraphBefore(container) : pugi::xml_node();
    if (before) {
        mark(before, "text:change", m_lastId);
        element(deletion, "text:p"); // "¶P": the break after the paragraph before, then the block
        m_openDeletions.push_back(pugi::xml_node());
    } else {
        m_openDeletions.push_back(deletion);
    }
    return deletion;
}

void OdtTrackedChanges::endDeleted()
{
    pugi::xml_node deletion = m_openDeletions.back();
    m_openDeletions.pop_back();
    if (!deletion)
        return;
    element(deletion, "text:p"); // "P¶": the block, then its last break, at the start of the next paragraph
    const std::string id = deletion.parent().attribute("text:id").value();
    m_waiting.push_back({ id, deletion });
}

bool OdtTrackedChanges::canMarkAsParagraphs(pugi::xml_node container) const
{
    return m_waiting.empty() && paragraphBefore(container);
}

void OdtTrackedChanges::tableInserted(pugi::xml_node container, int origin, const std::function<void()>& writeTable)
{
    record("text:insertion", origin);
    const std::string id = m_lastId;
    mark(container, "text:change-start", id);
    writeTable();
    mark(container, "text:change-end", id);
}

void OdtTrackedChanges::tableDeleted(
    pugi::xml_node container, int origin, const std::function<void(pugi::xml_node)>& writeTableInto)
{
    pugi::xml_node deletion = record("text:deletion", origin);
    mark(container, "text:change", m_lastId);
    writeTableInto(deletion);
}

void OdtTrackedChanges::paragraphStarted(pugi::xml_node paragraph, pugi::xml_node container)
{
    if (!m_startNext.empty()) {
        paragraph.prepend_child("text:change-start").append_attribute("text:change-id").set_value(m_startNext.c_str());
        m_startNext.clear();
    }
    if (container != m_changes.parent() || m_waiting.empty())
        return;
    for (auto waiting = m_waiting.rbegin(); waiting != m_waiting.rend(); ++waiting)
        paragraph.prepend_child(waiting->deletion ? "text:change" : "text:change-end")
            .append_attribute("text:change-id")
            .set_value(waiting->id.c_str());
    m_waiting.clear();
}

void OdtTrackedChanges::tableStarting(pugi::xml_node container)
{
    if (container != m_changes.parent() || m_waiting.empty())
        return;
    // No paragraph comes before the table: what waits closes at the end of the paragraph before ("¶P").
    pugi::xml_node before = paragraphBefore(container);
    for (Waiting& waiting : m_waiting) {
        if (!waiting.deletion) {
            mark(before ? before : container, "text:change-end", waiting.id);
            continue;
        }
        if (before) {
            waiting.deletion.remove_child(waiting.deletion.last_child());
            waiting.deletion.insert_child_after("text:p", waiting.deletion.child("office:change-info"));
        }
        mark(before ? before : container, "text:change", waiting.id);
    }
    m_waiting.clear();
}

void OdtTrackedChanges::finish(pugi::xml_node text, const std::function<pugi::xml_node()>& finalParagraph)
{
    if (!m_waiting.empty()) {
        // Nothing follows: a last paragraph of the text takes the marks. A deletion last in the text
        // gives it its own last paragraph, so that rejecting leaves no empty paragraph after it.
        if (pugi::xml_node deletion = m_waiting.back().deletion)
            deletion.remove_child(deletion.last_child());
        finalParagraph(); // made through the writer, which hands it to paragraphStarted
    }
    if (!m_changes.first_child())
        text.remove_child(m_changes);
}

} // namespace sapha::exporting::internal
