// SPDX-License-Identifier: GPL-3.0-or-later
// The pane skeleton the meeting list and a meeting's panes are built on: a header on top, then
// either the content or a muted, centred line saying why there is none, taking turns.

#include "ui/widgets/pane.h"
#include "ui/widgets/paneheader.h"

#include <QLabel>
#include <QListView>
#include <QtTest>

class tst_Pane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headerOnTop();
    void emptyUntilItHasContent();
    void contentAndEmptyLineTakeTurns();
    void contentIsFoundByName();
};

void tst_Pane::headerOnTop()
{
    ui::Pane pane(QStringLiteral("Tasks"));
    pane.resize(300, 200);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QCOMPARE(pane.findChild<ui::PaneHeader *>(), pane.header());
    pane.header()->setDetail(QStringLiteral("3 open of 5"));
    QCOMPARE(pane.header()->detail(), QStringLiteral("3 open of 5"));
    const auto labels = pane.header()->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
        [](const QLabel *label) { return label->text() == QStringLiteral("TASKS"); }));
    QCOMPARE(pane.header()->y(), 0);
    QVERIFY(pane.emptyLabel()->mapTo(&pane, QPoint()).y() >= pane.header()->height());
}

void tst_Pane::emptyUntilItHasContent()
{
    ui::Pane pane(QStringLiteral("People"));
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY(!pane.isShowingContent());
    QCOMPARE(pane.content(), nullptr);
    QVERIFY(pane.emptyLabel()->isVisible());
    pane.showContent(); // nothing to show: the line stays
    QVERIFY(pane.emptyLabel()->isVisible());
    QVERIFY(!pane.emptyLabel()->isEnabled()); // drawn muted
    QVERIFY(pane.emptyLabel()->alignment() & Qt::AlignHCenter);
    QVERIFY(pane.emptyLabel()->alignment() & Qt::AlignVCenter);
}

void tst_Pane::contentAndEmptyLineTakeTurns()
{
    ui::Pane pane(QStringLiteral("Decisions"));
    auto *list = new QListView(&pane);
    pane.setContent(list);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QCOMPARE(pane.content(), list);
    QVERIFY(pane.isShowingContent());
    QVERIFY(list->isVisible());
    QVERIFY(!pane.emptyLabel()->isVisible());
    pane.showEmpty(QStringLiteral("No decisions recorded"));
    QVERIFY(!pane.isShowingContent());
    QVERIFY(!list->isVisible());
    QVERIFY(pane.emptyLabel()->isVisible());
    QCOMPARE(pane.emptyLabel()->text(), QStringLiteral("No decisions recorded"));
    pane.showContent();
    QVERIFY(pane.isShowingContent());
    QVERIFY(list->isVisible());
    QVERIFY(!pane.emptyLabel()->isVisible());
    QVERIFY(pane.isAncestorOf(list));
}

void tst_Pane::contentIsFoundByName()
{
    ui::Pane pane(QStringLiteral("Meetings"));
    pane.setObjectName(QStringLiteral("meetingListPane"));
    auto *list = new QListView;
    list->setObjectName(QStringLiteral("meetingList"));
    pane.setContent(list);
    QCOMPARE(pane.findChild<QListView *>(QStringLiteral("meetingList")), list);
    QCOMPARE(pane.objectName(), QStringLiteral("meetingListPane"));
}

QTEST_MAIN(tst_Pane)
#include "tst_pane.moc"
