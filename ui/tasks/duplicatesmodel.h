#pragma once

#include "core/views/duplicatefinder.h"

#include <QAbstractItemModel>

namespace ui {

// Likely duplicate tasks (core::DuplicateFinder) as a tree: one row per group, its tasks below.
class DuplicatesModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { TextColumn, OwnerColumn, DueColumn, WhereColumn, ColumnCount };
    Q_ENUM(Column)

    enum Roles {
        PathRole = Qt::UserRole,
        LineRole,
        StateRole,
        GroupRole, // the group's row
        IsGroupRole,
    };
    Q_ENUM(Roles)

    explicit DuplicatesModel(QObject *parent = nullptr);
    ~DuplicatesModel() override;
    Q_DISABLE_COPY_MOVE(DuplicatesModel)

    void setGroups(const QList<core::DuplicateFinder::Group> &groups);
    const QList<core::DuplicateFinder::Group> &groups() const { return m_groups; }

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QVariant groupData(int row, int column, int role) const;
    QVariant itemData(const core::DuplicateFinder::Item &item, int column, int role) const;

    QList<core::DuplicateFinder::Group> m_groups;
};

} // namespace ui
