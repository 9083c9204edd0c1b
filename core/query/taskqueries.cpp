// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/query/taskqueries.h"

#include "core/index/indexreader.h"
#include "core/query/query.h"
#include "core/query/runread.h"
#include "core/query/taskdependencies.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>

namespace core {

namespace {

struct Where
{
    QString sql;
    QVariantList binds;
};

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QDate weekEnd(const QDate &today)
{
    return today.addDays(7 - today.dayOfWeek());
}

void addChips(Where &w, const TaskQueries::Filter &filter, const QDate &today)
{
    const auto add = [&w](const QString &condition, const QVariantList &binds) {
        w.sql += QStringLiteral(" AND ") + condition;
        w.binds += binds;
    };
    QStringList states = filter.states;
    states.removeDuplicates();
    if (!states.isEmpty() && states.size() < TaskQueries::allStates().size()) {
        QVariantList binds;
        for (const QString &state : states)
            binds << state;
        add(QStringLiteral("t.state IN (") + Query::placeholders(states.size()) + u')', binds);
    }
    if (filter.owner.compare(u"none", Qt::CaseInsensitive) == 0)
        add(QStringLiteral("t.owner IS NULL"), {});
    else if (!filter.owner.trimmed().isEmpty())
        add(QStringLiteral("t.owner = ? COLLATE NOCASE"), { filter.owner.trimmed() });
    if (QString tag = filter.tag.trimmed(); !tag.isEmpty()) {
        while (tag.startsWith(u'#'))
            tag.remove(0, 1);
        // The note's tags include its tasks' own.
        add(QStringLiteral(
                "EXISTS (SELECT 1 FROM note_tags nt WHERE nt.note_id = n.id AND nt.tag = ?)"),
            { tag });
    }
    const QString day = isoDate(today);
    switch (filter.due) {
    case TaskQueries::DueRange::Any:
        break;
    case TaskQueries::DueRange::Overdue:
        add(QStringLiteral("+t.due < ?"),
            { day }); // most tasks: a scan beats the index (see Query)
        break;
    case TaskQueries::DueRange::Today:
        add(QStringLiteral("t.due = ?"), { day });
        break;
    case TaskQueries::DueRange::ThisWeek:
        add(QStringLiteral("t.due >= ? AND t.due <= ?"), { day, isoDate(weekEnd(today)) });
        break;
    case TaskQueries::DueRange::Next30Days:
        add(QStringLiteral("t.due >= ? AND t.due <= ?"), { day, isoDate(today.addDays(30)) });
        break;
    case TaskQueries::DueRange::NoDate:
        add(QStringLiteral("t.due IS NULL"), {});
        break;
    }
}

std::optional<Where> whereOf(const TaskQueries::Filter &filter, const QDate &today, QString *error)
{
    const auto query = Query::parse(filter.query, error, today);
    if (!query)
        return std::nullopt;
    const Query::Sql sql = query->taskSql();
    Where w { QStringLiteral("(") + sql.where + QStringLiteral(")"), sql.binds };
    addChips(w, filter, today);
    return w;
}

// The group's key (and, by meeting, its label) as the columns after the id.
QString groupColumns(TaskQueries::Grouping grouping, const QDate &today)
{
    switch (grouping) {
    case TaskQueries::Grouping::DueBucket:
        // Named placeholders would mix with the query's positional ones: the dates are inlined.
        return QStringLiteral(
            "CASE WHEN t.due IS NULL THEN 4 WHEN t.due < '%1' THEN 0"
            " WHEN t.due = '%1' THEN 1 WHEN t.due <= '%2' THEN 2 ELSE 3 END, NULL")
            .arg(isoDate(today), isoDate(weekEnd(today)));
    case TaskQueries::Grouping::Owner:
        return QStringLiteral("COALESCE(t.owner, ''), NULL");
    case TaskQueries::Grouping::Meeting:
        return QStringLiteral(
            "n.id, n.title || CASE WHEN n.date IS NULL THEN '' ELSE ' · ' || n.date END");
    }
    return {};
}

QString orderBy(const TaskQueries::Order &order)
{
    static const char *const keys[] = { "t.state", "t.text COLLATE NOCASE",
        "t.owner IS NULL, t.owner COLLATE NOCASE", "t.due IS NULL, t.due",
        "CASE t.priority WHEN 'highest' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2"
        " WHEN 'normal' THEN 3 WHEN 'low' THEN 4 ELSE 5 END",
        "n.title COLLATE NOCASE", "n.date IS NULL, n.date" };
    const QString direction
        = order.direction == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString group;
    switch (order.grouping) {
    case TaskQueries::Grouping::DueBucket:
        group = QStringLiteral("2"); // the bucket column
        break;
    case TaskQueries::Grouping::Owner:
        group = QStringLiteral("t.owner IS NULL, t.owner COLLATE NOCASE");
        break;
    case TaskQueries::Grouping::Meeting:
        group = QStringLiteral("n.date IS NULL, n.date DESC, n.path");
        break;
    }
    QString key = QString::fromLatin1(keys[std::clamp(int(order.key), 0, 6)]);
    key.replace(u',', direction + u',');
    return group + QStringLiteral(", ") + key + direction + QStringLiteral(", t.note_id, t.line");
}

TaskQueries::Group groupOf(TaskQueries::Grouping grouping, const QSqlQuery &q, int first)
{
    TaskQueries::Group group;
    group.first = first;
    switch (grouping) {
    case TaskQueries::Grouping::DueBucket:
        group.bucket = TaskQueries::DueBucket(std::clamp(q.value(1).toInt(), 0, 4));
        break;
    case TaskQueries::Grouping::Owner:
        group.name = q.value(1).toString();
        break;
    case TaskQueries::Grouping::Meeting:
        group.name = q.value(2).toString();
        break;
    }
    return group;
}

} // namespace

TaskQueries::TaskQueries(const QSqlDatabase &db)
    : m_db(db)
{ }

QStringList TaskQueries::openStates()
{
    return { QStringLiteral("todo"), QStringLiteral("in_progress"), QStringLiteral("proposed"),
        QStringLiteral("forwarded") };
}

QStringList TaskQueries::allStates()
{
    return openStates() + QStringList { QStringLiteral("done"), QStringLiteral("cancelled") };
}

bool TaskQueries::check(const Filter &filter, const QDate &today, QString *error)
{
    return Query::parse(filter.query, error, today).has_value();
}

std::optional<TaskQueries::Ids> TaskQueries::ids(
    const Filter &filter, const Order &order, const QDate &today)
{
    const auto where = whereOf(filter, today, &m_error);
    if (!where)
        return std::nullopt;
    const QString text = QStringLiteral("SELECT t.id, ") + groupColumns(order.grouping, today)
        + QStringLiteral(" FROM tasks t JOIN notes n ON n.id = t.note_id WHERE ") + where->sql
        + QStringLiteral(" ORDER BY ") + orderBy(order);
    QSqlQuery q(m_db);
    if (!runRead(q, text, where->binds, QStringLiteral("cannot list the tasks"), &m_error))
        return std::nullopt;
    Ids out;
    QVariant previous;
    while (q.next()) {
        const QVariant key = q.value(1);
        if (out.groups.isEmpty() || key != previous) {
            out.groups.append(groupOf(order.grouping, q, int(out.ids.size())));
            previous = key;
        }
        out.ids.append(q.value(0).toLongLong());
        ++out.groups.last().count;
    }
    return out;
}

std::optional<QVector<TaskQueries::Row>> TaskQueries::rows(const QVector<qint64> &ids)
{
    QVector<Row> rows(ids.size());
    if (ids.isEmpty())
        return rows;
    const QVariantList binds(ids.cbegin(), ids.cend());
    const QString text = QStringLiteral("SELECT t.id, n.path, n.title, n.date, ")
        + TaskDependencies::blockedSql() + QStringLiteral(", ") + IndexReader::taskColumns()
        + QStringLiteral(" FROM tasks t JOIN notes n ON n.id = t.note_id WHERE t.id IN (")
        + Query::placeholders(binds.size()) + u')';
    QSqlQuery q(m_db);
    if (!runRead(q, text, binds, QStringLiteral("cannot read the tasks"), &m_error))
        return std::nullopt;
    QHash<qint64, Row> byId;
    while (q.next()) {
        Row row { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), IndexReader::taskFromQuery(q, 5), q.value(4).toBool() };
        byId.insert(row.id, std::move(row));
    }
    for (qsizetype i = 0; i < ids.size(); ++i)
        rows[i] = byId.value(ids.at(i));
    return rows;
}

std::optional<QString> TaskQueries::rawLine(const QString &path, int line)
{
    m_error.clear();
    QSqlQuery q(m_db);
    if (!runRead(q,
            QStringLiteral("SELECT t.raw FROM tasks t JOIN notes n ON n.id = t.note_id"
                           " WHERE n.path = ? AND t.line = ?"),
            { path, line }, QStringLiteral("cannot read a task's line"), &m_error))
        return std::nullopt;
    return q.next() ? std::optional<QString>(q.value(0).toString()) : std::nullopt;
}

std::optional<qint64> TaskQueries::taskId(const QString &path, int line)
{
    m_error.clear();
    QSqlQuery q(m_db);
    if (!runRead(q,
            QStringLiteral("SELECT t.id FROM tasks t JOIN notes n ON n.id = t.note_id"
                           " WHERE n.path = ? AND t.line = ?"),
            { path, line }, QStringLiteral("cannot read a task's id"), &m_error))
        return std::nullopt;
    return q.next() ? std::optional<qint64>(q.value(0).toLongLong()) : std::nullopt;
}

} // namespace core
