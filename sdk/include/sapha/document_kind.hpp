// Sapha — the document-kind contract: what a plugin supplies for each kind of document it provides.
// SPDX-License-Identifier: MIT
#pragma once

#include <sapha/sdk_export.h>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <sapha/element_info.hpp>
#include <sapha/export/document.hpp>
#include <sapha/finding.hpp>
#include <sapha/localized_text.hpp>
#include <sapha/status.hpp>
#include <sapha/workspace_view.hpp>
#include <sapha/xml_merge.hpp>

namespace sapha {

// A link from an element of one document to a version of another: a resolution that approves a named
// version of a standard, an agenda item that certifies the previous minutes. The host shows it in both
// documents' history and checks that the version exists.
struct DocumentReference {
    std::string elementId; // the referring element
    std::string label;     // how that element is called ("มติระเบียบวาระที่ 4.1")
    // "approves", "certifies", "attaches" (a paper the element refers to), "source" (the element was
    // made from the one referred to: a standard's indicator from a brainstorm's idea) or "continues"
    // (it carries on the one referred to: an action item carried over from an earlier meeting).
    std::string relation;
    std::string path;      // the document or file referred to, workspace-relative
    std::string version;   // a named version ("เสนอคณะอนุกรรมการ") or any revision; empty: the file as it is
    std::string targetElementId; // the element referred to inside `path` ("idea-3"); empty: the document (API 5)
};

// A step in a document's life that the committee refers to later (minutes circulated, certified,
// frozen): the host names the version that reaches it, so that it can be compared and restored by name.
struct Milestone {
    std::string name;    // the named version's name ("รายงานการประชุม ครั้งที่ 1/2563 รับรองแล้ว")
    std::string message; // why, for the named version's message
};

// What a kind says about a change of one of its documents, before the host commits it.
struct ChangeReview {
    std::string summary;                // what changed, one line in the reader's language (empty when not asked)
    std::string protection;             // non-empty: the kind protects the committed version (minutes frozen
                                        // after certification); the change is committed only with its reason
    std::optional<Milestone> milestone; // a step the change reaches: the host names the saved version with it
};

// What the host asks of a review.
struct ReviewOptions {
    std::string language = "th"; // of the summary: "th" or "en"
    // False when the commit has its message already: the summary (which compares every element of both
    // versions) is then not computed.
    bool wantsSummary = true;
};

// Two people's edits of one document merged by its kind: the merged text (without conflict records;
// the host adds them after the root element) and the fields both changed differently, where the text
// holds this side's value.
struct MergedDocument {
    std::string text;
    std::vector<xml::MergeConflict> conflicts;
};

// A document's model, opaque to the host. Created and destroyed by the plugin
// that provides its kind (the virtual destructor runs the plugin's code).
class SAPHA_SDK_EXPORT IDocument {
public:
    virtual ~IDocument();
};

// What a new document starts from. `date` is ISO (YYYY-MM-DD), empty for today. `workspace`, when
// given, lets the kind read related documents (a meeting its committee's roster and earlier
// meetings); `parameters` are the kind's own options ("committee" → the roster's path).
struct NewDocumentOptions {
    std::string title;
    // "th" or "en". Empty: the host gives the person's language (SDK API 14; it was "th" for everyone, so
    // an English interface made Thai documents); a kind given none writes Thai.
    std::string language;
    std::string date;
    const IWorkspaceView* workspace = nullptr;
    std::map<std::string, std::string> parameters;
};

// Something a new document of a kind needs a person to choose beyond its title: which committee a
// meeting is of, when the workspace keeps more than one. The GUI asks it; the answer (a choice's value)
// goes into NewDocumentOptions::parameters[parameter] (sapha-cli new: --committee, --standard).
struct NewDocumentQuestion {
    std::string parameter; // "committee"
    LocalizedText prompt;  // "Which committee is the meeting of?"
    struct Choice {
        std::string value; // "committees/chiangrai.roster.xml"
        std::string label; // "คณะอนุกรรมการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย"
    };
    std::vector<Choice> choices;
};

// A part of a document a person may export on its own, as a paper of its own: a plan's report of one
// quarter, handed to the meeting that hears it. (API 8.)
struct ExportPart {
    std::string id;      // stable for the document: `sapha-cli export PATH --part q4`
    LocalizedText label; // "รายงานผลการดำเนินงาน ไตรมาสที่ 4 (ก.ค.–ก.ย. 2563)"
};

// One kind of document. Every method is callable from any thread on distinct
// documents, never throws, and reports failures as values.
class SAPHA_SDK_EXPORT IDocumentKind {
public:
    virtual ~IDocumentKind();

