// Sapha standards — the standard model: components, indicators, how each is scored, and the level
// bands the overall score falls into.
// SPDX-License-Identifier: MIT
#pragma once

#include "core/standards_export.h"

#include <string>
#include <vector>

#include <sapha/document_kind.hpp>

namespace sapha::standards {

// One scoring level of a rubric (ระดับ 1–5): its score, label and what it takes.
struct Level {
    int score = 0;
    std::string label;      // ดีเลิศ
    std::string descriptor; // เกณฑ์การประเมิน at this level
};

// How an indicator is scored. Every scheme gives a score on the standard's scale (0 to maxScore).
enum class Scheme {
    Rubric,    // the level reached (levels 1–5 by default, each with a descriptor)
    Checklist, // how many of the listed practices are done → a score, by rules or in proportion
    Threshold, // a ratio achieved; `target` or more earns full marks, less in proportion
    Binary,    // met or not: `points` (full marks when 0) or nothing
};

// "At least `done` practices done → `score`". Without rules a checklist scores in proportion.
struct ChecklistRule {
    int done = 0;
    double score = 0;
};

// A reviewer's comment on the standard, a component or an indicator; kept in the document until resolved.
struct Comment {
    std::string id;
    std::string author;
    std::string date; // ISO
    std::string text;
    bool resolved = false;
};

// An indicator (ตัวชี้วัด): numbered from its position ("2.3", or "2.4.1" inside a section).
struct Indicator {
    std::string id;
    std::string section; // the section (มาตรฐานที่ 2.4) it belongs to; empty: directly under its component
    std::string code; // the standard's own code, when it gives one ("มคร. 2.3"); unique when given
    std::string statement;
    std::string description;
    std::string type = "process"; // process, output, outcome, quantitative
    std::string owner;            // who is responsible (ผู้รับผิดชอบ)
    double weight = 1.0;
    Scheme scheme = Scheme::Rubric;
    std::vector<Level> levels;          // rubric
    std::vector<std::string> practices; // checklist
    std::vector<ChecklistRule> rules;   // checklist, ascending by `done`
    double target = 1.0;                // threshold: the ratio earning full marks (0 < target ≤ 1)
    double points = 0;                  // binary: points when met; 0 means the scale's full marks
    std::string evidence; // เอกสาร/หลักฐาน, one item per line
    std::string guidance; // how an assessor judges it
    std::string notes;
    std::string source;   // where the idea came from ("brainstorm/x.session.xml#cluster-3")
    std::vector<Comment> comments;
};

// A standard within a component (มาตรฐานที่ 2.4): a heading over some of its indicators. Frameworks with
// three levels (องค์ประกอบ → มาตรฐาน → ตัวชี้วัด) use them; a component may also hold indicators directly.
struct Section {
    std::string id;
    std::string title;
    std::string description;
    std::vector<Comment> comments;
};

// A component (องค์ประกอบ). `indicators` holds every indicator of the component in outline order: those
// directly under it first, then each section's, sections in their order (see numbering.hpp).
struct Component {
    std::string id;
    std::string title;
    std::string description;
    std::vector<Section> sections;
    std::vector<Indicator> indicators;
    std::vector<Comment> comments;
};

// A band of the overall (or a component's) weighted score: from ≤ score ≤ to → label.
struct Band {
    double from = 0;
    double to = 0;
    std::string label; // ยอดเยี่ยม
};

struct Definition {
    std::string term;
    std::string meaning;
};

class SAPHA_STANDARDS_EXPORT Standard : public IDocument {
public:
    std::string language = "th";
    bool thaiDigits = false;
    std::string title;
    std::string code;
    std::string versionLabel; // ร่างที่ 2
    std::string scope;
    std::string legalBasis; // พ.ร.บ.คุ้มครองคนไร้ที่พึ่ง พ.ศ. 2557
    std::vector<Definition> definitions;
    double maxScore = 5;    // the scale every indicator is scored on
    double weightTotal = 0; // what the weights are declared to add up to (100); 0: not declared
    std::vector<Band> bands;
    std::vector<Component> components;
    std::vector<Comment> comments; // on the standard as a whole
};

// The five rubric levels every new indicator starts with (labels in the document's language).
SAPHA_STANDARDS_EXPORT std::vector<Level> defaultLevels(const std::string& language);
// The usual bands of a five-point scale (1.00–1.50 กำลังพัฒนา … 4.51–5.00 ยอดเยี่ยม).
SAPHA_STANDARDS_EXPORT std::vector<Band> defaultBands(const std::string& language);

SAPHA_STANDARDS_EXPORT const char* schemeName(Scheme scheme);
SAPHA_STANDARDS_EXPORT bool parseScheme(std::string_view text, Scheme& scheme);

} // namespace sapha::standards
