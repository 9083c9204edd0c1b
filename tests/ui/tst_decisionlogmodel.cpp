// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/decisions/decisionlogmodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

class tst_DecisionLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rolesAndMeetingHeaders();
    void pagesOfRows();
};

namespace {
core::DecisionLog::Entry entry(const QString &path, const QString &text, int merged = 1)
{
    return { path, path + QStringLiteral(" title"), QStringLiteral("2025-01-10"),
        { QStringLiteral("Alon Horev") }, text, merged };
}
} // namespace

void tst_DecisionLogModel::rolesAndMeetingHeaders()
{
    ui::DecisionLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries({ entry(QStringLiteral("a.md"), QStringLiteral("One"), 2),
        entry(QStringLiteral("a.md"), QStringLiteral("Two")), entry(QStringLiteral("b.md"), QStringLiteral("Three")) });
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.meetingCount(), 2);
    QCOMPARE(model.mergedCount(), 1);
    const QModelIndex first = model.index(0);
    QCOMPARE(first.data(ui::DecisionLogModel::TextRole).toString(), QStringLiteral("One"));
    QCOMPARE(first.data(ui::DecisionLogModel::MergedRole).toInt(), 2);
    QCOMPARE(first.data(ui::DecisionLogModel::PeopleRole).toStringList(), QStringList { QStringLiteral("Alon Horev") });
    QCOMPARE(first.data(ui::DecisionLogModel::DateRole).toString(), QStringLiteral("2025-01-10"));
    QVERIFY(first.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Stated 2 times")));
    QVERIFY(first.data(ui::DecisionLogModel::FirstOfMeetingRole).toBool());
    QVERIFY(!model.index(1).data(ui::DecisionLogModel::FirstOfMeetingRole).toBool());
    QVERIFY(model.index(2).data(ui::DecisionLogModel::FirstOfMeetingRole).toBool());
    QVERIFY(!model.data(QModelIndex(), ui::DecisionLogModel::TextRole).isValid());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void tst_DecisionLogModel::pagesOfRows()
{
    // No model tester here: it fetches every page itself.
    ui::DecisionLogModel model;
    QList<core::DecisionLog::Entry> entries;
    for (int i = 0; i < 450; ++i)
        entries.append(entry(QStringLiteral("n%1.md").arg(i / 3), QString::number(i)));
    model.setEntries(entries);
    QCOMPARE(model.entryCount(), 450);
    QCOMPARE(model.rowCount(), ui::DecisionLogModel::kPageSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * ui::DecisionLogModel::kPageSize);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 450);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.meetingCount(), 150);
}

QTEST_MAIN(tst_DecisionLogModel)
#include "tst_decisionlogmodel.moc"
