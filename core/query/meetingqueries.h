// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/query/search.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace core {

class Query;

// The reads behind the lazy meeting list: the matching note ids in display order with a small
// section key each (all of them, cheap even for 100,000 notes), the first rows of a list with
// their details (shown before the whole list is known), and the details of a few rows at a time
// (a page, read when the view needs it).
class MeetingQueries final
{
public:
    enum class Order { Date, Title };

    struct Key
    {
        qint64 id = 0;
        int section = 0; // yyyymm (date order, -1 without a date) or an initial (title order)
        bool operator==(const Key &other) const = default;
    };

    // The first rows of a list, read with their details.
    struct Prefix
    {
        QList<Key> keys;
        QList<Search::NoteRow> rows;
    };

    explicit MeetingQueries(const QSqlDatabase &db);

    // Date order: newest first, notes of one day newest-indexed first, undated notes last. Title
    // order: by title ignoring case, then path; initials that are not letters share section '#'.
    std::optional<QList<Key>> keys(const Query &query, Order order);
    // At most `limit` first rows of the list, cheaply: in date order only the newest `window`
    // notes are looked at, so a search that matches few of them returns fewer rows (still the
    // list's first ones), however many the whole vault holds.
    std::optional<Prefix> prefix(const Query &query, Order order, int limit, int window);
    // The rows of `ids` in the same order; ids no longer in the index are left out.
    std::optional<QList<Search::NoteRow>> rows(const QList<qint64> &ids);
    // nullopt when no note has `path` (error() is then empty) or on a failed read.
    std::optional<qint64> idOfPath(const QString &path);
    QString error() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace core
