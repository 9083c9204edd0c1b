// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/task.h"

#include <QDate>
#include <array>

namespace core {

namespace {
struct StateInfo
{
    TaskState state;
    char16_t status;
    const char16_t *name;
};
constexpr std::array kStates {
    StateInfo { TaskState::Todo, u' ', u"todo" },
    StateInfo { TaskState::Done, u'x', u"done" },
    StateInfo { TaskState::InProgress, u'/', u"in_progress" },
    StateInfo { TaskState::Cancelled, u'-', u"cancelled" },
    StateInfo { TaskState::Proposed, u'?', u"proposed" },
    StateInfo { TaskState::Forwarded, u'>', u"forwarded" },
};
} // namespace

TaskState stateForStatus(QStringView status)
{
    if (status == u"X")
        return TaskState::Done;
    for (const auto &info : kStates) {
        if (status.size() == 1 && status.front() == QChar(info.status))
            return info.state;
    }
    return TaskState::Other;
}

QString stateName(TaskState state)
{
    for (const auto &info : kStates) {
        if (info.state == state)
            return QString::fromUtf16(info.name);
    }
    return QStringLiteral("other");
}

std::optional<TaskState> stateFromName(QStringView name)
{
    for (const auto &info : kStates) {
        if (name.compare(QStringView(info.name), Qt::CaseInsensitive) == 0)
            return info.state;
    }
    if (name.compare(u"other", Qt::CaseInsensitive) == 0)
        return TaskState::Other;
    return std::nullopt;
}

QString statusForState(TaskState state)
{
    for (const auto &info : kStates) {
        if (info.state == state)
            return QString(QChar(info.status));
    }
    return {};
}

bool isOpenState(TaskState state)
{
    return state == TaskState::Todo || state == TaskState::InProgress
        || state == TaskState::Proposed || state == TaskState::Forwarded;
}

bool isOverdue(const Task &task, const QDate &today)
{
    if (!task.due || !isOpenState(task.state))
        return false;
    // A longer value ("2025-01-20T10:00") counts by its date, as the people directory's count does.
    const QDate due = QDate::fromString(QStringView(*task.due).left(10), Qt::ISODate);
    return due.isValid() && due < today;
}

} // namespace core
