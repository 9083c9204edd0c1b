// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/session/vaultsession.h"

#include "core/index/indexreader.h"
#include "core/index/vaultindex.h"
#include "core/model/note.h"
#include "core/write/taskwriter.h"
#include "ui/session/backgroundreader.h"
#include "ui/session/indexworker.h"
#include "ui/session/logging.h"
#include "ui/session/taskeditor.h"
#include "ui/session/vaultwatcher.h"

#include <QDateTime>
#include <QFile>
#include <QGuiApplication>
#include <QThread>
#include <QTimer>

namespace ui {

namespace {
// While a first index is written, the list re-reads it at most this often.
constexpr qint64 kProgressRefreshMs = 600;
} // namespace

VaultSession::VaultSession(const QString &root, const QString &indexPath, QObject *parent)
    : QObject(parent)
    , m_index(std::make_unique<core::VaultIndex>(root, indexPath))
{ }

VaultSession::~VaultSession()
{
    if (m_thread) {
        // Stop an update in progress between notes, then close its connection in its own thread
        // (a connection must be closed where it was opened).
        stopWorker();
        m_thread->quit();
        m_thread->wait();
        delete m_worker;
    }
    delete m_editor; // its undo commands refer to m_index
    m_editor = nullptr;
}

bool VaultSession::open()
{
    if (!m_index->open() || !setUpConnection()) {
        m_error = m_index->error().isEmpty() ? m_error : m_index->error();
        return false;
    }
    m_guard.record(m_index->indexPath());
    m_editor = new TaskEditor(*m_index);
    connectEditor();
    m_editor->writer().reconcile(); // a write that a killed Vaultview left half-done
    m_reader = new BackgroundReader(m_index->indexPath(), this);
    return true;
}

// Writers queue on the vault lock (TaskEditor waits for it at most a few seconds); SQLite's own
// lock is then only met by a checkpoint, which this short busy timeout outlasts.
bool VaultSession::setUpConnection()
{
    if (!m_index->setBusyTimeout(kBusyTimeoutMs)) {
        m_error = m_index->error();
        return false;
    }
    return true;
}

void VaultSession::connectEditor()
{
    connect(m_editor, &TaskEditor::noteChanged, this, &VaultSession::noteEdited);
    connect(m_editor, &TaskEditor::staleNote, this,
        [this](const QString &path) { reindexFiles({ path }); });
}

QString VaultSession::notice() const
{
    return m_index->notice();
}

void VaultSession::start()
{
    Q_ASSERT(m_editor);
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("vaultview-indexer"));
    m_worker = new IndexWorker(m_index->root(), m_index->indexPath());
    m_worker->moveToThread(m_thread);
    connect(m_worker, &IndexWorker::progress, this, &VaultSession::onProgress);
    connect(m_worker, &IndexWorker::finished, this, &VaultSession::onWorkerFinished);
    connect(m_worker, &IndexWorker::failed, this, &VaultSession::onWorkerFailed);
    connect(m_worker, &IndexWorker::damaged, this, [this](const QString &text) {
        rebuildIndex(tr("damaged (%1)").arg(text));
    });
    m_thread->start(QThread::LowPriority);

    connectWatcher();
    m_checkTimer = new QTimer(this);
    m_checkTimer->setInterval(kIndexCheckMs);
    connect(m_checkTimer, &QTimer::timeout, this, &VaultSession::checkIndex);
    m_checkTimer->start();
    // In-place saves of notes not on screen are not seen by folder watches: look again on return.
    connect(qGuiApp, &QGuiApplication::applicationStateChanged, this,
        [this](Qt::ApplicationState state) {
            if (state == Qt::ApplicationActive && m_completedScan)
                rescan();
        });
    rescan();
}

void VaultSession::connectWatcher()
{
    m_watcher = new VaultWatcher(this);
    connect(
        m_watcher, &VaultWatcher::changed, this, [this](const QStringList &files, bool folders) {
            // A full scan sees changed files too: one index run for a whole checkout.
            if (folders)
                rescan();
            else if (!files.isEmpty())
                reindexFiles(files);
        });
    connect(m_watcher, &VaultWatcher::pollingStarted, this, &VaultSession::message);
    m_watcher->setRoot(m_index->root());
}

bool VaultSession::checkIndex()
{
    const QString problem = m_guard.problem();
    if (problem.isEmpty()) {
        const QString damage = m_index->damage();
        if (damage.isEmpty())
            return false;
        qCWarning(lcIndexing) << "the index file is damaged:" << damage;
        return rebuildIndex(tr("damaged (%1)").arg(damage));
    }
    qCWarning(lcIndexing) << problem << m_index->indexPath();
    return reopenIndex(problem);
}

