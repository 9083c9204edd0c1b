#pragma once

#include "core/views/duplicatefinder.h"
#include "ui/tasks/taskroles.h"
#include "ui/widgets/groupedtreemodel.h"

namespace ui {

// Likely duplicate tasks (core::DuplicateFinder) as a tree: one row per group, its tasks below.
// TaskRoles answered: Path, Line, State on a task; IsGroup and Group on both levels.
class DuplicatesModel final : public GroupedTreeModel
{
    Q_OBJECT
public:
    enum Column { TextColumn, OwnerColumn, DueColumn, WhereColumn, ColumnCount };
    Q_ENUM(Column)

    explicit DuplicatesModel(QObject *parent = nullptr);
    ~DuplicatesModel() override;
    Q_DISABLE_COPY_MOVE(DuplicatesModel)

    void setGroups(const QList<core::DuplicateFinder::Group> &groups);
    const QList<core::DuplicateFinder::Group> &groups() const { return m_groups; }

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
