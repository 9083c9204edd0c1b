// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/people/persontablemodel.h"

#include "core/model/names.h"
#include "ui/widgets/localedates.h"

#include <QDate>
#include <QLocale>

namespace ui {

PersonTableModel::PersonTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

PersonTableModel::~PersonTableModel() = default;

void PersonTableModel::setPeople(const QList<core::PeopleDirectory::Person> &people)
{
    beginResetModel();
    m_people = people;
    endResetModel();
}

int PersonTableModel::rowOfName(const QString &name) const
{
    for (int row = 0; row < m_people.size(); ++row) {
        if (m_people.at(row).name.compare(name, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

int PersonTableModel::rowOfPerson(const QString &name, const core::Identity &identity) const
{
    if (!identity.isMe(name))
        return rowOfName(core::Names::normalize(name));
    for (int row = 0; row < m_people.size(); ++row) {
        if (m_people.at(row).isMe)
            return row;
    }
    return -1;
}

int PersonTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int PersonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonTableModel::columnValue(
    const core::PeopleDirectory::Person &person, int column, bool forSort) const
{
    switch (column) {
    case NameColumn:
        return forSort ? QVariant(person.name.toLower()) : QVariant(person.name);
    case MeetingsColumn:
        return person.meetings;
    case LastMeetingColumn: {
        const QString date = person.lastMeeting.value_or(QString());
        if (forSort)
            return date;
        const QDate parsed = QDate::fromString(date.left(10), Qt::ISODate);
        return parsed.isValid() ? LocaleDates::mediumDate(parsed) : date;
    }
    case OpenOwnedColumn:
        return person.openOwned;
    case IOweColumn:
        return person.openMineWithThem;
    default:
        return {};
    }
}

QVariant PersonTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::PeopleDirectory::Person &person = m_people.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return columnValue(person, index.column(), false);
    case SortRole:
        return columnValue(person, index.column(), true);
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return tr("%1: %2 meetings, owns %3 open tasks; I owe %4 from meetings with them")
            .arg(person.name)
            .arg(person.meetings)
            .arg(person.openOwned)
            .arg(person.openMineWithThem);
    case NameRole:
        return person.name;
    case IsMeRole:
        return person.isMe;
    case MeetingsRole:
        return person.meetings;
    case LastMeetingRole:
        return person.lastMeeting.value_or(QString());
    case OpenOwnedRole:
        return person.openOwned;
    case IOweRole:
        return person.openMineWithThem;
    default:
        return {};
    }
}

QVariant PersonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case MeetingsColumn:
        return tr("Meetings");
    case LastMeetingColumn:
        return tr("Last meeting");
    case OpenOwnedColumn:
        return tr("Open owned");
    case IOweColumn:
        return tr("I owe");
    default:
        return {};
    }
}

QHash<int, QByteArray> PersonTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({ { NameRole, "name" }, { IsMeRole, "isMe" }, { MeetingsRole, "meetings" },
        { LastMeetingRole, "lastMeeting" }, { OpenOwnedRole, "openOwned" }, { IOweRole, "iOwe" },
        { SortRole, "sort" } });
    return names;
}

} // namespace ui
