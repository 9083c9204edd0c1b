// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/task.h"
#include "ui/meeting/peoplepane.h"
#include "ui/people/peoplemodel.h"
#include "ui/session/identityeditor.h"

#include <QAbstractItemModelTester>
#include <QListView>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

class tst_PeoplePane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void activatingAPersonFiltersByThem();
    void emptyMeeting();
    void myAliasesAreOneChip();
};

void tst_PeoplePane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the identity is read from (test) Settings
    ui::IdentityEditor::saveIdentity(core::Identity());
}

void tst_PeoplePane::cleanupTestCase()
{
    ui::IdentityEditor::saveIdentity(core::Identity());
}

// The identity set in the People view (Settings) merges my names into one chip, again when the
// pane is shown after it changed.
void tst_PeoplePane::myAliasesAreOneChip()
{
    core::Identity identity;
    identity.aliases = { QStringLiteral("Jason Vallery") };
    ui::IdentityEditor::saveIdentity(identity);
    ui::PeoplePane pane;
    QAbstractItemModelTester tester(
        pane.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    pane.show();
    core::Task mine;
    mine.owner = QStringLiteral("Myself");
    pane.showPeople({ QStringLiteral("Jason Vallery"), QStringLiteral("Alon Horev") }, { mine });
    QCOMPARE(pane.model()->rowCount(), 2);
    QCOMPARE(pane.model()->personAt(0).name, QStringLiteral("Myself"));
    QCOMPARE(pane.model()->personAt(0).tasks, 1);
    QVERIFY(pane.model()->personAt(0).participant);
    pane.hide();
    ui::IdentityEditor::saveIdentity(core::Identity());
    pane.show();
    QCOMPARE(pane.model()->rowCount(), 3);
    QCOMPARE(pane.model()->personAt(0).name, QStringLiteral("Jason Vallery"));
}

void tst_PeoplePane::activatingAPersonFiltersByThem()
{
    ui::PeoplePane pane;
    QAbstractItemModelTester tester(
        pane.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    pane.resize(220, 300);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    core::Task owned;
    owned.owner = QStringLiteral("Priya Patel");
    pane.showPeople({ QStringLiteral("Alon Horev"), QStringLiteral("Priya Patel") }, { owned });
    QCOMPARE(pane.model()->rowCount(), 2);
    QSignalSpy activated(&pane, &ui::PeoplePane::personActivated);
    QListView *view = pane.view();
    view->setFocus();
    view->setCurrentIndex(pane.model()->index(1));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toString(), QStringLiteral("Priya Patel"));
    const QRect first = view->visualRect(pane.model()->index(0));
    QVERIFY(first.height() >= 2 * view->fontMetrics().height());
    // The context menu's action does the same for the current person.
    view->setCurrentIndex(pane.model()->index(0));
    QCOMPARE(view->actions().size(), 1);
    view->actions().first()->trigger();
    QCOMPARE(activated.count(), 2);
    QCOMPARE(activated.last().first().toString(), QStringLiteral("Alon Horev"));
}

void tst_PeoplePane::emptyMeeting()
{
    ui::PeoplePane pane;
    pane.show();
    pane.showPeople({}, {});
    QCOMPARE(pane.model()->rowCount(), 0);
    QVERIFY(!pane.view()->isVisible());
}

QTEST_MAIN(tst_PeoplePane)
#include "tst_peoplepane.moc"
