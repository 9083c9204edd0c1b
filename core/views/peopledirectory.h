// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/identity.h"
#include "core/query/search.h"
#include "core/views/decisionlog.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace core {

// Everyone in the vault (note participants and task owners) with what is open between them and
// me. All of my names (Identity) are one person; other names compare case-insensitively.
class PeopleDirectory final
{
public:
    struct Person
    {
        QString name; // the most used spelling; `Identity::me` for me
        bool isMe = false;
        int meetings = 0; // notes they take part in
        std::optional<QString> lastMeeting; // the latest of those notes' dates
        int openOwned = 0; // open tasks they own, anywhere
        int openMineWithThem = 0; // open tasks I own, in notes they take part in
    };

    struct Meeting
    {
        QString path;
        QString title;
        std::optional<QString> date;
    };

    // Someone in nearly every meeting of a big vault has 100,000 meetings and as many decisions:
    // a page holds the newest few of each list, with the counts of all of them.
    struct PersonPage
    {
        QString name;
        bool isMe = false;
        QList<Meeting> meetings; // newest first, the first Limits::meetings
        int meetingCount = 0; // all of them
        // Every day they met on, with at most kStripPerDay meetings of each: what a time strip
        // can draw (MeetingStrip stacks three dots a day).
        QList<Meeting> days;
        QList<Search::TaskHit> theyOwe; // open tasks they own, anywhere; newest note first
        int theyOweCount = 0;
        QList<Search::TaskHit> iOwe; // open tasks I own in their meetings; newest note first
        int iOweCount = 0;
        int overdue = 0; // of all those tasks, due before `today`
        // Their meetings, for DecisionLog::read(): their decisions are read as they are shown.
        Query::Sql meetingFilter;
    };

    struct Limits
    {
        int meetings = 200;
        int tasks = 200; // of each list
    };
    static constexpr int kStripPerDay = 3;

    explicit PeopleDirectory(const QSqlDatabase &db, const Identity &identity = {});

    // Sorted by name, case-insensitively.
    std::optional<QList<Person>> people();
    // nullopt when the index fails or nobody in the vault has that name (error() says which).
    std::optional<PersonPage> page(const QString &name);
    std::optional<PersonPage> page(const QString &name, const Limits &limits,
                                   const QDate &today = QDate::currentDate());
    QString error() const { return m_error; }

private:
    QSqlDatabase m_db;
    Identity m_identity;
    QString m_error;
};

} // namespace core
