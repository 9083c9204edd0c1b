// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace core {

// Obsidian Tasks' dependencies (🆔 id, ⛔ depends on), as Tasks tells them (Task.isBlocked and
// isBlocking): a task is blocked when it is neither done nor cancelled and one of the ids it
// depends on names a task, anywhere in the vault, that is neither done nor cancelled; an id
// that names no task blocks nothing. A task is blocking when it is neither done nor cancelled
// and such a task depends on its id.
class TaskDependencies final
{
public:
    // An open task that another waits for.
    struct Blocker
    {
        QString text;
        QString path; // its note
        QString title; // its note's title
        int line = 0;
        friend bool operator==(const Blocker &, const Blocker &) = default;
    };

    explicit TaskDependencies(const QSqlDatabase &db);

    // SQL for "the task `alias` (a row of tasks) is blocked": 1 or 0, cheap for a task without
    // ⛔ (most of them), an index probe per id otherwise.
    static QString blockedSql(const QString &alias = QStringLiteral("t"));
    // The same as a WHERE condition, which also lets SQLite read only the tasks with a ⛔.
    static QString blockedCondition(const QString &alias = QStringLiteral("t"));
    // A WHERE condition for "the task `alias` is blocking".
    static QString blockingCondition(const QString &alias = QStringLiteral("t"));

    // The open tasks the task on `line` of `path` waits for, by note path then line; empty when
    // it is not blocked (or not there). nullopt on a failed read (error() says why).
    std::optional<QList<Blocker>> blockers(const QString &path, int line);
    // The blocked tasks of the note `path`: line → what it waits for.
    std::optional<QHash<int, QList<Blocker>>> blockersInNote(const QString &path);
    QString error() const { return m_error; }

private:
    std::optional<QHash<int, QList<Blocker>>> read(const QString &path, std::optional<int> line);

    QSqlDatabase m_db;
    QString m_error;
};

} // namespace core
