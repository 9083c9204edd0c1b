// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/identity.h"

#include <QAbstractListModel>
#include <QStringList>

namespace core {
struct Task;
}

namespace ui {

// The people of one meeting: participants first, then other task owners, each with how many of
// this meeting's tasks they own. All of my names (core::Identity) are one person, shown as `me`.
class PeopleModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        NameRole = Qt::UserRole,
        TaskCountRole, // tasks of this meeting they own
        OpenTaskCountRole,
        IsParticipantRole,
        InitialsRole,
        QueryRole, // the search that finds them across the vault: person:"Name"
        IsMeRole,
    };
    Q_ENUM(Roles)

    struct Person
    {
        QString name;
        bool participant = false;
        int tasks = 0;
        int openTasks = 0;
        bool me = false;
    };

    explicit PeopleModel(QObject *parent = nullptr);
    ~PeopleModel() override;
    Q_DISABLE_COPY_MOVE(PeopleModel)

    void setMeeting(const QStringList &participants, const QList<core::Task> &tasks);
    // Who "I" am; the meeting on show is counted again when it changes.
    void setIdentity(const core::Identity &identity);
    core::Identity identity() const { return m_identity; }
    void clear();
    const Person &personAt(int row) const { return m_people.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString initials(const QString &name);

private:
    void rebuild();
    void setPeople(const QList<Person> &people);

    core::Identity m_identity;
    QStringList m_participants;
    QList<core::Task> m_tasks;
    QList<Person> m_people;
};

} // namespace ui
