#include "journal.h"

#include "jsonwriter.h"
#include "taskwriter.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace core {

namespace {

constexpr const char *kColumns = "id, batch, time, path, line, old_text, new_text, undone";

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
    return e;
}

} // namespace

Journal::Journal(const QSqlDatabase &db)
    : m_db(db)
{
}

bool Journal::ensureTable()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS journal(id INTEGER PRIMARY KEY, batch INTEGER NOT NULL,"
                               " time INTEGER NOT NULL, path TEXT NOT NULL, line INTEGER NOT NULL,"
                               " old_text TEXT NOT NULL, new_text TEXT NOT NULL, undone INTEGER NOT NULL DEFAULT 0)"))) {
        m_error = QStringLiteral("cannot open the journal: ") + q.lastError().text();
        return false;
    }
    return true;
}

qint64 Journal::beginBatch()
{
    QSqlQuery q(m_db);
    m_batch = (ensureTable() && q.exec(QStringLiteral("SELECT coalesce(max(batch), 0) + 1 FROM journal")) && q.next())
        ? q.value(0).toLongLong()
        : 0;
    return m_batch;
}

bool Journal::record(const QString &path, int line, const QString &oldText, const QString &newText)
{
    if (m_batch == 0 && beginBatch() == 0)
        return false;
    QSqlQuery q(m_db);
    // A new write makes what was undone before it unreachable for redo.
    if (!q.exec(QStringLiteral("DELETE FROM journal WHERE undone = 1"))
        || !q.prepare(QStringLiteral("INSERT INTO journal(batch, time, path, line, old_text, new_text)"
                                     " VALUES (?, ?, ?, ?, ?, ?)"))) {
        m_error = QStringLiteral("cannot write the journal: ") + q.lastError().text();
        return false;
    }
    for (const QVariant &v : { QVariant(m_batch), QVariant(QDateTime::currentMSecsSinceEpoch()), QVariant(path),
                               QVariant(line), QVariant(oldText), QVariant(newText) })
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = QStringLiteral("cannot write the journal: ") + q.lastError().text();
        return false;
    }
    return true;
}

bool Journal::restore(const QList<Entry> &newestFirst)
{
    QSqlQuery q(m_db);
    if (!ensureTable()
        || !q.prepare(QStringLiteral("INSERT INTO journal(batch, time, path, line, old_text, new_text, undone)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?)"))) {
        m_error = m_error.isEmpty() ? QStringLiteral("cannot write the journal: ") + q.lastError().text() : m_error;
        return false;
    }
    for (auto it = newestFirst.crbegin(); it != newestFirst.crend(); ++it) {
        for (const QVariant &v : { QVariant(it->batch), QVariant(it->time.toMSecsSinceEpoch()), QVariant(it->path),
                                   QVariant(it->line), QVariant(it->oldText), QVariant(it->newText),
                                   QVariant(it->undone ? 1 : 0) })
            q.addBindValue(v);
        if (!q.exec()) {
            m_error = QStringLiteral("cannot write the journal: ") + q.lastError().text();
            return false;
        }
    }
    return true;
}

std::optional<QList<Journal::Entry>> Journal::history(int limit)
{
    QSqlQuery q(m_db);
    if (!ensureTable()
        || !q.prepare(QStringLiteral("SELECT ") + QString::fromLatin1(kColumns)
                      + QStringLiteral(" FROM journal ORDER BY id DESC LIMIT ?"))) {
        m_error = m_error.isEmpty() ? q.lastError().text() : m_error;
        return std::nullopt;
    }
    q.addBindValue(limit);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return std::nullopt;
    }
    QList<Entry> entries;
    while (q.next())
        entries.append(entryFromQuery(q));
    return entries;
}

// Undo takes the newest batch still applied; redo the oldest batch undone, newest entry first
// for undo so that several writes to one line unwind in order.
std::optional<QList<Journal::Entry>> Journal::batchToReplay(bool undone)
{
    QSqlQuery q(m_db);
    const QString pick = undone ? QStringLiteral("SELECT min(batch) FROM journal WHERE undone = 1")
                                : QStringLiteral("SELECT max(batch) FROM journal WHERE undone = 0");
    if (!ensureTable() || !q.exec(pick) || !q.next()) {
        m_error = m_error.isEmpty() ? q.lastError().text() : m_error;
        return std::nullopt;
    }
    if (q.value(0).isNull())
        return QList<Entry>();
    const qint64 batch = q.value(0).toLongLong();
    if (!q.prepare(QStringLiteral("SELECT ") + QString::fromLatin1(kColumns)
                   + QStringLiteral(" FROM journal WHERE batch = ? ORDER BY id ") + (undone ? u"ASC" : u"DESC"))) {
        m_error = q.lastError().text();
        return std::nullopt;
    }
    q.addBindValue(batch);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return std::nullopt;
    }
    QList<Entry> entries;
    while (q.next())
        entries.append(entryFromQuery(q));
    return entries;
}

bool Journal::setUndone(qint64 batch, bool undone)
{
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("UPDATE journal SET undone = ? WHERE batch = ?"))) {
        m_error = q.lastError().text();
        return false;
    }
    q.addBindValue(undone ? 1 : 0);
    q.addBindValue(batch);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

Journal::Outcome Journal::replay(TaskWriter &writer, bool undo)
{
    Outcome outcome;
    const auto entries = batchToReplay(!undo);
    if (!entries) {
        outcome.message = m_error;
        return outcome;
    }
    if (entries->isEmpty()) {
        outcome.refused = true;
        outcome.message = undo ? QStringLiteral("nothing to undo") : QStringLiteral("nothing to redo");
        return outcome;
    }
    for (const Entry &e : *entries) {
        const auto result = undo
            ? writer.replaceLine(e.path, e.line, e.newText, e.oldText, TaskWriter::Journaling::Skip)
            : writer.replaceLine(e.path, e.line, e.oldText, e.newText, TaskWriter::Journaling::Skip);
        if (!result.ok()) {
            outcome.refused = result.outcome == TaskWriter::Outcome::Conflict
                || result.outcome == TaskWriter::Outcome::NotATask;
            outcome.message = result.message;
            return outcome;
        }
        outcome.entries.append(e);
    }
    outcome.ok = setUndone(entries->first().batch, undo);
    if (!outcome.ok)
        outcome.message = m_error;
    return outcome;
}

Journal::Outcome Journal::undo(TaskWriter &writer)
{
    return replay(writer, true);
}

Journal::Outcome Journal::redo(TaskWriter &writer)
{
    return replay(writer, false);
}

QByteArray Journal::toJsonLine(const Entry &e)
{
    JsonWriter json;
    json.beginObject()
        .field("id", e.id)
        .field("batch", e.batch)
        .field("time", e.time.toString(Qt::ISODate))
        .field("path", e.path)
        .field("line", e.line)
        .field("old", e.oldText)
        .field("new", e.newText)
        .field("undone", e.undone);
    return json.endObject().take();
}

QString Journal::toText(const Entry &e)
{
    return e.time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral("  ") + e.path + u':'
        + QString::number(e.line) + (e.undone ? QStringLiteral("  (undone)") : QString()) + QStringLiteral("\n    - ")
        + e.oldText.trimmed() + QStringLiteral("\n    + ") + e.newText.trimmed();
}

} // namespace core
