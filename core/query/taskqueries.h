// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/task.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace core {

// The Tasks view's reads. ids() lists every task that passes a filter (the search language and
// the state, owner, tag and due chips) in display order, grouped by due bucket, owner or meeting:
// bare ids with the group boundaries, cheap to hold for 200,000 tasks. rows() then reads the few
// tasks a view shows. rawLine() is the line a fix of one task must find in its file; taskId() the
// id of the task on a line.
class TaskQueries final
{
public:
    enum class Grouping { DueBucket, Owner, Meeting };
    enum class DueRange { Any, Overdue, Today, ThisWeek, Next30Days, NoDate };
    // The groups of Grouping::DueBucket, in their order.
    enum class DueBucket { Overdue, Today, ThisWeek, Later, NoDate };
    // In the order of the Tasks view's columns.
    enum class SortKey { State, Text, Owner, Due, Priority, Meeting, Date };

    struct Filter
    {
        QStringList states = openStates(); // state names; all six (or none) means any
        QString owner; // "none" for tasks without one
        QString tag;
        DueRange due = DueRange::Any;
        QString query; // the search field's language
    };

    // Groups first, then `key` in `direction`; ties in file order (note, line).
    struct Order
    {
        Grouping grouping = Grouping::DueBucket;
        SortKey key = SortKey::Due;
        Qt::SortOrder direction = Qt::AscendingOrder;
    };

    // Consecutive ids of one group.
    struct Group
    {
        DueBucket bucket = DueBucket::NoDate; // Grouping::DueBucket
        // Grouping::Owner: the owner as first met (empty: no owner); Grouping::Meeting: the
        // meeting's title, with " · " and its date when it has one.
        QString name;
        int first = 0;
        int count = 0;
    };

    struct Ids
    {
        QVector<qint64> ids;
        QList<Group> groups;
    };

    // One task with its meeting, as read from the index.
    struct Row
    {
        qint64 id = 0;
        QString path;
        QString title;
        QString date;
        Task task;
        bool blocked = false; // TaskDependencies: it waits for an open task
    };

    explicit TaskQueries(const QSqlDatabase &db);

    static QStringList openStates();
    static QStringList allStates();
    // False, with the search language's words in `error`, when the filter's query does not parse.
    static bool check(const Filter &filter, const QDate &today, QString *error = nullptr);

    // nullopt for a query that does not parse or a failed read (error() says which).
    std::optional<Ids> ids(const Filter &filter, const Order &order, const QDate &today);
    // The tasks of `ids`, in that order; a task no longer in the index is a Row with id 0.
    std::optional<QVector<Row>> rows(const QVector<qint64> &ids);
    // The indexed line of the task on `line` of `path`; nullopt when there is none or on error.
    std::optional<QString> rawLine(const QString &path, int line);
    // The id of the task on `line` of `path` (a re-index gives a note's tasks new ids: a view
    // finds its selection again by it); nullopt when there is none or on error.
    std::optional<qint64> taskId(const QString &path, int line);
    QString error() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace core
