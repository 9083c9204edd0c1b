// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/session/vaultwatcher.h"

#include "ui/session/logging.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

namespace ui {

VaultWatcher::VaultWatcher(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
    , m_timer(new QTimer(this))
    , m_pollTimer(new QTimer(this))
{
    m_pollTimer->setInterval(kDefaultPollMs);
    connect(m_pollTimer, &QTimer::timeout, this, [this] { Q_EMIT changed({}, true); });
    m_timer->setSingleShot(true);
    m_timer->setInterval(kDefaultDelayMs);
    connect(m_timer, &QTimer::timeout, this, &VaultWatcher::flush);
    connect(
        m_watcher, &QFileSystemWatcher::directoryChanged, this, &VaultWatcher::onDirectoryChanged);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &VaultWatcher::onFileChanged);
}

VaultWatcher::~VaultWatcher() = default;

void VaultWatcher::setRoot(const QString &root)
{
    if (const QStringList all = m_watcher->files() + m_watcher->directories(); !all.isEmpty())
        m_watcher->removePaths(all);
    m_root = root;
    m_pollTimer->stop();
    m_watchedFile.clear();
    m_changedFiles.clear();
    m_foldersChanged = false;
    if (!m_root.isEmpty())
        watchFolders();
}

void VaultWatcher::setWatchedFile(const QString &relativePath)
{
    if (relativePath == m_watchedFile && (relativePath.isEmpty() || !m_watcher->files().isEmpty()))
        return;
    if (const QStringList files = m_watcher->files(); !files.isEmpty())
        m_watcher->removePaths(files);
    m_watchedFile = relativePath;
    if (!m_watchedFile.isEmpty() && !m_root.isEmpty())
        m_watcher->addPath(m_root + u'/' + m_watchedFile);
}

void VaultWatcher::setDelay(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

QStringList VaultWatcher::watchedFolders() const
{
    return m_watcher->directories();
}

void VaultWatcher::setPollInterval(int milliseconds)
{
    m_pollTimer->setInterval(milliseconds);
}

bool VaultWatcher::isPolling() const
{
    return m_pollTimer->isActive();
}

// Hidden folders (.obsidian, .git, .trash) hold no notes the index reads.
void VaultWatcher::watchFolders()
{
    QStringList folders { m_root };
    QStringList pending { m_root };
    while (!pending.isEmpty()) {
        QDirIterator children(
            pending.takeLast(), QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks);
        while (children.hasNext()) {
            const QString path = children.next();
            if (children.fileName().startsWith(u'.'))
                continue;
            folders.append(path);
            pending.append(path);
        }
    }
    const QStringList watched = m_watcher->directories();
    QStringList missing;
    for (const QString &folder : std::as_const(folders)) {
        if (!watched.contains(folder))
            missing.append(folder);
    }
    if (missing.isEmpty())
        return;
    const QStringList failed = m_addPaths ? m_addPaths(missing) : m_watcher->addPaths(missing);
    if (failed.isEmpty() || m_pollTimer->isActive())
        return;
    qCWarning(lcIndexing) << "cannot watch" << failed.size() << "folders, e.g." << failed.first();
    m_pollTimer->start();
    Q_EMIT pollingStarted(
        tr("Cannot watch all %1 folders of the vault (system limit): looking for "
                       "changes every %2 s instead.")
            .arg(folders.size())
            .arg(m_pollTimer->interval() / 1000));
}

void VaultWatcher::onDirectoryChanged(const QString &path)
{
    qCDebug(lcIndexing) << "folder changed" << path;
    m_foldersChanged = true;
    m_timer->start();
}

void VaultWatcher::onFileChanged(const QString &path)
{
    const QString prefix = m_root + u'/';
    if (!path.startsWith(prefix))
        return;
    qCDebug(lcIndexing) << "file changed" << path;
    m_changedFiles.insert(path.mid(prefix.size()));
    m_timer->start();
}

void VaultWatcher::flush()
{
    const bool folders = m_foldersChanged;
    QStringList files(m_changedFiles.cbegin(), m_changedFiles.cend());
    files.sort();
    m_changedFiles.clear();
    m_foldersChanged = false;
    if (folders)
        watchFolders(); // new sub-folders
    // A save by replacement (write a copy, rename it over) ends the watch on the old file.
    if (!m_watchedFile.isEmpty() && m_watcher->files().isEmpty()
        && QFileInfo::exists(m_root + u'/' + m_watchedFile))
        m_watcher->addPath(m_root + u'/' + m_watchedFile);
    if (folders || !files.isEmpty())
        Q_EMIT changed(files, folders);
}

} // namespace ui
