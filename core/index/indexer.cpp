// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/index/indexer.h"

#include "core/index/indexrecord.h"
#include "core/index/indexwriter.h"
#include "core/index/logging.h"
#include "core/index/sqltransaction.h"
#include "core/index/vaultindex.h"
#include "core/index/vaultlock.h"
#include "core/index/vaultscanner.h"
#include "core/parse/noteparser.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace core {

namespace {

struct Known
{
    qint64 id = 0;
    qint64 size = 0;
    qint64 mtime = 0;
};

struct Job
{
    VaultScanner::Entry entry;
    qint64 existingId = 0;
};

Note readNote(const QString &root, const VaultScanner::Entry &entry, qint64 maxBytes)
{
    QFile file(root + u'/' + entry.path);
    Note note;
    if (!file.open(QIODevice::ReadOnly)) {
        note = NoteParser::parse(entry.path, QByteArray(), maxBytes);
        note.warnings.append(QStringLiteral("file could not be read: ") + file.errorString());
    } else if (file.size() > maxBytes) {
        note = NoteParser::oversized(entry.path, file.size(), maxBytes);
    } else {
        note = NoteParser::parse(entry.path, file.readAll(), maxBytes);
    }
    note.size = entry.size;
    note.mtime = entry.mtime;
    return note;
}

// The notes already in the index, by path; nullopt, with `error` set, when it cannot be read.
std::optional<QHash<QString, Known>> readKnown(const QSqlDatabase &db, QString &error, bool &corrupt)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT path, id, size, mtime FROM notes"))) {
        error = QStringLiteral("cannot read the index: ") + q.lastError().text();
        corrupt = VaultIndex::isCorruption(q.lastError());
        return std::nullopt;
    }
    QHash<QString, Known> known;
    while (q.next())
        known.insert(q.value(0).toString(), { q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong() });
    return known;
}

// The files to parse (new or changed), counted in `stats`; what is left in `known` has no file any more.
QList<Job> planJobs(const QList<VaultScanner::Entry> &entries, QHash<QString, Known> &known, Indexer::Stats &stats)
{
    QList<Job> jobs;
    for (const VaultScanner::Entry &entry : entries) {
        const auto it = known.constFind(entry.path);
        if (it == known.cend()) {
            jobs.append({ entry, 0 });
            ++stats.added;
            continue;
        }
        if (it->size != entry.size || it->mtime != entry.mtime) {
            jobs.append({ entry, it->id });
            ++stats.updated;
        } else {
            ++stats.unchanged;
        }
        known.erase(it);
    }
    return jobs;
}

// Parses jobs on worker threads and hands finished notes, in any order, to the writing thread.
class ParallelParser
{
public:
    ParallelParser(QString root, const QList<Job> &jobs, qint64 maxBytes)
        : m_root(std::move(root))
        , m_jobs(jobs)
        , m_maxBytes(maxBytes)
    {
        const int threads = std::clamp(QThread::idealThreadCount(), 1, 16);
        for (int i = 0; i < threads && i < jobs.size(); ++i)
            m_workers.emplace_back([this] { work(); });
    }

    ~ParallelParser()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_space.notify_all();
        for (auto &worker : m_workers)
            worker.join();
    }

    // Blocks until the next note is parsed; false when all are done.
    bool next(IndexRecord &note, qint64 &existingId)
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [this] { return !m_done.empty() || m_finished == m_workers.size(); });
        if (m_done.empty())
            return false;
        note = std::move(m_done.front().first);
        existingId = m_done.front().second;
        m_done.pop_front();
        m_space.notify_one();
        return true;
    }

private:
    void work()
    {
        yieldToTheWriter();
        for (;;) {
            const qsizetype i = m_next.fetch_add(1);
            if (i >= m_jobs.size())
                break;
            IndexRecord note = IndexRecord::fromNote(readNote(m_root, m_jobs.at(i).entry, m_maxBytes));
            std::unique_lock lock(m_mutex);
            m_space.wait(lock, [this] { return m_stop || m_done.size() < kQueueLimit; });
            if (m_stop)
                break;
            m_done.emplace_back(std::move(note), m_jobs.at(i).existingId);
            m_ready.notify_one();
        }
        std::lock_guard lock(m_mutex);
        ++m_finished;
        m_ready.notify_all();
    }

    // Parsing outruns the one writing thread, and with more threads than cores the scheduler would
    // share a core between the writer and a parser: a first index then waits on a writer running
    // at two thirds of its speed. A nicer parser leaves it a whole core (and the GUI thread too).
    static void yieldToTheWriter()
    {
#ifdef Q_OS_LINUX
        const pid_t thread = gettid();
        errno = 0;
        const int nice = getpriority(PRIO_PROCESS, id_t(thread));
        if (errno == 0 && setpriority(PRIO_PROCESS, id_t(thread), std::min(nice + kParserNice, 19)) != 0)
            qCDebug(lcIndex) << "cannot lower the priority of a parse thread";
#endif
    }

    static constexpr int kParserNice = 5;
    static constexpr size_t kQueueLimit = 256;
    const QString m_root;
    const QList<Job> &m_jobs;
    const qint64 m_maxBytes;
    std::atomic<qsizetype> m_next { 0 };
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_space;
    std::deque<std::pair<IndexRecord, qint64>> m_done;
    size_t m_finished = 0;
    bool m_stop = false;
    std::vector<std::thread> m_workers;
};

