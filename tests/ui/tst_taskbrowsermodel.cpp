// SPDX-License-Identifier: GPL-3.0-or-later
// The vault-wide task model on a generated vault: its counts agree with core::Search for the same
// query (with every state, and with the open ones the chips start with), groups add up, sorting
// holds inside groups, and rows are read lazily.

#include "taskstestsupport.h"
#include "ui/tasks/taskbrowsermodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QIcon>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using ui::TaskBrowserModel;
namespace TaskRoles = ui::TaskRoles;
namespace TaskColumns = ui::TaskColumns;

class tst_TaskBrowserModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void countsMatchTheCore_data();
    void countsMatchTheCore();
    void chipsMatchTheQueryLanguage();
    void groupsAddUp();
    void sortsInsideGroups();
    void rowsMatchTheCore();
    void blockedAndWarnings();

private:
    void load(TaskBrowserModel &model, const QString &query, const QStringList &states);
    taskstest::SessionVault m_vault;
};

void tst_TaskBrowserModel::initTestCase()
{
    if (!m_vault.generate(400))
        QSKIP("vaultgen.py is not available");
}

void tst_TaskBrowserModel::load(TaskBrowserModel &model, const QString &query, const QStringList &states)
{
    model.setDatabase(m_vault.session()->database());
    TaskBrowserModel::Filter filter;
    filter.states = states;
    filter.query = query;
    QString error;
    QVERIFY2(model.setFilter(filter, &error), qPrintable(error));
}

void tst_TaskBrowserModel::countsMatchTheCore_data()
{
    QTest::addColumn<QString>("query");
    for (const char *query : { "", "status:proposed", "due:overdue", "due:none", "tag:infra",
             "owner:Myself", "-owner:Myself review", "after:2025-06-01", "\"the\"" })
        QTest::newRow(query) << QString::fromUtf8(query);
}

void tst_TaskBrowserModel::countsMatchTheCore()
{
    QFETCH(QString, query);
    TaskBrowserModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    load(model, query, TaskBrowserModel::allStates());
    const int all = m_vault.coreCount(query);
    QVERIFY(all >= 0);
    QCOMPARE(model.totalCount(), all);
    load(model, query, TaskBrowserModel::defaultStates());
    QCOMPARE(model.totalCount(), m_vault.coreCount(query + QStringLiteral(" status:open")));
    if (query.isEmpty())
        QVERIFY(all > 100);
}

