// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/task.h"
#include "ui/people/peoplemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using ui::PeopleModel;

namespace {

core::Task task(const QString &owner, core::TaskState state)
{
    core::Task t;
    t.owner = owner;
    t.state = state;
    t.status = core::statusForState(state);
    return t;
}

} // namespace

class tst_PeopleModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void participantsThenOwners();
    void ownersMatchParticipantsCaseInsensitively();
    void updatesInPlaceAndResets();
    void myNamesAreOneChip_data();
    void myNamesAreOneChip();
    void identityChangeRecountsTheMeeting();
    void helpers();
};

void tst_PeopleModel::participantsThenOwners()
{
    PeopleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    using S = core::TaskState;
    model.setMeeting({ QStringLiteral("Alon Horev"), QStringLiteral("Jason Vallery") },
        { task(QStringLiteral("Myself"), S::Proposed), task(QStringLiteral("Alon Horev"), S::Todo),
            task(QStringLiteral("Myself"), S::Done), task(QStringLiteral("Kushal"), S::Todo),
            task(QStringLiteral("Myself"), S::Cancelled), core::Task() });
    QCOMPARE(model.rowCount(), 4);
    const auto at = [&](int row, int role) { return model.data(model.index(row), role); };
    QCOMPARE(at(0, Qt::DisplayRole).toString(), QStringLiteral("Alon Horev"));
    QCOMPARE(at(0, PeopleModel::IsParticipantRole).toBool(), true);
    QCOMPARE(at(0, PeopleModel::TaskCountRole).toInt(), 1);
    QCOMPARE(at(1, PeopleModel::NameRole).toString(), QStringLiteral("Jason Vallery"));
    QCOMPARE(at(1, PeopleModel::TaskCountRole).toInt(), 0);
    // Owners who are not participants follow, most tasks first.
    QCOMPARE(at(2, PeopleModel::NameRole).toString(), QStringLiteral("Myself"));
    QCOMPARE(at(2, PeopleModel::IsParticipantRole).toBool(), false);
    QCOMPARE(at(2, PeopleModel::TaskCountRole).toInt(), 3);
    QCOMPARE(at(2, PeopleModel::OpenTaskCountRole).toInt(), 1);
    QCOMPARE(at(3, PeopleModel::NameRole).toString(), QStringLiteral("Kushal"));
    QCOMPARE(at(0, PeopleModel::QueryRole).toString(), QStringLiteral("person:\"Alon Horev\""));
    QCOMPARE(at(3, PeopleModel::QueryRole).toString(), QStringLiteral("person:Kushal"));
    QCOMPARE(at(0, PeopleModel::InitialsRole).toString(), QStringLiteral("AH"));
    QVERIFY(at(2, Qt::ToolTipRole).toString().contains(QStringLiteral("owns 3")));
}

void tst_PeopleModel::ownersMatchParticipantsCaseInsensitively()
{
    PeopleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMeeting({ QStringLiteral("Priya Patel") },
        { task(QStringLiteral("priya patel"), core::TaskState::Todo) });
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.personAt(0).tasks, 1);
    QCOMPARE(model.personAt(0).name, QStringLiteral("Priya Patel"));
}