void VaultSession::cancelIndexing()
{
    if (m_worker)
        m_worker->setCancelled(true);
    // Cleared by a queued call: requests already queued see the flag and return at once.
    if (m_worker) {
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker] { worker->setCancelled(false); }, Qt::QueuedConnection);
    }
}

void VaultSession::stopWorker()
{
    m_worker->setCancelled(true);
    QMetaObject::invokeMethod(m_worker, &IndexWorker::close, Qt::BlockingQueuedConnection);
    m_worker->setCancelled(false);
}

// Models and the editor hold copies of the GUI connection: VaultIndex reopens it in place. A file
// replaced by another Vaultview's rebuild is only reopened; a deleted or damaged one is rebuilt
// (in a file of its own, renamed into place: nothing is deleted under another process).
bool VaultSession::reopenIndex(const QString &problem)
{
    return restartIndex(problem, false);
}

bool VaultSession::rebuildIndex(const QString &reason)
{
    return restartIndex(reason, true);
}

bool VaultSession::restartIndex(const QString &problem, bool rebuild)
{
    if (m_worker)
        stopWorker();
    if (m_reader)
        m_reader->reconnect();
    const bool ok = rebuild ? m_index->rebuild(problem) : m_index->open();
    if (!ok || !setUpConnection()) {
        Q_EMIT message(tr("Cannot reopen the index: %1").arg(m_index->error().isEmpty() ? m_error : m_index->error()));
        return false;
    }
    m_guard.record(m_index->indexPath());
    QString text = problem;
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    Q_EMIT message(rebuild ? tr("The index was %1; it is being rebuilt.").arg(problem)
            : m_index->notice().isEmpty() ? tr("%1; the index was reopened.").arg(text)
                                          : tr("%1 while Vaultview was running; it is being rebuilt.").arg(text));
    Q_EMIT indexChanged(false);
    requestScan(); // queued scans were cancelled: this one is needed whatever is pending
    return true;
}

QString VaultSession::root() const
{
    return m_index->root();
}

QString VaultSession::indexPath() const
{
    return m_index->indexPath();
}

QString VaultSession::absolutePath(const QString &relativePath) const
{
    return m_index->root() + u'/' + relativePath;
}

QSqlDatabase VaultSession::database() const
{
    return m_index->database();
}

std::optional<core::Note> VaultSession::note(const QString &path) const
{
    core::IndexReader reader(m_index->database());
    auto note = reader.note(path);
    if (!note && !reader.error().isEmpty())
        qCWarning(lcSession) << "cannot read" << path << reader.error();
    return note;
}

void VaultSession::setCurrentNote(const QString &path)
{
    if (m_watcher)
        m_watcher->setWatchedFile(path);
}

void VaultSession::rescan()
{
    if (!m_worker || m_pendingScans >= 2)
        return; // the queued scan will see this change too
    if (checkIndex())
        return; // reopenIndex() asked for a scan
    requestScan();
}

void VaultSession::requestScan()
{
    if (m_pendingRequests == 0)
        Q_EMIT indexingStarted();
    ++m_indexRuns;
    ++m_pendingRequests;
    ++m_pendingScans;
    QMetaObject::invokeMethod(m_worker, &IndexWorker::updateAll, Qt::QueuedConnection);
}

void VaultSession::reindexFiles(const QStringList &paths)
{
    if (!m_worker || paths.isEmpty())
        return;
    if (m_pendingRequests == 0)
        Q_EMIT indexingStarted();
    ++m_indexRuns;
    ++m_pendingRequests;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, paths] { worker->updateFiles(paths); }, Qt::QueuedConnection);
}

void VaultSession::onProgress(int done, int total)
{
    Q_EMIT indexProgress(done, total);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (done < total && now - m_lastProgressRefresh >= kProgressRefreshMs) {
        m_lastProgressRefresh = now;
        Q_EMIT indexChanged(false);
    }
}

void VaultSession::onWorkerFinished(int changes, bool fullScan, const QString &summary)
{
    if (fullScan) {
        --m_pendingScans;
        m_completedScan = true;
    }
    requestDone();
    if (changes > 0 || fullScan)
        Q_EMIT indexChanged(fullScan);
    if (!isIndexing())
        Q_EMIT indexingFinished(summary);
}

void VaultSession::onWorkerFailed(const QString &text, bool fullScan)
{
    qCWarning(lcIndexing) << text;
    // A failed request still counts as answered, so a waiting screenshot is not stuck.
    if (fullScan) {
        --m_pendingScans;
        m_completedScan = true;
    }
    requestDone();
    Q_EMIT message(tr("Indexing failed: %1").arg(text));
    Q_EMIT indexChanged(true);
    if (!isIndexing())
        Q_EMIT indexingFinished(tr("Indexing failed"));
    checkIndex(); // the failure may come from a damaged index file
}

void VaultSession::requestDone()
{
    m_pendingRequests = std::max(0, m_pendingRequests - 1);
}

} // namespace ui
