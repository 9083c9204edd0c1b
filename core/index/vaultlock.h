// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>
#include <atomic>
#include <functional>
#include <memory>

namespace core {

// Serializes everything that writes to one vault — index updates, note writes, undo — across the
// threads of this process and across processes (windows, CLI runs): an flock() on a lock file
// in the cache folder, beside the index, which the kernel releases when a process dies. Reentrant
// on one thread, so that a note write can re-index its note under the lock it already holds.
// Readers take no lock: SQLite's WAL gives them a consistent snapshot.
class VaultLock final
{
public:
    explicit VaultLock(const QString &lockPath);
    ~VaultLock();
    Q_DISABLE_COPY_MOVE(VaultLock)

    // Waits at most `timeoutMs` (or until *cancel) for the lock. On failure error() says why.
    bool acquire(int timeoutMs = kDefaultTimeoutMs, const std::atomic_bool *cancel = nullptr);
    void release();
    bool isHeld() const { return m_held; }
    QString error() const { return m_error; }
    // Lets a thread of this process that waits for the lock in (a write from the window during a
    // long first index), then takes it back; a no-op when nobody here waits. False when the lock
    // could not be taken back (cancelled): the caller must stop writing.
    bool yieldToWaiters(const std::atomic_bool *cancel = nullptr);

    // Called (once per wait) on the waiting thread when a wait lasts longer than kNoticeMs:
    // the CLI says "waiting for another Vaultview on this vault…".
    static void setWaitingNotifier(std::function<void()> notifier);

    static constexpr int kNoticeMs = 1000;
    static constexpr int kDefaultTimeoutMs = 10 * 60 * 1000;

    struct Shared;

private:
    std::shared_ptr<Shared> m_shared;
    QString m_error;
    bool m_held = false;
};

} // namespace core
