// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/task.h"
#include "core/query/taskdependencies.h"
#include "ui/session/taskeditor.h"
#include "ui/tasks/taskroles.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QPointer>

namespace core {
struct Note;
}

namespace ui {

// The tasks of one note, in file order. The status and the due date are editable: setData() goes
// through TaskEditor (core::TaskWriter, undoable); the model then re-reads the note from the index.
// The Due column's EditRole is a QDate (invalid: none).
// TaskRoles answered: Status (also settable), State, StateName, Line, Raw, Overdue, Priority,
// IsOpen, TaskText, Owner, Due, Section, Blocked, Warnings. What a blocked task waits for is read
// with the note (from the editor's index) and again after a write to any note.
class TaskTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The first five TaskColumns.
    static constexpr int ColumnCount = TaskColumns::PriorityColumn + 1;

    explicit TaskTableModel(QObject *parent = nullptr);
    ~TaskTableModel() override;
    Q_DISABLE_COPY_MOVE(TaskTableModel)

    // Without an editor the model is read-only.
    void setEditor(TaskEditor *editor);
    // Each task's `raw` line is what a write expects to find in the file.
    void setNote(const QString &path, const QList<core::Task> &tasks);
    void clear();
    // Reads the note again from the editor's index.
    void reload();
    QString path() const { return m_path; }
    // Overdue means due before this date (tests pin it).
    void setToday(const QDate &today);

    const core::Task &taskAt(int row) const { return m_tasks.at(row); }
    TaskRef taskRef(int row) const;
    int rowOfLine(int line) const;
    int openCount() const;
    int proposedCount() const;
    // Convenience for panes: setData(TaskRoles::StatusRole).
    bool setStatus(int row, const QString &status);
    // Several rows as one undo step; returns how many were written.
    int setStatuses(const QList<std::pair<int, QString>> &rowStatuses, const QString &label);
    // Moves the due dates of `rows` as one undo step; returns how many were written.
    int setDues(const QList<int> &rows, const core::DueChange &change, const QString &label);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant statusData(const core::Task &task, int role) const;
    QVariant textData(const core::Task &task, int role) const;
    QVariant dueData(const core::Task &task, int role) const;
    using Blockers = QHash<int, QList<core::TaskDependencies::Blocker>>; // by line
    Blockers readBlockers(const QString &path) const;
    void refreshBlockers();

    QPointer<TaskEditor> m_editor;
    QString m_path;
    QList<core::Task> m_tasks;
    Blockers m_blockers;
    QDate m_today = QDate::currentDate();
};

} // namespace ui
