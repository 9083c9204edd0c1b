// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/query/taskdependencies.h"

#include "core/query/runread.h"

#include <QSqlQuery>

namespace core {

namespace {

// Tasks' "isDone": a task of any other status, one Vaultview has no name for included, is open.
const QString kClosed = QStringLiteral("('done','cancelled')");

// The ids of `alias`.depends_on as the rows of json_each (their `value`). The parser keeps ids of
// letters, digits, '-' and '_', so quoting each makes JSON; a list that still is not (an index
// written by another parser) names no task instead of failing the whole read.
QString dependsOnIds(const QString &alias)
{
    const QString list = QStringLiteral("'[\"' || replace(") + alias
        + QStringLiteral(".depends_on, char(31), '\",\"') || '\"]'");
    return QStringLiteral("json_each(CASE WHEN json_valid(") + list + QStringLiteral(") THEN ")
        + list + QStringLiteral(" ELSE '[]' END)");
}

} // namespace

TaskDependencies::TaskDependencies(const QSqlDatabase &db)
    : m_db(db)
{ }

QString TaskDependencies::blockedSql(const QString &alias)
{
    // CASE, unlike AND, is sure not to run the subquery for a task that depends on nothing.
    return QStringLiteral("CASE WHEN ") + alias + QStringLiteral(".depends_on = '' OR ") + alias
        + QStringLiteral(".state IN ") + kClosed
        + QStringLiteral(" THEN 0 ELSE EXISTS (SELECT 1 FROM ") + dependsOnIds(alias)
        + QStringLiteral(" d JOIN tasks b ON b.task_id = d.value WHERE b.state NOT IN ") + kClosed
        + QStringLiteral(") END");
}

QString TaskDependencies::blockedCondition(const QString &alias)
{
    // The first term matches the partial index tasks_depends: only tasks with a ⛔ are read.
    return alias + QStringLiteral(".depends_on <> '' AND ") + blockedSql(alias);
}

QString TaskDependencies::blockingCondition(const QString &alias)
{
    // The ids that open tasks wait for are listed once per statement (the subquery does not
    // refer to `alias`), then each candidate is one probe of that list.
    return alias + QStringLiteral(".task_id IS NOT NULL AND ") + alias
        + QStringLiteral(".state NOT IN ") + kClosed + QStringLiteral(" AND ") + alias
        + QStringLiteral(".task_id IN (SELECT d.value FROM tasks w, ")
        + dependsOnIds(QStringLiteral("w"))
        + QStringLiteral(" d WHERE w.depends_on <> '' AND w.state NOT IN ") + kClosed + u')';
}

std::optional<QList<TaskDependencies::Blocker>> TaskDependencies::blockers(
    const QString &path, int line)
{
    const auto found = read(path, line);
    if (!found)
        return std::nullopt;
    return found->value(line);
}

std::optional<QHash<int, QList<TaskDependencies::Blocker>>> TaskDependencies::blockersInNote(
    const QString &path)
{
    return read(path, std::nullopt);
}

std::optional<QHash<int, QList<TaskDependencies::Blocker>>> TaskDependencies::read(
    const QString &path, std::optional<int> line)
{
    m_error.clear();
    QVariantList binds { path };
    QString text = QStringLiteral("SELECT DISTINCT t.line, b.text, bn.path, bn.title, b.line"
                                  " FROM notes n JOIN tasks t ON t.note_id = n.id, ")
        + dependsOnIds(QStringLiteral("t"))
        + QStringLiteral(" d JOIN tasks b ON b.task_id = d.value JOIN notes bn ON bn.id = b.note_id"
                         " WHERE n.path = ? AND t.depends_on <> '' AND t.state NOT IN ")
        + kClosed + QStringLiteral(" AND b.state NOT IN ") + kClosed;
    if (line) {
        text += QStringLiteral(" AND t.line = ?");
        binds << *line;
    }
    text += QStringLiteral(" ORDER BY t.line, bn.path, b.line");
    QSqlQuery q(m_db);
    if (!runRead(q, text, binds, QStringLiteral("cannot read what a task waits for"), &m_error))
        return std::nullopt;
    QHash<int, QList<Blocker>> out;
    while (q.next())
        out[q.value(0).toInt()].append({ q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toInt() });
    return out;
}

} // namespace core
