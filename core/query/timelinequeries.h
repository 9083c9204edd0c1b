// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace core {

class Query;

// The Timeline view's read: how many meetings each day holds.
class TimelineQueries final
{
public:
    explicit TimelineQueries(const QSqlDatabase &db);

    // Meetings per day of the notes that match `query`, in one aggregate query however big the
    // vault. Notes without a date, or with one that is not a day, are not counted; days without
    // meetings are absent. nullopt on a failed read (error()).
    std::optional<QMap<QDate, int>> countsPerDay(const Query &query);
    QString error() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace core
