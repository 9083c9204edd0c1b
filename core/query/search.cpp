// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/query/search.h"

#include "core/index/indexreader.h"
#include "core/query/query.h"
#include "core/query/runread.h"
#include "core/query/taskdependencies.h"

#include <QSqlQuery>
#include <QVariant>

namespace core {

Search::Search(const QSqlDatabase &db)
    : m_db(db)
{
}

std::optional<QList<Search::TaskHit>> Search::tasks(const Query &query)
{
    QList<TaskHit> hits;
    if (!forEachTask(query, [&hits](const TaskHit &hit) { hits.append(hit); }))
        return std::nullopt;
    return hits;
}

bool Search::forEachTask(const Query &query, const std::function<void(const TaskHit &)> &visit)
{
    const Query::Sql sql = query.taskSql();
    QSqlQuery q(m_db);
    const QString text = QStringLiteral("SELECT ") + taskHitColumns()
        + QStringLiteral(" FROM tasks t JOIN notes n ON n.id = t.note_id WHERE ") + sql.where
        + QStringLiteral(" ORDER BY n.path, t.line");
    if (!runRead(q, text, sql.binds, QStringLiteral("cannot search"), &m_error))
        return false;
    while (q.next())
        visit(taskHit(q));
    return true;
}

std::optional<QList<Search::NoteRow>> Search::notes(const Query &query, Order order)
{
    const Query::Sql sql = query.noteSql();
    QSqlQuery q(m_db);
    const QString orderBy = order == Order::Path ? QStringLiteral("n.path")
        : order == Order::Title                  ? QStringLiteral("n.title COLLATE NOCASE, n.path")
                                                 : QStringLiteral("n.date IS NULL, n.date DESC, n.path");
    const QString text = QStringLiteral("SELECT ") + noteRowColumns()
        + QStringLiteral(" FROM notes n WHERE ") + sql.where + QStringLiteral(" ORDER BY ")
        + orderBy;
    if (!runRead(q, text, sql.binds, QStringLiteral("cannot search"), &m_error))
        return std::nullopt;
    QList<NoteRow> rows;
    while (q.next())
        rows.append(noteRow(q));
    return rows;
}

QString Search::noteRowColumns()
{
    return QStringLiteral(
        "n.id, n.path, n.title, n.date, n.type, n.task_count, n.open_count, n.proposed_count,"
        " n.warnings != '' OR EXISTS (SELECT 1 FROM conflicts c WHERE c.original = n.path)");
}

Search::NoteRow Search::noteRow(const QSqlQuery &q)
{
    NoteRow row;
    row.id = q.value(0).toLongLong();
    row.path = q.value(1).toString();
    row.title = q.value(2).toString();
    row.date = IndexReader::optionalString(q.value(3));
    row.type = IndexReader::optionalString(q.value(4));
    row.taskCount = q.value(5).toInt();
    row.openCount = q.value(6).toInt();
    row.proposedCount = q.value(7).toInt();
    row.hasWarnings = q.value(8).toBool();
    return row;
}

QString Search::taskHitColumns()
{
    return QStringLiteral("n.id, n.path, n.title, n.date, ") + TaskDependencies::blockedSql()
        + QStringLiteral(", ") + IndexReader::taskColumns();
}

Search::TaskHit Search::taskHit(const QSqlQuery &q)
{
    return { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
        IndexReader::optionalString(q.value(3)), IndexReader::taskFromQuery(q, 5),
        q.value(4).toBool() };
}

} // namespace core
