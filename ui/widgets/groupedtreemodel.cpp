// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/groupedtreemodel.h"

namespace ui {

namespace {

constexpr quintptr kGroupId = 0;

} // namespace

GroupedTreeModel::GroupedTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

GroupedTreeModel::~GroupedTreeModel() = default;

QModelIndex GroupedTreeModel::groupIndex(int group, int column) const
{
    return index(group, column);
}

QModelIndex GroupedTreeModel::childIndex(int group, int row, int column) const
{
    const QModelIndex parent = groupIndex(group);
    return parent.isValid() ? index(row, column, parent) : QModelIndex();
}

bool GroupedTreeModel::isGroup(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && index.internalId() == kGroupId;
}

int GroupedTreeModel::groupOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return -1;
    return index.internalId() == kGroupId ? index.row() : int(index.internalId() - 1);
}

QModelIndex GroupedTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : kGroupId);
}

QModelIndex GroupedTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupId);
}

int GroupedTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return groupCount();
    if (parent.internalId() != kGroupId || parent.column() != 0)
        return 0;
    return childCount(parent.row());
}

bool GroupedTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.model() != this)
        return false;
    return rowCount(parent) > 0;
}

QVariant GroupedTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kGroupId)
        return groupData(index.row(), index.column(), role);
    return childData(int(index.internalId() - 1), index.row(), index.column(), role);
}

Qt::ItemFlags GroupedTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    if (index.internalId() == kGroupId)
        return groupFlags(index.row(), index.column());
    return childFlags(int(index.internalId() - 1), index.row(), index.column());
}

Qt::ItemFlags GroupedTreeModel::groupFlags(int group, int column) const
{
    Q_UNUSED(group)
    Q_UNUSED(column)
    return Qt::ItemIsEnabled;
}

Qt::ItemFlags GroupedTreeModel::childFlags(int group, int row, int column) const
{
    Q_UNUSED(group)
    Q_UNUSED(row)
    Q_UNUSED(column)
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

void GroupedTreeModel::beginInsertChildren(int group, int first, int last)
{
    beginInsertRows(groupIndex(group), first, last);
}

void GroupedTreeModel::endInsertChildren()
{
    endInsertRows();
}

void GroupedTreeModel::beginRemoveChildren(int group, int first, int last)
{
    beginRemoveRows(groupIndex(group), first, last);
}

void GroupedTreeModel::endRemoveChildren()
{
    endRemoveRows();
}

} // namespace ui
