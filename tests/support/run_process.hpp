// Sapha tests — running a real program (sapha-cli, git) and capturing what it prints.
// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <string>
#include <vector>

namespace sapha::test {

struct ProcessResult {
    int exitCode = -1;
    std::string out;
    std::string err;
};

// Runs `program` with `arguments` in `directory` (empty: the current one), with extra
// environment variables set and `input` on its standard input (empty: nothing); waits for it and
// returns its exit code and output.
ProcessResult runProcess(const std::string& program, const std::vector<std::string>& arguments,
    const std::string& directory = {}, const std::map<std::string, std::string>& environment = {},
    const std::string& input = {});

// Runs `command` (the program first, looked for in PATH) with its output discarded: a benchmark's
// measurement. The wall time in milliseconds, or -1 when it could not start or did not exit 0.
double timeProcess(const std::vector<std::string>& command);

} // namespace sapha::test
