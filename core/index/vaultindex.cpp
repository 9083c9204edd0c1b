// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/index/vaultindex.h"

#include "core/index/journal.h"
#include "core/index/logging.h"
#include "core/index/sqlfunctions.h"
#include "core/index/sqltransaction.h"
#include "core/index/vaultlock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace core {

namespace {

const char *const kSchema[] = {
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE notes(id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, size INTEGER NOT NULL,"
    " mtime INTEGER NOT NULL, title TEXT NOT NULL, date TEXT, type TEXT,"
    " people TEXT NOT NULL, tags TEXT NOT NULL, decisions TEXT NOT NULL,"
    " warnings TEXT NOT NULL, task_count INTEGER NOT NULL, open_count INTEGER NOT NULL,"
    " proposed_count INTEGER NOT NULL, fts_rowid INTEGER)",
    // Only read for the note on screen: kept apart, the rows every list scans stay small.
    "CREATE TABLE note_texts(note_id INTEGER PRIMARY KEY, summary TEXT, key_points TEXT NOT NULL)",
    "CREATE TABLE tasks(id INTEGER PRIMARY KEY, note_id INTEGER NOT NULL, line INTEGER NOT NULL,"
    " status TEXT NOT NULL, state TEXT NOT NULL, text TEXT NOT NULL, owner TEXT, due TEXT,"
    " scheduled TEXT, start TEXT, created TEXT, done TEXT, cancelled TEXT, recurrence TEXT,"
    " priority TEXT NOT NULL, tags TEXT NOT NULL, section TEXT, raw TEXT NOT NULL, task_id TEXT,"
    " depends_on TEXT NOT NULL, on_completion TEXT, warnings TEXT NOT NULL)",
    // Keyed by note: one b-tree to append to, and a note's rows are found without another index.
    "CREATE TABLE note_people(note_id INTEGER NOT NULL, name TEXT NOT NULL COLLATE NOCASE,"
    " PRIMARY KEY(note_id, name)) WITHOUT ROWID",
    "CREATE TABLE note_tags(note_id INTEGER NOT NULL, tag TEXT NOT NULL COLLATE NOCASE,"
    " PRIMARY KEY(note_id, tag)) WITHOUT ROWID",
    "CREATE TABLE conflicts(path TEXT PRIMARY KEY, original TEXT NOT NULL)",
    // Contentless: the text is not stored twice. A note's words are filed under notes.fts_rowid, a
    // fresh number for every version, so an updated or removed note's old words match nothing.
    "CREATE VIRTUAL TABLE notes_fts USING fts5(title, body, content = '', tokenize = 'unicode61 remove_diacritics 2')",
    // A first load appends to these in key order, which costs next to nothing: they stay.
    "CREATE INDEX notes_fts_rowid ON notes(fts_rowid)",
    "CREATE INDEX tasks_note ON tasks(note_id, line)",
};

// Secondary indexes in random key order, kept apart so that a first full index can build them
// once, at the end.
const char *const kIndexes[] = {
    "CREATE INDEX notes_date ON notes(date)",
    // Covers the warm start's "which files changed" read, so it does not read whole notes.
    "CREATE INDEX notes_files ON notes(path, size, mtime)",
    "CREATE INDEX notes_type ON notes(type COLLATE NOCASE, date)",
    // Only the owner: with more columns SQLite takes it for a narrow copy of tasks and walks it to
    // scan them, one table lookup per task (the open-tasks list took 3.8 s instead of 0.9 s).
    "CREATE INDEX tasks_owner ON tasks(owner COLLATE NOCASE)",
    "CREATE INDEX tasks_due ON tasks(due)",
    // Obsidian Tasks' dependencies (core/query/TaskDependencies): few tasks have a 🆔 or a ⛔, so
    // both are partial and small. An index file made before them gets them at its next update
    // (setSecondaryIndexes), which is why adding one here needs no new schema version.
    "CREATE INDEX tasks_task_id ON tasks(task_id) WHERE task_id IS NOT NULL",
    "CREATE INDEX tasks_depends ON tasks(state) WHERE depends_on <> ''",
    "CREATE INDEX note_people_name ON note_people(name, note_id)",
    "CREATE INDEX note_tags_tag ON note_tags(tag, note_id)",
};

// The absolute path with its longest existing ancestor resolved, so that neither a symbolic link
// nor ".." hides that a file which does not exist yet would land inside the vault.
QString resolvedPath(const QString &path)
{
    QString existing = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QString missing;
    while (!QFileInfo::exists(existing) && existing != u"/") {
        missing.prepend(existing.mid(existing.lastIndexOf(u'/')));
        existing = QFileInfo(existing).path();
    }
    QString base = QFileInfo(existing).canonicalFilePath();
    if (base == u"/")
        base.clear();
    return base + missing;
}

bool isInside(const QString &path, const QString &root)
{
    return path == root || path.startsWith(root.endsWith(u'/') ? root : root + u'/');
}

const QString kOlderVersion = QStringLiteral("made by another version of Vaultview");
const QString kAnotherVault = QStringLiteral("the index of another vault");

} // namespace

VaultIndex::VaultIndex(const QString &vaultRoot, const QString &indexPath)
    : m_connection(QStringLiteral("vaultindex-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    const QFileInfo info(vaultRoot);
    m_root = info.canonicalFilePath();
    if (m_root.isEmpty())
        m_root = info.absoluteFilePath();
    m_indexPath = indexPath.isEmpty() ? defaultIndexPath(m_root) : QFileInfo(indexPath).absoluteFilePath();
}

VaultIndex::~VaultIndex()
{
    closeConnection();
    if (QSqlDatabase::contains(m_connection))
        QSqlDatabase::removeDatabase(m_connection);
    if (m_buildLock) {
        // A private build that was never published.
        QFile::remove(buildingPath());
        QFile::remove(buildingPath() + QStringLiteral("-journal"));
    }
}

QString VaultIndex::defaultIndexPath(const QString &canonicalRoot)
{
    const QByteArray key = QCryptographicHash::hash(canonicalRoot.toUtf8(), QCryptographicHash::Sha1).toHex();
    const QString name = QStringLiteral("/vaultview/") + QString::fromLatin1(key.left(16)) + QStringLiteral(".sqlite");
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + name;
    if (!isInside(resolvedPath(cache), canonicalRoot))
        return cache;
    // A vault that holds the cache folder (a home folder, say) keeps its index in the runtime
    // folder: outside the home folder, yet private to the user, unlike the temp folder.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (runtime.isEmpty() || isInside(resolvedPath(runtime + name), canonicalRoot))
        return cache; // open() refuses it with a clear message
    return runtime + name;
}

QString VaultIndex::joinList(const QStringList &list)
{
    // Never a null string: SQLite would store NULL.
    return list.isEmpty() ? QStringLiteral("") : list.join(kListSeparator);
}

QStringList VaultIndex::splitList(const QString &joined)
{
    return joined.isEmpty() ? QStringList() : joined.split(kListSeparator);
}

QSqlDatabase VaultIndex::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool VaultIndex::setBusyTimeout(int ms)
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(ms))) {
        m_error = QStringLiteral("cannot set up the index: ") + q.lastError().text();
        return false;
    }
    return true;
}

