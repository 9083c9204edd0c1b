// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <atomic>
#include <memory>

namespace core {
class VaultIndex;
}

namespace ui {

// Keeps the index up to date off the GUI thread. Move it to a QThread and call its slots through
// queued connections; it opens its own core::VaultIndex (its own SQLite connection) in that thread.
class IndexWorker final : public QObject
{
    Q_OBJECT
public:
    IndexWorker(const QString &vaultRoot, const QString &indexPath);
    ~IndexWorker() override;
    Q_DISABLE_COPY_MOVE(IndexWorker)

    // Thread-safe: stops a running update between notes (closing, switching vaults, reopening
    // the index); updates started while it is set return at once. What was written stays.
    void setCancelled(bool cancelled) { m_cancel.store(cancelled); }
    bool isCancelled() const { return m_cancel.load(); }

public Q_SLOTS:
    // Scans the vault and indexes what changed.
    void updateAll();
    // Re-indexes these vault-relative files (or drops those that are gone).
    void updateFiles(const QStringList &paths);
    // Closes the connection; call in the worker thread before it ends.
    void close();

Q_SIGNALS:
    void progress(int done, int total);
    void finished(int changes, bool fullScan, const QString &summary);
    void failed(const QString &message, bool fullScan);
    // The index file is damaged (SQLITE_CORRUPT/NOTADB): only a rebuild mends it.
    void damaged(const QString &message);

private:
    bool ensureOpen(bool fullScan);

    QString m_root;
    QString m_indexPath;
    std::unique_ptr<core::VaultIndex> m_index;
    std::atomic_bool m_cancel = false;
};

} // namespace ui