    // Stable id, "<plugin>.<kind>" ("minutes.meeting"); must match plugin.json.
    virtual std::string id() const noexcept = 0;
    virtual LocalizedText displayName() const noexcept = 0;
    // The file name ending that marks this kind in a workspace (".meeting.xml").
    virtual std::string fileSuffix() const noexcept = 0;
    // The workspace folder a new document of the kind goes into ("committees" for a roster). Default: the
    // plugin's part of the id ("minutes" for "minutes.meeting"). (SDK API 14.)
    virtual std::string folder() const noexcept;

    // A new document from the kind's template.
    virtual Result<std::unique_ptr<IDocument>> create(const NewDocumentOptions& options) const noexcept = 0;
    // Parses the kind's XML. Errors name `sourceName`, the line and the reason.
    virtual Result<std::unique_ptr<IDocument>> load(std::string_view xml, std::string_view sourceName) const noexcept = 0;
    // What a new document needs to be asked in `workspace` before create() (in the person's `language`).
    // Default: nothing.
    virtual std::vector<NewDocumentQuestion> newDocumentQuestions(
        const IWorkspaceView& workspace, std::string_view language) const noexcept;
    // Serialises to the kind's XML: UTF-8, one element per line, stable attribute order.
    virtual Result<std::string> save(const IDocument& document) const noexcept = 0;

    // What is wrong or missing in the document, each finding's message in `language` ("th" or "en"):
    // people read them (sapha-cli check, the editor), in the language they work in.
    virtual Findings validate(const IDocument& document, std::string_view language) const noexcept = 0;
    // The document's title, for trees, tabs and lists.
    virtual std::string title(const IDocument& document) const noexcept = 0;
    // Every structural element, in document order, with its stable id.
    virtual ElementList elements(const IDocument& document) const noexcept = 0;
    // The links this document makes to versions of other documents. Default: none.
    virtual std::vector<DocumentReference> references(const IDocument& document) const noexcept;
    // What this document reports of the work it carries on (its "continues" references), in `language`:
    // one paragraph a later meeting prints under the action item ("the plan was drafted; quarter 4: …").
    // Default: nothing. (API 7.)
    virtual std::string followUpReport(const IDocument& document, std::string_view language) const noexcept;
    // What the kind needs of this document to answer a question across many documents of the workspace
    // (a committee's meetings: their numbers, decisions and action items) without reading every file: the
    // host keeps it in the workspace's index and hands it back through IWorkspaceView::digests. Any text
    // the kind reads back itself; keep it small. Default: none (the kind's documents get no digest). (API 10.)
    virtual std::string digest(const IDocument& document) const noexcept;

    // The change from `before` (null for a new document) to `after`: what it did, whether the kind protects
    // `before` (the host then asks for the reason, which becomes the commit message, or does not commit),
    // and the milestone it reaches. One call, so that a kind reads both versions once.
    virtual ChangeReview reviewChange(
        const IDocument* before, const IDocument& after, const ReviewOptions& options) const noexcept = 0;

    // Merges two sides' edits made from `base` (empty when both created the document), element by element
    // (sync). An error means the kind cannot: the host then merges by line. Default: it cannot.
    virtual Result<MergedDocument> merge(std::string_view base, std::string_view ours, std::string_view theirs) const noexcept;

    // The document as paper: the tree the export writers turn into DOCX, ODT, PDF, HTML, Markdown.
    // The default says the kind cannot be exported.
    virtual Result<exporting::Document> exportDocument(const IDocument& document) const noexcept;
    // The parts of `document` that export on their own (API 8). Default: none.
    virtual std::vector<ExportPart> exportParts(const IDocument& document) const noexcept;
    // One of those parts as paper. An unknown id is an error that names the parts there are.
    virtual Result<exporting::Document> exportPart(const IDocument& document, std::string_view partId) const noexcept;
};

} // namespace sapha