// A first load into the live index (the window's, while other connections read it) leaves the
// write-ahead log to grow and checkpoints once at the end, instead of every thousand pages.
// The journal mode itself is never changed here: other processes may have the file open.
class DeferredCheckpoints
{
public:
    DeferredCheckpoints(const QSqlDatabase &db, bool bulk)
        : m_db(db)
        , m_active(bulk && !exec("PRAGMA wal_autocheckpoint=0").isNull())
    {
    }
    ~DeferredCheckpoints() { finish(); }
    Q_DISABLE_COPY_MOVE(DeferredCheckpoints)

    void finish()
    {
        if (m_active && (exec("PRAGMA wal_autocheckpoint=1000").isNull() || exec("PRAGMA wal_checkpoint(PASSIVE)").isNull()))
            qCWarning(lcIndex) << "cannot checkpoint the index";
        m_active = false;
    }

private:
    // The pragma's answer; a null string when it failed.
    QString exec(const char *pragma)
    {
        QSqlQuery q(m_db);
        if (!q.exec(QString::fromLatin1(pragma))) {
            qCWarning(lcIndex) << pragma << "failed:" << q.lastError().text();
            return {};
        }
        return q.next() ? q.value(0).toString() : QStringLiteral("");
    }

    QSqlDatabase m_db;
    bool m_active = false;
};

struct Load
{
    QString root;
    qint64 maxBytes = 0;
    bool bulk = false;
    const std::atomic_bool *cancel = nullptr;
    SqlTransaction *transaction = nullptr;
    VaultLock *lock = nullptr;
};

// Parses the jobs on the parse threads and writes each note as it comes, committing in batches;
// false when a write fails.
bool writeParsed(IndexWriter &writer, const QList<Job> &jobs, const Load &load,
                 Indexer::Stats &stats, const Indexer::Progress &progress)
{
    ParallelParser parser(load.root, jobs, load.maxBytes);
    IndexRecord note;
    qint64 existingId = 0;
    int done = 0;
    while (parser.next(note, existingId)) {
        if (load.cancel && load.cancel->load()) {
            stats.cancelled = true;
            return true;
        }
        if (!writer.write(note, existingId))
            return false;
        if (++done % Indexer::kBatchSize != 0)
            continue;
        // A first load commits less often: pages that every batch touches are written once, and
        // the disk is waited for (synced) ten times, not two hundred.
        if (!load.bulk || done % Indexer::kBulkCommitSize == 0) {
            if (!load.transaction->commit())
                return false;
            // A write from the window waits for the lock: it goes now, not after the whole load.
            if (!load.lock->yieldToWaiters(load.cancel)) {
                stats.cancelled = true;
                return true;
            }
            if (!load.transaction->begin())
                return false;
        }
        if (progress)
            progress(done, int(jobs.size()));
    }
    return true;
}

// Why a write to the index failed (the writer's reason first, then the transaction's), and
// whether the index is damaged, which only a rebuild mends.
void describeFailure(const IndexWriter &writer, const SqlTransaction &transaction, const QString &otherwise,
                     QString &error, bool &corrupt)
{
    error = !writer.error().isEmpty() ? writer.error() : !transaction.error().isEmpty() ? transaction.error() : otherwise;
    corrupt = VaultIndex::isCorruptionCode(transaction.errorCode()) || writer.isCorrupt();
}

struct Changes
{
    const QHash<QString, Known> &gone;
    const VaultScanner::Result &scan;
    const QList<Job> &jobs;
};

// One update's writes, in transactions under the vault lock: notes gone, notes parsed, sync
// conflicts, and the secondary indexes after a bulk load. False (with `error`) when one failed.
bool writeChanges(VaultIndex &index, Load load, const Changes &changes, Indexer::Stats &stats,
                  const Indexer::Progress &progress, QString &error, bool &corrupt)
{
    QSqlDatabase db = index.database();
    DeferredCheckpoints checkpoints(db, load.bulk && !index.isBuilding());
    SqlTransaction transaction(db);
    IndexWriter writer(db);
    load.transaction = &transaction;
    const auto failed = [&] {
        describeFailure(writer, transaction, index.error(), error, corrupt);
        return false;
    };
    // Indexes are (re)created when not bulk loading, in case a bulk load was interrupted.
    if (!transaction.begin() || !index.setSecondaryIndexes(!load.bulk) || !writer.prepare())
        return failed();
    bool ok = true;
    for (const Known &gone : changes.gone) {
        ok = ok && writer.remove(gone.id);
        ++stats.removed;
    }
    ok = ok && writeParsed(writer, changes.jobs, load, stats, progress);
    if (ok && stats.cancelled) {
        transaction.commit(); // what was written stays; a later update goes on from there
        return true;
    }
    QList<QPair<QString, QString>> conflicts;
    for (const VaultScanner::Conflict &c : changes.scan.conflicts)
        conflicts.append({ c.path, c.original });
    ok = ok && writer.setConflicts(conflicts) && (!load.bulk || index.setSecondaryIndexes(true));
    if (!ok || !transaction.commit())
        return failed();
    checkpoints.finish();
    return true;
}

} // namespace

