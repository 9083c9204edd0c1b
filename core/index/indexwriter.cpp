// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/index/indexwriter.h"

#include "core/index/indexrecord.h"
#include "core/index/logging.h"
#include "core/index/vaultindex.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace core {

namespace {

void bindText(SqliteStatement &statement, int index, const IndexRecord &note, IndexRecord::Text text)
{
    statement.bindUtf8(index, text.offset < 0 ? nullptr : note.utf8.constData() + text.offset, text.size);
}

} // namespace

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
        { &m_insertNote, "INSERT INTO notes(path, size, mtime, title, date, type, people, tags,"
                         " decisions, warnings, task_count, open_count, proposed_count, fts_rowid)"
                         " VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14)" },
        { &m_updateNote, "UPDATE notes SET path=?1, size=?2, mtime=?3, title=?4, date=?5, type=?6,"
                         " people=?7, tags=?8, decisions=?9, warnings=?10, task_count=?11,"
                         " open_count=?12, proposed_count=?13, fts_rowid=?14 WHERE id=?15" },
        { &m_insertTexts, "INSERT INTO note_texts(note_id, summary, key_points) VALUES (?1, ?2, ?3)" },
        { &m_insertTask, "INSERT INTO tasks(note_id, line, status, state, text, owner, due, scheduled, start,"
                         " created, done, cancelled, recurrence, priority, tags, section, raw, task_id,"
                         " depends_on, on_completion, warnings)"
                         " VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,?21)" },
        { &m_insertPerson, "INSERT OR IGNORE INTO note_people(note_id, name) VALUES (?1, ?2)" },
        { &m_insertTag, "INSERT OR IGNORE INTO note_tags(note_id, tag) VALUES (?1, ?2)" },
        { &m_insertFts, "INSERT INTO notes_fts(rowid, title, body) VALUES (?1, ?2, ?3)" },
        { &m_deleteNote, "DELETE FROM notes WHERE id = ?1" },
        { &m_clearConflicts, "DELETE FROM conflicts" },
        { &m_insertConflict, "INSERT OR REPLACE INTO conflicts(path, original) VALUES (?1, ?2)" },
        { &m_clear[0], "DELETE FROM tasks WHERE note_id = ?1" },
        { &m_clear[1], "DELETE FROM note_people WHERE note_id = ?1" },
        { &m_clear[2], "DELETE FROM note_tags WHERE note_id = ?1" },
        { &m_clear[3], "DELETE FROM note_texts WHERE note_id = ?1" },
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
    m_corrupt = VaultIndex::isCorruptionCode(statement.errorCode());
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

bool IndexWriter::write(const IndexRecord &note, qint64 existingId)
{
    SqliteStatement &q = existingId ? m_updateNote : m_insertNote;
    using R = IndexRecord;
    for (const auto &[index, field] : { std::pair { 1, R::Path }, { 4, R::Title }, { 5, R::Date }, { 6, R::Type },
                                        { 7, R::People }, { 8, R::Tags }, { 9, R::Decisions }, { 10, R::Warnings } })
        bindText(q, index, note, note.note[field]);
    q.bind(2, note.size);
    q.bind(3, note.mtime);
    q.bind(11, qint64(note.tasks.size()));
    q.bind(12, note.openCount);
    q.bind(13, note.proposedCount);
    const qint64 ftsRowid = m_nextFtsRowid++;
    q.bind(14, ftsRowid);
    if (existingId)
        q.bind(15, existingId);
    if (!exec(q))
        return false;
    const qint64 id = existingId ? existingId : q.lastInsertId();
    if (existingId && !clearChildren(id))
        return false;
    m_insertTexts.bind(1, id);
    bindText(m_insertTexts, 2, note, note.note[R::Summary]);
    bindText(m_insertTexts, 3, note, note.note[R::KeyPoints]);
    if (!exec(m_insertTexts))
        return false;
    return writeChildren(note, id, ftsRowid);
}

bool IndexWriter::writeChildren(const IndexRecord &note, qint64 id, qint64 ftsRowid)
{
    for (const IndexRecord::TaskRow &task : note.tasks) {
        m_insertTask.bind(1, id);
        m_insertTask.bind(2, task.line);
        for (int field = 0; field < IndexRecord::TaskFields; ++field)
            bindText(m_insertTask, field + 3, note, task.fields[field]);
        if (!exec(m_insertTask))
            return false;
    }
    for (const auto &[statement, values] : { std::pair { &m_insertPerson, &note.people },
                                             std::pair { &m_insertTag, &note.tags } }) {
        for (const IndexRecord::Text value : *values) {
            statement->bind(1, id);
            bindText(*statement, 2, note, value);
            if (!exec(*statement))
                return false;
        }
    }
    m_insertFts.bind(1, ftsRowid);
    bindText(m_insertFts, 2, note, note.note[IndexRecord::Title]);
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
