// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/index/journal.h"

#include "core/index/logging.h"
#include "core/index/sqltransaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

namespace core {

namespace {

// A removed line is journaled as no text, which SQL must not take for NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

constexpr const char *kColumns
    = "id, batch, time, path, line, old_text, new_text, undone, pending, temporary";

const char *const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS journal(id INTEGER PRIMARY KEY, batch INTEGER NOT NULL, time "
    "INTEGER NOT NULL,"
    " path TEXT NOT NULL, line INTEGER NOT NULL, old_text TEXT NOT NULL, new_text TEXT NOT NULL,"
    " undone INTEGER NOT NULL DEFAULT 0, pending INTEGER NOT NULL DEFAULT 0, temporary TEXT)",
    "CREATE INDEX IF NOT EXISTS journal_pending ON journal(pending) WHERE pending <> 0",
};

Journal::Entry entryFromQuery(const QSqlQuery &q)
{
    Journal::Entry e;
    e.id = q.value(0).toLongLong();
    e.batch = q.value(1).toLongLong();
    e.time = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong());
    e.path = q.value(3).toString();
    e.line = q.value(4).toInt();
    e.oldText = q.value(5).toString();
    e.newText = q.value(6).toString();
    e.undone = q.value(7).toBool();
    e.pending = Journal::Pending(q.value(8).toInt());
    e.temporary = q.value(9).toString();
    return e;
}

} // namespace

Journal::Journal(const QString &canonicalRoot, const QString &path)
    : m_root(canonicalRoot)
    , m_path(path.isEmpty() ? defaultPath(canonicalRoot) : QFileInfo(path).absoluteFilePath())
    , m_connection(QStringLiteral("journal-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

Journal::~Journal()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString Journal::defaultPath(const QString &canonicalRoot)
{
    const QByteArray key
        = QCryptographicHash::hash(canonicalRoot.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/vaultview/journal/") + QString::fromLatin1(key.left(16))
        + QStringLiteral(".sqlite");
}

bool Journal::open()
{
    if (QSqlDatabase::contains(m_connection)
        && QSqlDatabase::database(m_connection, false).isOpen())
        return true;
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        m_error = QStringLiteral("cannot create the folder of the undo journal: ")
            + QFileInfo(m_path).absolutePath();
        return false;
    }
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
        ? QSqlDatabase::database(m_connection, false)
        : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=60000"));
    if (!db.open()) {
        m_error = QStringLiteral("cannot open the undo journal: ") + db.lastError().text();
        return false;
    }
    if (!createTables(db)) {
        db.close(); // so that the next open() tries again instead of finding it open
        return false;
    }
    return true;
}

bool Journal::createTables(QSqlDatabase &db)
{
    // journal_mode is only changed by the first opener, which finds a new file: a later one finds
    // WAL already and changes nothing under anyone. In WAL mode, NORMAL keeps every commit across
    // a crash of the process (only a power cut may lose the last ones), and saves two fsyncs a
    // write.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"))
        || !q.exec(QStringLiteral("PRAGMA journal_mode")) || !q.next()) {
        m_error = QStringLiteral("cannot open the undo journal: ") + q.lastError().text();
        return false;
    }
    const bool isWal = q.value(0).toString() == u"wal";
    q.finish();
    if (!isWal && !q.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
        qCWarning(lcJournal) << "the undo journal stays in its rollback journal mode:"
                            << q.lastError().text();
    SqlTransaction transaction(db);
    if (!transaction.begin()) {
        m_error = QStringLiteral("cannot open the undo journal: ") + transaction.error();
        return false;
    }
    for (const char *statement : kSchema) {
        if (!q.exec(QString::fromLatin1(statement))) {
            m_error = QStringLiteral("cannot open the undo journal: ") + q.lastError().text();
            return false;
        }
    }
    if (!q.prepare(QStringLiteral("INSERT OR IGNORE INTO meta(key, value) VALUES ('root', ?)"))) {
        m_error = q.lastError().text();
        return false;
    }
    q.addBindValue(m_root);
    if (!q.exec() || !transaction.commit()) {
        m_error = QStringLiteral("cannot open the undo journal: ") + q.lastError().text()
            + transaction.error();
        return false;
    }
    return true;
}

bool Journal::exec(const QString &sql, const QVariantList &values, int *rowsAffected)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.prepare(sql)) {
        m_error = QStringLiteral("cannot use the undo journal: ") + q.lastError().text();
        return false;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = QStringLiteral("cannot write the undo journal: ") + q.lastError().text();
        return false;
    }
    if (rowsAffected)
        *rowsAffected = q.numRowsAffected();
    return true;
}

std::optional<QList<Journal::Entry>> Journal::select(
    const QString &where, const QVariantList &values)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.prepare(QStringLiteral("SELECT ") + QString::fromLatin1(kColumns)
            + QStringLiteral(" FROM journal ") + where)) {
        m_error = QStringLiteral("cannot read the undo journal: ") + q.lastError().text();
        return std::nullopt;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = QStringLiteral("cannot read the undo journal: ") + q.lastError().text();
        return std::nullopt;
    }
    QList<Entry> entries;
    while (q.next())
        entries.append(entryFromQuery(q));
    return entries;
}