void tst_TaskBrowserModel::chipsMatchTheQueryLanguage()
{
    TaskBrowserModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    load(model, QString(), TaskBrowserModel::defaultStates());
    TaskBrowserModel::Filter filter = model.filter();
    filter.due = TaskBrowserModel::DueRange::Overdue;
    QVERIFY(model.setFilter(filter));
    QCOMPARE(model.totalCount(), m_vault.coreCount(QStringLiteral("due:overdue")));
    filter.due = TaskBrowserModel::DueRange::Any;
    filter.owner = QStringLiteral("myself");
    QVERIFY(model.setFilter(filter));
    QCOMPARE(model.totalCount(), m_vault.coreCount(QStringLiteral("owner:Myself status:open")));
    filter.owner.clear();
    filter.states = { QStringLiteral("proposed") };
    QVERIFY(model.setFilter(filter));
    QCOMPARE(model.totalCount(), m_vault.coreCount(QStringLiteral("status:proposed")));
    QString error;
    filter.query = QStringLiteral("nosuchkey:x");
    QVERIFY(!model.setFilter(filter, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(model.totalCount(), m_vault.coreCount(QStringLiteral("status:proposed"))); // unchanged
}

void tst_TaskBrowserModel::groupsAddUp()
{
    TaskBrowserModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    load(model, QString(), TaskBrowserModel::allStates());
    for (const auto grouping : { TaskBrowserModel::Grouping::DueBucket, TaskBrowserModel::Grouping::Owner,
             TaskBrowserModel::Grouping::Meeting }) {
        model.setGrouping(grouping);
        int sum = 0;
        for (int g = 0; g < model.rowCount(); ++g) {
            const QModelIndex group = model.index(g, 0);
            QVERIFY(group.data(TaskRoles::IsGroupRole).toBool());
            QCOMPARE(model.rowCount(group), group.data(TaskRoles::GroupCountRole).toInt());
            sum += model.rowCount(group);
        }
        QCOMPARE(sum, model.totalCount());
    }
    model.setGrouping(TaskBrowserModel::Grouping::DueBucket);
    QStringList labels;
    for (int g = 0; g < model.rowCount(); ++g)
        labels << model.index(g, TaskColumns::TextColumn)
                      .data()
                      .toString()
                      .section(QStringLiteral("  ("), 0, 0);
    const QStringList order { QStringLiteral("Overdue"), QStringLiteral("Today"), QStringLiteral("This week"),
        QStringLiteral("Later"), QStringLiteral("No date") };
    int last = -1;
    for (const QString &label : labels) {
        QVERIFY2(order.indexOf(label) > last, qPrintable(label));
        last = int(order.indexOf(label));
    }
}

void tst_TaskBrowserModel::sortsInsideGroups()
{
    TaskBrowserModel model;
    load(model, QString(), TaskBrowserModel::allStates());
    model.setGrouping(TaskBrowserModel::Grouping::Owner);
    model.sort(TaskColumns::DueColumn, Qt::DescendingOrder);
    for (int g = 0; g < model.rowCount(); ++g) {
        const QModelIndex group = model.index(g, 0);
        QString previous = QStringLiteral("9999");
        for (int r = 0; r < model.rowCount(group); ++r) {
            const QString due = model.index(r, 0, group).data(TaskRoles::DueRole).toString();
            if (due.isEmpty())
                continue;
            QVERIFY2(due <= previous, qPrintable(due + u' ' + previous));
            previous = due;
        }
    }
}

void tst_TaskBrowserModel::rowsMatchTheCore()
{
    TaskBrowserModel model;
    load(model, QStringLiteral("status:proposed"), TaskBrowserModel::allStates());
    const auto hits = core::Search(m_vault.session()->database()).tasks(*core::Query::parse(QStringLiteral("status:proposed")));
    QVERIFY(hits);
    QSet<QString> expected;
    for (const auto &hit : *hits)
        expected.insert(hit.path + u':' + QString::number(hit.task.line) + u':' + hit.task.raw);
    QSet<QString> actual;
    for (const auto &row : model.rows())
        actual.insert(row.path + u':' + QString::number(row.task.line) + u':' + row.task.raw);
    QCOMPARE(actual, expected);
    // One row asked for: the model reads its page, not the vault.
    const QModelIndex first = model.index(0, 0, model.index(0, 0));
    QVERIFY(model.rowAt(first).has_value());
    QVERIFY(!first.data(TaskRoles::RawRole).toString().isEmpty());
}

// A blocked task's row says so (role, sign, accessible text) and its tooltip names what it waits
// for; a task with warnings shows them.
void tst_TaskBrowserModel::blockedAndWarnings()
{
    TestVault vault;
    QVERIFY(uitest::writeDependencies(vault));
    core::VaultIndex index(vault.root(), vault.indexPath());
    QVERIFY(index.open() && core::Indexer(index).update());
    // The parser gives warnings to lines it cannot fully read; here one is given by hand.
    QSqlQuery q(index.database());
    QVERIFY2(q.exec(QStringLiteral("UPDATE tasks SET warnings = 'a date that does not exist'"
                                   " WHERE text = 'Other'")),
        qPrintable(q.lastError().text()));
    TaskBrowserModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(index.database());
    model.setGrouping(TaskBrowserModel::Grouping::Meeting);
    TaskBrowserModel::Filter filter;
    filter.query = QStringLiteral("path:plan");
    QVERIFY(model.setFilter(filter));
    QCOMPARE(model.totalCount(), 3);
    QHash<QString, QModelIndex> byText;
    const QModelIndex group = model.index(0, 0);
    for (int row = 0; row < model.rowCount(group); ++row) {
        const QModelIndex text = model.index(row, TaskColumns::TextColumn, group);
        byText.insert(text.data().toString(), text);
    }
    const QModelIndex review = byText.value(QStringLiteral("Review the plan"));
    const QModelIndex ship = byText.value(QStringLiteral("Ship"));
    const QModelIndex other = byText.value(QStringLiteral("Other"));
    QVERIFY(review.isValid() && ship.isValid() && other.isValid());
    QVERIFY(review.data(TaskRoles::BlockedRole).toBool());
    QVERIFY(!ship.data(TaskRoles::BlockedRole).toBool());
    QVERIFY(review.data(Qt::ToolTipRole).toString().contains(uitest::kBlockedBy));
    QVERIFY(!ship.data(Qt::ToolTipRole).toString().contains(u"Blocked"));
    QVERIFY(uitest::readsAs(review.data(Qt::AccessibleTextRole).toString(),
        QStringLiteral("Review the plan"), QStringLiteral(", blocked")));
    QVERIFY(!review.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!ship.data(Qt::DecorationRole).isValid());

    QCOMPARE(other.data(TaskRoles::WarningsRole).toStringList(),
        QStringList { QStringLiteral("a date that does not exist") });
    QVERIFY(other.data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Warning: a date that does not exist")));
    QVERIFY(uitest::readsAs(other.data(Qt::AccessibleTextRole).toString(), QStringLiteral("Other"),
        QStringLiteral(", 1 warning")));
    QVERIFY(!other.data(Qt::DecorationRole).value<QIcon>().isNull());

    filter.query = QStringLiteral("is:blocked");
    QVERIFY(model.setFilter(filter));
    QCOMPARE(model.totalCount(), 1);
}

QTEST_MAIN(tst_TaskBrowserModel)
#include "tst_taskbrowsermodel.moc"
#include "ui/tasks/taskroles.h"
