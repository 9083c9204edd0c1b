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

void tst_PeopleModel::helpers()
{
    QCOMPARE(PeopleModel::initials(QStringLiteral("Carlos O'Brien García")), QStringLiteral("CG"));
    QCOMPARE(PeopleModel::initials(QStringLiteral("zoë")), QStringLiteral("Z"));
    QCOMPARE(PeopleModel::initials(QString()), QStringLiteral("?"));
}

QTEST_MAIN(tst_PeopleModel)
#include "tst_peoplemodel.moc"