bool Journal::importFrom(const QSqlDatabase &legacyIndex)
{
    if (!open())
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    SqlTransaction transaction(db);
    QSqlQuery q(db);
    if (!transaction.begin()
        || !q.exec(QStringLiteral("SELECT 1 FROM meta WHERE key = 'imported'"))) {
        m_error = QStringLiteral("cannot open the undo journal: ") + q.lastError().text()
            + transaction.error();
        return false;
    }
    if (q.next())
        return transaction.commit();
    QSqlQuery old(legacyIndex);
    int copied = 0;
    const bool hasJournal = old.exec(QStringLiteral(
        "SELECT batch, time, path, line, old_text, new_text, undone FROM journal ORDER BY id"));
    // Only "no such table" means there is nothing to carry over; damage may pass with a rebuild.
    if (!hasJournal && !old.lastError().databaseText().contains(QStringLiteral("no such table"))) {
        m_error = QStringLiteral("cannot read the old undo journal: ") + old.lastError().text();
        return false;
    }
    if (hasJournal) {
        if (!q.prepare(QStringLiteral(
                "INSERT INTO journal(batch, time, path, line, old_text, new_text, undone)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)")))
            return false;
        while (old.next()) {
            for (int column = 0; column < 7; ++column)
                q.addBindValue(old.value(column));
            if (!q.exec()) {
                m_error
                    = QStringLiteral("cannot carry the undo journal over: ") + q.lastError().text();
                return false;
            }
            ++copied;
        }
    }
    if (!q.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES ('imported', '1')"))
        || !transaction.commit()) {
        m_error = QStringLiteral("cannot carry the undo journal over: ") + q.lastError().text()
            + transaction.error();
        return false;
    }
    if (copied > 0)
        qCInfo(lcJournal) << "carried" << copied << "journal entries over from the index to"
                         << m_path;
    return true;
}

void Journal::beginBatch()
{
    m_batch = 0;
}

std::optional<qint64> Journal::begin(const QString &path, int line, const QString &oldText,
    const QString &newText, const QString &temporary)
{
    // The batch number is taken here, under the vault lock that every writer holds, so that two
    // processes starting an action at once never share one.
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (m_batch == 0) {
        if (!q.exec(QStringLiteral("SELECT coalesce(max(batch), 0) + 1 FROM journal"))
            || !q.next()) {
            m_error = QStringLiteral("cannot read the undo journal: ") + q.lastError().text();
            return std::nullopt;
        }
        m_batch = q.value(0).toLongLong();
        q.finish();
    }
    if (!q.prepare(QStringLiteral(
            "INSERT INTO journal(batch, time, path, line, old_text, new_text, pending, temporary)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))) {
        m_error = QStringLiteral("cannot write the undo journal: ") + q.lastError().text();
        return std::nullopt;
    }
    for (const QVariant &v : { QVariant(m_batch), QVariant(QDateTime::currentMSecsSinceEpoch()),
             QVariant(path), QVariant(line), QVariant(notNull(oldText)), QVariant(notNull(newText)),
             QVariant(int(Pending::Write)), QVariant(temporary) })
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = QStringLiteral("cannot write the undo journal: ") + q.lastError().text();
        return std::nullopt;
    }
    return q.lastInsertId().toLongLong();
}

bool Journal::confirm(qint64 id)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    SqlTransaction transaction(db);
    // A new write makes what was undone before it unreachable for redo.
    const bool ok = transaction.begin()
        && exec(QStringLiteral("DELETE FROM journal WHERE undone = 1 AND pending = 0 AND id < ?"),
            { id })
        && exec(
            QStringLiteral("UPDATE journal SET pending = 0, temporary = NULL WHERE id = ?"), { id })
        && transaction.commit();
    if (!ok && m_error.isEmpty())
        m_error = transaction.error();
    return ok;
}

bool Journal::forget(qint64 id)
{
    return exec(QStringLiteral("DELETE FROM journal WHERE id = ?"), { id });
}

bool Journal::beginReplay(qint64 id, bool undo, const QString &temporary)
{
    // Only an entry still standing as the replay expects: a write since may have dropped it.
    int changed = 0;
    if (!exec(QStringLiteral("UPDATE journal SET pending = ?, temporary = ? WHERE id = ? AND "
                             "pending = 0 AND undone = ?"),
            { int(undo ? Pending::Undo : Pending::Redo), temporary, id, undo ? 0 : 1 }, &changed))
        return false;
    if (changed != 1)
        m_error = QStringLiteral("the journal entry is gone");
    return changed == 1;
}

bool Journal::settle(qint64 id, bool undone)
{
    return exec(
        QStringLiteral("UPDATE journal SET pending = 0, temporary = NULL, undone = ? WHERE id = ?"),
        { undone ? 1 : 0, id });
}

std::optional<QList<Journal::Entry>> Journal::pending()
{
    return select(QStringLiteral("WHERE pending <> 0 ORDER BY id"), {});
}

std::optional<QList<Journal::Entry>> Journal::history(int limit)
{
    return select(QStringLiteral("WHERE pending = 0 ORDER BY id DESC LIMIT ?"), { limit });
}

std::optional<QList<Journal::Entry>> Journal::nextReplay(bool undo)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    const QString pick = undo
        ? QStringLiteral("SELECT max(batch) FROM journal WHERE undone = 0 AND pending = 0")
        : QStringLiteral("SELECT min(batch) FROM journal WHERE undone = 1 AND pending = 0");
    if (!q.exec(pick) || !q.next()) {
        m_error = QStringLiteral("cannot read the undo journal: ") + q.lastError().text();
        return std::nullopt;
    }
    if (q.value(0).isNull())
        return QList<Entry>();
    // Undo unwinds several writes to one line newest first; redo replays them in order.
    return select(QStringLiteral("WHERE batch = ? AND pending = 0 AND undone = ? ORDER BY id ")
            + (undo ? QStringLiteral("DESC") : QStringLiteral("ASC")),
        { q.value(0).toLongLong(), undo ? 0 : 1 });
}

} // namespace core
