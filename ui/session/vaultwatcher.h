// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <functional>

class QFileSystemWatcher;
class QTimer;

namespace ui {

// Watches a vault's folders (notes added, removed, renamed, saved by replacement) and the one note
// on screen (saved in place, which a folder watch does not see), and reports changes debounced:
// a burst of events (a git checkout of 10,000 files) becomes one report. When the system refuses
// more watches (inotify limits), it falls back to a periodic rescan and says so.
class VaultWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit VaultWatcher(QObject *parent = nullptr);
    ~VaultWatcher() override;
    Q_DISABLE_COPY_MOVE(VaultWatcher)

    static constexpr int kDefaultDelayMs = 250;
    static constexpr int kDefaultPollMs = 30000;
    // Test seam: replaces QFileSystemWatcher::addPaths (returns the paths that failed).
    using AddPaths = std::function<QStringList(const QStringList &)>;

    void setRoot(const QString &root);
    QString root() const { return m_root; }
    // The vault-relative note to watch closely; empty for none.
    void setWatchedFile(const QString &relativePath);
    void setDelay(int milliseconds);
    QStringList watchedFolders() const;
    void setPollInterval(int milliseconds);
    void setAddPathsForTesting(const AddPaths &addPaths) { m_addPaths = addPaths; }
    // True once some folders could not be watched: changes are found by periodic rescans.
    bool isPolling() const;

Q_SIGNALS:
    // `files` are vault-relative notes that changed; `folders` is true when a folder's
    // content changed (a full scan tells what).
    void changed(const QStringList &files, bool folders);
    // Watching fell back to periodic rescans; `message` is for the status bar.
    void pollingStarted(const QString &message);

private:
    void watchFolders();
    void onDirectoryChanged(const QString &path);
    void onFileChanged(const QString &path);
    void flush();

    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_timer = nullptr;
    QTimer *m_pollTimer = nullptr;
    AddPaths m_addPaths;
    QString m_root;
    QString m_watchedFile; // vault-relative
    QSet<QString> m_changedFiles;
    bool m_foldersChanged = false;
};

} // namespace ui
