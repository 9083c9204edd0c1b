// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/decisions/decisionsmodel.h"
#include "ui/meeting/decisionspane.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QGuiApplication>
#include <QListView>
#include <QtTest>

class tst_DecisionsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void longDecisionsWrap();
    void copiesSelection();
    void emptyState();
};

void tst_DecisionsPane::longDecisionsWrap()
{
    ui::DecisionsPane pane;
    QAbstractItemModelTester tester(
        pane.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    pane.resize(260, 500);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    const QString longText
        = QStringLiteral("VAST Data will prioritize Project Apollo as the primary entry path into "
                         "Microsoft MAI and Azure-adjacent deployments, rather than relying on "
                         "Azure Marketplace VM offers.");
    pane.showDecisions({ QStringLiteral("Short."), longText });
    QCOMPARE(pane.model()->rowCount(), 2);
    QCoreApplication::processEvents();
    const QRect shortRect = pane.view()->visualRect(pane.model()->index(0));
    const QRect longRect = pane.view()->visualRect(pane.model()->index(1));
    QVERIFY2(longRect.height() > 3 * shortRect.height() / 2,
        qPrintable(QStringLiteral("%1 vs %2").arg(longRect.height()).arg(shortRect.height())));
    QVERIFY(longRect.width() <= pane.view()->viewport()->width());
}

void tst_DecisionsPane::copiesSelection()
{
    ui::DecisionsPane pane;
    pane.show();
    pane.showDecisions({ QStringLiteral("One."), QStringLiteral("Two.") });
    pane.view()->selectAll();
    pane.view()->setFocus();
    const auto actions = pane.view()->actions();
    QCOMPARE(actions.size(), 1);
    actions.first()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("- One.\n- Two."));
}

void tst_DecisionsPane::emptyState()
{
    ui::DecisionsPane pane;
    pane.show();
    pane.showDecisions({});
    QVERIFY(!pane.view()->isVisible());
    pane.showDecisions({ QStringLiteral("One.") });
    QVERIFY(pane.view()->isVisible());
    pane.clear();
    QCOMPARE(pane.model()->rowCount(), 0);
}

QTEST_MAIN(tst_DecisionsPane)
#include "tst_decisionspane.moc"
