// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <optional>

namespace core {

class VaultIndex;

// Brings the index up to date with the files: scan, parse changed files on every core, write
// them from one thread in batched transactions, drop notes whose files are gone.
class Indexer final
{
public:
    struct Stats
    {
        int added = 0;
        int updated = 0;
        int removed = 0;
        int unchanged = 0;
        int tasks = 0; // tasks in the whole index afterwards
        qint64 elapsedMs = 0;
        bool cancelled = false; // stopped early by the cancel flag; what was written stays
        QStringList warnings; // folders that could not be read
    };
    using Progress = std::function<void(int done, int total)>;

    explicit Indexer(VaultIndex &index);

    std::optional<Stats> update(const Progress &progress = {});
    // Re-indexes one file, or drops it from the index when it is gone. Path is vault-relative.
    bool updateFile(const QString &path);
    QString error() const { return m_error; }
    // The last failure was damage to the index (a rebuild mends it), not a full disk or a lock.
    bool failedOnCorruption() const { return m_corrupt; }
    // The last update() found the vault busy (another Vaultview writing) for longer than this.
    void setLockTimeout(int milliseconds) { m_lockTimeoutMs = milliseconds; }
    bool failedOnBusy() const { return m_busy; }
    void setMaxFileBytes(qint64 bytes) { m_maxFileBytes = bytes; }
    // Set from another thread to stop update() between notes (closing the window, switching vaults).
    void setCancelFlag(const std::atomic_bool *flag) { m_cancel = flag; }

    static constexpr int kBatchSize = 500;
    static constexpr int kBulkCommitSize = 10000;

private:
    VaultIndex &m_index;
    QString m_error;
    bool m_corrupt = false;
    bool m_busy = false;
    qint64 m_maxFileBytes;
    int m_lockTimeoutMs;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace core
