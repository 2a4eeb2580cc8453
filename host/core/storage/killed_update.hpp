// Sapha — finishing the one step a killed update can leave half done: the index after the branch.
// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>

namespace sapha::host {

// A RepositoryUpdate renames its ref locks, then its index lock (repository_update.hpp, step 3). A Sapha
// killed between the two renames leaves the branch at the new version and the index at the old one:
// git then shows every file the update changed as changed twice ("MM"), and no later sync or save puts
// it right, since the branch is already where it should be. The new index is still whole in
// index.lock (written and flushed in step 1). Called once the save lock's holder is known dead: when
// index.lock is a complete index that matches HEAD's files more closely than the index in place does,
// it is renamed over the index — the step the killed Sapha did not get to. Returns whether it was.
bool installIndexOfKilledUpdate(const std::filesystem::path& gitDirectory);

} // namespace sapha::host
