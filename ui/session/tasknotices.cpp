// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/session/tasknotices.h"

#include <QDate>
#include <QLocale>

namespace ui {

QStringList TaskNotices::blockedBy(const QList<core::TaskDependencies::Blocker> &blockers)
{
    QStringList lines;
    for (const core::TaskDependencies::Blocker &blocker : blockers)
        lines.append(tr("Blocked by: %1 — %2").arg(blocker.text, blocker.title));
    return lines;
}

QStringList TaskNotices::blockedBy(const QSqlDatabase &db, const QString &path, int line)
{
    QStringList lines;
    if (db.isOpen()) {
        if (const auto blockers = core::TaskDependencies(db).blockers(path, line))
            lines = blockedBy(*blockers);
    }
    // The flag and the blockers are two reads: a blocker ticked off in between leaves none.
    if (lines.isEmpty())
        lines.append(tr("Blocked: it waits for another task"));
    return lines;
}

QStringList TaskNotices::warnings(const QStringList &warnings)
{
    QStringList lines;
    for (const QString &warning : warnings)
        lines.append(tr("Warning: %1").arg(warning));
    return lines;
}

QString TaskNotices::accessibleSuffix(bool blocked, qsizetype warnings)
{
    QString suffix;
    if (blocked)
        suffix += tr(", blocked");
    if (warnings == 1)
        suffix += tr(", 1 warning");
    else if (warnings > 1)
        suffix += tr(", %1 warnings").arg(warnings);
    return suffix;
}

QString TaskNotices::stateText(core::TaskState state)
{
    switch (state) {
    case core::TaskState::Todo:
        return tr("Open");
    case core::TaskState::Done:
        return tr("Done");
    case core::TaskState::InProgress:
        return tr("In progress");
    case core::TaskState::Cancelled:
        return tr("Cancelled");
    case core::TaskState::Proposed:
        return tr("Proposed");
    case core::TaskState::Forwarded:
        return tr("Forwarded");
    case core::TaskState::Other:
        break;
    }
    return tr("Other");
}

QString TaskNotices::accessibleText(const core::Task &task, bool blocked)
{
    QString text = tr("%1 task: %2").arg(stateText(task.state), task.text);
    if (task.owner)
        text += tr(", owner %1").arg(*task.owner);
    if (task.due) {
        const QDate due = QDate::fromString(*task.due, Qt::ISODate);
        text += tr(", due %1")
                    .arg(due.isValid() ? QLocale().toString(due, QLocale::LongFormat) : *task.due);
    }
    return text + accessibleSuffix(blocked, task.warnings.size());
}

} // namespace ui
