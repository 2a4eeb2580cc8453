// Sapha — out-of-line destructors and defaults of the SDK interfaces, so that their vtables live once, here.
// SPDX-License-Identifier: MIT
#include <sapha/command_provider.hpp>
#include <sapha/demo_content.hpp>
#include <sapha/document_kind.hpp>
#include <sapha/host.hpp>
#include <sapha/message_language.hpp>
#include <sapha/outline_exchange.hpp>
#include <sapha/plugin.hpp>

namespace sapha {

IDocument::~IDocument() = default;
IDocumentKind::~IDocumentKind() = default;
IHost::~IHost() = default;
IPlugin::~IPlugin() = default;
IDemoContent::~IDemoContent() = default;
IWorkspaceView::~IWorkspaceView() = default;
IWorkspaceChanges::~IWorkspaceChanges() = default;
ICommandProvider::~ICommandProvider() = default;
IOutlineSource::~IOutlineSource() = default;
IOutlineTarget::~IOutlineTarget() = default;

Result<exporting::Document> IDocumentKind::exportDocument(const IDocument&) const noexcept
{
    return Error { localized("เอกสารชนิดนี้ส่งออกไม่ได้", "documents of this kind cannot be exported"), id() };
}

std::vector<ExportPart> IDocumentKind::exportParts(const IDocument&) const noexcept
{
    return {};
}

Result<exporting::Document> IDocumentKind::exportPart(const IDocument&, std::string_view partId) const noexcept
{
    return Error { localized("เอกสารชนิดนี้ไม่มีส่วนที่ส่งออกแยกได้ (ขอ \"" + std::string(partId) + "\")",
                       "documents of this kind have no part to export on its own (asked for \"" + std::string(partId) + "\")"),
        id(), ErrorCode::NotFound };
}

Result<MergedDocument> IDocumentKind::merge(std::string_view, std::string_view, std::string_view) const noexcept
{
    return Error { localized("เอกสารชนิดนี้รวมได้ทีละบรรทัดเท่านั้น", "documents of this kind are merged by line only"), id() };
}

std::string IDocumentKind::folder() const noexcept
{
    const std::string kind = id();
    return kind.substr(0, kind.find('.'));
}

std::vector<DocumentReference> IDocumentKind::references(const IDocument&) const noexcept
{
    return {};
}

std::string IDocumentKind::followUpReport(const IDocument&, std::string_view) const noexcept
{
    return {};
}

std::string IDocumentKind::digest(const IDocument&) const noexcept
{
    return {};
}

std::vector<FollowUp> IWorkspaceView::followUps(std::string_view, std::string_view, std::string_view) const noexcept
{
    return {};
}

std::vector<NewDocumentQuestion> IDocumentKind::newDocumentQuestions(const IWorkspaceView&, std::string_view) const noexcept
{
    return {};
}

void* IPlugin::queryInterface(std::string_view) noexcept
{
    return nullptr;
}

} // namespace sapha
