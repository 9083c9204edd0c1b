// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/query/meetingqueries.h"

#include "core/index/indexreader.h"
#include "core/query/query.h"
#include "core/query/runread.h"

#include <QHash>
#include <QSqlQuery>

namespace core {

namespace {

int dateSection(const QVariant &value)
{
    const QString date = value.toString();
    if (value.isNull() || date.isEmpty())
        return -1;
    bool yearOk = false;
    bool monthOk = false;
    const int year = date.left(4).toInt(&yearOk);
    const int month = date.mid(5, 2).toInt(&monthOk);
    return yearOk && monthOk ? year * 100 + month : 0;
}

int titleSection(const QVariant &value)
{
    const QString initial = value.toString();
    if (initial.isEmpty() || !initial.at(0).isLetter())
        return u'#';
    return initial.at(0).toUpper().unicode();
}

// The columns of Search::noteRowColumns(); what the meeting list reads comes after them.
constexpr int kRowColumnCount = 9;
const QString kTitleOrder = QStringLiteral(" ORDER BY n.title COLLATE NOCASE, n.path");
// The date index alone answers this order (no row is read): NULL dates sort last in descending
// order, and notes of one day newest-indexed first.
const QString kDateOrder = QStringLiteral(" ORDER BY n.date DESC, n.id DESC");
const QString kCannotSearch = QStringLiteral("cannot search");

} // namespace

MeetingQueries::MeetingQueries(const QSqlDatabase &db)
    : m_db(db)
{ }

std::optional<QList<MeetingQueries::Key>> MeetingQueries::keys(const Query &query, Order order)
{
    const Query::Sql sql = query.noteSql();
    const bool byTitle = order == Order::Title;
    const QString text
        = (byTitle ? QStringLiteral("SELECT n.id, substr(ltrim(n.title), 1, 1) FROM notes n WHERE ")
                   : QStringLiteral("SELECT n.id, n.date FROM notes n WHERE "))
        + sql.where + (byTitle ? kTitleOrder : kDateOrder);
    QSqlQuery q(m_db);
    if (!runRead(q, text, sql.binds, kCannotSearch, &m_error))
        return std::nullopt;
    QList<Key> keys;
    while (q.next()) {
        const QVariant section = q.value(1);
        keys.append(
            { q.value(0).toLongLong(), byTitle ? titleSection(section) : dateSection(section) });
    }
    return keys;
}

std::optional<MeetingQueries::Prefix> MeetingQueries::prefix(
    const Query &query, Order order, int limit, int window)
{
    const Query::Sql sql = query.noteSql();
    const bool byTitle = order == Order::Title;
    // The window is read from the date index alone; titles have no index to take it from.
    const QString text = QStringLiteral("SELECT ") + Search::noteRowColumns()
        + QStringLiteral(", substr(ltrim(n.title), 1, 1) FROM notes n WHERE ")
        + (byTitle ? QString()
                   : QStringLiteral("n.id IN (SELECT id FROM notes ORDER BY date DESC, id DESC"
                                    " LIMIT %1) AND ")
                         .arg(window))
        + u'(' + sql.where + u')' + (byTitle ? kTitleOrder : kDateOrder)
        + QStringLiteral(" LIMIT %1").arg(limit);
    QSqlQuery q(m_db);
    if (!runRead(q, text, sql.binds, kCannotSearch, &m_error))
        return std::nullopt;
    Prefix prefix;
    while (q.next()) {
        Search::NoteRow row = Search::noteRow(q);
        prefix.keys.append({ row.id,
            byTitle ? titleSection(q.value(kRowColumnCount))
                    : dateSection(row.date ? QVariant(*row.date) : QVariant()) });
        prefix.rows.append(std::move(row));
    }
    return prefix;
}

std::optional<QList<Search::NoteRow>> MeetingQueries::rows(const QList<qint64> &ids)
{
    QList<Search::NoteRow> rows;
    if (ids.isEmpty())
        return rows;
    QString list;
    for (const qint64 id : ids)
        list += (list.isEmpty() ? QString() : QStringLiteral(",")) + QString::number(id);
    QSqlQuery q(m_db);
    // Integers only: the list is built here, never from user text.
    if (!runRead(q,
            QStringLiteral("SELECT ") + Search::noteRowColumns()
                + QStringLiteral(" FROM notes n WHERE n.id IN (%1)").arg(list),
            {}, QStringLiteral("cannot read the meeting list"), &m_error))
        return std::nullopt;
    QHash<qint64, Search::NoteRow> byId;
    while (q.next()) {
        Search::NoteRow row = Search::noteRow(q);
        byId.insert(row.id, std::move(row));
    }
    rows.reserve(ids.size());
    for (const qint64 id : ids) {
        if (const auto it = byId.constFind(id); it != byId.cend())
            rows.append(*it);
    }
    return rows;
}

std::optional<qint64> MeetingQueries::idOfPath(const QString &path)
{
    QSqlQuery q(m_db);
    if (!runRead(q, QStringLiteral("SELECT id FROM notes WHERE path = ?"), { path },
            QStringLiteral("cannot find a note"), &m_error))
        return std::nullopt;
    return q.next() ? std::optional<qint64>(q.value(0).toLongLong()) : std::nullopt;
}

} // namespace core
