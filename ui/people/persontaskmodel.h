#pragma once

#include "core/query/search.h"

#include <QAbstractListModel>
#include <QDate>

namespace ui {

// Open tasks between me and one person ("they owe me", "I owe them"), newest meeting first.
// Its roles are its own, not ui/tasks/taskroles.h: the layers keep ui_people from ui_tasks.
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
        RawRole, // the line as indexed: what a write expects to find
    };
    Q_ENUM(Roles)

    explicit PersonTaskModel(QObject *parent = nullptr);
    ~PersonTaskModel() override;
    Q_DISABLE_COPY_MOVE(PersonTaskModel)

    void setTasks(const QList<core::Search::TaskHit> &tasks, const QDate &today = QDate::currentDate());
    int overdueCount() const;
    const core::Search::TaskHit &taskAt(int row) const { return m_tasks.at(row); }
    // The row of the task on `line` of `path`, or -1.
    int rowOf(const QString &path, int line) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<core::Search::TaskHit> m_tasks;
    QDate m_today;
};

} // namespace ui
