#pragma once

#include "core/query/search.h"

#include <QList>
#include <QSqlDatabase>
#include <QVariantList>
#include <QString>
#include <optional>

class QSqlQuery;

namespace core {
class Query;
}

namespace ui {

// The SQL behind the lazy meeting list: the matching note ids in display order with a small
// section key each (all of them, cheap even for 100,000 notes), and the details of a few rows
// at a time (a page, read when the view needs it).
class MeetingListQuery final
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
        QList<core::Search::NoteRow> rows;
    };

    explicit MeetingListQuery(const QSqlDatabase &db);

    std::optional<QList<Key>> keys(const core::Query &query, Order order);
    // At most `limit` first rows of the list, cheaply: in date order only the newest `window`
    // notes are looked at, so a search that matches few of them returns fewer rows (still the
    // list's first ones), however many the whole vault holds.
    std::optional<Prefix> prefix(const core::Query &query, Order order, int limit, int window);
    // The rows of `ids` in the same order; ids no longer in the index are left out.
    std::optional<QList<core::Search::NoteRow>> rows(const QList<qint64> &ids);
    std::optional<qint64> idOfPath(const QString &path);
    QString error() const { return m_error; }

private:
    bool run(QSqlQuery &q, const QString &text, const QVariantList &binds);

    QSqlDatabase m_db;
    QString m_error;
};

} // namespace ui
