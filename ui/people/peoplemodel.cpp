// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/people/peoplemodel.h"

#include "core/model/names.h"
#include "core/model/task.h"
#include "core/query/query.h"

#include <algorithm>

namespace ui {

namespace {

bool samePeople(const QList<PeopleModel::Person> &a, const QList<PeopleModel::Person> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const auto &x, const auto &y) {
        return x.name == y.name && x.participant == y.participant && x.tasks == y.tasks
            && x.openTasks == y.openTasks && x.me == y.me;
    });
}

} // namespace

PeopleModel::PeopleModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

PeopleModel::~PeopleModel() = default;

void PeopleModel::setMeeting(const QStringList &participants, const QList<core::Task> &tasks)
{
    m_participants = participants;
    m_tasks = tasks;
    rebuild();
}

void PeopleModel::setIdentity(const core::Identity &identity)
{
    if (identity.me == m_identity.me && identity.aliases == m_identity.aliases)
        return;
    m_identity = identity;
    rebuild();
}

void PeopleModel::rebuild()
{
    QList<Person> people;
    QStringList keys; // of `people`, one each
    const auto find = [&](const QString &name) -> Person * {
        const QString key = m_identity.key(name);
        const qsizetype at = keys.indexOf(key);
        if (at >= 0)
            return &people[at];
        const bool me = m_identity.isMe(name);
        keys.append(key);
        people.append({ me ? core::Names::normalize(m_identity.me) : name, false, 0, 0, me });
        return &people.last();
    };
    for (const QString &name : std::as_const(m_participants)) {
        if (!name.trimmed().isEmpty())
            find(name)->participant = true;
    }
    const qsizetype firstOwner = people.size();
    for (const core::Task &task : std::as_const(m_tasks)) {
        if (!task.owner || task.owner->trimmed().isEmpty())
            continue;
        Person *person = find(*task.owner);
        ++person->tasks;
        if (core::isOpenState(task.state))
            ++person->openTasks;
    }
    std::stable_sort(people.begin() + firstOwner, people.end(),
        [](const Person &a, const Person &b) { return a.tasks > b.tasks; });
    setPeople(people);
}

void PeopleModel::setPeople(const QList<Person> &people)
{
    if (samePeople(people, m_people))
        return;
    if (people.size() == m_people.size() && !people.isEmpty()) {
        m_people = people;
        Q_EMIT dataChanged(index(0), index(int(m_people.size()) - 1));
        return;
    }
    beginResetModel();
    m_people = people;
    endResetModel();
}

void PeopleModel::clear()
{
    setMeeting({}, {});
}

int PeopleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

QVariant PeopleModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Person &person = m_people.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return person.name;
    case Qt::ToolTipRole: {
        QString tip = person.me ? tr("Me") + QStringLiteral(" · ") : QString();
        tip += person.participant ? tr("Participant") : tr("Task owner");
        if (person.tasks > 0)
            tip = tr("%1 · owns %2 of this meeting's tasks (%3 open)")
                      .arg(tip)
                      .arg(person.tasks)
                       .arg(person.openTasks);
        return QString(tip + u'\n' + tr("Activate to see every meeting with %1").arg(person.name));
    }
    case TaskCountRole:
        return person.tasks;
    case OpenTaskCountRole:
        return person.openTasks;
    case IsParticipantRole:
        return person.participant;
    case IsMeRole:
        return person.me;
    case InitialsRole:
        return initials(person.name);
    case QueryRole:
        return core::Query::forPerson(person.name);
    default:
        return {};
    }
}

QHash<int, QByteArray> PeopleModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({ { NameRole, "name" }, { TaskCountRole, "taskCount" },
        { OpenTaskCountRole, "openTaskCount" }, { IsParticipantRole, "isParticipant" },
        { InitialsRole, "initials" }, { QueryRole, "query" }, { IsMeRole, "isMe" } });
    return names;
}

QString PeopleModel::initials(const QString &name)
{
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    QString out;
    for (const QString &word : words) {
        if (word.at(0).isLetter())
            out += word.at(0).toUpper();
    }
    if (out.size() > 2)
        out = out.left(1) + out.right(1);
    return out.isEmpty() ? QStringLiteral("?") : out;
}

} // namespace ui
