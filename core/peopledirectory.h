#pragma once

#include "decisionlog.h"
#include "identity.h"
#include "search.h"

#include <QByteArray>
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

    struct PersonPage
    {
        QString name;
        bool isMe = false;
        QList<Meeting> meetings; // newest first
        QList<Search::TaskHit> theyOwe; // open tasks they own, anywhere; newest note first
        QList<Search::TaskHit> iOwe; // open tasks I own in their meetings; newest note first
        QList<DecisionLog::Entry> decisions; // of their meetings, newest first
    };

    explicit PeopleDirectory(const QSqlDatabase &db, const Identity &identity = {});

    // Sorted by name, case-insensitively.
    std::optional<QList<Person>> people();
    // nullopt when the index fails or nobody in the vault has that name (error() says which).
    std::optional<PersonPage> page(const QString &name);
    QString error() const { return m_error; }

    static QByteArray toJsonLine(const Person &person);
    static QString toTextLine(const Person &person);

private:
    QSqlDatabase m_db;
    Identity m_identity;
    QString m_error;
};

} // namespace core