bool VaultIndex::isCorruption(const QSqlError &error)
{
    return isCorruptionCode(error.nativeErrorCode().toInt());
}

bool VaultIndex::isCorruptionCode(int sqliteCode)
{
    const int primary = sqliteCode & 0xff; // extended codes carry the primary one in their low byte
    return primary == 11 /* SQLITE_CORRUPT */ || primary == 26 /* SQLITE_NOTADB */;
}

QString VaultIndex::damage() const
{
    const QString name = m_connection + QStringLiteral("-check");
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_indexPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        QSqlQuery q(db);
        if (db.open() && !q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema'"))
            && isCorruption(q.lastError()))
            problem = q.lastError().databaseText();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

bool VaultIndex::open(OpenMode mode)
{
    m_error.clear();
    m_notice.clear();
    const QFileInfo root(m_root);
    if (!root.exists() || !root.isDir()) {
        m_error = QStringLiteral("vault not found: ") + m_root;
        return false;
    }
    if (isInside(resolvedPath(m_indexPath), m_root)) {
        m_error = QStringLiteral("refusing to keep the index inside the vault: ") + m_indexPath;
        return false;
    }
    QString reason;
    switch (probe(reason)) {
    case Probe::Current:
        return true;
    case Probe::Failed:
        return false;
    case Probe::Missing:
    case Probe::Stale:
        m_error.clear();
        break;
    }
    if (m_readOnly) {
        m_error = QStringLiteral("the index is ") + reason + QStringLiteral(" and its folder is read-only: ")
            + m_indexPath;
        return false;
    }
    return build(mode, reason, false);
}

bool VaultIndex::rebuild(const QString &reason, OpenMode mode)
{
    m_error.clear();
    return build(mode, reason, true);
}

// Looks at the index without changing it: current, missing, to be rebuilt (`reason` says why),
// or unusable for a reason a rebuild would not mend (m_error).
VaultIndex::Probe VaultIndex::probe(QString &reason)
{
    closeConnection();
    const QFileInfo file(m_indexPath);
    const QFileInfo folder(file.absolutePath());
    if (!file.exists()) {
        if (!QDir().mkpath(folder.absoluteFilePath())) {
            m_error = QStringLiteral("cannot create the index folder for ") + m_indexPath;
            return Probe::Failed;
        }
        m_readOnly = !QFileInfo(folder.absoluteFilePath()).isWritable();
        return Probe::Missing;
    }
    m_readOnly = !folder.isWritable() || !file.isWritable();
    if (!openConnection(m_indexPath, m_readOnly)) {
        if (!m_damaged)
            return Probe::Failed;
        reason = QStringLiteral("damaged (") + m_error + u')';
        return Probe::Stale;
    }
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT key, value FROM meta WHERE key IN ('schema', 'root')"))) {
        const QSqlError error = q.lastError();
        const int code = error.nativeErrorCode().toInt() & 0xff;
        if (isCorruption(error) || code == 1 /* SQLITE_ERROR: no meta table, not our file */) {
            reason = QStringLiteral("damaged (") + error.databaseText() + u')';
            return Probe::Stale;
        }
        m_error = QStringLiteral("cannot read the index: ") + error.text();
        return Probe::Failed;
    }
    QString schema;
    QString storedRoot;
    while (q.next())
        (q.value(0).toString() == u"schema" ? schema : storedRoot) = q.value(1).toString();
    if (schema != QString::number(kSchemaVersion)) {
        reason = kOlderVersion;
        return Probe::Stale;
    }
    if (storedRoot != m_root) {
        reason = kAnotherVault;
        return Probe::Stale;
    }
    return Probe::Current;
}

