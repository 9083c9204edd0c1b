// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>

namespace ui {

// The base of a two-level tree: groups at the top level, each with its rows below, nothing
// deeper. It owns the index plumbing (index, parent, row counts, flags, the index checks of
// data()) so that a model over grouped content only says how many groups and rows there are and
// what each cell shows. A group's index carries the internal id 0, a row of group g carries g + 1.
class GroupedTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    explicit GroupedTreeModel(QObject *parent = nullptr);
    ~GroupedTreeModel() override;
    Q_DISABLE_COPY_MOVE(GroupedTreeModel)

    virtual int groupCount() const = 0;
    virtual int childCount(int group) const = 0;

    QModelIndex groupIndex(int group, int column = 0) const;
    QModelIndex childIndex(int group, int row, int column = 0) const;
    // Whether `index` (of this model) is a group; false for an invalid index.
    bool isGroup(const QModelIndex &index) const;
    // A group's own row, or the row of a child's group; -1 for an invalid index.
    int groupOf(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const final;
    QModelIndex parent(const QModelIndex &child) const final;
    int rowCount(const QModelIndex &parent = QModelIndex()) const final;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const final;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    Qt::ItemFlags flags(const QModelIndex &index) const final;

protected:
    // Called with checked indexes only.
    virtual QVariant groupData(int group, int column, int role) const = 0;
    virtual QVariant childData(int group, int row, int column, int role) const = 0;
    // Groups are enabled (not selectable); rows are enabled and selectable.
    virtual Qt::ItemFlags groupFlags(int group, int column) const;
    virtual Qt::ItemFlags childFlags(int group, int row, int column) const;

    // Rows added to or taken from one group, under the group's own index. Groups themselves
    // change by begin/endResetModel: a child's internal id is its group's row, so moving groups
    // would leave the persistent indexes of later groups' children on the wrong group.
    void beginInsertChildren(int group, int first, int last);
    void endInsertChildren();
    void beginRemoveChildren(int group, int first, int last);
    void endRemoveChildren();
};

} // namespace ui
