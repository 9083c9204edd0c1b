// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tasks/duplicatesmodel.h"

#include "ui/tasks/taskstatusdelegate.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <iterator>

namespace ui {

DuplicatesModel::DuplicatesModel(QObject *parent)
    : GroupedTreeModel(parent)
{ }

DuplicatesModel::~DuplicatesModel() = default;

void DuplicatesModel::setGroups(const QList<core::DuplicateFinder::Group> &groups)
{
    beginResetModel();
    m_groups = groups;
    endResetModel();
}

void DuplicatesModel::removeGroup(int group)
{
    if (group < 0 || group >= m_groups.size())
        return;
    beginResetModel();
    m_groups.removeAt(group);
    endResetModel();
}

int DuplicatesModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

QVariant DuplicatesModel::groupData(int group, int column, int role) const
{
    const core::DuplicateFinder::Group &similar = m_groups.at(group);
    switch (role) {
    case TaskRoles::IsGroupRole:
        return true;
    case TaskRoles::GroupRole:
        return group;
    case Qt::DisplayRole:
        if (column == TextColumn)
            return tr("%1 similar tasks, %2 open · %3% alike")
                .arg(similar.tasks.size())
                .arg(core::DuplicateFinder::openCount(similar))
                .arg(qRound(similar.score * 100));
        return {};
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    default:
        return {};
    }
}

QVariant DuplicatesModel::childData(int group, int row, int column, int role) const
{
    const auto &item = m_groups.at(group).tasks.at(row);
    switch (role) {
    case TaskRoles::IsGroupRole:
        return false;
    case TaskRoles::GroupRole:
        return group;
    case TaskRoles::PathRole:
        return item.path;
    case TaskRoles::LineRole:
        return item.line;
    case TaskRoles::StateRole:
        return int(item.state);
    case TaskRoles::IsOpenRole:
        return core::isOpenState(item.state);
    default:
        return itemData(item, column, role);
    }
}

QVariant DuplicatesModel::itemData(const core::DuplicateFinder::Item &item, int column, int role) const
{
    if (role == Qt::ToolTipRole)
        return QString(taskStateLabel(item.state) + QStringLiteral(" — ") + item.text);
    if (role == Qt::ForegroundRole && !core::isOpenState(item.state))
        return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    if (column == StatusColumn && role == Qt::DecorationRole)
        return TaskStatusDelegate::glyphIcon(item.state, QGuiApplication::palette());
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case TextColumn:
        return item.text;
    case StatusColumn:
        return taskStateLabel(item.state);
    case OwnerColumn:
        return item.owner.value_or(QString());
    case DueColumn:
        return item.due.value_or(QString());
    case WhereColumn:
        return QString(item.path + u':' + QString::number(item.line));
    default:
        return {};
    }
}

QVariant DuplicatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractItemModel::headerData(section, orientation, role);
    static const char *const titles[] = { QT_TR_NOOP("Task"), QT_TR_NOOP("Status"),
        QT_TR_NOOP("Owner"), QT_TR_NOOP("Due"), QT_TR_NOOP("Where") };
    static_assert(std::size(titles) == ColumnCount);
    return tr(titles[section]);
}

} // namespace ui
