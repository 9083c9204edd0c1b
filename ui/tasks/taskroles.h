// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QObject>
#include <QPalette>
#include <QVariant>

namespace core {
enum class TaskState;
}

namespace ui {

// The roles of the task models (TaskTableModel, TaskBrowserModel, DuplicatesModel): one meaning
// per role whichever model answers it, so a delegate or pane reads a task the same way from
// each. Every model answers the roles that fit it (its header lists them).
namespace TaskRoles {
Q_NAMESPACE

enum Role {
    TaskIdRole = Qt::UserRole, // qint64: the task's row id in the index
    PathRole, // the note's path
    LineRole, // 1-based
    RawRole, // the line as indexed (core::Task::raw): what a write expects to find
    StatusRole, // the status character, e.g. "x"
    StateRole, // int(core::TaskState)
    StateNameRole, // "in_progress"
    IsOpenRole,
    OverdueRole, // core::isOverdue
    TaskTextRole,
    OwnerRole, // empty without one
    DueRole, // "YYYY-MM-DD" or empty
    PriorityRole, // "high"
    SectionRole, // the heading above the task
    TitleRole, // the meeting's title
    IsGroupRole, // a group row of a grouped model
    GroupRole, // the row of the group (of the task's group, on a task)
    GroupCountRole, // the tasks of a group (0 on a task)
    BlockedRole, // bool: it waits for an open task (core::TaskDependencies)
    WarningsRole, // QStringList: what is wrong with its line (core::Task::warnings)
};
Q_ENUM_NS(Role)

} // namespace TaskRoles

// The columns of the task tables: a meeting's tasks (TaskTableModel) show the first five, the
// vault's (TaskBrowserModel) all seven.
namespace TaskColumns {
Q_NAMESPACE

enum Column {
    StatusColumn,
    TextColumn,
    OwnerColumn,
    DueColumn,
    PriorityColumn,
    MeetingColumn,
    DateColumn,
};
Q_ENUM_NS(Column)

// The horizontal header of `section`: the title (DisplayRole), the tip (ToolTipRole and
// AccessibleTextRole, also naming the untitled glyph columns); null otherwise.
QVariant headerData(int section, int role);

} // namespace TaskColumns

// The name of a state as the task views show it ("To do", "In progress").
QString taskStateLabel(core::TaskState state);

// The sign the task lists show beside a blocked task (no entry) or one with warnings (a warning
// triangle); a null icon for neither.
QIcon taskSignIcon(bool blocked, bool hasWarnings, const QPalette &palette);

} // namespace ui
