#include "ui/meeting/meetinglistquery.h"

#include "core/query/query.h"
#include "ui/meeting/logging.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace ui {

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

const QString kRowColumns = QStringLiteral(
    "n.id, n.path, n.title, n.date, n.type, n.task_count, n.open_count, n.proposed_count,"
    " n.warnings != '' OR EXISTS (SELECT 1 FROM conflicts c WHERE c.original = n.path)");
constexpr int kRowColumnCount = 9;
const QString kTitleOrder = QStringLiteral(" ORDER BY n.title COLLATE NOCASE, n.path");
// The date index alone answers this order (no row is read): NULL dates sort last in descending
// order, and notes of one day newest-indexed first.
const QString kDateOrder = QStringLiteral(" ORDER BY n.date DESC, n.id DESC");

core::Search::NoteRow rowFrom(const QSqlQuery &q)
{
    core::Search::NoteRow row;
    row.id = q.value(0).toLongLong();
    row.path = q.value(1).toString();
    row.title = q.value(2).toString();
    if (!q.value(3).isNull())
        row.date = q.value(3).toString();
    if (!q.value(4).isNull())
        row.type = q.value(4).toString();
    row.taskCount = q.value(5).toInt();
    row.openCount = q.value(6).toInt();
    row.proposedCount = q.value(7).toInt();
    row.hasWarnings = q.value(8).toBool();
    return row;
}

} // namespace

MeetingListQuery::MeetingListQuery(const QSqlDatabase &db)
    : m_db(db)
{ }

bool MeetingListQuery::run(QSqlQuery &q, const QString &text, const QVariantList &binds)
{
    q.setForwardOnly(true);
    if (!q.prepare(text)) {
        m_error = QStringLiteral("cannot search: ") + q.lastError().text();
        qCWarning(lcMeeting) << m_error;
        return false;
    }
    for (const QVariant &value : binds)
        q.addBindValue(value);
    if (!q.exec()) {
        m_error = QStringLiteral("cannot search: ") + q.lastError().text();
        qCWarning(lcMeeting) << m_error;
        return false;
    }
    return true;
}

std::optional<QList<MeetingListQuery::Key>> MeetingListQuery::keys(
    const core::Query &query, Order order)
{
    const core::Query::Sql sql = query.noteSql();
    const bool byTitle = order == Order::Title;
    const QString text = (byTitle
            ? QStringLiteral("SELECT n.id, substr(ltrim(n.title), 1, 1) FROM notes n WHERE ")
            : QStringLiteral("SELECT n.id, n.date FROM notes n WHERE "))
        + sql.where + (byTitle ? kTitleOrder : kDateOrder);
    QSqlQuery q(m_db);
    if (!run(q, text, sql.binds))
        return std::nullopt;
    QList<Key> keys;
    while (q.next()) {
        const QVariant section = q.value(1);
        keys.append({ q.value(0).toLongLong(), byTitle ? titleSection(section) : dateSection(section) });
    }
    return keys;
}

std::optional<MeetingListQuery::Prefix> MeetingListQuery::prefix(
    const core::Query &query, Order order, int limit, int window)
{
    const core::Query::Sql sql = query.noteSql();
    const bool byTitle = order == Order::Title;
    // The window is read from the date index alone; titles have no index to take it from.
    const QString text = QStringLiteral("SELECT ") + kRowColumns
        + QStringLiteral(", substr(ltrim(n.title), 1, 1) FROM notes n WHERE ")
        + (byTitle ? QString()
                   : QStringLiteral("n.id IN (SELECT id FROM notes ORDER BY date DESC, id DESC"
                                    " LIMIT %1) AND ")
                         .arg(window))
        + u'(' + sql.where + u')' + (byTitle ? kTitleOrder : kDateOrder)
        + QStringLiteral(" LIMIT %1").arg(limit);
    QSqlQuery q(m_db);
    if (!run(q, text, sql.binds))
        return std::nullopt;
    Prefix prefix;
    while (q.next()) {
        core::Search::NoteRow row = rowFrom(q);
        prefix.keys.append({ row.id,
            byTitle ? titleSection(q.value(kRowColumnCount))
                    : dateSection(row.date ? QVariant(*row.date) : QVariant()) });
        prefix.rows.append(std::move(row));
    }
    return prefix;
}

std::optional<QList<core::Search::NoteRow>> MeetingListQuery::rows(const QList<qint64> &ids)
{
    QList<core::Search::NoteRow> rows;
    if (ids.isEmpty())
        return rows;
    QString list;
    for (const qint64 id : ids)
        list += (list.isEmpty() ? QString() : QStringLiteral(",")) + QString::number(id);
    QSqlQuery q(m_db);
    // Integers only: the list is built here, never from user text.
    if (!run(q, QStringLiteral("SELECT ") + kRowColumns
                + QStringLiteral(" FROM notes n WHERE n.id IN (%1)").arg(list),
            {})) {
        m_error = QStringLiteral("cannot read the meeting list: ") + q.lastError().text();
        return std::nullopt;
    }
    QHash<qint64, core::Search::NoteRow> byId;
    while (q.next()) {
        core::Search::NoteRow row = rowFrom(q);
        byId.insert(row.id, std::move(row));
    }
    rows.reserve(ids.size());
    for (const qint64 id : ids) {
        if (const auto it = byId.constFind(id); it != byId.cend())
            rows.append(*it);
    }
    return rows;
}

std::optional<qint64> MeetingListQuery::idOfPath(const QString &path)
{
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("SELECT id FROM notes WHERE path = ?"))) {
        m_error = q.lastError().text();
        return std::nullopt;
    }
    q.addBindValue(path);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return std::nullopt;
    }
    return q.next() ? std::optional<qint64>(q.value(0).toLongLong()) : std::nullopt;
}

} // namespace ui
