// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/session/indexfileguard.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <optional>

class QThread;
class QTimer;

namespace core {
class VaultIndex;
struct Note;
} // namespace core

namespace ui {

class BackgroundReader;
class IndexWorker;
class TaskEditor;
class VaultWatcher;

// One open vault: the GUI thread's index connection (reads, and the task writes of TaskEditor),
// the IndexWorker on its own thread with its own connection, and the VaultWatcher that feeds it.
// It also keeps the index usable: a deleted or damaged index file is rebuilt and a replaced one
// reopened (with a message), other Vaultviews on the vault share it (WAL, the vault lock), and
// closing during a long first index stops the indexer between notes.
class VaultSession final : public QObject
{
    Q_OBJECT
public:
    explicit VaultSession(
        const QString &root, const QString &indexPath = QString(), QObject *parent = nullptr);
    ~VaultSession() override;
    Q_DISABLE_COPY_MOVE(VaultSession)

    // Opens the GUI connection (creating the schema for a new index). On failure, error() says why.
    bool open();
    // Starts the worker thread, the watcher and a first full update.
    void start();
    QString error() const { return m_error; }
    QString notice() const;

    QString root() const;
    QString indexPath() const;
    QString absolutePath(const QString &relativePath) const;
    QSqlDatabase database() const;
    TaskEditor *editor() const { return m_editor; }
    // Reads for the vault-wide views off the GUI thread (its own connection); set once open.
    BackgroundReader *reader() const { return m_reader; }
    VaultWatcher *watcher() const { return m_watcher; }
    bool isIndexing() const { return m_pendingRequests > 0; }
    // Index updates requested from the worker so far (full scans and file updates).
    int indexRuns() const { return m_indexRuns; }
    // How long a GUI write waits for the indexer's transaction before "busy, try again".
    static constexpr int kBusyTimeoutMs = 2000;
    static constexpr int kIndexCheckMs = 4000;
    bool hasCompletedScan() const { return m_completedScan; }

    std::optional<core::Note> note(const QString &path) const;
    // The note on screen: watched closely so that in-place saves are seen.
    void setCurrentNote(const QString &path);

public Q_SLOTS:
    // Reopens (and rebuilds) the index when its file was deleted, replaced or damaged; true then.
    bool checkIndex();
    // Throws the index away and builds it again (View ▸ Rebuild Index, or damage found).
    bool rebuildIndex(const QString &reason);
    // Stops a running index update between notes; later requests run normally.
    void cancelIndexing();
    void rescan();
    void reindexFiles(const QStringList &paths);

Q_SIGNALS:
    void indexingStarted();
    void indexProgress(int done, int total);
    // The index may hold new rows; `scanFinished` once a full update completed.
    void indexChanged(bool scanFinished);
    void indexingFinished(const QString &summary);
    void noteEdited(const QString &path); // written by this app (edit, undo, redo)
    void message(const QString &text);

private:
    void onWorkerFinished(int changes, bool fullScan, const QString &summary);
    void onWorkerFailed(const QString &text, bool fullScan);
    void onProgress(int done, int total);
    void requestDone();
    void connectEditor();
    void connectWatcher();
    bool reopenIndex(const QString &problem);
    bool restartIndex(const QString &problem, bool rebuild);
    void requestScan();
    bool setUpConnection();
    void stopWorker();

    std::unique_ptr<core::VaultIndex> m_index;
    QThread *m_thread = nullptr;
    IndexWorker *m_worker = nullptr;
    VaultWatcher *m_watcher = nullptr;
    TaskEditor *m_editor = nullptr;
    BackgroundReader *m_reader = nullptr;
    QTimer *m_checkTimer = nullptr;
    IndexFileGuard m_guard;
    QString m_error;
    int m_pendingRequests = 0;
    int m_pendingScans = 0;
    bool m_completedScan = false;
    qint64 m_lastProgressRefresh = 0;
    int m_indexRuns = 0;
};

} // namespace ui