Indexer::Indexer(VaultIndex &index)
    : m_index(index)
    , m_maxFileBytes(NoteParser::kDefaultMaxBytes)
    , m_lockTimeoutMs(VaultLock::kDefaultTimeoutMs)
{
}

std::optional<Indexer::Stats> Indexer::update(const Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    Stats stats;
    m_corrupt = false;
    m_busy = false;
    if (m_index.isReadOnly()) {
        m_error = QStringLiteral("the index is read-only: ") + m_index.indexPath();
        return std::nullopt;
    }
    VaultLock lock(m_index.lockPath());
    if (!lock.acquire(m_lockTimeoutMs, m_cancel)) {
        stats.cancelled = m_cancel && m_cancel->load();
        if (stats.cancelled)
            return stats;
        m_busy = true;
        m_error = lock.error();
        return std::nullopt;
    }
    auto known = readKnown(m_index.database(), m_error, m_corrupt);
    if (!known)
        return std::nullopt;
    // Only a first load may drop the secondary indexes: updates of a filled index need them.
    const bool wasEmpty = known->isEmpty();
    const VaultScanner::Result scan = VaultScanner::scan(m_index.root());
    stats.warnings = scan.warnings;
    const QList<Job> jobs = planJobs(scan.entries, *known, stats);
    qCDebug(lcIndex) << "scanned" << scan.entries.size() << "files in" << timer.elapsed() << "ms";
    // A first full index loads faster without secondary indexes, then builds them in one pass.
    const Load load { m_index.root(), m_maxFileBytes, wasEmpty && jobs.size() > kBatchSize, m_cancel, nullptr, &lock };
    if (!writeChanges(m_index, load, { *known, scan, jobs }, stats, progress, m_error, m_corrupt))
        return std::nullopt;
    if (stats.cancelled)
        return stats;
    if (m_index.isBuilding() && !m_index.publish()) {
        m_error = m_index.error();
        return std::nullopt;
    }
    qCDebug(lcIndex) << "committed and checkpointed at" << timer.elapsed() << "ms";
    if (progress)
        progress(int(jobs.size()), int(jobs.size()));
    QSqlQuery q(m_index.database());
    if (q.exec(QStringLiteral("SELECT count(*) FROM tasks")) && q.next())
        stats.tasks = q.value(0).toInt();
    stats.elapsedMs = timer.elapsed();
    return stats;
}

bool Indexer::updateFile(const QString &path)
{
    QSqlDatabase db = m_index.database();
    if (m_index.isReadOnly()) {
        m_error = QStringLiteral("the index is read-only: ") + m_index.indexPath();
        return false;
    }
    VaultLock lock(m_index.lockPath());
    if (!lock.acquire(VaultLock::kDefaultTimeoutMs, m_cancel)) {
        m_error = lock.error();
        return false;
    }
    QSqlQuery q(db);
    m_corrupt = false;
    if (!q.prepare(QStringLiteral("SELECT id FROM notes WHERE path = ?")) || (q.addBindValue(path), !q.exec())) {
        m_error = q.lastError().text();
        m_corrupt = VaultIndex::isCorruption(q.lastError());
        return false;
    }
    const qint64 existingId = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();

    const QString absolute = m_index.root() + u'/' + path;
    const QFileInfo info(absolute);
    IndexWriter writer(db);
    SqlTransaction transaction(db);
    if (!writer.prepare() || !transaction.begin()) {
        describeFailure(writer, transaction, QString(), m_error, m_corrupt);
        return false;
    }
    bool ok = true;
    // Files that update() would not list (hidden, or reached through a link) are dropped, as update() would.
    if (VaultScanner::isNotePath(path) && info.isFile() && info.canonicalFilePath() == absolute) {
        const VaultScanner::Entry entry { path, info.size(), info.lastModified().toMSecsSinceEpoch() };
        ok = writer.write(IndexRecord::fromNote(readNote(m_index.root(), entry, m_maxFileBytes)), existingId);
    } else if (existingId) {
        ok = writer.remove(existingId);
    }
    if (!ok || !transaction.commit()) {
        describeFailure(writer, transaction, QString(), m_error, m_corrupt);
        return false;
    }
    return true;
}

} // namespace core
