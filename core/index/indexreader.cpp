// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/index/indexreader.h"

#include "core/index/vaultindex.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace core {

namespace {

const QStringList kTaskColumns { QStringLiteral("line"), QStringLiteral("status"), QStringLiteral("text"),
                                 QStringLiteral("owner"), QStringLiteral("due"), QStringLiteral("scheduled"),
                                 QStringLiteral("start"), QStringLiteral("created"), QStringLiteral("done"),
                                 QStringLiteral("cancelled"), QStringLiteral("recurrence"),
                                 QStringLiteral("priority"), QStringLiteral("tags"), QStringLiteral("section"),
                                 QStringLiteral("raw"), QStringLiteral("task_id"), QStringLiteral("depends_on"),
                                 QStringLiteral("on_completion"), QStringLiteral("warnings") };

const QStringList kNoteColumns { QStringLiteral("path"), QStringLiteral("title"), QStringLiteral("date"),
                                 QStringLiteral("type"), QStringLiteral("people"), QStringLiteral("tags"),
                                 QStringLiteral("summary"), QStringLiteral("decisions"),
                                 QStringLiteral("key_points"), QStringLiteral("warnings"),
                                 QStringLiteral("size"), QStringLiteral("mtime") };

QString qualified(const QStringList &columns, const QString &alias)
{
    QStringList out;
    for (const QString &c : columns)
        out.append(alias + u'.' + c);
    return out.join(QStringLiteral(", "));
}

} // namespace

std::optional<QString> IndexReader::optionalString(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<QString>(value.toString());
}

IndexReader::IndexReader(const QSqlDatabase &db)
    : m_db(db)
{
}

QString IndexReader::taskColumns(const QString &alias)
{
    return qualified(kTaskColumns, alias);
}

QString IndexReader::noteColumns(const QString &alias)
{
    QStringList columns;
    for (const QString &c : kNoteColumns) {
        // The long texts live beside the notes, so that scans of notes read small rows.
        if (c == u"summary" || c == u"key_points")
            columns.append(QStringLiteral("(SELECT x.") + c + QStringLiteral(" FROM note_texts x WHERE x.note_id = ")
                           + alias + QStringLiteral(".id)"));
        else
            columns.append(alias + u'.' + c);
    }
    return columns.join(QStringLiteral(", "))
        + QStringLiteral(", (SELECT group_concat(c.path, char(31)) FROM conflicts c WHERE c.original = ") + alias
        + QStringLiteral(".path)");
}

Task IndexReader::taskFromQuery(const QSqlQuery &q, int c)
{
    Task t;
    t.line = q.value(c).toInt();
    t.status = q.value(c + 1).toString();
    t.state = stateForStatus(t.status);
    t.text = q.value(c + 2).toString();
    t.owner = optionalString(q.value(c + 3));
    t.due = optionalString(q.value(c + 4));
    t.scheduled = optionalString(q.value(c + 5));
    t.start = optionalString(q.value(c + 6));
    t.created = optionalString(q.value(c + 7));
    t.done = optionalString(q.value(c + 8));
    t.cancelled = optionalString(q.value(c + 9));
    t.recurrence = optionalString(q.value(c + 10));
    t.priority = q.value(c + 11).toString();
    t.tags = VaultIndex::splitList(q.value(c + 12).toString());
    t.section = optionalString(q.value(c + 13));
    t.raw = q.value(c + 14).toString();
    t.id = optionalString(q.value(c + 15));
    t.dependsOn = VaultIndex::splitList(q.value(c + 16).toString());
    t.onCompletion = optionalString(q.value(c + 17));
    t.warnings = VaultIndex::splitList(q.value(c + 18).toString());
    return t;
}

Note IndexReader::noteFromQuery(const QSqlQuery &q, int c)
{
    Note n;
    n.path = q.value(c).toString();
    n.title = q.value(c + 1).toString();
    n.date = optionalString(q.value(c + 2));
    n.type = optionalString(q.value(c + 3));
    n.people = VaultIndex::splitList(q.value(c + 4).toString());
    n.tags = VaultIndex::splitList(q.value(c + 5).toString());
    n.summary = optionalString(q.value(c + 6));
    n.decisions = VaultIndex::splitList(q.value(c + 7).toString());
    n.keyPoints = VaultIndex::splitList(q.value(c + 8).toString());
    n.warnings = VaultIndex::splitList(q.value(c + 9).toString());
    n.size = q.value(c + 10).toLongLong();
    n.mtime = q.value(c + 11).toLongLong();
    for (const QString &copy : VaultIndex::splitList(q.value(c + 12).toString()))
        n.warnings.append(QStringLiteral("sync conflict: ") + copy
                          + QStringLiteral(" is another version of this note, left by a sync tool"));
    return n;
}

bool IndexReader::fail(const QSqlQuery &query)
{
    m_error = QStringLiteral("cannot read the index: ") + query.lastError().text();
    return false;
}

bool IndexReader::forEachNote(const std::function<void(const Note &)> &visit)
{
    QSqlQuery tasks(m_db);
    tasks.setForwardOnly(true);
    if (!tasks.exec(QStringLiteral("SELECT t.note_id, ") + taskColumns() + QStringLiteral(" FROM tasks t ORDER BY t.note_id, t.line")))
        return fail(tasks);
    QHash<qint64, QList<Task>> byNote;
    while (tasks.next())
        byNote[tasks.value(0).toLongLong()].append(taskFromQuery(tasks, 1));

    QSqlQuery notes(m_db);
    notes.setForwardOnly(true);
    if (!notes.exec(QStringLiteral("SELECT n.id, ") + noteColumns() + QStringLiteral(" FROM notes n ORDER BY n.path")))
        return fail(notes);
    while (notes.next()) {
        Note note = noteFromQuery(notes, 1);
        note.tasks = byNote.take(notes.value(0).toLongLong());
        visit(note);
    }
    return true;
}

std::optional<qint64> IndexReader::noteId(const QString &path)
{
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("SELECT id FROM notes WHERE path = ?"))) {
        fail(q);
        return std::nullopt;
    }
    q.addBindValue(path);
    if (!q.exec()) {
        fail(q);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

std::optional<Note> IndexReader::note(const QString &path)
{
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("SELECT n.id, ") + noteColumns() + QStringLiteral(" FROM notes n WHERE n.path = ?"))) {
        fail(q);
        return std::nullopt;
    }
    q.addBindValue(path);
    if (!q.exec() || !q.next()) {
        if (q.lastError().isValid())
            fail(q);
        return std::nullopt;
    }
    Note note = noteFromQuery(q, 1);
    const qint64 id = q.value(0).toLongLong();
    QSqlQuery t(m_db);
    if (!t.prepare(QStringLiteral("SELECT ") + taskColumns() + QStringLiteral(" FROM tasks t WHERE t.note_id = ? ORDER BY t.line"))) {
        fail(t);
        return std::nullopt;
    }
    t.addBindValue(id);
    if (!t.exec()) {
        fail(t);
        return std::nullopt;
    }
    while (t.next())
        note.tasks.append(taskFromQuery(t));
    return note;
}

} // namespace core