QString VaultIndex::buildingPath() const
{
    return m_indexPath + QStringLiteral(".building-") + QString::number(QCoreApplication::applicationPid());
}

// Under the vault lock: a new, empty index in a file of its own, published at once (Shared) or
// after the first full update (BuildPrivately). Nobody else ever sees a half-made schema.
bool VaultIndex::build(OpenMode mode, const QString &reason, bool force)
{
    auto lock = std::make_unique<VaultLock>(lockPath());
    if (!lock->acquire()) {
        m_error = lock->error();
        return false;
    }
    QString again;
    const Probe state = force ? Probe::Stale : probe(again);
    if (state == Probe::Current || state == Probe::Failed)
        return state == Probe::Current; // another process built it while this one waited
    m_error.clear();
    // An index of an older version may still hold the undo journal: it is the user's, so it is
    // carried over before the file goes.
    if (database().isOpen() && !again.startsWith(QStringLiteral("damaged")) && again != kAnotherVault) {
        Journal journal(m_root);
        if (!journal.open() || !journal.importFrom(database()))
            qCWarning(lcIndex) << "the old index's undo journal could not be carried over:" << journal.error();
    }
    closeConnection();
    if (QFileInfo::exists(m_indexPath)) {
        m_notice = QStringLiteral("the index was ") + reason + QStringLiteral("; it has been rebuilt");
        qCWarning(lcIndex) << m_notice << m_indexPath;
    }
    // Leftovers of builds killed half-way: only the holder of the lock builds.
    const QFileInfo index(m_indexPath);
    for (const QFileInfo &old : index.absoluteDir().entryInfoList({ index.fileName() + QStringLiteral(".building-*") },
                                                                  QDir::Files | QDir::Hidden))
        QFile::remove(old.absoluteFilePath());
    const QString built = buildingPath();
    if (!openConnection(built, false) || !createSchema()) {
        closeConnection();
        QFile::remove(built);
        return false;
    }
    if (mode == OpenMode::BuildPrivately) {
        m_buildLock = std::move(lock);
        return true;
    }
    return publishFile(built);
}

bool VaultIndex::publish()
{
    if (!m_buildLock)
        return true;
    const bool ok = publishFile(buildingPath());
    m_buildLock.reset();
    return ok;
}

