#include "vaultindex.h"

#include "journal.h"
#include "logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

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
    " priority TEXT NOT NULL, tags TEXT NOT NULL, section TEXT, raw TEXT NOT NULL)",
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
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
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

bool VaultIndex::open()
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
    if (!QDir().mkpath(QFileInfo(m_indexPath).absolutePath())) {
        m_error = QStringLiteral("cannot create the index folder for ") + m_indexPath;
        return false;
    }
    const bool existed = QFileInfo::exists(m_indexPath);
    const bool opened = openConnection();
    if (opened && schemaIsCurrent())
        return true;
    std::optional<QList<Journal::Entry>> journal;
    if (existed) {
        // An old schema, another vault's index or an unreadable file: it is only a cache, so start
        // again, keeping what it can of this vault's undo journal.
        m_notice = QStringLiteral("the index was old, unreadable or of another vault and has been rebuilt");
        qCWarning(lcIndex) << m_notice << m_indexPath;
        if (opened && storedRoot() == m_root)
            journal = Journal(database()).history(kJournalKept);
    }
    discardFiles();
    m_error.clear();
    if (!openConnection() || !createSchema())
        return false;
    if (journal && !journal->isEmpty() && !Journal(database()).restore(*journal))
        qCWarning(lcIndex) << "the undo journal could not be carried over to the rebuilt index";
    return true;
}

QString VaultIndex::storedRoot() const
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'root'")) || !q.next())
        return {};
    return q.value(0).toString();
}

bool VaultIndex::openConnection()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_indexPath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        m_error = QStringLiteral("cannot open the index: ") + db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    // page_size only takes on a new file, so it comes before WAL mode creates one.
    for (const char *pragma : { "PRAGMA page_size=16384", "PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
                                "PRAGMA temp_store=MEMORY", "PRAGMA cache_size=-65536",
                                "PRAGMA threads=2" }) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            m_error = QStringLiteral("cannot set up the index: ") + q.lastError().text();
            return false;
        }
    }
    return true;
}

bool VaultIndex::schemaIsCurrent()
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema'")) || !q.next())
        return false;
    return q.value(0).toString() == QString::number(kSchemaVersion) && storedRoot() == m_root;
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

void VaultIndex::discardFiles()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
    for (const char *suffix : { "", "-wal", "-shm", "-journal" })
        QFile::remove(m_indexPath + QString::fromLatin1(suffix));
}

} // namespace core
