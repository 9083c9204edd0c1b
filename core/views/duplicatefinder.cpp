// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/views/duplicatefinder.h"

#include "core/index/indexreader.h"
#include "core/index/vaultindex.h"
#include "core/views/textsimilarity.h"

#include <QDate>
#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <limits>

namespace core {

namespace {

Q_LOGGING_CATEGORY(lcDuplicates, "vaultview.core.duplicates", QtWarningMsg)

constexpr qint64 kNoDay = std::numeric_limits<qint64>::min();

struct Entry
{
    int note = 0;
    int task = 0; // index in the note's task list
    int owner = 0; // 0: no owner
    int due = 0; // 0: no due date
    TextSimilarity::Fingerprint print;
};

struct Pair
{
    int a = 0;
    int b = 0;
    double score = 0.0;
};

bool dueCompatible(int a, int b)
{
    return a == 0 || b == 0 || a == b;
}

int intern(QHash<QString, int> &ids, const QString &key)
{
    auto it = ids.constFind(key);
    if (it == ids.cend())
        it = ids.insert(key, int(ids.size()) + 1);
    return it.value();
}

// One run of the finder over a list of notes.
class Finder
{
public:
    Finder(const Identity &identity, int windowDays, const QList<DuplicateFinder::NoteTasks> &notes)
        : m_identity(identity)
        , m_windowDays(windowDays)
        , m_notes(notes)
    {
    }

    QList<DuplicateFinder::Group> run()
    {
        prepare();
        compareWithinNotes();
        if (m_windowDays > 0)
            compareAcrossNotes();
        return groups();
    }

private:
    void prepare();
    int ownerId(const std::optional<QString> &owner);
    void compareWithinNotes();
    void compareAcrossNotes();
    void compareNotes(int a, int b);
    void compareTasks(int i, int j);
    QList<DuplicateFinder::Group> groups();
    DuplicateFinder::Item item(int entry) const;
    bool isOpen(int entry) const
    {
        const Entry &e = m_entries.at(entry);
        return isOpenState(m_notes.at(e.note).tasks.at(e.task).state);
    }

