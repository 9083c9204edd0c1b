// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/note.h"

#include <QSqlDatabase>
#include <functional>
#include <optional>

class QSqlQuery;

namespace core {

class Query;

// Runs a Query against the index.
class Search final
{
public:
    struct TaskHit
    {
        qint64 noteId = 0;
        QString path;
        QString title;
        std::optional<QString> date;
        Task task;
        bool blocked = false; // TaskDependencies: it waits for an open task
    };

    // One line of the meeting list: light enough to hold for 100,000 notes.
    struct NoteRow
    {
        qint64 id = 0;
        QString path;
        QString title;
        std::optional<QString> date;
        std::optional<QString> type;
        int taskCount = 0;
        int openCount = 0;
        int proposedCount = 0;
        bool hasWarnings = false;
    };

    enum class Order { Path, DateDescending, Title };

    explicit Search(const QSqlDatabase &db);

    std::optional<QList<TaskHit>> tasks(const Query &query);
    // The same hits one at a time, in the same order, none of them kept: for a vault's worth.
    bool forEachTask(const Query &query, const std::function<void(const TaskHit &)> &visit);
    std::optional<QList<NoteRow>> notes(const Query &query, Order order = Order::Path);
    QString error() const { return m_error; }

    // The columns of a NoteRow over `notes n`, and the row read back from a query that selected
    // them first: shared with MeetingQueries, which pages the same rows.
    static QString noteRowColumns();
    static NoteRow noteRow(const QSqlQuery &q);
    // The same for a TaskHit over "tasks t JOIN notes n", shared with PeopleDirectory.
    static QString taskHitColumns();
    static TaskHit taskHit(const QSqlQuery &q);

private:
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace core
