// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/views/duplicatefinder.h"
#include "ui/tasks/taskroles.h"
#include "ui/widgets/groupedtreemodel.h"

namespace ui {

// Likely duplicate tasks (core::DuplicateFinder) as a tree: one row per group, its tasks below.
// TaskRoles answered: Path, Line, State, IsOpen on a task; IsGroup and Group on both levels. A
// task's status shows as its glyph and name, so that a closed copy reads as closed.
class DuplicatesModel final : public GroupedTreeModel
{
    Q_OBJECT
public:
    enum Column { TextColumn, StatusColumn, OwnerColumn, DueColumn, WhereColumn, ColumnCount };
    Q_ENUM(Column)

    explicit DuplicatesModel(QObject *parent = nullptr);
    ~DuplicatesModel() override;
    Q_DISABLE_COPY_MOVE(DuplicatesModel)

    void setGroups(const QList<core::DuplicateFinder::Group> &groups);
    const QList<core::DuplicateFinder::Group> &groups() const { return m_groups; }
    // Takes a resolved group off the list (a reset: see GroupedTreeModel).
    void removeGroup(int group);

    int groupCount() const override { return int(m_groups.size()); }
    int childCount(int group) const override { return int(m_groups.at(group).tasks.size()); }
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant groupData(int group, int column, int role) const override;
    QVariant childData(int group, int row, int column, int role) const override;
    QVariant itemData(const core::DuplicateFinder::Item &item, int column, int role) const;

    QList<core::DuplicateFinder::Group> m_groups;
};

} // namespace ui
