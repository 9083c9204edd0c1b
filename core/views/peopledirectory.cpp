// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/views/peopledirectory.h"

#include "core/index/indexreader.h"
#include "core/index/vaultindex.h"
#include "core/model/names.h"
#include "core/query/query.h"
#include "core/query/runread.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace core {

namespace {

QVariantList variants(const QStringList &list)
{
    QVariantList out;
    for (const QString &item : list)
        out.append(item);
    return out;
}

QStringList openStateNames()
{
    QStringList out;
    for (const TaskState state : { TaskState::Todo, TaskState::Done, TaskState::InProgress, TaskState::Cancelled,
                                   TaskState::Proposed, TaskState::Forwarded, TaskState::Other }) {
        if (isOpenState(state))
            out.append(stateName(state));
    }
    return out;
}

// What people() counts for one person, under their key.
struct Tally
{
    QHash<QString, int> spellings;
    int meetings = 0;
    QString lastMeeting;
    int openOwned = 0;
    int openMineWithThem = 0;
};

QString mostUsed(const QHash<QString, int> &spellings)
{
    QString best;
    int count = 0;
    for (auto it = spellings.cbegin(); it != spellings.cend(); ++it) {
        if (it.value() > count || (it.value() == count && it.key() < best)) {
            best = it.key();
            count = it.value();
        }
    }
    return best;
}

bool exec(QSqlQuery &q, const QString &statement, const QVariantList &binds, QString &error)
{
    return runRead(q, statement, binds, QStringLiteral("cannot read people"), &error);
}

// The counting happens in SQL (one row per name comes back, not one per task): a vault of
// 100,000 notes has close to a million tasks.
bool tallyMeetings(const QSqlDatabase &db, const Identity &identity, QHash<QString, Tally> &tallies, QString &error)
{
    QSqlQuery q(db);
    if (!exec(q, QStringLiteral("SELECT np.name, count(DISTINCT np.note_id), max(n.date) FROM note_people np"
                                " JOIN notes n ON n.id = np.note_id GROUP BY np.name COLLATE BINARY"),
              {}, error))
        return false;
    while (q.next()) {
        const QString name = q.value(0).toString();
        Tally &tally = tallies[identity.key(name)];
        tally.spellings[name] += q.value(1).toInt();
        tally.meetings += q.value(1).toInt();
        tally.lastMeeting = std::max(tally.lastMeeting, q.value(2).toString());
    }
    return true;
}

// Open tasks by owner, and my open tasks by the participants of their meetings.
bool tallyTasks(const QSqlDatabase &db, const Identity &identity, QHash<QString, Tally> &tallies, QString &error)
{
    const QString open = QStringLiteral("('") + openStateNames().join(QStringLiteral("','")) + QStringLiteral("')");
    QSqlQuery q(db);
    if (!exec(q, QStringLiteral("SELECT owner, sum(state IN ") + open
                  + QStringLiteral("), count(*) FROM tasks WHERE owner IS NOT NULL GROUP BY owner COLLATE BINARY"), {}, error))
        return false;
    while (q.next()) {
        const QString owner = Names::normalize(q.value(0).toString());
        if (owner.isEmpty())
            continue;
        Tally &tally = tallies[identity.key(owner)];
        tally.spellings[owner] += q.value(2).toInt();
        tally.openOwned += q.value(1).toInt();
    }
    const QStringList mine = identity.names();
    if (!exec(q, QStringLiteral("SELECT np.name, count(*) FROM tasks t JOIN note_people np ON np.note_id = t.note_id"
                                " WHERE t.state IN ") + open + QStringLiteral(" AND t.owner COLLATE NOCASE IN (")
                  + Query::placeholders(mine.size()) + QStringLiteral(") GROUP BY np.name"),
              variants(mine), error))
        return false;
    while (q.next())
        tallies[identity.key(q.value(0).toString())].openMineWithThem += q.value(1).toInt();
    return true;
}

// The tallies above add up name by name, and a note may name me twice ("Myself" and my alias
// "Jason Vallery"): my meetings, and my tasks in them, are counted once per note instead.
bool recountMe(const QSqlDatabase &db, const Identity &identity, Tally &me, QString &error)
{
    const QStringList mine = identity.names();
    if (mine.size() < 2 || me.meetings == 0)
        return true;
    const QString inMine = Query::placeholders(mine.size());
    const QString myNotes
        = QStringLiteral("SELECT note_id FROM note_people WHERE name IN (") + inMine + u')';
    QSqlQuery q(db);
    if (!exec(q,
            QStringLiteral("SELECT count(*), max(n.date) FROM notes n WHERE n.id IN (") + myNotes
                + u')',
            variants(mine), error))
        return false;
    if (!q.next()) {
        error = QStringLiteral("cannot count my meetings: ") + q.lastError().text();
        return false;
    }
    me.meetings = q.value(0).toInt();
    me.lastMeeting = q.value(1).toString();
    const QStringList states = openStateNames();
    if (!exec(q,
            QStringLiteral("SELECT count(*) FROM tasks t WHERE t.state IN (")
                + Query::placeholders(states.size())
                + QStringLiteral(") AND t.owner COLLATE NOCASE IN (") + inMine
                + QStringLiteral(") AND t.note_id IN (") + myNotes + u')',
            variants(states) + variants(mine) + variants(mine), error))
        return false;
    if (!q.next()) {
        error = QStringLiteral("cannot count my tasks: ") + q.lastError().text();
        return false;
    }
    me.openMineWithThem = q.value(0).toInt();
    return true;
}

const QString kNewestFirst = QStringLiteral("n.date IS NULL, n.date DESC, n.path");
constexpr int kWalkDatesAbove = 2000; // meetings

// Open tasks of `owners`, only in notes where one of `participants` takes part when given.
Query::Sql openTaskFilter(const QStringList &owners, const QStringList &participants)
{
    const QStringList states = openStateNames();
    Query::Sql sql { QStringLiteral("t.owner COLLATE NOCASE IN (") + Query::placeholders(owners.size())
                         + QStringLiteral(") AND t.state IN (") + Query::placeholders(states.size()) + u')',
                     variants(owners) + variants(states) };
    if (!participants.isEmpty()) {
        sql.where += QStringLiteral(" AND t.note_id IN (SELECT note_id FROM note_people WHERE name IN (")
            + Query::placeholders(participants.size()) + QStringLiteral("))");
        sql.binds += variants(participants);
    }
    return sql;
}

struct TaskList
{
    QList<Search::TaskHit> newest;
    int count = 0;
    int overdue = 0;
};

// The newest `limit` tasks of `filter`, and how many there are (and are overdue) in all.
bool readTasks(const QSqlDatabase &db, const Query::Sql &filter, int limit, const QDate &today, TaskList &out,
               QString &error)
{
    QSqlQuery q(db);
    if (!exec(q,
            QStringLiteral("SELECT ") + Search::taskHitColumns()
                + QStringLiteral(" FROM tasks t JOIN notes n ON n.id = t.note_id WHERE ")
                + filter.where + QStringLiteral(" ORDER BY ") + kNewestFirst
                + QStringLiteral(", t.line LIMIT ") + QString::number(limit),
            filter.binds, error))
        return false;
    while (q.next())
        out.newest.append(Search::taskHit(q));
    // Overdue as core::isOverdue tells it: a due date (YYYY-MM-DD…) before today.
    const QString overdue = QStringLiteral("t.due GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'"
                                           " AND substr(t.due, 1, 10) < ?");
    if (!exec(q, QStringLiteral("SELECT count(*), coalesce(sum(") + overdue + QStringLiteral("), 0) FROM tasks t WHERE ")
                  + filter.where,
              QVariantList { today.toString(Qt::ISODate) } + filter.binds, error))
        return false;
    if (!q.next()) {
        error = QStringLiteral("cannot count tasks: ") + q.lastError().text();
        return false;
    }
    out.count = q.value(0).toInt();
    out.overdue = q.value(1).toInt();
    return true;
}

PeopleDirectory::Meeting meetingAt(const QSqlQuery &q)
{
    return { q.value(0).toString(), q.value(1).toString(), IndexReader::optionalString(q.value(2)) };
}

// The person's newest meetings, how many there are, and the meetings a time strip draws.
bool readMeetings(const QSqlDatabase &db, const QStringList &names, int limit, PeopleDirectory::PersonPage &page,
                  QString &error)
{
    const Query::Sql theirs { QStringLiteral("n.id IN (SELECT note_id FROM note_people WHERE name IN (")
                                  + Query::placeholders(names.size()) + QStringLiteral("))"),
                              variants(names) };
    QSqlQuery q(db);
    if (!exec(q, QStringLiteral("SELECT n.path, n.title, n.date FROM notes n WHERE ") + theirs.where
                  + QStringLiteral(" ORDER BY ") + kNewestFirst + QStringLiteral(" LIMIT ") + QString::number(limit),
              theirs.binds, error))
        return false;
    while (q.next())
        page.meetings.append(meetingAt(q));
    if (!exec(q, QStringLiteral("SELECT count(*) FROM notes n WHERE ") + theirs.where, theirs.binds, error))
        return false;
    if (!q.next()) {
        error = QStringLiteral("cannot count meetings: ") + q.lastError().text();
        return false;
    }
    page.meetingCount = q.value(0).toInt();
    page.meetingFilter = theirs;
    // DecisionLog reads newest first along notes_date, a batch at a time. With "n.id IN (their
    // notes)" SQLite starts from their notes instead, and sorts all of them for every batch: right
    // for a few meetings, slow for someone in most of them, whose notes are best met on the way.
    if (page.meetingCount > kWalkDatesAbove)
        page.meetingFilter.where = QStringLiteral("EXISTS (SELECT 1 FROM note_people p WHERE p.note_id = n.id"
                                                  " AND p.name IN (") + Query::placeholders(names.size()) + QStringLiteral("))");
    if (!exec(q, QStringLiteral("SELECT path, title, date FROM (SELECT n.path, n.title, n.date, row_number() OVER"
                                " (PARTITION BY substr(n.date, 1, 10) ORDER BY n.path) AS k FROM notes n"
                                " WHERE n.date IS NOT NULL AND ") + theirs.where
                  + QStringLiteral(") WHERE k <= ") + QString::number(PeopleDirectory::kStripPerDay)
                  + QStringLiteral(" ORDER BY date DESC, path"),
              theirs.binds, error))
        return false;
    while (q.next())
        page.days.append(meetingAt(q));
    return true;
}

std::optional<bool> ownsAnyTask(const QSqlDatabase &db, const QStringList &names, QString &error)
{
    QSqlQuery q(db);
    const QString statement = QStringLiteral("SELECT EXISTS(SELECT 1 FROM tasks t WHERE t.owner COLLATE NOCASE IN (")
        + Query::placeholders(names.size()) + QStringLiteral("))");
    if (!exec(q, statement, variants(names), error) || !q.next())
        return std::nullopt;
    return q.value(0).toBool();
}

} // namespace

