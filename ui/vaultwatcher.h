#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

class QFileSystemWatcher;
class QTimer;

namespace ui {

// Watches a vault's folders (notes added, removed, renamed, saved by replacement) and the one note
// on screen (saved in place, which a folder watch does not see), and reports changes debounced.
class VaultWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit VaultWatcher(QObject *parent = nullptr);
    ~VaultWatcher() override;
    Q_DISABLE_COPY_MOVE(VaultWatcher)

    static constexpr int kDefaultDelayMs = 250;

    void setRoot(const QString &root);
    QString root() const { return m_root; }
    // The vault-relative note to watch closely; empty for none.
    void setWatchedFile(const QString &relativePath);
    void setDelay(int milliseconds);
    QStringList watchedFolders() const;

Q_SIGNALS:
    // `files` are vault-relative notes that changed; `folders` is true when a folder's
    // content changed (a full scan tells what).
    void changed(const QStringList &files, bool folders);

private:
    void watchFolders();
    void onDirectoryChanged(const QString &path);
    void onFileChanged(const QString &path);
    void flush();

    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_timer = nullptr;
    QString m_root;
    QString m_watchedFile; // vault-relative
    QSet<QString> m_changedFiles;
    bool m_foldersChanged = false;
};

} // namespace ui