bool VaultIndex::publishFile(const QString &built)
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next() || q.value(0).toString() != u"wal") {
        m_error = QStringLiteral("cannot set up the new index: ") + q.lastError().text();
        return false;
    }
    q.finish();
    closeConnection();
    // A write-ahead log beside the new file would be replayed into it: the old file's go first.
    for (const char *suffix : { "-wal", "-shm", "-journal" })
        QFile::remove(m_indexPath + QString::fromLatin1(suffix));
    if (::rename(QFile::encodeName(built).constData(), QFile::encodeName(m_indexPath).constData()) != 0) {
        m_error = QStringLiteral("cannot put the new index in place: ") + QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(built);
        return false;
    }
    return openConnection(m_indexPath, false);
}

// The connection stays registered: copies of it held elsewhere (the window's models) follow it
// to the file it is opened on next.
void VaultIndex::closeConnection()
{
    if (QSqlDatabase::contains(m_connection))
        QSqlDatabase::database(m_connection, false).close();
}

bool VaultIndex::openConnection(const QString &path, bool readOnly)
{
    closeConnection();
    m_damaged = false;
    QSqlDatabase db = QSqlDatabase::contains(m_connection) ? QSqlDatabase::database(m_connection, false)
                                                           : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    // Writers queue on the vault lock; SQLite's own lock is only met by checkpoints and recovery.
    db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=60000;QSQLITE_OPEN_READONLY")
                                  : QStringLiteral("QSQLITE_BUSY_TIMEOUT=60000"));
    // SQLite opens lazily: only the first read shows that a read-only folder cannot hold the WAL's
    // shared-memory file. Then the file is read as it stands.
    if (readOnly && (!db.open() || !QSqlQuery(QStringLiteral("SELECT count(*) FROM sqlite_master"), db).isActive())) {
        db.close();
        db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    }
    if (!db.isOpen())
        db.open();
    if (!db.isOpen()) {
        m_error = QStringLiteral("cannot open the index: ") + db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    // Per connection only: no pragma here changes the file (journal_mode is set where it is made).
    for (const char *pragma : { "PRAGMA synchronous=NORMAL", "PRAGMA temp_store=MEMORY", "PRAGMA cache_size=-65536",
                                "PRAGMA threads=2" }) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            m_damaged = isCorruption(q.lastError());
            m_error = m_damaged ? q.lastError().databaseText()
                                : QStringLiteral("cannot set up the index: ") + q.lastError().text();
            return false;
        }
    }
    // page_size only takes on a new, empty file.
    if (!readOnly && QFileInfo(path).size() == 0 && !q.exec(QStringLiteral("PRAGMA page_size=16384"))) {
        m_error = QStringLiteral("cannot set up the index: ") + q.lastError().text();
        return false;
    }
    if (QString problem; !SqlFunctions::install(db, &problem)) {
        m_error = QStringLiteral("cannot set up the index: ") + problem;
        return false;
    }
    return true;
}

bool VaultIndex::createSchema()
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    if (!db.transaction()) {
        m_error = QStringLiteral("cannot write the index: ") + db.lastError().text();
        return false;
    }
    for (const char *statement : kSchema) {
        if (!q.exec(QString::fromLatin1(statement))) {
            m_error = QStringLiteral("cannot create the index: ") + q.lastError().text();
            db.rollback();
            return false;
        }
    }
    if (!setSecondaryIndexes(true)) {
        db.rollback();
        return false;
    }
    if (!q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES ('schema', ?), ('root', ?)"))) {
        m_error = q.lastError().text();
        db.rollback();
        return false;
    }
    q.addBindValue(QString::number(kSchemaVersion));
    q.addBindValue(m_root);
    if (!q.exec() || !db.commit()) {
        m_error = QStringLiteral("cannot create the index: ") + q.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

bool VaultIndex::setSecondaryIndexes(bool present)
{
    QSqlQuery q(database());
    for (const char *statement : kIndexes) {
        QString sql = QString::fromLatin1(statement);
        if (!present)
            sql = QStringLiteral("DROP INDEX IF EXISTS ") + sql.section(u' ', 2, 2);
        else
            sql.replace(QStringLiteral("CREATE INDEX"), QStringLiteral("CREATE INDEX IF NOT EXISTS"));
        if (!q.exec(sql)) {
            m_error = QStringLiteral("cannot update the index: ") + q.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace core
