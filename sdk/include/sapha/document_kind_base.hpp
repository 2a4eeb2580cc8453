// Sapha — DocumentKindBase<Model>: the boundary plumbing every document kind shares
// (no exception escapes, XML parse and version check, typed access to the model),
// so that a kind only says how its model is read, written, checked and outlined.
// SPDX-License-Identifier: MIT
#pragma once

#include <exception>
#include <stdexcept>
#include <memory>
#include <string>
#include <string_view>

#include <sapha/document_kind.hpp>
#include <sapha/xml_io.hpp>

namespace sapha {

// `Model` derives from IDocument. Derived kinds implement the protected hooks; they may
// throw (std::exception), and the base turns that into an Error for the host.
template <typename Model>
class DocumentKindBase : public IDocumentKind {
public:
    Result<std::unique_ptr<IDocument>> create(const NewDocumentOptions& options) const noexcept override
    {
        try {
            return std::unique_ptr<IDocument>(std::make_unique<Model>(makeNew(options)));
        } catch (const std::exception& failure) {
            return Error { failure.what(), id() };
        }
    }

    Result<std::unique_ptr<IDocument>> load(std::string_view text, std::string_view sourceName) const noexcept override
    {
        try {
            auto parsed = xml::parse(text, sourceName);
            if (!parsed)
                return parsed.error();
            if (Status root = xml::checkRoot(*parsed.value(), text, rootElement(), formatVersion(), sourceName); !root)
                return root.error();
            auto model = std::make_unique<Model>();
            if (Status read = readModel(*parsed.value(), text, sourceName, *model); !read)
                return read.error();
            return std::unique_ptr<IDocument>(std::move(model));
        } catch (const std::exception& failure) {
            return Error { failure.what(), std::string(sourceName) };
        }
    }

    Result<std::string> save(const IDocument& document) const noexcept override
    {
        try {
            pugi::xml_document xml;
            pugi::xml_node root = xml.append_child(std::string(rootElement()).c_str());
            root.append_attribute("format").set_value(formatVersion());
            writeModel(model(document), root);
            return xml::write(xml);
        } catch (const std::exception& failure) {
            return Error { failure.what(), id() };
        }
    }

    Findings validate(const IDocument& document, std::string_view language) const noexcept override
    {
        try {
            return check(model(document), language);
        } catch (const std::exception& failure) {
            return { Finding { Severity::Error, {}, failure.what(), 0 } };
        }
    }

    std::string title(const IDocument& document) const noexcept override
    {
        try {
            return titleOf(model(document));
        } catch (...) {
            return {};
        }
    }

    ElementList elements(const IDocument& document) const noexcept override
    {
        try {
            return elementsOf(model(document));
        } catch (...) {
            return {};
        }
    }

    ChangeReview reviewChange(
        const IDocument* before, const IDocument& after, const ReviewOptions& options) const noexcept override
    {
        ChangeReview review;
        if (options.wantsSummary) {
            try {
                review.summary = summarize(before ? &model(*before) : nullptr, model(after), options.language);
            } catch (...) {
                review.summary = options.language == "th" ? "แก้ไข" : "Update";
            }
        }
        if (!before)
            return review;
        try {
            review.protection = protectionOf(model(*before), model(after));
        } catch (const std::exception& failure) {
            // A change the kind could not check is treated as protected: it needs its reason.
            review.protection = std::string("the change could not be checked: ") + failure.what();
        }
        try {
            review.milestone = milestoneOf(model(*before), model(after));
        } catch (...) {
            review.milestone.reset();
        }
        return review;
    }

    // Merged element by element (xml_merge.hpp), then read and written by the kind, so that the result is
    // a document of this kind in its usual form; one that does not load is refused (the host then merges
    // by line).
    Result<MergedDocument> merge(std::string_view base, std::string_view ours, std::string_view theirs) const noexcept override
    {
        try {
            Result<xml::MergeOutcome> merged = xml::mergeThreeWay(base, ours, theirs);
            if (!merged)
                return Error { merged.error().message, id() };
            Result<std::unique_ptr<IDocument>> loaded = load(merged.value().xml, "merge");
            if (!loaded)
                return Error { "the merge is not a valid document: " + loaded.error().describe(), id() };
            Result<std::string> saved = save(*loaded.value());
            if (!saved)
                return saved.error();
            return MergedDocument { std::move(saved.value()), std::move(merged.value().conflicts) };
        } catch (const std::exception& failure) {
            return Error { failure.what(), id() };
        }
    }

