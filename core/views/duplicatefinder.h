// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/identity.h"
#include "core/model/task.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace core {

// Groups tasks that are likely the same action written twice: within one note (AI summaries
// often list every action item twice in different words), and across meetings with the same
// participants a few days apart. Tasks in a group have the same owner (no owner counts as one),
// compatible due dates (equal, or missing on one side) and texts that TextSimilarity matches.
// Candidates are only drawn from one note, or from notes that share people and dates, so the
// cost grows with the vault, not with its square.
class DuplicateFinder final
{
public:
    struct Item
    {
        QString path;
        int line = 0;
        QString text;
        std::optional<QString> owner;
        std::optional<QString> due;
        TaskState state = TaskState::Todo;
    };

    struct Group
    {
        QList<Item> tasks; // 2+, in path and line order, 2+ of them open
        double score = 0.0; // the best similarity inside the group
    };

    // A group is a duplicate to resolve while two or more of its tasks are open: once all but one
    // are done or cancelled it is resolved, and find() no longer offers it.
    static bool needsResolving(const Group &group);
    // How many of the group's tasks are still open.
    static qsizetype openCount(const Group &group);
    static bool needsResolving(qsizetype tasks, qsizetype open);

    // The input without an index: one note's tasks with its path, date and people.
    struct NoteTasks
    {
        QString path;
        std::optional<QString> date; // YYYY-MM-DD
        QStringList people;
        QList<Task> tasks;
    };

    static constexpr int kDefaultWindowDays = 14;
    static constexpr double kMinPeopleOverlap = 0.5;

    explicit DuplicateFinder(const Identity &identity = {});

    // Two notes count as one meeting series when their dates are at most this many days apart
    // and their people (me left out) overlap by kMinPeopleOverlap (Jaccard). 0 or less: never.
    void setWindowDays(int days) { m_windowDays = days; }

    std::optional<QList<Group>> find(const QSqlDatabase &db);
    // Groups, most similar first.
    QList<Group> find(const QList<NoteTasks> &notes) const;
    QString error() const { return m_error; }

private:
    Identity m_identity;
    int m_windowDays = kDefaultWindowDays;
    QString m_error;
};

} // namespace core
