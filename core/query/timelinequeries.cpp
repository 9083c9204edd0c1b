// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/query/timelinequeries.h"

#include "core/query/query.h"
#include "core/query/runread.h"

#include <QSqlQuery>

namespace core {

TimelineQueries::TimelineQueries(const QSqlDatabase &db)
    : m_db(db)
{ }

std::optional<QMap<QDate, int>> TimelineQueries::countsPerDay(const Query &query)
{
    const Query::Sql sql = query.noteSql();
    const QString text = QStringLiteral("SELECT substr(n.date, 1, 10) AS day, COUNT(*) FROM notes n"
                                        " WHERE n.date IS NOT NULL AND (")
        + sql.where + QStringLiteral(") GROUP BY day");
    QSqlQuery q(m_db);
    if (!runRead(q, text, sql.binds, QStringLiteral("cannot count meetings"), &m_error))
        return std::nullopt;
    QMap<QDate, int> counts;
    while (q.next()) {
        const QDate day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        if (day.isValid())
            counts.insert(day, q.value(1).toInt());
    }
    return counts;
}

} // namespace core
