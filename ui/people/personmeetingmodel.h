// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/views/peopledirectory.h"

#include <QAbstractListModel>

namespace ui {

// The meetings of one person (core::PeopleDirectory::PersonPage::meetings), newest first.
class PersonMeetingModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        PathRole = Qt::UserRole,
        TitleRole,
        DateRole, // "YYYY-MM-DD" or empty
    };
    Q_ENUM(Roles)

    explicit PersonMeetingModel(QObject *parent = nullptr);
    ~PersonMeetingModel() override;
    Q_DISABLE_COPY_MOVE(PersonMeetingModel)

    void setMeetings(const QList<core::PeopleDirectory::Meeting> &meetings);
    const QList<core::PeopleDirectory::Meeting> &meetings() const { return m_meetings; }
    int rowOfPath(const QString &path) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<core::PeopleDirectory::Meeting> m_meetings;
};

} // namespace ui