    const Identity &m_identity;
    int m_windowDays = 0;
    const QList<DuplicateFinder::NoteTasks> &m_notes;
    TextSimilarity m_similarity;
    QList<Entry> m_entries;
    QList<QList<int>> m_byNote; // entry indexes of each note, sorted by owner
    QList<QList<int>> m_people; // person ids of each note, me left out, sorted
    QList<qint64> m_days; // Julian day of each note, or kNoDay
    int m_personCount = 0;
    QHash<QString, int> m_ownerByName;
    QHash<QString, int> m_ownerByKey;
    QList<Pair> m_pairs;
};

int Finder::ownerId(const std::optional<QString> &owner)
{
    if (!owner || owner->isEmpty())
        return 0;
    auto it = m_ownerByName.constFind(*owner);
    if (it == m_ownerByName.cend())
        it = m_ownerByName.insert(*owner, intern(m_ownerByKey, m_identity.key(*owner)));
    return it.value();
}

void Finder::prepare()
{
    QHash<QString, int> dues;
    QHash<QString, int> people;
    for (int n = 0; n < m_notes.size(); ++n) {
        const DuplicateFinder::NoteTasks &note = m_notes.at(n);
        const QDate date = note.date ? QDate::fromString(*note.date, Qt::ISODate) : QDate();
        m_days.append(date.isValid() ? date.toJulianDay() : kNoDay);
        QList<int> ids;
        for (const QString &name : note.people) {
            if (!m_identity.isMe(name))
                ids.append(intern(people, m_identity.key(name)) - 1);
        }
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        m_people.append(ids);
        QList<int> entries;
        for (int t = 0; t < note.tasks.size(); ++t) {
            const Task &task = note.tasks.at(t);
            entries.append(int(m_entries.size()));
            m_entries.append({ n, t, ownerId(task.owner), task.due ? intern(dues, *task.due) : 0,
                               m_similarity.fingerprint(task.text) });
        }
        std::stable_sort(entries.begin(), entries.end(),
                         [this](int a, int b) { return m_entries.at(a).owner < m_entries.at(b).owner; });
        m_byNote.append(entries);
    }
    m_personCount = int(people.size());
}

void Finder::compareTasks(int i, int j)
{
    const Entry &a = m_entries.at(i);
    const Entry &b = m_entries.at(j);
    if (!dueCompatible(a.due, b.due))
        return;
    const TextSimilarity::Comparison c = TextSimilarity::compare(a.print, b.print);
    if (c.match)
        m_pairs.append({ i, j, c.score });
}

void Finder::compareWithinNotes()
{
    for (const QList<int> &entries : std::as_const(m_byNote)) {
        for (qsizetype i = 0; i < entries.size(); ++i) {
            for (qsizetype j = i + 1; j < entries.size(); ++j) {
                if (m_entries.at(entries.at(j)).owner != m_entries.at(entries.at(i)).owner)
                    break;
                compareTasks(entries.at(i), entries.at(j));
            }
        }
    }
}

// Tasks of two notes with the same owner, by a merge of the owner-sorted lists.
void Finder::compareNotes(int a, int b)
{
    const QList<int> &left = m_byNote.at(a);
    const QList<int> &right = m_byNote.at(b);
    qsizetype j = 0;
    for (qsizetype i = 0; i < left.size(); ++i) {
        const int owner = m_entries.at(left.at(i)).owner;
        while (j < right.size() && m_entries.at(right.at(j)).owner < owner)
            ++j;
        for (qsizetype k = j; k < right.size() && m_entries.at(right.at(k)).owner == owner; ++k)
            compareTasks(left.at(i), right.at(k));
    }
}

void Finder::compareAcrossNotes()
{
    using Dated = std::pair<qint64, int>;
    QList<QList<Dated>> byPerson(m_personCount);
    for (int n = 0; n < m_notes.size(); ++n) {
        if (m_days.at(n) == kNoDay || m_byNote.at(n).isEmpty())
            continue;
        for (const int person : m_people.at(n))
            byPerson[person].append({ m_days.at(n), n });
    }
    for (QList<Dated> &list : byPerson)
        std::sort(list.begin(), list.end());
    QList<int> sharedPeople(m_notes.size(), 0);
    QList<int> touched;
    for (int a = 0; a < m_notes.size(); ++a) {
        if (m_days.at(a) == kNoDay || m_byNote.at(a).isEmpty())
            continue;
        for (const int person : m_people.at(a)) {
            const QList<Dated> &list = byPerson.at(person);
            auto it = std::lower_bound(list.cbegin(), list.cend(), Dated { m_days.at(a) - m_windowDays, -1 });
            for (; it != list.cend() && it->first <= m_days.at(a) + m_windowDays; ++it) {
                if (it->second > a && sharedPeople[it->second]++ == 0)
                    touched.append(it->second);
            }
        }
        for (const int b : std::as_const(touched)) {
            const int shared = std::exchange(sharedPeople[b], 0);
            const qsizetype together = m_people.at(a).size() + m_people.at(b).size() - shared;
            if (shared >= DuplicateFinder::kMinPeopleOverlap * together)
                compareNotes(a, b);
        }
        touched.clear();
    }
}

DuplicateFinder::Item Finder::item(int entry) const
{
    const Entry &e = m_entries.at(entry);
    const Task &task = m_notes.at(e.note).tasks.at(e.task);
    return { m_notes.at(e.note).path, task.line, task.text, task.owner, task.due, task.state };
}

// Greedy union of the matching pairs, best first; a group never holds two different due dates.
QList<DuplicateFinder::Group> Finder::groups()
{
    std::stable_sort(m_pairs.begin(), m_pairs.end(), [](const Pair &x, const Pair &y) { return x.score > y.score; });
    QHash<int, int> parent;
    QHash<int, int> due;
    QHash<int, double> best;
    const auto root = [&parent](int x) {
        while (parent.value(x, x) != x)
            x = parent.value(x, x);
        return x;
    };
    for (const Pair &pair : std::as_const(m_pairs)) {
        const int a = root(pair.a);
        const int b = root(pair.b);
        const int dueA = due.value(a, m_entries.at(a).due);
        const int dueB = due.value(b, m_entries.at(b).due);
        if (a == b || !dueCompatible(dueA, dueB))
            continue;
        parent.insert(b, a);
        due.insert(a, dueA ? dueA : dueB);
        best.insert(a, std::max({ best.value(a), best.value(b), pair.score }));
    }
    QHash<int, QList<int>> members;
    for (auto it = parent.cbegin(); it != parent.cend(); ++it)
        members[root(it.key())].append(it.key());
    QList<DuplicateFinder::Group> out;
    for (auto it = members.cbegin(); it != members.cend(); ++it) {
        QList<int> entries = it.value() + QList<int> { it.key() };
        const auto open
            = std::count_if(entries.cbegin(), entries.cend(), [this](int e) { return isOpen(e); });
        if (!DuplicateFinder::needsResolving(entries.size(), open))
            continue; // all copies but one are done or cancelled: resolved already
        DuplicateFinder::Group group;
        group.score = best.value(it.key());
        for (const int entry : std::as_const(entries))
            group.tasks.append(item(entry));
        std::sort(group.tasks.begin(), group.tasks.end(), [](const auto &x, const auto &y) {
            return std::tie(x.path, x.line) < std::tie(y.path, y.line);
        });
        out.append(group);
    }
    std::sort(out.begin(), out.end(), [](const auto &x, const auto &y) {
        if (x.score != y.score)
            return x.score > y.score;
        return std::tie(x.tasks.first().path, x.tasks.first().line) < std::tie(y.tasks.first().path, y.tasks.first().line);
    });
    return out;
}

} // namespace

DuplicateFinder::DuplicateFinder(const Identity &identity)
    : m_identity(identity)
{
}

bool DuplicateFinder::needsResolving(const Group &group)
{
    return needsResolving(group.tasks.size(), openCount(group));
}

qsizetype DuplicateFinder::openCount(const Group &group)
{
    return std::count_if(group.tasks.cbegin(), group.tasks.cend(),
        [](const Item &item) { return isOpenState(item.state); });
}

bool DuplicateFinder::needsResolving(qsizetype tasks, qsizetype open)
{
    return tasks >= 2 && open >= 2;
}

QList<DuplicateFinder::Group> DuplicateFinder::find(const QList<NoteTasks> &notes) const
{
    Finder finder(m_identity, m_windowDays, notes);
    return finder.run();
}

std::optional<QList<DuplicateFinder::Group>> DuplicateFinder::find(const QSqlDatabase &db)
{
    QElapsedTimer timer;
    timer.start();
    m_error.clear();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT n.id, n.path, n.date, n.people FROM notes n ORDER BY n.path"))) {
        m_error = QStringLiteral("cannot read notes: ") + q.lastError().text();
        return std::nullopt;
    }
    QList<NoteTasks> notes;
    QHash<qint64, int> byId;
    while (q.next()) {
        byId.insert(q.value(0).toLongLong(), int(notes.size()));
        notes.append({ q.value(1).toString(), IndexReader::optionalString(q.value(2)), VaultIndex::splitList(q.value(3).toString()), {} });
    }
    // Table order is note order already; the groups are sorted at the end.
    if (!q.exec(QStringLiteral("SELECT t.note_id, t.line, t.status, t.text, t.owner, t.due FROM tasks t"))) {
        m_error = QStringLiteral("cannot read tasks: ") + q.lastError().text();
        return std::nullopt;
    }
    while (q.next()) {
        const auto note = byId.constFind(q.value(0).toLongLong());
        if (note == byId.cend())
            continue;
        Task task;
        task.line = q.value(1).toInt();
        task.status = q.value(2).toString();
        task.state = stateForStatus(task.status);
        task.text = q.value(3).toString();
        task.owner = IndexReader::optionalString(q.value(4));
        task.due = IndexReader::optionalString(q.value(5));
        notes[note.value()].tasks.append(std::move(task));
    }
    const qint64 loaded = timer.elapsed();
    QList<Group> groups = find(notes);
    qCDebug(lcDuplicates) << groups.size() << "groups among" << notes.size() << "notes; read in" << loaded
                          << "ms, grouped in" << timer.elapsed() - loaded << "ms";
    return groups;
}

} // namespace core