void tst_PeopleModel::updatesInPlaceAndResets()
{
    PeopleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMeeting(
        { QStringLiteral("A B") }, { task(QStringLiteral("A B"), core::TaskState::Todo) });
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setMeeting(
        { QStringLiteral("A B") }, { task(QStringLiteral("A B"), core::TaskState::Todo) });
    QCOMPARE(reset.count() + changed.count(), 0);
    model.setMeeting(
        { QStringLiteral("A B") }, { task(QStringLiteral("A B"), core::TaskState::Done) });
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.data(model.index(0), PeopleModel::OpenTaskCountRole).toInt(), 0);
    model.setMeeting({ QStringLiteral("A B"), QStringLiteral("C D") }, {});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void tst_PeopleModel::myNamesAreOneChip_data()
{
    QTest::addColumn<QStringList>("participants");
    QTest::addColumn<QStringList>("owners");
    QTest::addColumn<QStringList>("names"); // the chips, in order
    QTest::addColumn<bool>("participant"); // of my chip
    QTest::addColumn<int>("tasks"); // of my chip
    QTest::newRow("alias takes part, me owns: one chip where the alias was")
        << QStringList { QStringLiteral("Alon Horev"), QStringLiteral("Jason Vallery") }
        << QStringList { QStringLiteral("Myself"), QStringLiteral("Alon Horev") }
        << QStringList { QStringLiteral("Alon Horev"), QStringLiteral("Myself") } << true << 1;
    QTest::newRow("both names take part and own: counts summed")
        << QStringList { QStringLiteral("Myself"), QStringLiteral("[[Jason Vallery]]") }
        << QStringList { QStringLiteral("Jason Vallery"), QStringLiteral("myself"),
               QStringLiteral("jason vallery") }
        << QStringList { QStringLiteral("Myself") } << true << 3;
    QTest::newRow("only owners, by either name")
        << QStringList { QStringLiteral("Alon Horev") }
        << QStringList { QStringLiteral("Jason Vallery"), QStringLiteral("Kushal"),
               QStringLiteral("Myself") }
        << QStringList { QStringLiteral("Alon Horev"), QStringLiteral("Myself"),
               QStringLiteral("Kushal") }
        << false << 2;
}

void tst_PeopleModel::myNamesAreOneChip()
{
    QFETCH(QStringList, participants);
    QFETCH(QStringList, owners);
    QFETCH(QStringList, names);
    QFETCH(bool, participant);
    QFETCH(int, tasks);
    PeopleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    core::Identity identity;
    identity.aliases = { QStringLiteral("Jason Vallery") };
    model.setIdentity(identity);
    QList<core::Task> list;
    for (const QString &owner : owners)
        list.append(task(owner, core::TaskState::Todo));
    model.setMeeting(participants, list);
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown.append(model.index(row).data(PeopleModel::NameRole).toString());
    QCOMPARE(shown, names);
    const int me = int(names.indexOf(QStringLiteral("Myself")));
    QCOMPARE(model.index(me).data(PeopleModel::IsMeRole).toBool(), true);
    QCOMPARE(model.index(me).data(PeopleModel::IsParticipantRole).toBool(), participant);
    QCOMPARE(model.index(me).data(PeopleModel::TaskCountRole).toInt(), tasks);
    QCOMPARE(model.index(me).data(PeopleModel::OpenTaskCountRole).toInt(), tasks);
    QCOMPARE(
        model.index(me).data(PeopleModel::QueryRole).toString(), QStringLiteral("person:Myself"));
}

// Setting an alias merges the chips of the meeting on show; clearing it parts them again.
void tst_PeopleModel::identityChangeRecountsTheMeeting()
{
    PeopleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMeeting({ QStringLiteral("Jason Vallery"), QStringLiteral("Alon Horev") },
        { task(QStringLiteral("Myself"), core::TaskState::Todo) });
    QCOMPARE(model.rowCount(), 3);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    core::Identity identity;
    identity.aliases = { QStringLiteral("Jason Vallery") };
    model.setIdentity(identity);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.personAt(0).name, QStringLiteral("Myself"));
    QCOMPARE(model.personAt(0).tasks, 1);
    model.setIdentity(identity);
    QCOMPARE(reset.count(), 1);
    model.setIdentity(core::Identity());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.personAt(0).name, QStringLiteral("Jason Vallery"));
    QCOMPARE(model.personAt(0).me, false);
}

void tst_PeopleModel::helpers()
{
    QCOMPARE(PeopleModel::initials(QStringLiteral("Carlos O'Brien García")), QStringLiteral("CG"));
    QCOMPARE(PeopleModel::initials(QStringLiteral("zoë")), QStringLiteral("Z"));
    QCOMPARE(PeopleModel::initials(QString()), QStringLiteral("?"));
}

QTEST_MAIN(tst_PeopleModel)
#include "tst_peoplemodel.moc"
