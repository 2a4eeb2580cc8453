// Sapha GUI — the template half of sync_job.hpp.
// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <mutex>
#include <optional>
#include <thread>

namespace sapha::gui {

struct TransferProgressShared {
    std::mutex lock;
    host::TransferStep step;
    bool hasStep = false;
    std::atomic<bool> cancelled { false };
    std::atomic<bool> finished { false };
};

template <typename T>
Result<T> runTransferWithProgress(wxWindow* parent, const wxString& title, const host::TransferOptions& base,
    const std::function<Result<T>(const host::TransferOptions&)>& work)
{
    TransferProgressShared shared;
    const host::TransferOptions options = withProgress(base, shared);
    std::optional<Result<T>> result;
    std::thread worker([&] {
        result.emplace(work(options));
        shared.finished = true;
    });
    showTransferProgress(parent, title, shared);
    worker.join();
    return std::move(*result);
}

} // namespace sapha::gui
