// Sapha — the plugin object: lifecycle, the document kinds it provides, optional capabilities by id.
// SPDX-License-Identifier: MIT
#pragma once

#include <sapha/sdk_export.h>

#include <string_view>
#include <vector>

#include <sapha/document_kind.hpp>
#include <sapha/status.hpp>

namespace sapha {

// Created by the plugin's entry after every handshake check has passed.
// Constructors do nothing; initialize() registers, shutdown() undoes it.
// All calls come from the host's main thread.
class SAPHA_SDK_EXPORT IPlugin {
public:
    virtual ~IPlugin();

    virtual Status initialize() noexcept = 0;
    virtual void shutdown() noexcept = 0;

    // The kinds this plugin provides; pointers stay valid until the plugin is destroyed.
    virtual std::vector<const IDocumentKind*> documentKinds() const noexcept = 0;

    // An optional capability by versioned id ("sapha.demo-content/1"), or null.
    // The pointer is to the interface named by the id and lives as long as the plugin.
    virtual void* queryInterface(std::string_view interfaceId) noexcept;
};

// Typed access to an optional capability: query<IDemoContent>(plugin).
template <typename Interface>
Interface* query(IPlugin& plugin) noexcept
{
    return static_cast<Interface*>(plugin.queryInterface(Interface::kInterfaceId));
}

} // namespace sapha
