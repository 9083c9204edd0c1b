// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/task.h"
#include "core/query/taskdependencies.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace ui {

// What every task list says of a task that waits for another (core::TaskDependencies) or whose
// line Tasks reads with a problem (core::Task::warnings): the same words in the Tasks view, a
// meeting's tasks, triage and a person's page.
class TaskNotices final
{
    Q_DECLARE_TR_FUNCTIONS(ui::TaskNotices)
public:
    // "Blocked by: <text> — <note title>", a line for each open task waited for.
    static QStringList blockedBy(const QList<core::TaskDependencies::Blocker> &blockers);
    // The same for the task on `line` of `path`, asked of the index; for a task flagged blocked
    // whose blockers cannot be read (no index, a failed read that core has logged), one line
    // that says it is blocked all the same.
    static QStringList blockedBy(const QSqlDatabase &db, const QString &path, int line);
    // "Warning: <warning>", a line each.
    static QStringList warnings(const QStringList &warnings);
    // What a screen reader adds after the task's text: ", blocked", ", 2 warnings".
    static QString accessibleSuffix(bool blocked, qsizetype warnings);
    // What a screen reader reads for a task's row: "Open task: <text>, owner <x>, due <date>"
    // and the suffix above.
    static QString accessibleText(const core::Task &task, bool blocked);
    // "Open", "Done", "In progress", … as the row reads it.
    static QString stateText(core::TaskState state);
};

} // namespace ui
