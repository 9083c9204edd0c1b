#include "indexwriter.h"

#include "logging.h"
#include "note.h"
#include "vaultindex.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace core {

IndexWriter::IndexWriter(const QSqlDatabase &db)
    : m_db(db)
{
}

bool IndexWriter::prepare()
{
    sqlite3 *db = SqliteStatement::handle(m_db);
    const struct
    {
        SqliteStatement *statement;
        const char *sql;
    } statements[] = {
        { &m_insertNote, "INSERT INTO notes(path, size, mtime, title, date, type, summary, people, tags,"
                         " decisions, key_points, warnings, task_count, open_count, proposed_count, fts_rowid)"
                         " VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16)" },
        { &m_updateNote, "UPDATE notes SET path=?1, size=?2, mtime=?3, title=?4, date=?5, type=?6, summary=?7,"
                         " people=?8, tags=?9, decisions=?10, key_points=?11, warnings=?12, task_count=?13,"
                         " open_count=?14, proposed_count=?15, fts_rowid=?16 WHERE id=?17" },
        { &m_insertTask, "INSERT INTO tasks(note_id, line, status, state, text, owner, due, scheduled, start,"
                         " created, done, cancelled, recurrence, priority, tags, section, raw)"
                         " VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17)" },
        { &m_insertPerson, "INSERT INTO note_people(note_id, name) VALUES (?1, ?2)" },
        { &m_insertTag, "INSERT INTO note_tags(note_id, tag) VALUES (?1, ?2)" },
        { &m_insertTaskTag, "INSERT INTO task_tags(task_id, note_id, tag) VALUES (?1, ?2, ?3)" },
        { &m_insertFts, "INSERT INTO notes_fts(rowid, title, body) VALUES (?1, ?2, ?3)" },
        { &m_deleteNote, "DELETE FROM notes WHERE id = ?1" },
        { &m_clearConflicts, "DELETE FROM conflicts" },
        { &m_insertConflict, "INSERT OR REPLACE INTO conflicts(path, original) VALUES (?1, ?2)" },
        { &m_clear[0], "DELETE FROM tasks WHERE note_id = ?1" },
        { &m_clear[1], "DELETE FROM task_tags WHERE note_id = ?1" },
        { &m_clear[2], "DELETE FROM note_people WHERE note_id = ?1" },
        { &m_clear[3], "DELETE FROM note_tags WHERE note_id = ?1" },
    };
    for (const auto &s : statements) {
        if (!s.statement->prepare(db, s.sql)) {
            m_error = QStringLiteral("cannot prepare the index writer: ") + s.statement->error();
            return false;
        }
    }
    // Never reuse a number: old words filed under it are still in the contentless index.
    QSqlQuery last(m_db);
    if (!last.exec(QStringLiteral("SELECT rowid FROM notes_fts ORDER BY rowid DESC LIMIT 1"))) {
        m_error = QStringLiteral("cannot read the text index: ") + last.lastError().text();
        return false;
    }
    m_nextFtsRowid = last.next() ? last.value(0).toLongLong() + 1 : 1;
    return true;
}

bool IndexWriter::exec(SqliteStatement &statement)
{
    if (statement.exec())
        return true;
    m_error = QStringLiteral("index write failed: ") + statement.error();
    qCWarning(lcIndex) << m_error;
    return false;
}

bool IndexWriter::clearChildren(qint64 id)
{
    for (SqliteStatement &statement : m_clear) {
        statement.bind(1, id);
        if (!exec(statement))
            return false;
    }
    return true;
}

bool IndexWriter::write(const Note &note, qint64 existingId)
{
    qint64 open = 0;
    qint64 proposed = 0;
    for (const Task &task : note.tasks) {
        open += isOpenState(task.state) ? 1 : 0;
        proposed += task.state == TaskState::Proposed ? 1 : 0;
    }
    // Bound strings must outlive exec().
    const QString people = VaultIndex::joinList(note.people);
    const QString tags = VaultIndex::joinList(note.tags);
    const QString decisions = VaultIndex::joinList(note.decisions);
    const QString keyPoints = VaultIndex::joinList(note.keyPoints);
    const QString warnings = VaultIndex::joinList(note.warnings);
    SqliteStatement &q = existingId ? m_updateNote : m_insertNote;
    q.bind(1, note.path);
    q.bind(2, note.size);
    q.bind(3, note.mtime);
    q.bind(4, note.title);
    q.bind(5, note.date);
    q.bind(6, note.type);
    q.bind(7, note.summary);
    q.bind(8, people);
    q.bind(9, tags);
    q.bind(10, decisions);
    q.bind(11, keyPoints);
    q.bind(12, warnings);
    q.bind(13, qint64(note.tasks.size()));
    q.bind(14, open);
    q.bind(15, proposed);
    const qint64 ftsRowid = m_nextFtsRowid++;
    q.bind(16, ftsRowid);
    if (existingId)
        q.bind(17, existingId);
    if (!exec(q))
        return false;
    const qint64 id = existingId ? existingId : q.lastInsertId();
    if (existingId && !clearChildren(id))
        return false;
    return writeChildren(note, id, ftsRowid);
}

bool IndexWriter::writeChildren(const Note &note, qint64 id, qint64 ftsRowid)
{
    for (const Task &task : note.tasks) {
        const QString state = stateName(task.state);
        const QString tags = VaultIndex::joinList(task.tags);
        SqliteStatement &t = m_insertTask;
        t.bind(1, id);
        t.bind(2, qint64(task.line));
        t.bind(3, task.status);
        t.bind(4, state);
        t.bind(5, task.text);
        t.bind(6, task.owner);
        t.bind(7, task.due);
        t.bind(8, task.scheduled);
        t.bind(9, task.start);
        t.bind(10, task.created);
        t.bind(11, task.done);
        t.bind(12, task.cancelled);
        t.bind(13, task.recurrence);
        t.bind(14, task.priority);
        t.bind(15, tags);
        t.bind(16, task.section);
        t.bind(17, task.raw);
        if (!exec(t))
            return false;
        const qint64 taskId = t.lastInsertId();
        for (const QString &tag : task.tags) {
            m_insertTaskTag.bind(1, taskId);
            m_insertTaskTag.bind(2, id);
            m_insertTaskTag.bind(3, tag);
            if (!exec(m_insertTaskTag))
                return false;
        }
    }
    for (const auto &[statement, values] : { std::pair { &m_insertPerson, &note.people },
                                             std::pair { &m_insertTag, &note.tags } }) {
        for (const QString &value : *values) {
            statement->bind(1, id);
            statement->bind(2, value);
            if (!exec(*statement))
                return false;
        }
    }
    m_insertFts.bind(1, ftsRowid);
    m_insertFts.bind(2, note.title);
    m_insertFts.bindUtf8(3, note.body);
    return exec(m_insertFts);
}

bool IndexWriter::remove(qint64 id)
{
    if (!clearChildren(id))
        return false;
    m_deleteNote.bind(1, id);
    return exec(m_deleteNote);
}

bool IndexWriter::setConflicts(const QList<QPair<QString, QString>> &pathAndOriginal)
{
    if (!exec(m_clearConflicts))
        return false;
    for (const auto &[path, original] : pathAndOriginal) {
        m_insertConflict.bind(1, path);
        m_insertConflict.bind(2, original);
        if (!exec(m_insertConflict))
            return false;
    }
    return true;
}

} // namespace core
