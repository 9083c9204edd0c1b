// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

class QDate;

namespace core {

enum class TaskState { Todo, Done, InProgress, Cancelled, Proposed, Forwarded, Other };

// One Obsidian Tasks line. Optional fields are absent (std::nullopt) when the line does not set them.
struct Task
{
    int line = 0; // 1-based, counting '\n'
    QString status; // the character between the brackets (one code point)
    TaskState state = TaskState::Todo;
    QString text;
    std::optional<QString> owner;
    std::optional<QString> due;
    std::optional<QString> scheduled;
    std::optional<QString> start;
    std::optional<QString> created;
    std::optional<QString> done;
    std::optional<QString> cancelled;
    std::optional<QString> recurrence; // the rule as written after 🔁 ("every week when done")
    std::optional<QString> id; // 🆔
    QStringList dependsOn; // ⛔ ids of the tasks this one waits for
    std::optional<QString> onCompletion; // 🏁 "keep" or "delete"
    QString priority = QStringLiteral("normal");
    QStringList tags;
    std::optional<QString> section;
    // What is wrong with the line as Tasks reads it (an impossible date, a rule Vaultview cannot
    // follow); the task is listed all the same.
    QStringList warnings;
    // The line as it stands in the file (decoded, not repaired, without its ending): what a
    // write must find there before it changes anything (TaskWriter's expectedLine).
    QString raw;
};

TaskState stateForStatus(QStringView status);
QString stateName(TaskState state);
std::optional<TaskState> stateFromName(QStringView name);
// The canonical status character written for a state (" ", "x", "/", "-", "?", ">").
QString statusForState(TaskState state);
bool isOpenState(TaskState state);
// An open task whose due date (YYYY-MM-DD, as the parser keeps it) is before `today`. Every view
// that marks or counts overdue tasks asks this (core::PeopleDirectory counts it in SQL alike).
bool isOverdue(const Task &task, const QDate &today);

} // namespace core
