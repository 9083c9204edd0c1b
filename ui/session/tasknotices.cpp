#include "ui/session/tasknotices.h"

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

} // namespace ui
