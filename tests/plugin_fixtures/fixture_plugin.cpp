// Sapha tests — deliberately broken plugins, one behaviour per build (FIXTURE_* definitions),
// so that every refusal of the loader is exercised with a real shared library.
// SPDX-License-Identifier: MIT
#include <stdexcept>

#include <sapha/plugin.hpp>
#include <sapha/plugin_entry.hpp>

namespace {

class FixturePlugin : public sapha::IPlugin {
public:
    explicit FixturePlugin(sapha::IHost& /*host*/)
    {
#if defined(FIXTURE_THROWS)
        throw std::runtime_error("the fixture refuses to start");
#endif
    }

    sapha::Status initialize() noexcept override
    {
#if defined(FIXTURE_INIT_FAILS)
        return sapha::Status::failure("its settings file is missing", "fixture.conf");
#else
        return sapha::Status::ok();
#endif
    }

    void shutdown() noexcept override { }

    std::vector<const sapha::IDocumentKind*> documentKinds() const noexcept override { return {}; }
};

} // namespace

#if defined(FIXTURE_NO_ENTRY)
extern "C" __attribute__((visibility("default"))) int some_other_library_function(void)
{
    return 0;
}
#elif defined(FIXTURE_WRONG_API_LIBRARY)
namespace {
sapha::IPlugin* createFixture(sapha::IHost* host) noexcept
{
    return new FixturePlugin(*host);
}
void destroyFixture(sapha::IPlugin* plugin) noexcept
{
    delete plugin;
}
constexpr SaphaPluginEntry kEntry { sizeof(SaphaPluginEntry), SAPHA_SDK_API_VERSION + 1, FIXTURE_ID, SAPHA_BUILD_TAG,
    &createFixture, &destroyFixture };
} // namespace
SAPHA_PLUGIN_EXPORT const SaphaPluginEntry* sapha_plugin_entry(void) noexcept
{
    return &kEntry;
}
#elif defined(FIXTURE_ID_MISMATCH)
SAPHA_DECLARE_PLUGIN("someone_else", FixturePlugin)
#else
SAPHA_DECLARE_PLUGIN(FIXTURE_ID, FixturePlugin)
#endif
