// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/people/personmeetingmodel.h"

#include "ui/widgets/localedates.h"

#include <QDate>
#include <QLocale>

namespace ui {

PersonMeetingModel::PersonMeetingModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

PersonMeetingModel::~PersonMeetingModel() = default;

void PersonMeetingModel::setMeetings(const QList<core::PeopleDirectory::Meeting> &meetings)
{
    beginResetModel();
    m_meetings = meetings;
    endResetModel();
}

int PersonMeetingModel::rowOfPath(const QString &path) const
{
    for (int row = 0; row < m_meetings.size(); ++row) {
        if (m_meetings.at(row).path == path)
            return row;
    }
    return -1;
}

int PersonMeetingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_meetings.size());
}

QVariant PersonMeetingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::PeopleDirectory::Meeting &meeting = m_meetings.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QDate date = QDate::fromString(meeting.date.value_or(QString()).left(10), Qt::ISODate);
        const QString label = date.isValid() ? LocaleDates::mediumDate(date)
                                             : tr("No date");
        return QString(label + QStringLiteral("  ·  ") + meeting.title);
    }
    case Qt::ToolTipRole:
        return QString(meeting.path + u'\n' + tr("Double-click to open"));
    case PathRole:
        return meeting.path;
    case TitleRole:
        return meeting.title;
    case DateRole:
        return meeting.date.value_or(QString());
    default:
        return {};
    }
}

QHash<int, QByteArray> PersonMeetingModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({ { PathRole, "path" }, { TitleRole, "title" }, { DateRole, "date" } });
    return names;
}

} // namespace ui
