// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/views/peopledirectory.h"

#include <QAbstractTableModel>

namespace ui {

// The people directory (core::PeopleDirectory::people()) as a sortable table: name, meetings,
// last meeting, open tasks they own, open tasks I own from meetings with them.
class PersonTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, MeetingsColumn, LastMeetingColumn, OpenOwnedColumn, IOweColumn, ColumnCount };
    Q_ENUM(Column)

    enum Roles {
        NameRole = Qt::UserRole,
        IsMeRole,
        MeetingsRole,
        LastMeetingRole, // "YYYY-MM-DD" or empty
        OpenOwnedRole,
        IOweRole,
        SortRole, // the column's value, typed for sorting
    };
    Q_ENUM(Roles)

    explicit PersonTableModel(QObject *parent = nullptr);
    ~PersonTableModel() override;
    Q_DISABLE_COPY_MOVE(PersonTableModel)

    void setPeople(const QList<core::PeopleDirectory::Person> &people);
    const core::PeopleDirectory::Person &personAt(int row) const { return m_people.at(row); }
    int rowOfName(const QString &name) const;
    // The row of `name` as `identity` tells who is who: any of my names finds my one row.
    int rowOfPerson(const QString &name, const core::Identity &identity) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant columnValue(const core::PeopleDirectory::Person &person, int column, bool forSort) const;

    QList<core::PeopleDirectory::Person> m_people;
};

} // namespace ui