    std::string followUpReport(const IDocument& document, std::string_view language) const noexcept override
    {
        try {
            return followUpOf(model(document), language);
        } catch (...) {
            return {};
        }
    }

    Result<exporting::Document> exportDocument(const IDocument& document) const noexcept override
    {
        try {
            return buildExport(model(document));
        } catch (const std::exception& failure) {
            return Error { failure.what(), id() };
        }
    }

    std::vector<ExportPart> exportParts(const IDocument& document) const noexcept override
    {
        try {
            return exportPartsOf(model(document));
        } catch (...) {
            return {};
        }
    }

    Result<exporting::Document> exportPart(const IDocument& document, std::string_view partId) const noexcept override
    {
        try {
            const std::vector<ExportPart> parts = exportPartsOf(model(document));
            std::string named;
            for (const ExportPart& part : parts) {
                if (part.id == partId)
                    return buildPartExport(model(document), part.id);
                named += (named.empty() ? "" : ", ") + part.id + " (" + part.label.in("en") + ")";
            }
            return Error { "no part \"" + std::string(partId) + "\" to export; "
                    + (named.empty() ? std::string("this document has none") : "this document's parts: " + named),
                id(), ErrorCode::NotFound };
        } catch (const std::exception& failure) {
            return Error { failure.what(), id() };
        }
    }

    // The model inside a document of this kind (the host only passes documents it
    // got from this kind, so the static_cast is safe).
    static const Model& model(const IDocument& document) { return static_cast<const Model&>(document); }
    static Model& model(IDocument& document) { return static_cast<Model&>(document); }

protected:
    virtual std::string_view rootElement() const = 0;
    virtual int formatVersion() const = 0;
    virtual Model makeNew(const NewDocumentOptions& options) const = 0;
    // Reads the model from a parsed document whose root and version were checked.
    // `text` is the source, for line numbers in errors.
    virtual Status readModel(const pugi::xml_document& xml, std::string_view text, std::string_view sourceName,
        Model& model) const = 0;
    // Writes the model's content under `root` (the root element and its format attribute exist).
    virtual void writeModel(const Model& model, pugi::xml_node& root) const = 0;
    // Findings about the model, their messages in `language` ("th" or "en").
    virtual Findings check(const Model& model, std::string_view language) const = 0;
    virtual std::string titleOf(const Model& model) const = 0;
    virtual ElementList elementsOf(const Model& model) const = 0;
    // What changed, one line in `language`; `before` is null for a new document. By default the new
    // document's title, or the elements added, removed and changed.
    virtual std::string summarize(const Model* before, const Model& after, std::string_view language) const
    {
        if (!before) {
            return language == "th" ? "สร้าง" + displayName().in("th") + ": " + titleOf(after)
                                    : "New " + displayName().in("en") + ": " + titleOf(after);
        }
        return summarizeElementChanges(elementsOf(*before), elementsOf(after), language);
    }
    // Why `before` may not be changed without a reason (empty: it may). Default: any change is fine.
    virtual std::string protectionOf(const Model& /*before*/, const Model& /*after*/) const { return {}; }
    // The step the change from `before` to `after` reaches. Default: no milestones.
    virtual std::optional<Milestone> milestoneOf(const Model& /*before*/, const Model& /*after*/) const
    {
        return std::nullopt;
    }
    // What the document reports of the work it carries on, in `language`. Default: nothing.
    virtual std::string followUpOf(const Model& /*model*/, std::string_view /*language*/) const { return {}; }
    // The document as paper. Kinds that can be exported override this.
    virtual exporting::Document buildExport(const Model& model) const
    {
        throw std::runtime_error("documents of this kind cannot be exported");
    }
    // The parts that export on their own, and one of them (an id exportPartsOf gave) as paper. Default: none.
    virtual std::vector<ExportPart> exportPartsOf(const Model& /*model*/) const { return {}; }
    virtual exporting::Document buildPartExport(const Model& /*model*/, const std::string& /*partId*/) const
    {
        throw std::runtime_error("documents of this kind have no part to export on its own");
    }
};

} // namespace sapha
