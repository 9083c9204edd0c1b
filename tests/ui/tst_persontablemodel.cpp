// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/index/indexer.h"
#include "core/index/vaultindex.h"
#include "core/query/query.h"
#include "ui/people/persontablemodel.h"
#include "ui/people/persontaskmodel.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QtTest>

class tst_PersonTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columnsAndRoles();
    void sortsByTypedValues();
    void overdueTasks();
    void blockedTasks();
    void warnings();
};

namespace {
QList<core::PeopleDirectory::Person> people()
{
    return { { QStringLiteral("Alon Horev"), false, 12, QStringLiteral("2025-02-03"), 3, 1 },
        { QStringLiteral("Myself"), true, 40, QStringLiteral("2025-03-01"), 9, 0 },
        { QStringLiteral("bob"), false, 2, std::nullopt, 0, 5 } };
}
} // namespace

void tst_PersonTableModel::columnsAndRoles()
{
    ui::PersonTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPeople(people());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(ui::PersonTableModel::ColumnCount));
    QCOMPARE(model.headerData(ui::PersonTableModel::IOweColumn, Qt::Horizontal).toString(), QStringLiteral("I owe"));
    QCOMPARE(model.index(0, ui::PersonTableModel::MeetingsColumn).data().toInt(), 12);
    QCOMPARE(model.index(0, ui::PersonTableModel::OpenOwnedColumn).data().toInt(), 3);
    QCOMPARE(model.index(2, ui::PersonTableModel::IOweColumn).data().toInt(), 5);
    QCOMPARE(model.index(2, ui::PersonTableModel::LastMeetingColumn).data().toString(), QString());
    QVERIFY(model.index(1, 0).data(ui::PersonTableModel::IsMeRole).toBool());
    QCOMPARE(model.rowOfName(QStringLiteral("ALON HOREV")), 0);
    QCOMPARE(model.rowOfName(QStringLiteral("nobody")), -1);
}

void tst_PersonTableModel::sortsByTypedValues()
{
    ui::PersonTableModel model;
    model.setPeople(people());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ui::PersonTableModel::SortRole);
    proxy.sort(ui::PersonTableModel::MeetingsColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Myself"));
    QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("bob"));
    proxy.sort(ui::PersonTableModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("Myself")); // case-insensitive
    proxy.sort(ui::PersonTableModel::LastMeetingColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Myself"));
}

void tst_PersonTableModel::overdueTasks()
{
    ui::PersonTaskModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    core::Search::TaskHit late;
    late.path = QStringLiteral("a.md");
    late.title = QStringLiteral("A");
    late.task.text = QStringLiteral("Late");
    late.task.due = QStringLiteral("2025-01-01");
    core::Search::TaskHit later = late;
    later.task.due = QStringLiteral("2025-06-01");
    core::Search::TaskHit done = late;
    done.task.state = core::TaskState::Done;
    model.setTasks({ late, later, done }, QDate(2025, 3, 1));
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.index(0).data(ui::PersonTaskModel::OverdueRole).toBool());
    QVERIFY(!model.index(1).data(ui::PersonTaskModel::OverdueRole).toBool());
    QVERIFY(!model.index(2).data(ui::PersonTaskModel::OverdueRole).toBool());
    QCOMPARE(model.overdueCount(), 1);
    QCOMPARE(model.index(0).data(ui::PersonTaskModel::PathRole).toString(), QStringLiteral("a.md"));
}

// A person's blocked task says so, and what it waits for once the model has the database.
void tst_PersonTableModel::blockedTasks()
{
    TestVault vault;
    QVERIFY(uitest::writeDependencies(vault));
    core::VaultIndex index(vault.root(), vault.indexPath());
    QVERIFY(index.open() && core::Indexer(index).update());
    const auto hits
        = core::Search(index.database()).tasks(*core::Query::parse(QStringLiteral("path:plan")));
    QVERIFY(hits);
    ui::PersonTaskModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTasks(*hits);
    QCOMPARE(model.rowCount(), 3);
    const QModelIndex review = model.index(0);
    QCOMPARE(
        review.data(ui::PersonTaskModel::TextRole).toString(), QStringLiteral("Review the plan"));
    QVERIFY(review.data(ui::PersonTaskModel::BlockedRole).toBool());
    QVERIFY(!model.index(1).data(ui::PersonTaskModel::BlockedRole).toBool());
    QVERIFY(uitest::readsAs(review.data(Qt::AccessibleTextRole).toString(),
        QStringLiteral("Review the plan"), QStringLiteral(", blocked")));
    // Without the database it still says it is blocked, not by what.
    QVERIFY(review.data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Blocked: it waits for another task")));
    model.setDatabase(index.database());
    QVERIFY(review.data(Qt::ToolTipRole).toString().contains(uitest::kBlockedBy));
    QVERIFY(!model.index(1).data(Qt::ToolTipRole).toString().contains(u"Blocked"));
}

void tst_PersonTableModel::warnings()
{
    ui::PersonTaskModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    core::Search::TaskHit odd;
    odd.path = QStringLiteral("a.md");
    odd.title = QStringLiteral("A");
    odd.task.text = QStringLiteral("Odd");
    odd.task.warnings = QStringList { QStringLiteral("one"), QStringLiteral("two") };
    core::Search::TaskHit plain = odd;
    plain.task.warnings.clear();
    model.setTasks({ odd, plain });
    QCOMPARE(
        model.index(0).data(ui::PersonTaskModel::WarningsRole).toStringList(), odd.task.warnings);
    QVERIFY(model.index(1).data(ui::PersonTaskModel::WarningsRole).toStringList().isEmpty());
    QVERIFY(model.index(0)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Warning: one\nWarning: two")));
    QVERIFY(uitest::readsAs(model.index(0).data(Qt::AccessibleTextRole).toString(),
        QStringLiteral("Odd"), QStringLiteral(", 2 warnings")));
    QVERIFY(uitest::readsAs(
        model.index(1).data(Qt::AccessibleTextRole).toString(), QStringLiteral("Odd"), QString()));
}

QTEST_MAIN(tst_PersonTableModel)
#include "tst_persontablemodel.moc"
