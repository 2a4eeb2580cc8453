// Sapha — PluginBase: an IPlugin with nothing to start, stop or offer, so that a plugin writes only what
// it has (its kinds, its capabilities).
// SPDX-License-Identifier: MIT
#pragma once

#include <sapha/plugin.hpp>

namespace sapha {

class PluginBase : public IPlugin {
public:
    // Nothing to register: started.
    Status initialize() noexcept override { return Status::ok(); }
    // Nothing to undo.
    void shutdown() noexcept override { }
    // No document kinds (a plugin of capabilities only, such as commands).
    std::vector<const IDocumentKind*> documentKinds() const noexcept override { return {}; }
};

} // namespace sapha
