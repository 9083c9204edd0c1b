// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/index/indexer.h"
#include "core/index/vaultindex.h"
#include "ui/meeting/meetinglistdelegate.h"
#include "ui/meeting/meetinglistmodel.h"
#include "ui/meeting/meetinglistpane.h"
#include "ui/widgets/paneheader.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QListView>
#include <QSignalSpy>
#include <QtTest>

using ui::MeetingListModel;
using ui::MeetingListPane;

class tst_MeetingListPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keyboardNavigation();
    void selectionSurvivesFiltering();
    void sectionsAreTaller();
    void sortBox();

private:
    TestVault m_vault;
    std::unique_ptr<core::VaultIndex> m_index;
};

void tst_MeetingListPane::initTestCase()
{
    QVERIFY(uitest::writeFixture(m_vault));
    m_index = std::make_unique<core::VaultIndex>(m_vault.root(), m_vault.indexPath());
    QVERIFY(m_index->open());
    QVERIFY(core::Indexer(*m_index).update());
}

void tst_MeetingListPane::keyboardNavigation()
{
    MeetingListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(m_index->database());
    MeetingListPane pane(&model);
    pane.resize(300, 500);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QSignalSpy current(&pane, &MeetingListPane::currentPathChanged);
    QVERIFY(pane.selectPath(uitest::kStandup));
    QCOMPARE(current.count(), 1);
    QCOMPARE(pane.currentPath(), uitest::kStandup);
    pane.view()->setFocus();
    QTest::keyClick(pane.view(), Qt::Key_Down);
    QCOMPARE(pane.currentPath(), uitest::kBudget);
    QTest::keyClick(pane.view(), Qt::Key_End);
    QCOMPARE(pane.currentPath(), uitest::kApollo);
    QTest::keyClick(pane.view(), Qt::Key_Home);
    QCOMPARE(pane.currentPath(), uitest::kStandup);
    QCOMPARE(current.count(), 4);
    QVERIFY(!pane.selectPath(QStringLiteral("missing.md")));
}

void tst_MeetingListPane::selectionSurvivesFiltering()
{
    MeetingListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(m_index->database());
    MeetingListPane pane(&model);
    pane.setTotalCount(3);
    pane.show();
    QVERIFY(pane.selectPath(uitest::kApollo));
    QSignalSpy current(&pane, &MeetingListPane::currentPathChanged);
    QVERIFY(model.setQueryText(QStringLiteral("tag:apollo")));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(
        pane.view()->currentIndex().data(MeetingListModel::PathRole).toString(), uitest::kApollo);
    QCOMPARE(current.count(), 0);
    QCOMPARE(pane.findChild<ui::PaneHeader *>()->detail(), QStringLiteral("2 of 3"));
    // Filtered out: the panes show the first result instead.
    QVERIFY(model.setQueryText(QStringLiteral("type:people")));
    QVERIFY(model.rowCount() > 0);
    const QString first = model.index(0, 0).data(MeetingListModel::PathRole).toString();
    QVERIFY(first != uitest::kApollo);
    QCOMPARE(current.count(), 1);
    QCOMPARE(current.last().first().toString(), first);
    QCOMPARE(pane.currentPath(), first);
    // No result: the panes are emptied.
    QVERIFY(model.setQueryText(QStringLiteral("type:nothing")));
    QVERIFY(!pane.view()->isVisible());
    QCOMPARE(current.count(), 2);
    QCOMPARE(current.last().first().toString(), QString());
    QVERIFY(pane.currentPath().isEmpty());
    // An invalid query leaves the list as it was, marked as not filtered by it.
    pane.setStale(true);
    QVERIFY2(
        pane.findChild<ui::PaneHeader *>()->detail().contains(QStringLiteral("not this search")),
        qPrintable(pane.findChild<ui::PaneHeader *>()->detail()));
    pane.setStale(false);
    // Results again: the first is shown.
    QVERIFY(model.setQueryText(QString()));
    QVERIFY(pane.view()->isVisible());
    QCOMPARE(pane.findChild<ui::PaneHeader *>()->detail(), QStringLiteral("3"));
    QCOMPARE(current.count(), 3);
    QCOMPARE(pane.currentPath(), model.index(0, 0).data(MeetingListModel::PathRole).toString());
}

void tst_MeetingListPane::sectionsAreTaller()
{
    MeetingListModel model;
    model.setDatabase(m_index->database());
    ui::MeetingListDelegate delegate;
    QStyleOptionViewItem option;
    option.font = QFont();
    option.fontMetrics = QFontMetrics(option.font);
    const int first = delegate.sizeHint(option, model.index(0)).height();
    const int second = delegate.sizeHint(option, model.index(1)).height();
    QCOMPARE(second, ui::MeetingListDelegate::rowHeight(option.fontMetrics));
    QCOMPARE(first, second + ui::MeetingListDelegate::headerHeight(option.fontMetrics));
}

void tst_MeetingListPane::sortBox()
{
    MeetingListModel model;
    model.setDatabase(m_index->database());
    MeetingListPane pane(&model);
    pane.show();
    QSignalSpy order(&pane, &MeetingListPane::orderChanged);
    QComboBox *box = pane.sortBox();
    QCOMPARE(box->count(), 2);
    box->setCurrentIndex(1);
    Q_EMIT box->activated(1);
    QCOMPARE(order.count(), 1);
    QCOMPARE(
        order.first().first().value<MeetingListModel::Order>(), MeetingListModel::Order::Title);
}

QTEST_MAIN(tst_MeetingListPane)
#include "tst_meetinglistpane.moc"
