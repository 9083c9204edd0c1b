// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/people/persontaskmodel.h"

#include "core/model/task.h"
#include "ui/session/tasknotices.h"

namespace ui {

PersonTaskModel::PersonTaskModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

PersonTaskModel::~PersonTaskModel() = default;

void PersonTaskModel::setTasks(const QList<core::Search::TaskHit> &tasks, const QDate &today)
{
    beginResetModel();
    m_tasks = tasks;
    m_today = today;
    endResetModel();
}

int PersonTaskModel::overdueCount() const
{
    return int(std::count_if(m_tasks.cbegin(), m_tasks.cend(),
        [this](const core::Search::TaskHit &hit) { return core::isOverdue(hit.task, m_today); }));
}

int PersonTaskModel::rowOf(const QString &path, int line) const
{
    for (int row = 0; row < m_tasks.size(); ++row) {
        if (m_tasks.at(row).path == path && m_tasks.at(row).task.line == line)
            return row;
    }
    return -1;
}

int PersonTaskModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

QVariant PersonTaskModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Search::TaskHit &hit = m_tasks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return hit.task.text;
    case Qt::ToolTipRole:
        return toolTip(hit);
    case Qt::AccessibleTextRole:
        return TaskNotices::accessibleText(hit.task, hit.blocked);
    case PathRole:
        return hit.path;
    case MeetingRole:
        return hit.title;
    case DateRole:
        return hit.date.value_or(QString());
    case DueRole:
        return hit.task.due.value_or(QString());
    case OverdueRole:
        return core::isOverdue(hit.task, m_today);
    case OwnerRole:
        return hit.task.owner.value_or(QString());
    case LineRole:
        return hit.task.line;
    case BlockedRole:
        return hit.blocked;
    case WarningsRole:
        return hit.task.warnings;
    case RawRole:
        return hit.task.raw;
    default:
        return {};
    }
}

QString PersonTaskModel::toolTip(const core::Search::TaskHit &hit) const
{
    QString tip = hit.task.text + u'\n' + tr("From %1; double-click to open the meeting").arg(hit.title);
    QStringList notices = TaskNotices::warnings(hit.task.warnings);
    if (hit.blocked)
        notices = TaskNotices::blockedBy(m_db, hit.path, hit.task.line) + notices;
    if (!notices.isEmpty())
        tip += QStringLiteral("\n\n") + notices.join(u'\n');
    return tip;
}

QHash<int, QByteArray> PersonTaskModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({ { TextRole, "text" }, { PathRole, "path" }, { MeetingRole, "meeting" },
        { DateRole, "date" }, { DueRole, "due" }, { OverdueRole, "overdue" },
        { OwnerRole, "owner" }, { LineRole, "line" }, { BlockedRole, "blocked" },
        { WarningsRole, "warnings" }, { RawRole, "raw" } });
    return names;
}

} // namespace ui