PeopleDirectory::PeopleDirectory(const QSqlDatabase &db, const Identity &identity)
    : m_db(db)
    , m_identity(identity)
{
}

std::optional<QList<PeopleDirectory::Person>> PeopleDirectory::people()
{
    m_error.clear();
    QHash<QString, Tally> tallies;
    if (!tallyMeetings(m_db, m_identity, tallies, m_error) || !tallyTasks(m_db, m_identity, tallies, m_error))
        return std::nullopt;
    const QString myKey = m_identity.key(m_identity.me);
    if (tallies.contains(myKey) && !recountMe(m_db, m_identity, tallies[myKey], m_error))
        return std::nullopt;
    QList<Person> out;
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it) {
        const Tally &tally = it.value();
        if (tally.spellings.isEmpty())
            continue; // only a participant of meetings with my tasks, already counted elsewhere
        Person person;
        person.isMe = it.key() == myKey;
        person.name = person.isMe ? Names::normalize(m_identity.me) : mostUsed(tally.spellings);
        person.meetings = tally.meetings;
        if (!tally.lastMeeting.isEmpty())
            person.lastMeeting = tally.lastMeeting;
        person.openOwned = tally.openOwned;
        person.openMineWithThem = tally.openMineWithThem;
        out.append(person);
    }
    std::sort(out.begin(), out.end(), [](const Person &a, const Person &b) {
        const int order = a.name.compare(b.name, Qt::CaseInsensitive);
        return order != 0 ? order < 0 : a.name < b.name;
    });
    return out;
}

