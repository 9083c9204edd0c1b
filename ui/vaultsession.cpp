#include "vaultsession.h"

#include "indexreader.h"
#include "indexworker.h"
#include "note.h"
#include "taskeditor.h"
#include "uilogging.h"
#include "vaultindex.h"
#include "vaultwatcher.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QThread>

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
        // An update in progress cannot be interrupted: wait for it, then close its connection in
        // its own thread (a connection must be closed where it was opened).
        QMetaObject::invokeMethod(m_worker, &IndexWorker::close, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
        delete m_worker;
    }
    delete m_editor; // its undo commands refer to m_index
    m_editor = nullptr;
}

bool VaultSession::open()
{
    if (!m_index->open()) {
        m_error = m_index->error();
        return false;
    }
    m_editor = new TaskEditor(*m_index);
    connect(m_editor, &TaskEditor::noteChanged, this, &VaultSession::noteEdited);
    connect(m_editor, &TaskEditor::failed, this, &VaultSession::message);
    connect(m_editor, &TaskEditor::staleNote, this,
        [this](const QString &path) { reindexFiles({ path }); });
    return true;
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
    m_thread->start(QThread::LowPriority);

    m_watcher = new VaultWatcher(this);
    m_watcher->setRoot(m_index->root());
    connect(
        m_watcher, &VaultWatcher::changed, this, [this](const QStringList &files, bool folders) {
            if (folders)
                rescan();
            if (!files.isEmpty())
                reindexFiles(files);
        });
    // In-place saves of notes not on screen are not seen by folder watches: look again on return.
    connect(qGuiApp, &QGuiApplication::applicationStateChanged, this,
        [this](Qt::ApplicationState state) {
            if (state == Qt::ApplicationActive && m_completedScan)
                rescan();
        });
    rescan();
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
        qCWarning(lcUi) << "cannot read" << path << reader.error();
    return note;
}

std::optional<TaskLineReader::Lines> VaultSession::taskLines(const core::Note &note) const
{
    return TaskLineReader::read(m_index->root(), note);
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
    if (m_pendingRequests == 0)
        Q_EMIT indexingStarted();
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
    Q_EMIT message(QStringLiteral("Indexing failed: ") + text);
    Q_EMIT indexChanged(true);
    if (!isIndexing())
        Q_EMIT indexingFinished(QStringLiteral("Indexing failed"));
}

void VaultSession::requestDone()
{
    m_pendingRequests = std::max(0, m_pendingRequests - 1);
}

} // namespace ui
