// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/query/search.h"

#include <QAbstractListModel>
#include <QDate>
#include <QSqlDatabase>

namespace ui {

// Open tasks between me and one person ("they owe me", "I owe them"), newest meeting first.
// Its roles are its own, not ui/tasks/taskroles.h: the layers keep ui_people from ui_tasks. A
// blocked task's tooltip names what it waits for, asked of the database when the tooltip is.
class PersonTaskModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        TextRole = Qt::UserRole,
        PathRole,
        MeetingRole, // the note's title
        DateRole, // the note's date, "YYYY-MM-DD" or empty
        DueRole, // "YYYY-MM-DD" or empty
        OverdueRole,
        OwnerRole,
        LineRole,
        BlockedRole, // bool: it waits for an open task (core::TaskDependencies)
        WarningsRole, // QStringList: what is wrong with its line (core::Task::warnings)
        RawRole, // the line as indexed: what a write expects to find
    };
    Q_ENUM(Roles)

    explicit PersonTaskModel(QObject *parent = nullptr);
    ~PersonTaskModel() override;
    Q_DISABLE_COPY_MOVE(PersonTaskModel)

    void setTasks(const QList<core::Search::TaskHit> &tasks, const QDate &today = QDate::currentDate());
    // Where a blocked task's tooltip asks what it waits for (the GUI thread's connection).
    void setDatabase(const QSqlDatabase &db) { m_db = db; }
    int overdueCount() const;
    const core::Search::TaskHit &taskAt(int row) const { return m_tasks.at(row); }
    // The row of the task on `line` of `path`, or -1.
    int rowOf(const QString &path, int line) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString toolTip(const core::Search::TaskHit &hit) const;

    QList<core::Search::TaskHit> m_tasks;
    QDate m_today;
    QSqlDatabase m_db;
};

} // namespace ui