std::optional<PeopleDirectory::PersonPage> PeopleDirectory::page(const QString &name)
{
    return page(name, Limits());
}

std::optional<PeopleDirectory::PersonPage> PeopleDirectory::page(const QString &name, const Limits &limits,
                                                                  const QDate &today)
{
    m_error.clear();
    PersonPage page;
    page.name = Names::normalize(name);
    page.isMe = m_identity.isMe(page.name);
    const QStringList mine = m_identity.names();
    const QStringList theirs = page.isMe ? mine : QStringList { page.name };
    if (page.name.isEmpty()) {
        m_error = QStringLiteral("no name given");
        return std::nullopt;
    }
    if (!readMeetings(m_db, theirs, limits.meetings, page, m_error))
        return std::nullopt;
    TaskList theyOwe;
    TaskList iOwe;
    if (!readTasks(m_db, openTaskFilter(theirs, {}), limits.tasks, today, theyOwe, m_error))
        return std::nullopt;
    if (!mine.isEmpty() && !readTasks(m_db, openTaskFilter(mine, theirs), limits.tasks, today, iOwe, m_error))
        return std::nullopt;
    page.theyOwe = std::move(theyOwe.newest);
    page.theyOweCount = theyOwe.count;
    page.iOwe = std::move(iOwe.newest);
    page.iOweCount = iOwe.count;
    page.overdue = theyOwe.overdue + iOwe.overdue;
    if (page.meetingCount == 0 && page.theyOweCount == 0) {
        const std::optional<bool> owns = ownsAnyTask(m_db, theirs, m_error);
        if (!owns)
            return std::nullopt;
        if (!*owns) {
            m_error = QStringLiteral("nobody named \"") + page.name + QStringLiteral("\" in the vault");
            return std::nullopt;
        }
    }
    if (page.isMe)
        page.name = Names::normalize(m_identity.me);
    return page;
}

} // namespace core
